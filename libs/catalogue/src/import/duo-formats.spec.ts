import { EducationLevel as L, Province } from '@app/core';
import {
  detectSchoolFormat,
  fillInstitutionLevels,
  levelsFor,
  mapSchoolRow,
  properCasePlace,
  vmboLevelsFromType,
  type RowOutcome,
  type SchoolLookups,
  type SchoolRecord,
} from './duo-formats';

const PRIMARY = [L.PO_ONDERBOUW, L.PO_MIDDENBOUW, L.PO_BOVENBOUW];
const VMBO = [L.VMBO_BB, L.VMBO_KB, L.VMBO_GL, L.VMBO_TL];
const none = { vmbo: false, havo: false, vwo: false, pro: false };

// A fake of the reference data: two municipalities and two postcode areas.
const lookups: SchoolLookups = {
  municipality: (name) =>
    ({
      's gravenhage': { name: "'s-Gravenhage", duoName: 'S GRAVENHAGE', province: Province.ZUID_HOLLAND },
      noordenveld: { name: 'Noordenveld', duoName: 'NOORDENVELD', province: Province.DRENTHE },
    })[name.toLowerCase()],
  geocodePostcode: (postcode) =>
    ({
      '9306': {
        pc4: '9306',
        lat: 53.1,
        lon: 6.5,
        city: 'Alteveer',
        municipality: 'Noordenveld',
        province: Province.DRENTHE,
      },
      '5463': {
        pc4: '5463',
        lat: 51.6,
        lon: 5.5,
        city: 'Veghel',
        municipality: 'Meierijstad',
        province: Province.NOORD_BRABANT,
      },
    })[postcode.slice(0, 4)],
};

function reader(row: Record<string, string>) {
  return (column: string) => row[column] ?? '';
}

function expectOk(outcome: RowOutcome): SchoolRecord & { warnings: string[] } {
  if (!outcome.ok) throw new Error(`rejected: ${outcome.reason}`);
  return { ...outcome.school, warnings: outcome.warnings };
}

function expectRejected(outcome: RowOutcome): string {
  if (outcome.ok) throw new Error('expected a rejection');
  return outcome.reason;
}

describe('levelsFor', () => {
  it('gives primary and special-primary schools the primary levels', () => {
    expect(levelsFor('bao', 'basisschool', none)).toEqual(PRIMARY);
    expect(levelsFor('sbao', 'SBAO', none)).toEqual(PRIMARY);
    expect(levelsFor('so', 'SO', none)).toEqual(PRIMARY);
  });

  it('gives vso the vmbo levels and so_vso both', () => {
    expect(levelsFor('vso', 'VSO', none)).toEqual(VMBO);
    expect(levelsFor('so_vso', '(V)SO', none)).toEqual([...PRIMARY, ...VMBO]);
  });

  it('reads the havo, vwo and vmbo flags of a secondary school', () => {
    expect(levelsFor('vo', 'HAVO/VWO', { ...none, havo: true, vwo: true })).toEqual([L.HAVO, L.VWO]);
    expect(levelsFor('vo', 'VBO/MAVO/HAVO/VWO', { ...none, vmbo: true, havo: true, vwo: true })).toEqual([
      ...VMBO,
      L.HAVO,
      L.VWO,
    ]);
  });

  it('refines vmbo by the onderwijsstructuur', () => {
    expect(levelsFor('vo', 'MAVO', { ...none, vmbo: true })).toEqual([L.VMBO_GL, L.VMBO_TL]);
    expect(levelsFor('vo', 'VBO', { ...none, vmbo: true })).toEqual([L.VMBO_BB, L.VMBO_KB]);
    expect(vmboLevelsFromType('VMBO-(G)T')).toEqual([L.VMBO_GL, L.VMBO_TL]);
    expect(vmboLevelsFromType('VMBO-B/K')).toEqual([L.VMBO_BB, L.VMBO_KB]);
    expect(vmboLevelsFromType('ONBEKEND')).toEqual(VMBO);
  });

  it('maps praktijkonderwijs to VMBO_BB and leaves a flagless location to its institution', () => {
    expect(levelsFor('vo', 'PRO', { ...none, pro: true })).toEqual([L.VMBO_BB]);
    expect(levelsFor('vo', 'BRUGJAAR', none)).toBeUndefined();
    expect(levelsFor('mbo', 'ROC', none)).toEqual([]);
  });
});

describe('fillInstitutionLevels', () => {
  const school = (brin: string, levels: L[]) => ({ brin, levels, sector: 'vo' }) as SchoolRecord;

  it('gives a brugjaar location the levels of the other locations of its BRIN', () => {
    const rows = [
      { school: school('01GH', [L.VMBO_BB, L.VMBO_KB]), needsInstitutionLevels: false },
      { school: school('01GH', [L.HAVO]), needsInstitutionLevels: false },
      { school: school('01GH', []), needsInstitutionLevels: true },
      { school: school('99ZZ', []), needsInstitutionLevels: true },
    ];
    fillInstitutionLevels(rows);
    expect(rows[2].school.levels).toEqual([L.VMBO_BB, L.VMBO_KB, L.HAVO]);
    expect(rows[3].school.levels).toEqual([...VMBO, L.HAVO, L.VWO]);
  });
});

describe('properCasePlace', () => {
  it.each([
    ["'S-GRAVENHAGE", "'s-Gravenhage"],
    ['NIEUWERKERK AAN DEN IJSSEL', 'Nieuwerkerk aan den IJssel'],
    ['DEN HAAG', 'Den Haag'],
    ['ALTEVEER GEM NOORDENVELD', 'Alteveer gem Noordenveld'],
    ['2E EXLOERMOND', '2e Exloermond'],
    ["'T ZANDT", "'t Zandt"],
    ['EDE GLD', 'Ede GLD'],
    ['NIEUW-BUINEN', 'Nieuw-Buinen'],
    ['Capelle aan den IJssel', 'Capelle aan den IJssel'],
  ])('%s → %s', (raw, expected) => {
    expect(properCasePlace(raw)).toBe(expected);
  });
});

describe('detectSchoolFormat', () => {
  it('knows both headers and nothing else', () => {
    expect(
      detectSchoolFormat([
        'PROVINCIE',
        'VESTIGINGSCODE',
        'VESTIGINGSNAAM',
        'POSTCODE',
        'PLAATSNAAM',
        'GEMEENTENAAM',
      ])?.format,
    ).toBe('duo-bo');
    expect(
      detectSchoolFormat([
        'vestigingscode',
        'naam',
        'sector',
        'plaats',
        'gemeente_duo',
        'provincie',
        'lat',
        'lon',
      ])?.format,
    ).toBe('geocoded');
    expect(detectSchoolFormat(['id', 'name'])).toBeUndefined();
    // DUO's secondary-school file shares the address columns but is not a primary-school file.
    expect(
      detectSchoolFormat([
        'PROVINCIE',
        'VESTIGINGSCODE',
        'VESTIGINGSNAAM',
        'POSTCODE',
        'PLAATSNAAM',
        'GEMEENTENAAM',
        'ONDERWIJSSTRUCTUUR',
      ]),
    ).toBeUndefined();
  });
});

describe('mapSchoolRow (DUO bo file)', () => {
  const row = {
    provincie: 'Drenthe',
    instellingscode: '32JK',
    vestigingscode: '32jk00',
    vestigingsnaam: 'BBS de Verwondering',
    straatnaam: 'Melkweg',
    'huisnummer-toevoeging': '13',
    postcode: '9306 TC',
    plaatsnaam: 'ALTEVEER GEM NOORDENVELD',
    gemeentenaam: 'NOORDENVELD',
    denominatie: 'Algemeen bijzonder',
    internetadres: '',
  };

  it('geocodes by PC4 and takes the province from the municipality', () => {
    const school = expectOk(mapSchoolRow('duo-bo', reader({ ...row, provincie: 'Groningen' }), lookups));
    expect(school.warnings).toEqual([expect.stringContaining('province column says Groningen')]);
    expect(school).toMatchObject({
      vestigingscode: '32JK00',
      brin: '32JK',
      name: 'BBS de Verwondering',
      schoolType: 'basisschool',
      sector: 'bao',
      street: 'Melkweg 13',
      postcode: '9306TC',
      city: 'Alteveer gem Noordenveld',
      municipality: 'Noordenveld',
      province: Province.DRENTHE,
      lat: 53.1,
      lon: 6.5,
      levels: PRIMARY,
      pupils: null,
      denomination: 'Algemeen bijzonder',
      website: null,
    });
  });

  it('falls back to the province column for an unknown municipality, and says so', () => {
    const school = expectOk(
      mapSchoolRow('duo-bo', reader({ ...row, gemeentenaam: 'NIEUWGEMEENTE' }), lookups),
    );
    expect(school.province).toBe(Province.DRENTHE);
    expect(school.municipality).toBe('Nieuwgemeente');
    expect(school.warnings).toEqual([expect.stringContaining('province taken from the file')]);
  });

  it('names a blank municipality after the postcode area', () => {
    const school = expectOk(
      mapSchoolRow(
        'duo-bo',
        reader({ ...row, gemeentenaam: '', postcode: '5463 XR', provincie: 'Noord-Brabant' }),
        lookups,
      ),
    );
    expect(school).toMatchObject({ municipality: 'Meierijstad', province: Province.NOORD_BRABANT });
  });

  it.each([
    [{ vestigingscode: '' }, 'missing vestigingscode'],
    [{ vestigingscode: '32JK0' }, 'bad vestigingscode'],
    [{ instellingscode: '11AA' }, 'does not match'],
    [{ vestigingsnaam: ' ' }, 'missing name'],
    [{ postcode: 'onbekend' }, 'bad postcode'],
    [{ postcode: '1234 AB' }, 'unknown postcode area 1234'],
  ])('rejects %j', (change, reason) => {
    expect(expectRejected(mapSchoolRow('duo-bo', reader({ ...row, ...change }), lookups))).toContain(reason);
  });
});

describe('mapSchoolRow (geocoded file)', () => {
  const row = {
    vestigingscode: '32DD00',
    brin: '32DD',
    naam: 'Aida',
    type: 'basisschool',
    sector: 'bao',
    vmbo: '0',
    havo: '0',
    vwo: '0',
    pro: '0',
    denominatie: 'Islamitisch',
    internetadres: 'www.aida.nl',
    straat: 'Elboogstraat',
    huisnummer: '68',
    huisletter: 'a',
    huisnummertoevoeging: '1',
    postcode: '2516PV',
    plaats: "'s-Gravenhage",
    gemeente_duo: 'S GRAVENHAGE',
    provincie: 'Zuid-Holland',
    leerlingen: '212',
    lat: '52.066957',
    lon: '4.33223',
  };

  it('keeps the exact coordinates and reads every column', () => {
    expect(expectOk(mapSchoolRow('geocoded', reader(row), lookups))).toMatchObject({
      street: 'Elboogstraat 68a-1',
      postcode: '2516PV',
      city: "'s-Gravenhage",
      municipality: "'s-Gravenhage",
      province: Province.ZUID_HOLLAND,
      lat: 52.066957,
      lon: 4.33223,
      pupils: 212,
      website: 'www.aida.nl',
      levels: PRIMARY,
    });
  });

  it('keeps a row with an unreadable pupil count, with a warning', () => {
    const school = expectOk(mapSchoolRow('geocoded', reader({ ...row, leerlingen: 'veel' }), lookups));
    expect(school.pupils).toBeNull();
    expect(school.warnings).toEqual([expect.stringContaining('pupil count')]);
  });

  it.each([
    [{ lat: '' }, 'bad or missing lat/lon'],
    [{ lat: '52,06' }, 'bad or missing lat/lon'],
    [{ lat: '4.33', lon: '52.06' }, 'outside the Netherlands'],
    [{ naam: '' }, 'missing name'],
    [{ gemeente_duo: 'ONBEKEND', provincie: 'Atlantis', postcode: '' }, 'unknown'],
  ])('rejects %j', (change, reason) => {
    expect(expectRejected(mapSchoolRow('geocoded', reader({ ...row, ...change }), lookups))).toContain(
      reason,
    );
  });
});
