import {
  EducationLevel,
  PRIMARY_LEVELS,
  VMBO_LEVELS,
  normalisePostcode,
  PROVINCE_NAMES,
  provinceFromName,
  type Province,
} from '@app/core';
import type { Municipality, Pc4Point } from '../reference/reference-data';

/**
 * The two school files we read (see ../shared/data/README.md):
 * - `duo-bo`: DUO's monthly "adressen alle vestigingen bo" (`;`, upper-case headers, no coordinates);
 * - `geocoded`: the all-schools CSV (po, vo, so) with sector, level flags, pupils and exact coordinates.
 */
export type SchoolFileFormat = 'duo-bo' | 'geocoded';

export interface SchoolFormatSpec {
  format: SchoolFileFormat;
  description: string;
  required: readonly string[];
  /** Columns that mark a look-alike file this format must not be taken for. */
  absent: readonly string[];
  /**
   * Coordinates are PC4 centroids and place names DUO's upper case without diacritics: coarser than what the
   * geocoded file stores, so an update keeps the stored city and coordinates while the postcode is unchanged.
   */
  coarseAddress: boolean;
  /** The file has a pupil count; when not, an import leaves the stored count alone. */
  hasPupils: boolean;
}

export const SCHOOL_FORMATS: readonly SchoolFormatSpec[] = [
  {
    format: 'duo-bo',
    description: 'DUO adressen alle vestigingen bo (VESTIGINGSCODE;VESTIGINGSNAAM;...)',
    required: ['vestigingscode', 'vestigingsnaam', 'postcode', 'plaatsnaam', 'gemeentenaam', 'provincie'],
    // DUO's secondary-school file has the same address columns: its rows are not primary schools.
    absent: ['onderwijsstructuur'],
    coarseAddress: true,
    hasPupils: false,
  },
  {
    format: 'geocoded',
    description: 'geocoded all-schools CSV (vestigingscode,brin,naam,type,sector,...,lat,lon)',
    required: ['vestigingscode', 'naam', 'sector', 'plaats', 'gemeente_duo', 'provincie', 'lat', 'lon'],
    absent: [],
    coarseAddress: false,
    hasPupils: true,
  },
];

/** Header cells as we compare them: trimmed, lower case. */
export function normaliseHeader(header: readonly string[]): string[] {
  return header.map((cell) => cell.trim().toLowerCase());
}

/** The format whose required columns the header has, or undefined. */
export function detectSchoolFormat(header: readonly string[]): SchoolFormatSpec | undefined {
  const columns = new Set(normaliseHeader(header));
  return SCHOOL_FORMATS.find(
    (spec) =>
      spec.required.every((column) => columns.has(column)) &&
      !spec.absent.some((column) => columns.has(column)),
  );
}

/** One school location as the `schools` table stores it. */
export interface SchoolRecord {
  vestigingscode: string;
  brin: string;
  name: string;
  schoolType: string;
  sector: string;
  street: string | null;
  postcode: string | null;
  city: string;
  municipality: string;
  province: Province;
  lat: number;
  lon: number;
  levels: EducationLevel[];
  pupils: number | null;
  denomination: string | null;
  website: string | null;
}

/** What the mapping needs from the reference data (`ReferenceData` fits). */
export interface SchoolLookups {
  geocodePostcode(postcode: string): Pc4Point | undefined;
  municipality(name: string): Municipality | undefined;
}

export type RowOutcome =
  | {
      ok: true;
      school: SchoolRecord;
      warnings: string[];
      /** Level flags tell nothing (a brugjaar location): take the levels of the institution's other locations. */
      needsInstitutionLevels: boolean;
    }
  | { ok: false; vestigingscode: string | null; reason: string };

const VESTIGINGSCODE = /^[0-9A-Z]{4}[0-9]{2}$/;
// Mainland Netherlands with a margin; a point outside is a swapped or broken coordinate.
const NL_BOUNDS = { minLat: 50.6, maxLat: 53.7, minLon: 3.2, maxLon: 7.3 };

const LEVEL_ORDER = Object.values(EducationLevel);
const SECONDARY_LEVELS = [...VMBO_LEVELS, EducationLevel.HAVO, EducationLevel.VWO];

function ordered(levels: Iterable<EducationLevel>): EducationLevel[] {
  const set = new Set(levels);
  return LEVEL_ORDER.filter((level) => set.has(level));
}

export interface LevelFlags {
  vmbo: boolean;
  havo: boolean;
  vwo: boolean;
  pro: boolean;
}

/**
 * The vmbo tracks a location offers, from DUO's onderwijsstructuur (the `type` column): VBO (or VMBO-B/K) is
 * the basis and kader tracks, MAVO (or VMBO-(G)T) the gemengde and theoretische leerweg; when the structure
 * names neither we assume all four.
 */
export function vmboLevelsFromType(type: string): EducationLevel[] {
  const t = type.toUpperCase();
  const basisKader = /\bVBO\b|VMBO-[BK]/.test(t);
  const gemengdTheoretisch = /\bMAVO\b|VMBO-\(?G\)?T|VMBO-G/.test(t);
  if (!basisKader && !gemengdTheoretisch) return [...VMBO_LEVELS];
  return ordered([
    ...(basisKader ? [EducationLevel.VMBO_BB, EducationLevel.VMBO_KB] : []),
    ...(gemengdTheoretisch ? [EducationLevel.VMBO_GL, EducationLevel.VMBO_TL] : []),
  ]);
}

/**
 * Levels from the sector and the vmbo/havo/vwo/pro flags; undefined when a secondary location has no flag at all
 * (DUO's brugjaar-only locations), so the caller can take its institution's levels.
 *
 * Choices, since EducationLevel has no level of its own for them:
 * - bao, sbao and so (special primary): the three primary levels;
 * - vso (special secondary): the four vmbo levels, the tracks its pupils follow or leave school at;
 * - so_vso (a school with both): primary and vmbo levels;
 * - praktijkonderwijs (pro flag): VMBO_BB, the nearest level and what practical activities aim at.
 */
export function levelsFor(sector: string, type: string, flags: LevelFlags): EducationLevel[] | undefined {
  switch (sector) {
    case 'bao':
    case 'sbao':
    case 'so':
      return [...PRIMARY_LEVELS];
    case 'vso':
      return [...VMBO_LEVELS];
    case 'so_vso':
      return [...PRIMARY_LEVELS, ...VMBO_LEVELS];
    case 'vo': {
      const levels: EducationLevel[] = [];
      if (flags.vmbo) levels.push(...vmboLevelsFromType(type));
      if (flags.pro) levels.push(EducationLevel.VMBO_BB);
      if (flags.havo) levels.push(EducationLevel.HAVO);
      if (flags.vwo) levels.push(EducationLevel.VWO);
      return levels.length > 0 ? ordered(levels) : undefined;
    }
    default:
      return [];
  }
}

/**
 * Gives rows that need it (brugjaar locations) the union of the levels of their institution's (same BRIN) other
 * secondary locations in the same file, or every secondary level when there is none.
 */
export function fillInstitutionLevels(
  outcomes: ReadonlyArray<{ school: SchoolRecord; needsInstitutionLevels: boolean }>,
): void {
  const byBrin = new Map<string, Set<EducationLevel>>();
  for (const { school, needsInstitutionLevels } of outcomes) {
    if (needsInstitutionLevels || school.sector !== 'vo') continue;
    const set = byBrin.get(school.brin) ?? new Set<EducationLevel>();
    for (const level of school.levels) set.add(level);
    byBrin.set(school.brin, set);
  }
  for (const outcome of outcomes) {
    if (!outcome.needsInstitutionLevels) continue;
    const known = byBrin.get(outcome.school.brin);
    outcome.school.levels = known && known.size > 0 ? ordered(known) : [...SECONDARY_LEVELS];
  }
}

// Words written in lower case inside a Dutch place name (Alphen aan den Rijn, Alteveer gem Noordenveld).
const PARTICLES = new Set([
  'aan',
  'ad',
  'bij',
  'de',
  'den',
  'der',
  'en',
  'gem',
  'het',
  'in',
  'onder',
  'op',
  'over',
  'te',
  'ten',
  'ter',
  'van',
]);
// Province suffixes as PostNL and DUO write them (EDE GLD, BERGEN NH) stay upper case.
const PROVINCE_SUFFIXES = new Set([
  'dr',
  'fl',
  'fr',
  'gld',
  'gn',
  'gr',
  'lb',
  'li',
  'nb',
  'nh',
  'ov',
  'ut',
  'zh',
  'zl',
]);

function capitalise(part: string): string {
  if (part === "'s" || part === "'t" || /^\d/.test(part)) return part;
  if (part.startsWith('ij')) return `IJ${part.slice(2)}`;
  return part.charAt(0).toUpperCase() + part.slice(1);
}

/**
 * DUO's upper-case place names in the usual Dutch spelling: `'S-GRAVENHAGE` → `'s-Gravenhage`,
 * `NIEUWERKERK AAN DEN IJSSEL` → `Nieuwerkerk aan den IJssel`. Names already in mixed case are kept.
 */
export function properCasePlace(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((word, index) => {
      if (index > 0 && PARTICLES.has(word)) return word;
      if (index > 0 && PROVINCE_SUFFIXES.has(word)) return word.toUpperCase();
      return word.split('-').map(capitalise).join('-');
    })
    .join(' ');
}

// Most values have no run of white space: those skip the replace.
const clean = (value: string) => {
  const trimmed = value.trim();
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
};
const orNull = (value: string) => (value === '' ? null : value);

/** A row's cells by (lower-case) column name; absent columns read as ''. */
export type RowReader = (column: string) => string;

interface Region {
  municipality: string;
  province: Province;
  warning?: string;
}

// `pcArea` gives the postcode area, when there is one: only a row whose municipality is unknown needs it.
function resolveRegion(
  rawMunicipality: string,
  rawProvince: string,
  pcArea: () => Pc4Point | undefined,
  lookups: SchoolLookups,
): Region | string {
  const known = rawMunicipality ? lookups.municipality(rawMunicipality) : undefined;
  if (known) {
    const stated = provinceFromName(rawProvince);
    const warning =
      stated && stated !== known.province
        ? `province column says ${rawProvince}, municipality ${known.name} lies in ${PROVINCE_NAMES[known.province]}: kept the latter`
        : undefined;
    return { municipality: known.name, province: known.province, warning };
  }
  // Unknown municipality: name it as the file (or, when blank, the postcode area) does, province from the file.
  const pc4 = pcArea();
  const name = rawMunicipality ? properCasePlace(rawMunicipality) : pc4?.municipality;
  if (!name) return 'missing municipality';
  const what = rawMunicipality ? `municipality "${rawMunicipality}" unknown` : 'municipality missing';
  const fromFile = provinceFromName(rawProvince);
  if (fromFile) {
    const via = rawMunicipality ? '' : `, municipality ${name} from postcode area ${pc4?.pc4}`;
    return {
      municipality: name,
      province: fromFile,
      warning: `${what}: province taken from the file's province column (${rawProvince})${via}`,
    };
  }
  if (pc4) {
    return {
      municipality: name,
      province: pc4.province,
      warning: `${what} and province "${rawProvince}" unknown: province taken from postcode area ${pc4.pc4}`,
    };
  }
  return `${what} and province "${rawProvince}" unknown`;
}

function checkCode(rawCode: string, rawBrin: string): { code: string; brin: string } | string {
  const code = rawCode.toUpperCase();
  if (!code) return 'missing vestigingscode';
  if (!VESTIGINGSCODE.test(code))
    return `bad vestigingscode "${rawCode}" (expected BRIN plus two digits, e.g. 32JK00)`;
  const brin = rawBrin.toUpperCase() || code.slice(0, 4);
  if (brin !== code.slice(0, 4)) return `BRIN "${rawBrin}" does not match vestigingscode ${code}`;
  return { code, brin };
}

function parsePupils(raw: string, warnings: string[]): number | null {
  if (raw === '') return null;
  if (/^\d{1,6}$/.test(raw)) return Number(raw);
  warnings.push(`pupil count "${raw}" is not a number: left empty`);
  return null;
}

function parseCoordinate(raw: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return undefined;
  return Number(raw);
}

/** Maps one data row of `format` to a school, or says why it cannot be imported. */
export function mapSchoolRow(format: SchoolFileFormat, get: RowReader, lookups: SchoolLookups): RowOutcome {
  return format === 'duo-bo' ? mapDuoBoRow(get, lookups) : mapGeocodedRow(get, lookups);
}

function mapDuoBoRow(get: RowReader, lookups: SchoolLookups): RowOutcome {
  const checked = checkCode(get('vestigingscode'), get('instellingscode'));
  if (typeof checked === 'string')
    return { ok: false, vestigingscode: orNull(get('vestigingscode')), reason: checked };
  const { code, brin } = checked;
  const reject = (reason: string): RowOutcome => ({ ok: false, vestigingscode: code, reason });
  const name = clean(get('vestigingsnaam'));
  if (!name) return reject('missing name (VESTIGINGSNAAM)');
  const rawPostcode = get('postcode');
  const postcode = normalisePostcode(rawPostcode);
  if (!postcode) return reject(`bad postcode "${rawPostcode}": cannot geocode`);
  const pc4 = lookups.geocodePostcode(postcode);
  if (!pc4) return reject(`unknown postcode area ${postcode.slice(0, 4)}: no coordinates`);
  const warnings: string[] = [];
  const region = resolveRegion(get('gemeentenaam'), get('provincie'), () => pc4, lookups);
  if (typeof region === 'string') return reject(region);
  if (region.warning) warnings.push(region.warning);
  let city = get('plaatsnaam') ? properCasePlace(get('plaatsnaam')) : '';
  if (!city) {
    city = pc4.city;
    warnings.push(`place name missing: ${city} taken from postcode area ${pc4.pc4}`);
  }
  const street = clean(`${get('straatnaam')} ${get('huisnummer-toevoeging')}`);
  return {
    ok: true,
    warnings,
    needsInstitutionLevels: false,
    school: {
      vestigingscode: code,
      brin,
      name,
      schoolType: 'basisschool',
      sector: 'bao',
      street: orNull(street),
      postcode,
      city,
      municipality: region.municipality,
      province: region.province,
      lat: pc4.lat,
      lon: pc4.lon,
      levels: [...PRIMARY_LEVELS],
      pupils: null,
      denomination: orNull(clean(get('denominatie'))),
      website: orNull(get('internetadres')),
    },
  };
}

function mapGeocodedRow(get: RowReader, lookups: SchoolLookups): RowOutcome {
  const checked = checkCode(get('vestigingscode'), get('brin'));
  if (typeof checked === 'string')
    return { ok: false, vestigingscode: orNull(get('vestigingscode')), reason: checked };
  const { code, brin } = checked;
  const reject = (reason: string): RowOutcome => ({ ok: false, vestigingscode: code, reason });
  const name = clean(get('naam'));
  if (!name) return reject('missing name (naam)');
  const lat = parseCoordinate(get('lat'));
  const lon = parseCoordinate(get('lon'));
  if (lat === undefined || lon === undefined)
    return reject(`bad or missing lat/lon "${get('lat')}", "${get('lon')}"`);
  if (lat < NL_BOUNDS.minLat || lat > NL_BOUNDS.maxLat || lon < NL_BOUNDS.minLon || lon > NL_BOUNDS.maxLon) {
    return reject(`lat/lon ${lat}, ${lon} is outside the Netherlands`);
  }
  const warnings: string[] = [];
  const rawPostcode = get('postcode');
  const postcode = normalisePostcode(rawPostcode) ?? null;
  if (rawPostcode && !postcode) warnings.push(`bad postcode "${rawPostcode}": left empty`);
  // The coordinates are the file's own: the postcode area is looked up only when something is missing.
  const pcArea = () => (postcode ? lookups.geocodePostcode(postcode) : undefined);
  const region = resolveRegion(get('gemeente_duo'), get('provincie'), pcArea, lookups);
  if (typeof region === 'string') return reject(region);
  if (region.warning) warnings.push(region.warning);
  let city = get('plaats') ? properCasePlace(get('plaats')) : '';
  if (!city) {
    const pc4 = pcArea();
    if (!pc4) return reject('missing place name (plaats)');
    city = pc4.city;
    warnings.push(`place name missing: ${city} taken from postcode area ${pc4.pc4}`);
  }
  const sector = get('sector').toLowerCase();
  const type = clean(get('type'));
  const flag = (column: string) => get(column) === '1';
  const levels = levelsFor(sector, type, {
    vmbo: flag('vmbo'),
    havo: flag('havo'),
    vwo: flag('vwo'),
    pro: flag('pro'),
  });
  if (levels?.length === 0) warnings.push(`unknown sector "${sector}": no levels`);
  if (levels === undefined && type.toUpperCase() !== 'BRUGJAAR') {
    warnings.push(`no level flags: levels taken from the other locations of ${brin}`);
  }
  const number = `${get('huisnummer')}${get('huisletter')}`;
  const addition = get('huisnummertoevoeging');
  const street = clean(`${get('straat')} ${number}${addition ? `-${addition}` : ''}`);
  return {
    ok: true,
    warnings,
    needsInstitutionLevels: levels === undefined,
    school: {
      vestigingscode: code,
      brin,
      name,
      schoolType: type || sector,
      sector,
      street: orNull(street),
      postcode,
      city,
      municipality: region.municipality,
      province: region.province,
      lat,
      lon,
      levels: levels ?? [],
      pupils: parsePupils(get('leerlingen'), warnings),
      denomination: orNull(clean(get('denominatie'))),
      website: orNull(get('internetadres')),
    },
  };
}
