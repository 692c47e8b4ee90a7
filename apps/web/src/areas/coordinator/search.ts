import type { Programme, Province } from '../../gql/graphql';

// What the waiting-list, companies and reach pages show lives in their URL: these read it back, keeping only
// values the api knows (anything else falls back to the default), so a shared or edited link never breaks a page.

export const WAITLIST_PROGRAMMES = ['JET_NET', 'JET_NET_JUNIOR'] as const satisfies readonly Programme[];
export type WaitlistProgramme = (typeof WAITLIST_PROGRAMMES)[number];

export const REPORT_PROGRAMMES = [
  'JET_NET',
  'JET_NET_JUNIOR',
  'TECHNET',
  'VHTO',
  'JINC',
  'STEM_TEACHER_ACADEMY',
  'WETENSCHAPSKNOOPPUNT',
  'INDEPENDENT',
] as const satisfies readonly Programme[];

// Spelled out rather than taken from the labels, so that the routes (loaded with the first page) stay small.
const PROVINCE_VALUES: readonly Province[] = [
  'DRENTHE',
  'FLEVOLAND',
  'FRYSLAN',
  'GELDERLAND',
  'GRONINGEN',
  'LIMBURG',
  'NOORD_BRABANT',
  'NOORD_HOLLAND',
  'OVERIJSSEL',
  'UTRECHT',
  'ZEELAND',
  'ZUID_HOLLAND',
] satisfies readonly Province[];

function oneOf<T extends string>(values: readonly T[], raw: unknown): T | undefined {
  return typeof raw === 'string' && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function text(raw: unknown, max: number): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const value = String(raw).trim().slice(0, max);
  return value || undefined;
}

function wholeNumber(raw: unknown, min: number, max: number): number | undefined {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

const province = (raw: unknown) => oneOf(PROVINCE_VALUES, raw);

/** The waiting list: programme (default Jet-Net), one province or all of the coordinator's, which entries. */
export interface WaitlistSearch {
  programma?: WaitlistProgramme;
  provincie?: Province;
  /** `alle`: placed and withdrawn schools too; absent: waiting and offered only. */
  toon?: 'alle';
  /** The entry whose details, history and actions are open. */
  inschrijving?: string;
}

export function parseWaitlistSearch(raw: Record<string, unknown>): WaitlistSearch {
  const search: WaitlistSearch = {};
  const programme = oneOf(WAITLIST_PROGRAMMES, raw.programma);
  if (programme && programme !== 'JET_NET') search.programma = programme;
  const where = province(raw.provincie);
  if (where) search.provincie = where;
  if (raw.toon === 'alle') search.toon = 'alle';
  const entry = text(raw.inschrijving, 64);
  if (entry && /^[0-9a-f-]{36}$/i.test(entry)) search.inschrijving = entry;
  return search;
}

export const COMPANY_STATES = ['wachtend', 'goedgekeurd', 'alle'] as const;
export type CompanyState = (typeof COMPANY_STATES)[number];

/** Companies: approval state (default: waiting for approval), province, part of the name. */
export interface CompaniesSearch {
  stand?: Exclude<CompanyState, 'wachtend'>;
  provincie?: Province;
  zoek?: string;
}

export function parseCompaniesSearch(raw: Record<string, unknown>): CompaniesSearch {
  const search: CompaniesSearch = {};
  const state = oneOf(COMPANY_STATES, raw.stand);
  if (state && state !== 'wachtend') search.stand = state;
  const where = province(raw.provincie);
  if (where) search.provincie = where;
  const query = text(raw.zoek, 100);
  if (query) search.zoek = query;
  return search;
}

/** The `approved` argument of the companies query for a state. */
export function approvedOf(state: CompanyState): boolean | undefined {
  return state === 'wachtend' ? false : state === 'goedgekeurd' ? true : undefined;
}

/** The first school year a report covers (the api's FIRST_REPORT_YEAR). */
export const FIRST_REPORT_YEAR = 2015;

/** The school year (1 August – 31 July, Dutch calendar) of a moment, named by the year it starts. */
export function schoolYearOf(date: Date): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(date);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return month >= 8 ? year : year - 1;
}

/** `2025/26`. */
export function schoolYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** Reach: school year (default the current one), programme and province (default all of them), list page. */
export interface ReachSearch {
  jaar?: number;
  programma?: Programme;
  provincie?: Province;
  /** Page of the list of schools not reached, from 1. */
  pagina?: number;
}

export function parseReachSearch(raw: Record<string, unknown>, now = new Date()): ReachSearch {
  const search: ReachSearch = {};
  const current = schoolYearOf(now);
  const year = wholeNumber(raw.jaar, FIRST_REPORT_YEAR, current + 1);
  if (year !== undefined && year !== current) search.jaar = year;
  const programme = oneOf(REPORT_PROGRAMMES, raw.programma);
  if (programme) search.programma = programme;
  const where = province(raw.provincie);
  if (where) search.provincie = where;
  const page = wholeNumber(raw.pagina, 1, 10_000);
  if (page !== undefined && page > 1) search.pagina = page;
  return search;
}

/** The address of the reach report's CSV download (the api's GET /reports/reach.csv). */
export function reachCsvHref(schoolYear: number, programme?: Programme, where?: Province): string {
  const params = new URLSearchParams({ schoolYear: String(schoolYear) });
  if (programme) params.set('programme', programme);
  if (where) params.set('province', where);
  return `/reports/reach.csv?${params.toString()}`;
}
