import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  Rng,
  TargetGroup,
  THEMES,
  type Theme,
} from '@app/core';
import type { Pc4Point } from '@app/catalogue';
import { composeDescription, composeTitle } from './activity-text';
import { CompanyNameGenerator } from './company-names';
import { WeightedPicker, seededUuid } from './prng';
import {
  ACTIVITIES_PER_COMPANY,
  ACTIVITY_SHARE,
  APPROVED_SHARE,
  BIG_CITIES,
  COMPANY_SHARE,
  KNOOPPUNT_HUBS,
  LEVEL_MIX,
  LOCATION_MIX,
  STATUS_MIX,
  TYPE_MIX,
  UNIVERSITY_TOWNS,
} from './supply-mix';

export interface SupplyOptions {
  seed: number;
  activities: number;
  /** Default: one company per four activities (about 1,500 for 6,000). */
  companies?: number;
  /** 1 August that starts the current school year; dates fall in this school year and the next. */
  schoolYearStart: Date;
  /** The real PC4 areas that locations are placed in. */
  pc4: readonly Pc4Point[];
  /** School locations per PC4, to put companies where schools are. */
  schoolsPerPc4: ReadonlyMap<string, number>;
  /** Lower-cased company names already in use, to avoid. */
  takenNames?: ReadonlySet<string>;
}

export interface GeneratedCompany {
  id: string;
  name: string;
  approved: boolean;
  approvedAt: Date | null;
  programme: Programme;
  themes: Theme[];
}

export interface GeneratedLocation {
  id: string;
  companyId: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  municipality: string;
  province: Province;
  lat: number;
  lon: number;
}

export interface GeneratedActivity {
  id: string;
  locationId: string;
  title: string;
  description: string;
  type: ActivityType;
  programme: Programme;
  levels: EducationLevel[];
  targetGroups: TargetGroup[];
  themes: Theme[];
  delivery: Delivery;
  provinces: Province[];
  maxTravelKm: number | null;
  durationMinutes: number | null;
  maxParticipants: number | null;
  costEuros: number;
  startsAt: Date | null;
  endsAt: Date | null;
  status: ActivityStatus;
  publishedAt: Date | null;
}

export interface GeneratedSupply {
  companies: GeneratedCompany[];
  locations: GeneratedLocation[];
  activities: GeneratedActivity[];
}

const DAY_MS = 86_400_000;

/** 1 August of the school year that `date` lies in (a school year runs 1 August - 31 July). */
export function schoolYearStart(date: Date): Date {
  const year = date.getUTCMonth() >= 7 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, 7, 1));
}

/** Splits `total` over `shares` in proportion, rounding so that the parts add up to `total`. */
export function allocate<K extends string>(
  total: number,
  shares: Readonly<Record<K, number>>,
): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const sum = keys.reduce((acc, key) => acc + shares[key], 0);
  const exact = keys.map((key) => (total * shares[key]) / sum);
  const parts = exact.map(Math.floor);
  const order = keys.map((_, i) => i).sort((a, b) => exact[b] - parts[b] - (exact[a] - parts[a]) || a - b);
  for (let i = 0, left = total - parts.reduce((a, b) => a + b, 0); left > 0; i += 1, left -= 1) {
    parts[order[i % keys.length]] += 1;
  }
  return Object.fromEntries(keys.map((key, i) => [key, parts[i]])) as Record<K, number>;
}

// Strips CBS's disambiguation suffix ("Utrecht (gemeente)").
const cleanMunicipality = (name: string) => name.replace(/\s*\(gemeente\)\s*$/, '');

// Letters used in the letter pair of Dutch postcodes (F, I, O, Q, U and Y are not).
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

const STREETS = [
  'Industrieweg',
  'Energieweg',
  'Kanaaldijk',
  'Havenstraat',
  'Nijverheidsweg',
  'Ambachtsweg',
  'Techniekweg',
  'Innovatielaan',
  'Marconistraat',
  'Edisonstraat',
  'Zuiderhavenweg',
  'Molenweg',
  'Stationsplein',
  'Spoorlaan',
  'Science Park',
  'Kennispoort',
  'Ondernemingsweg',
  'Handelsweg',
  'Fabrieksstraat',
  'Transportweg',
] as const;

interface PlaceIndex {
  general: WeightedPicker<Pc4Point>;
  bigCity: WeightedPicker<Pc4Point> | null;
  byProvince: Map<Province, WeightedPicker<Pc4Point>>;
  byTown: Map<string, WeightedPicker<Pc4Point>>;
}

function placeIndex(pc4: readonly Pc4Point[], schools: ReadonlyMap<string, number>): PlaceIndex {
  // Companies cluster where schools are; a PC4 without schools still gets a small chance (industrial areas).
  const weight = (point: Pc4Point) => 1 + 3 * (schools.get(point.pc4) ?? 0);
  const big = new Set<string>(BIG_CITIES);
  const bigPoints = pc4.filter((point) => big.has(cleanMunicipality(point.municipality)));
  const byProvince = new Map<Province, WeightedPicker<Pc4Point>>();
  for (const province of Object.values(Province)) {
    const points = pc4.filter((point) => point.province === province);
    if (points.length) byProvince.set(province, new WeightedPicker(points, weight));
  }
  const byTown = new Map<string, WeightedPicker<Pc4Point>>();
  for (const town of UNIVERSITY_TOWNS) {
    const points = pc4.filter((point) => cleanMunicipality(point.municipality) === town);
    if (points.length) byTown.set(town, new WeightedPicker(points, weight));
  }
  return {
    general: new WeightedPicker(pc4, weight),
    bigCity: bigPoints.length ? new WeightedPicker(bigPoints, weight) : null,
    byProvince,
    byTown,
  };
}

function gaussian(rng: Rng): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

function levelsFor(programme: Programme, type: ActivityType, rng: Rng): EducationLevel[] {
  const sets = LEVEL_MIX[programme];
  const chosen =
    sets[
      Math.min(
        sets.length - 1,
        pickIndex(
          sets.map(([, w]) => w),
          rng,
        ),
      )
    ][0];
  let levels = [...chosen];
  if (type === ActivityType.APPLICATION_TRAINING) {
    // Job-application training is for vmbo pupils, not primary.
    levels = levels.filter((level) => !level.startsWith('PO_'));
    if (levels.length === 0) levels = [EducationLevel.VMBO_BB, EducationLevel.VMBO_KB];
  }
  if (programme === Programme.TECHNET && rng.chance(0.2)) levels.push(EducationLevel.MBO);
  return levels;
}

function pickIndex(weights: number[], rng: Rng): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = rng.next() * total;
  for (let i = 0; i < weights.length; i += 1) {
    roll -= weights[i];
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

function targetGroupsFor(programme: Programme, type: ActivityType, rng: Rng): TargetGroup[] {
  switch (programme) {
    case Programme.VHTO:
      return [TargetGroup.GIRLS];
    case Programme.JINC:
      return [TargetGroup.DISADVANTAGED_YOUTH];
    case Programme.STEM_TEACHER_ACADEMY:
      return [TargetGroup.TEACHERS];
    case Programme.WETENSCHAPSKNOOPPUNT:
      if (type === ActivityType.WORKSHOP && rng.chance(0.6)) return [TargetGroup.TEACHERS];
      break;
    case Programme.JET_NET_JUNIOR:
      if (type === ActivityType.WORKSHOP && rng.chance(0.25)) return [TargetGroup.TEACHERS];
      break;
    case Programme.JET_NET:
    case Programme.TECHNET:
    case Programme.INDEPENDENT:
      break;
  }
  if (type === ActivityType.COMPETITION && rng.chance(0.4)) return [TargetGroup.TALENTED_PUPILS];
  if (type === ActivityType.PROJECT && rng.chance(0.15)) return [TargetGroup.TALENTED_PUPILS];
  return [TargetGroup.ALL_PUPILS];
}

interface Shape {
  delivery: Delivery;
  maxTravelKm: number | null;
  durationMinutes: number | null;
  maxParticipants: number | null;
  costEuros: number;
}

const travelKm = (rng: Rng, min = 10, max = 60) => 5 * rng.int(min / 5, max / 5);
const cost = (rng: Rng, freeShare: number, amounts: number[]) =>
  rng.chance(freeShare) ? 0 : rng.pick(amounts);

// Duration, group size, cost and delivery of each type, as domain.md describes them.
function shapeFor(type: ActivityType, rng: Rng): Shape {
  switch (type) {
    case ActivityType.GUEST_LESSON:
      return {
        delivery: Delivery.AT_SCHOOL,
        maxTravelKm: travelKm(rng),
        durationMinutes: rng.pick([45, 50, 50, 60, 75, 90, 100]),
        maxParticipants: rng.pick([25, 28, 30, 30, 32]),
        costEuros: cost(rng, 0.88, [25, 50, 75, 100, 150]),
      };
    case ActivityType.COMPANY_VISIT:
      return {
        delivery: Delivery.AT_PROVIDER,
        maxTravelKm: null,
        durationMinutes: rng.pick([120, 150, 180, 210, 240]),
        maxParticipants: rng.pick([15, 20, 25, 30, 40, 50, 60]),
        costEuros: cost(rng, 0.8, [50, 100, 150, 250]),
      };
    case ActivityType.SPEED_DATE: {
      // About 8 girls per professional; a panel of several professionals.
      const atSchool = rng.chance(0.6);
      return {
        delivery: atSchool ? Delivery.AT_SCHOOL : Delivery.AT_PROVIDER,
        maxTravelKm: atSchool ? travelKm(rng, 20, 60) : null,
        durationMinutes: rng.pick([90, 105, 120]),
        maxParticipants: 8 * rng.int(3, 8),
        costEuros: 0,
      };
    }
    case ActivityType.BLIKSEMSTAGE:
      return {
        delivery: Delivery.AT_PROVIDER,
        maxTravelKm: null,
        durationMinutes: rng.pick([135, 150, 150, 150, 165]),
        maxParticipants: rng.pick([4, 5, 6, 8, 10, 12]),
        costEuros: 0,
      };
    case ActivityType.APPLICATION_TRAINING: {
      const atSchool = rng.chance(0.5);
      return {
        delivery: atSchool ? Delivery.AT_SCHOOL : Delivery.AT_PROVIDER,
        maxTravelKm: atSchool ? travelKm(rng, 10, 40) : null,
        durationMinutes: rng.pick([90, 120, 150, 180]),
        maxParticipants: rng.pick([12, 15, 20, 25, 30]),
        costEuros: 0,
      };
    }
    case ActivityType.TEACHER_INTERNSHIP:
      // Days to a year, in working days of eight hours; the programme pays the school's replacement cover.
      return {
        delivery: Delivery.AT_PROVIDER,
        maxTravelKm: null,
        durationMinutes: 480 * rng.pick([1, 2, 3, 5, 5, 10, 20, 40, 80, 200]),
        maxParticipants: rng.pick([1, 1, 2, 3, 4]),
        costEuros: 0,
      };
    case ActivityType.WORKSHOP: {
      const atSchool = rng.chance(0.45);
      return {
        delivery: atSchool ? Delivery.AT_SCHOOL : Delivery.AT_PROVIDER,
        maxTravelKm: atSchool ? travelKm(rng) : null,
        durationMinutes: rng.pick([60, 90, 120, 150, 180]),
        maxParticipants: rng.pick([12, 16, 20, 24, 30]),
        costEuros: cost(rng, 0.55, [35, 50, 75, 95, 125, 150, 195, 250, 350]),
      };
    }
    case ActivityType.PROJECT:
      return {
        delivery: Delivery.AT_SCHOOL,
        maxTravelKm: travelKm(rng),
        durationMinutes: 50 * rng.int(3, 10),
        maxParticipants: rng.pick([25, 30, 60, 90, 120]),
        costEuros: cost(rng, 0.9, [50, 100, 150]),
      };
    case ActivityType.COMPETITION: {
      const delivery = rng.weighted({ AT_PROVIDER: 70, AT_SCHOOL: 10, ONLINE: 20 }) as Delivery;
      return {
        delivery,
        maxTravelKm: delivery === Delivery.AT_SCHOOL ? travelKm(rng) : null,
        durationMinutes: rng.pick([180, 240, 300, 360, 480]),
        maxParticipants: rng.pick([20, 30, 48, 60, 100, 150, 200]),
        costEuros: cost(rng, 0.5, [15, 25, 35, 50, 75, 100, 150]),
      };
    }
    case ActivityType.WEBCAST:
      return {
        delivery: Delivery.ONLINE,
        maxTravelKm: null,
        durationMinutes: rng.pick([30, 40, 45, 50, 60]),
        maxParticipants: rng.chance(0.7) ? null : rng.pick([100, 250, 500, 1000]),
        costEuros: cost(rng, 0.95, [15, 25]),
      };
  }
}

const utc = (base: Date, days: number, hours = 0) =>
  new Date(base.getTime() + days * DAY_MS + hours * 3_600_000);

// A weekday between September and June of the school year starting at `yearStart`.
function schoolDay(yearStart: Date, rng: Rng): Date {
  const day = utc(yearStart, rng.int(31, 333));
  const weekday = day.getUTCDay();
  return weekday === 0 ? utc(day, 1) : weekday === 6 ? utc(day, 2) : day;
}

const EVENT_TYPES = new Set([ActivityType.SPEED_DATE, ActivityType.COMPETITION, ActivityType.WEBCAST]);

function datesFor(
  type: ActivityType,
  shape: Shape,
  status: ActivityStatus,
  firstYear: Date,
  rng: Rng,
): { startsAt: Date | null; endsAt: Date | null } {
  const next = status !== ActivityStatus.ARCHIVED && rng.chance(0.35);
  const yearStart = next
    ? new Date(Date.UTC(firstYear.getUTCFullYear() + 1, 7, 1))
    : new Date(firstYear.getTime());
  const year = yearStart.getUTCFullYear();
  if (EVENT_TYPES.has(type) || (type === ActivityType.WORKSHOP && rng.chance(0.4))) {
    // A single event on a school day; times in UTC, 9:00-14:00 in the Netherlands.
    const startsAt = utc(schoolDay(yearStart, rng), 0, rng.pick([7, 8, 9, 11, 12]));
    return { startsAt, endsAt: new Date(startsAt.getTime() + (shape.durationMinutes ?? 60) * 60_000) };
  }
  // On request within an availability window: the whole school year or one term; some have no dates.
  if (rng.chance(0.1)) return { startsAt: null, endsAt: null };
  const period = rng.weighted({ year: 40, autumn: 20, winter: 20, spring: 20 });
  const windows = {
    year: [Date.UTC(year, 8, 1), Date.UTC(year + 1, 6, 10)],
    autumn: [Date.UTC(year, 8, 1), Date.UTC(year, 11, 20)],
    winter: [Date.UTC(year + 1, 0, 6), Date.UTC(year + 1, 2, 31)],
    spring: [Date.UTC(year + 1, 3, 1), Date.UTC(year + 1, 6, 10)],
  } as const;
  const [from, to] = windows[period];
  return { startsAt: new Date(from), endsAt: new Date(to) };
}

function themesFor(company: GeneratedCompany, rng: Rng): Theme[] {
  const primary = rng.pick(company.themes);
  const themes: Theme[] = [primary];
  if (rng.chance(0.35)) {
    const extra = rng.chance(0.5) ? rng.pick(company.themes) : rng.pick(THEMES);
    if (extra !== primary) themes.push(extra);
  }
  return themes;
}

/**
 * Generates a national offer of companies, locations and activities, deterministic for the seed and the
 * inputs: volumes and mixes from domain.md (see supply-mix.ts), invented Dutch company names, real PC4
 * postcodes, Dutch titles and descriptions. Pure: reads nothing and writes nothing.
 */
export function generateSupply(options: SupplyOptions): GeneratedSupply {
  const { seed } = options;
  const root = new Rng(seed);
  const activityTotal = Math.max(0, Math.floor(options.activities));
  const companyTotal = Math.max(
    1,
    Math.floor(options.companies ?? Math.round(activityTotal / ACTIVITIES_PER_COMPANY)),
  );
  const hubs = Math.min(KNOOPPUNT_HUBS, Math.max(1, Math.floor(companyTotal / 10)));
  const places = placeIndex(options.pc4, options.schoolsPerPc4);
  const names = new CompanyNameGenerator(options.takenNames);

  const companyCounts = {
    ...allocate(Math.max(0, companyTotal - hubs), COMPANY_SHARE),
    [Programme.WETENSCHAPSKNOOPPUNT]: hubs,
  } as Record<Programme, number>;

  const companies: GeneratedCompany[] = [];
  const locations: GeneratedLocation[] = [];
  const locationsOf = new Map<string, GeneratedLocation[]>();
  const nameRng = root.fork('names');
  const companyRng = root.fork('companies');
  const placeRng = root.fork('locations');
  const hubTowns = placeRng.sample([...places.byTown.keys()], hubs);

  for (const programme of Object.values(Programme)) {
    for (let i = 0; i < companyCounts[programme]; i += 1) {
      const id = seededUuid(seed, 'company', companies.length);
      const isHub = programme === Programme.WETENSCHAPSKNOOPPUNT;
      const generated = isHub ? names.hub(nameRng) : names.next(nameRng);
      const approved = isHub || companyRng.chance(APPROVED_SHARE);
      const company: GeneratedCompany = {
        id,
        name: generated.name,
        approved,
        approvedAt: approved ? utc(options.schoolYearStart, -companyRng.int(30, 900), 10) : null,
        programme,
        themes: isHub ? companyRng.sample(THEMES, 3) : generated.themes,
      };
      companies.push(company);

      const count = 1 + pickIndex(LOCATION_MIX[programme], placeRng);
      const own: GeneratedLocation[] = [];
      for (let j = 0; j < count; j += 1) {
        let point: Pc4Point;
        for (let attempt = 0; ; attempt += 1) {
          if (j === 0 && isHub && hubTowns[i % Math.max(1, hubTowns.length)]) {
            point = places.byTown.get(hubTowns[i % hubTowns.length])!.pick(placeRng);
          } else if (j === 0 && programme === Programme.JINC && places.bigCity && placeRng.chance(0.75)) {
            point = places.bigCity.pick(placeRng);
          } else if (j > 0 && placeRng.chance(0.5)) {
            point = places.byProvince.get(own[0].province)!.pick(placeRng);
          } else {
            point = places.general.pick(placeRng);
          }
          if (attempt > 5 || !own.some((location) => location.postcode.startsWith(point.pc4))) break;
        }
        const letters =
          POSTCODE_LETTERS[placeRng.int(0, POSTCODE_LETTERS.length - 1)] +
          POSTCODE_LETTERS[placeRng.int(0, POSTCODE_LETTERS.length - 1)];
        const city = point.city || cleanMunicipality(point.municipality);
        const location: GeneratedLocation = {
          id: seededUuid(seed, 'location', locations.length),
          companyId: id,
          name:
            j === 0
              ? placeRng.pick(['Hoofdvestiging', 'Hoofdkantoor', `Vestiging ${city}`])
              : `${placeRng.pick(['Vestiging', 'Werkplaats', 'Productielocatie', 'Kantoor', 'Lab'])} ${city}`,
          street: `${placeRng.pick(STREETS)} ${placeRng.int(1, 250)}`,
          // SA, SD and SS are not used as letter pairs.
          postcode: `${point.pc4}${/^S[ADS]$/.test(letters) ? 'ST' : letters}`,
          city,
          municipality: cleanMunicipality(point.municipality),
          province: point.province,
          lat: point.lat,
          lon: point.lon,
        };
        own.push(location);
        locations.push(location);
      }
      locationsOf.set(id, own);
    }
  }

  const activityCounts = allocate(activityTotal, ACTIVITY_SHARE);
  const assignRng = root.fork('assignment');
  const activityRng = root.fork('activities');
  const byProgramme = new Map<Programme, GeneratedCompany[]>();
  for (const company of companies) {
    const pool = byProgramme.get(company.programme);
    if (pool) pool.push(company);
    else byProgramme.set(company.programme, [company]);
  }
  // Big firms offer much, small ones little: a log-normal size per company.
  const sizes = new Map(companies.map((company) => [company.id, Math.exp(0.7 * gaussian(assignRng))]));
  const bySize = (pool: GeneratedCompany[]) => new WeightedPicker(pool, (c) => sizes.get(c.id) ?? 1);
  const everyone = bySize(companies);
  const generalPool = companies.filter((company) =>
    [Programme.JET_NET, Programme.TECHNET, Programme.INDEPENDENT].includes(company.programme),
  );
  const general = generalPool.length ? bySize(generalPool) : everyone;

  const activities: GeneratedActivity[] = [];
  for (const programme of Object.values(Programme)) {
    const pool = byProgramme.get(programme) ?? [];
    const picker = pool.length ? bySize(pool) : everyone;
    // Every company of the programme gets at least one offer, the rest goes by size.
    const firsts = assignRng.sample(pool, activityCounts[programme]);
    for (let k = 0; k < activityCounts[programme]; k += 1) {
      let host: GeneratedCompany;
      if (k < firsts.length) host = firsts[k];
      else if ((programme === Programme.VHTO || programme === Programme.JINC) && assignRng.chance(0.3)) {
        // VHTO and JINC recruit ordinary technology firms too.
        host = general.pick(assignRng);
      } else host = picker.pick(assignRng);
      activities.push(buildActivity(options, activities.length, programme, host, locationsOf, activityRng));
    }
  }
  return { companies, locations, activities };
}

function buildActivity(
  options: SupplyOptions,
  index: number,
  programme: Programme,
  company: GeneratedCompany,
  locationsOf: Map<string, GeneratedLocation[]>,
  rng: Rng,
): GeneratedActivity {
  const type = rng.weighted(TYPE_MIX[programme]);
  const levels = levelsFor(programme, type, rng);
  const targetGroups = targetGroupsFor(programme, type, rng);
  const themes = themesFor(company, rng);
  const location = rng.pick(locationsOf.get(company.id)!);
  const shape = shapeFor(type, rng);
  const status = company.approved ? (rng.weighted(STATUS_MIX) as ActivityStatus) : ActivityStatus.DRAFT;
  const { startsAt, endsAt } = datesFor(type, shape, status, options.schoolYearStart, rng);
  const text = {
    type,
    programme,
    theme: themes[0],
    levels,
    targetGroups,
    ...shape,
    company: company.name,
    city: location.city,
  };
  return {
    id: seededUuid(options.seed, 'activity', index),
    locationId: location.id,
    title: composeTitle(text, rng),
    description: composeDescription(text, rng),
    type,
    programme,
    levels,
    targetGroups,
    themes,
    delivery: shape.delivery,
    provinces: shape.delivery === Delivery.ONLINE ? Object.values(Province) : [location.province],
    maxTravelKm: shape.maxTravelKm,
    durationMinutes: shape.durationMinutes,
    maxParticipants: shape.maxParticipants,
    costEuros: shape.costEuros,
    startsAt,
    endsAt,
    status,
    publishedAt:
      status === ActivityStatus.DRAFT ? null : utc(options.schoolYearStart, -rng.int(1, 200), rng.int(7, 16)),
  };
}
