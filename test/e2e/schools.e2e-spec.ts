import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SchoolImportService } from '@app/catalogue';
import { errorCode } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

// The whole real registry (8,622 DUO school locations), so that ranking is tried among real look-alikes: six
// Hooghuis locations in Oss and one in Heesch, De Wynwizer beside Skoalle De Dúnwizer.
const GEOCODED = resolve(process.cwd(), '../shared/data/nl/schools/scholen_po_vo_so_geocoded_20241122.csv');

const SCHOOLS = `query($q: String!, $p: Province, $first: Int) {
  schools(query: $q, province: $p, first: $first) { id vestigingscode name city municipality province }
}`;

interface Found {
  vestigingscode: string;
  name: string;
  city: string;
  province: string;
}

describe('finding a school (schools query, public)', () => {
  let t: TestApp;
  let importer: SchoolImportService;

  const raw = (q: string, variables: Record<string, unknown> = {}) =>
    t.gql<{ schools: Found[] }>(SCHOOLS, { q, ...variables });
  const search = async (q: string, variables: Record<string, unknown> = {}) => {
    const response = await raw(q, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.schools;
  };
  const codes = (found: Found[]) => found.map((school) => school.vestigingscode);
  const schoolCount = async () =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM schools`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    importer = t.app.get(SchoolImportService);
    const report = await importer.importFile(GEOCODED);
    expect(report.inserted).toBe(8622);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds Het Hooghuis in Oss first for "hooghuis os", without logging in', async () => {
    const found = await search('hooghuis os');
    expect(found[0]).toMatchObject({ vestigingscode: '19XH00', name: 'Het Hooghuis', city: 'Oss' });
    // Every Oss location of Het Hooghuis, and not the one in Heesch: every word must match.
    expect(codes(found).sort()).toEqual(['19XH00', '19XH01', '19XH04', '19XH05', '19XH08', '19XH09']);
  });

  it('forgives accents and typos', async () => {
    for (const q of ['dunwizer', 'Dúnwizer', 'skoalle dunwiser', 'DUNWIZER bakkeveen']) {
      expect((await search(q))[0]).toMatchObject({ vestigingscode: '12RF00', name: 'Skoalle De Dúnwizer' });
    }
    expect((await search('het hoghuis oss'))[0].vestigingscode).toBe('19XH00');
    const montessori = (await search('montesori utrekht')).filter(
      (s) => /montessori/i.test(s.name) && /utrecht/i.test(`${s.name} ${s.city}`),
    );
    expect(montessori.length).toBeGreaterThan(1);
  });

  it('finds exactly the school of a vestigingscode first, in any case', async () => {
    for (const q of ['19XH03', '19xh03', ' 19Xh03 ']) {
      const found = await search(q);
      expect(found[0]).toMatchObject({ vestigingscode: '19XH03', city: 'Heesch' });
      expect(codes(found).filter((code) => code === '19XH03')).toHaveLength(1);
    }
    // A BRIN finds its locations first.
    const brin = await search('19xh', { first: 7 });
    expect(codes(brin).sort()).toEqual([
      '19XH00',
      '19XH01',
      '19XH03',
      '19XH04',
      '19XH05',
      '19XH08',
      '19XH09',
    ]);
  });

  it('finds the schools at a postcode, written with or without a space, and in a postcode area', async () => {
    const at = await t.dataSource.query<Array<{ vestigingscode: string }>>(
      `SELECT vestigingscode FROM schools WHERE postcode = '5342CN' ORDER BY vestigingscode`,
    );
    expect(at.map((row) => row.vestigingscode)).toEqual(expect.arrayContaining(['19XH01', '19XH09']));
    for (const q of ['5342 CN', '5342cn', '5342 Cn']) {
      expect(codes(await search(q)).sort()).toEqual(at.map((row) => row.vestigingscode));
    }
    const area = await search('5342', { first: 50 });
    const inArea = await t.dataSource.query<Array<{ vestigingscode: string }>>(
      `SELECT vestigingscode FROM schools WHERE postcode LIKE '5342%' ORDER BY vestigingscode`,
    );
    expect(inArea.length).toBeGreaterThan(4);
    expect(codes(area).sort()).toEqual(inArea.map((row) => row.vestigingscode));
    expect(codes(area)).toEqual(expect.arrayContaining(['19XH01', '19XH04', '19XH08', '19XH09']));
    // A word beside a postcode area narrows it down.
    expect(codes(await search('hooghuis 5342')).sort()).toEqual(['19XH01', '19XH04', '19XH08', '19XH09']);
  });

  it('filters by province', async () => {
    const everywhere = await search('christelijke school', { first: 50 });
    expect(new Set(everywhere.map((s) => s.province)).size).toBeGreaterThan(1);
    const groningen = await search('christelijke school', { p: 'GRONINGEN', first: 50 });
    expect(groningen.length).toBeGreaterThan(0);
    expect(groningen.every((s) => s.province === 'GRONINGEN')).toBe(true);
    expect(await search('hooghuis os', { p: 'FRYSLAN' })).toEqual([]);
  });

  it('returns 10 schools unless asked, and at most 50', async () => {
    expect(await search('basisschool')).toHaveLength(10);
    expect(await search('basisschool', { first: 3 })).toHaveLength(3);
    expect(await search('basisschool', { first: 50 })).toHaveLength(50);
  });

  it('refuses a query that is empty, too short, too long or only punctuation, and first outside 1..50', async () => {
    const before = await schoolCount();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a', {}, 'SCHOOL_QUERY_TOO_SHORT'],
      [' é ', {}, 'SCHOOL_QUERY_TOO_SHORT'],
      ['x'.repeat(101), {}, 'SCHOOL_QUERY_TOO_LONG'],
      ['?!.-', {}, 'SCHOOL_QUERY_EMPTY'],
      ['', {}, 'SCHOOL_QUERY_EMPTY'],
      ['   ', {}, 'SCHOOL_QUERY_EMPTY'],
      ['hooghuis', { first: 0 }, 'SCHOOL_SEARCH_FIRST_OUT_OF_RANGE'],
      ['hooghuis', { first: 51 }, 'SCHOOL_SEARCH_FIRST_OUT_OF_RANGE'],
      ['hooghuis', { first: -5 }, 'SCHOOL_SEARCH_FIRST_OUT_OF_RANGE'],
    ];
    for (const [q, variables, reason] of cases) {
      const response = await raw(q, variables);
      expect({ q, code: errorCode(response), reason: response.errors?.[0]?.extensions?.reason }).toEqual({
        q,
        code: 'BAD_USER_INPUT',
        reason,
      });
      expect(response.data).toBeNull();
    }
    // 100 characters is still a search.
    expect((await raw(`hooghuis ${'o'.repeat(91)}`)).errors).toBeUndefined();
    expect(await schoolCount()).toBe(before);
  });

  it('finds a school by the name a later import gave it', async () => {
    const lines = readFileSync(GEOCODED, 'utf8').split('\n');
    const renamed = lines
      .filter((line, i) => i === 0 || line.startsWith('12RF00,'))
      .map((line) => line.replace('Skoalle De Dúnwizer', 'Skoalle It Fûgelnêst'));
    const report = await importer.importBuffer(Buffer.from(`${renamed.join('\n')}\n`));
    expect(report.updated).toBe(1);
    expect((await search('fugelnest'))[0]).toMatchObject({
      vestigingscode: '12RF00',
      name: 'Skoalle It Fûgelnêst',
    });
    expect(codes(await search('dunwizer'))).not.toContain('12RF00');
  });
});
