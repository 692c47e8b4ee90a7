import { PROVINCES } from '../../components/labels';

// The URL state of the region pages (web-coord): each value is checked, so that a hand-edited or old link shows
// the page with the default instead of failing.

const PROVINCE_VALUES = new Set(PROVINCES.map((p) => p.value));
const province = (value: unknown): string | undefined =>
  typeof value === 'string' && PROVINCE_VALUES.has(value) ? value : undefined;
const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;
const year = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 2015 && n <= 2100 ? n : undefined;
};
const uuid = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ? value
    : undefined;

export interface DashboardSearch {
  provincie?: string;
  schooljaar?: number;
}

export const dashboardSearch = (search: Record<string, unknown>): DashboardSearch => ({
  provincie: province(search.provincie),
  schooljaar: year(search.schooljaar),
});

export interface DemandSupplySearch {
  provincie?: string;
  ingetrokken?: boolean;
}

export const demandSupplySearch = (search: Record<string, unknown>): DemandSupplySearch => ({
  provincie: province(search.provincie),
  ingetrokken: search.ingetrokken === true || search.ingetrokken === 'true' ? true : undefined,
});

export interface MatchingSearch {
  provincie?: string;
  run?: string;
}

export const matchingSearch = (search: Record<string, unknown>): MatchingSearch => ({
  provincie: province(search.provincie),
  run: uuid(search.run),
});

export interface ActForSchoolSearch {
  /** What was typed to find the school. */
  zoek?: string;
  provincie?: string;
  /** The chosen school's vestigingscode. */
  school?: string;
  actie?: 'aanvraag' | 'activiteit';
  /** The chosen activity's id. */
  activiteit?: string;
  /** What was typed to find an activity. */
  tekst?: string;
}

export const actForSchoolSearch = (search: Record<string, unknown>): ActForSchoolSearch => ({
  zoek: text(search.zoek, 100),
  provincie: province(search.provincie),
  school:
    typeof search.school === 'string' && /^[0-9A-Z]{4}\d{2}$/i.test(search.school)
      ? search.school.toUpperCase()
      : undefined,
  actie: search.actie === 'aanvraag' || search.actie === 'activiteit' ? search.actie : undefined,
  activiteit: uuid(search.activiteit),
  tekst: text(search.tekst, 200),
});
