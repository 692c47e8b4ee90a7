import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import {
  ReferenceData,
  SchoolImportError,
  SchoolImportService,
  readSchoolFile,
  type ImportProgress,
} from '@app/catalogue';
import { EducationLevel as L, Province } from '@app/core';
import type { TestDatabase } from '@app/testing';
import { ImportSchoolsModule, main } from '../../scripts/import-schools';
import { useTestEnvironment } from '../utils/test-app';

// The real DUO files are read from ../shared/data (never copied into the repository); fixtures are our own.
const SHARED = resolve(process.cwd(), '../shared/data/nl/schools');
const GEOCODED = resolve(SHARED, 'scholen_po_vo_so_geocoded_20241122.csv');
const DUO_UTF8 = resolve(SHARED, 'duo_bo_alle_schoolvestigingen.csv');
const DUO_1252 = resolve(SHARED, 'duo_bo_alle_schoolvestigingen.windows-1252.csv');
const FIXTURES = resolve(process.cwd(), 'test/fixtures/schools');
const BROKEN = resolve(FIXTURES, 'geocoded-broken.csv');
const DUO_SAMPLE = resolve(FIXTURES, 'duo-bo-sample.csv');

const PRIMARY = [L.PO_ONDERBOUW, L.PO_MIDDENBOUW, L.PO_BOVENBOUW];
const VMBO = [L.VMBO_BB, L.VMBO_KB, L.VMBO_GL, L.VMBO_TL];

describe('school registry import', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let importer: SchoolImportService;
  let ds: DataSource;

  const school = async (code: string) => {
    const rows: Array<Record<string, any>> = await ds.query(
      `SELECT * FROM schools WHERE vestigingscode = $1`,
      [code],
    );
    return rows[0];
  };
  const count = async (where = 'true', params: unknown[] = []) => {
    const rows: Array<{ n: number }> = await ds.query(
      `SELECT count(*)::int AS n FROM schools WHERE ${where}`,
      params,
    );
    return rows[0].n;
  };
  // Rows whose updated_at moved after their insert: an upsert that changes nothing must not touch it.
  const touched = () => count('updated_at <> created_at');

  beforeAll(async () => {
    db = await useTestEnvironment();
    app = await NestFactory.createApplicationContext(ImportSchoolsModule, { logger: false });
    importer = app.get(SchoolImportService);
    ds = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('the geocoded all-schools file', () => {
    it('imports all 8,622 locations with province from the municipality and levels from the flags', async () => {
      const progress: ImportProgress[] = [];
      const report = await importer.importFile(GEOCODED, { onProgress: (p) => progress.push(p) });
      expect(report).toMatchObject({
        format: 'geocoded',
        encoding: 'utf-8',
        rows: 8622,
        inserted: 8622,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        warnings: [],
      });
      expect(progress.at(-1)).toEqual({ phase: 'write', done: 8622, total: 8622 });
      expect(await count()).toBe(8622);

      expect(await school('32DD00')).toMatchObject({
        brin: '32DD',
        name: 'Aida',
        school_type: 'basisschool',
        sector: 'bao',
        street: 'Elboogstraat 68',
        postcode: '2516PV',
        city: "'s-Gravenhage",
        municipality: "'s-Gravenhage",
        province: Province.ZUID_HOLLAND,
        lat: 52.066957,
        lon: 4.33223,
        levels: PRIMARY,
        pupils: null,
        denomination: 'Islamitisch',
        website: null,
      });
      expect(await school('12RF00')).toMatchObject({
        name: 'Skoalle De Dúnwizer',
        municipality: 'Opsterland',
        province: Province.FRYSLAN,
        pupils: 118,
        website: 'www.oanrin.nl',
      });
      // Every province derived from the municipality agrees with the one DUO names.
      const provinces: Array<{ province: string; n: number }> = await ds.query(
        `SELECT province, count(*)::int AS n FROM schools GROUP BY province`,
      );
      expect(Object.fromEntries(provinces.map((p) => [p.province, p.n]))).toEqual({
        ZUID_HOLLAND: 1664,
        NOORD_HOLLAND: 1240,
        GELDERLAND: 1159,
        NOORD_BRABANT: 1102,
        OVERIJSSEL: 686,
        UTRECHT: 648,
        FRYSLAN: 474,
        LIMBURG: 459,
        GRONINGEN: 359,
        DRENTHE: 324,
        ZEELAND: 257,
        FLEVOLAND: 250,
      });

      const levels = async (code: string) => (await school(code)).levels as string[];
      expect(await levels('17VN08')).toEqual(VMBO); // VBO/MAVO
      expect(await levels('19EN02')).toEqual([L.VMBO_GL, L.VMBO_TL]); // MAVO only
      expect(await levels('25PW60')).toEqual([L.VMBO_BB, L.VMBO_KB]); // VBO only
      expect(await levels('02AR01')).toEqual([L.HAVO, L.VWO]);
      expect(await levels('18VA01')).toEqual([L.VMBO_BB]); // praktijkonderwijs
      expect(await levels('01GH05')).toEqual([...VMBO, L.HAVO, L.VWO]); // brugjaar: its institution's levels
      expect(await levels('12XR00')).toEqual(PRIMARY); // sbao
      expect(await levels('01GF01')).toEqual(PRIMARY); // so
      expect(await levels('00SH02')).toEqual(VMBO); // vso
      expect(await levels('00RT07')).toEqual([...PRIMARY, ...VMBO]); // so_vso
      expect(await count(`'HAVO' = ANY(levels)`)).toBeGreaterThanOrEqual(724);
      expect(await count(`cardinality(levels) = 0`)).toBe(0);
    });

    it('changes nothing on a second run and says so', async () => {
      const before: Array<{ max: Date }> = await ds.query(`SELECT max(updated_at) AS max FROM schools`);
      const report = await importer.importFile(GEOCODED);
      expect(report).toMatchObject({ rows: 8622, inserted: 0, updated: 0, unchanged: 8622, rejected: 0 });
      const after: Array<{ max: Date }> = await ds.query(`SELECT max(updated_at) AS max FROM schools`);
      expect(after[0].max).toEqual(before[0].max);
      expect(await touched()).toBe(0);
    });

    it('counts a changed row as updated and touches only that row', async () => {
      const changed = readFileSync(GEOCODED, 'utf8').replace('32DD00,32DD,Aida,', '32DD00,32DD,Aida Nieuw,');
      const report = await importer.importBuffer(Buffer.from(changed));
      expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 8621, rejected: 0 });
      expect((await school('32DD00')).name).toBe('Aida Nieuw');
      expect(await touched()).toBe(1);
    });

    it('imports a file of new and stored locations, a new code twice, as one new school each', async () => {
      const [header, ...lines] = readFileSync(GEOCODED, 'utf8').trimEnd().split('\n');
      const aida = lines.find((line) => line.startsWith('32DD00,'))!;
      await ds.query(`DELETE FROM schools WHERE vestigingscode IN ('32DD00', '12RF00')`);
      // 32DD00 is new again and comes twice: its later line stands. 12RF00 is new; the rest is stored.
      const file = [header, ...lines, aida.replace('32DD00,32DD,Aida,', '32DD00,32DD,Aida Later,')];
      const report = await importer.importBuffer(Buffer.from(`${file.join('\n')}\n`));
      expect(report).toMatchObject({ rows: 8623, inserted: 2, updated: 0, unchanged: 8620, rejected: 1 });
      expect(report.rejections).toEqual([
        {
          line: lines.indexOf(aida) + 2,
          vestigingscode: '32DD00',
          message: 'duplicate vestigingscode: superseded by line 8624',
        },
      ]);
      expect(await count()).toBe(8622);
      expect((await school('32DD00')).name).toBe('Aida Later');
      expect((await school('12RF00')).name).toBe('Skoalle De Dúnwizer');
    });

    it('lets two imports of the same file run at once, one after the other', async () => {
      await ds.query(`TRUNCATE schools CASCADE`);
      const reports = await Promise.all([importer.importFile(GEOCODED), importer.importFile(GEOCODED)]);
      expect(reports.map((r) => r.inserted).sort((a, b) => a - b)).toEqual([0, 8622]);
      expect(reports.map((r) => r.unchanged).sort((a, b) => a - b)).toEqual([0, 8622]);
      expect(await count()).toBe(8622);
    });
  });

  describe("DUO's own primary-school file", () => {
    it('reads the windows-1252 download to exactly the rows of the UTF-8 copy', () => {
      const reference = app.get(ReferenceData);
      const utf8 = readSchoolFile(readFileSync(DUO_UTF8), reference);
      const cp1252 = readSchoolFile(readFileSync(DUO_1252), reference);
      expect(utf8.encoding).toBe('utf-8');
      expect(cp1252.encoding).toBe('windows-1252');
      expect(cp1252.rows).toBe(6122);
      expect(cp1252.rejections).toEqual([]);
      expect(cp1252.schools).toEqual(utf8.schools);
      const byCode = new Map(cp1252.schools.map((s) => [s.vestigingscode, s]));
      expect(byCode.get('12RF00')).toMatchObject({
        name: 'Skoalle De Dúnwizer',
        province: Province.FRYSLAN,
        city: 'Bakkeveen',
        postcode: '9243SJ',
      });
      expect(cp1252.schools.filter((s) => s.denomination === 'Hindoeïstisch')).toHaveLength(6);
      expect(cp1252.schools.some((s) => /Ã|\uFFFD/.test(`${s.name}${s.denomination}`))).toBe(false);
    });

    it('imports it over the geocoded registry, keeping exact coordinates, then re-imports nothing', async () => {
      const report = await importer.importFile(DUO_UTF8);
      expect(report).toMatchObject({ format: 'duo-bo', rows: 6122, inserted: 70, rejected: 0 });
      expect(report.updated).toBeGreaterThan(0);
      expect(report.inserted + report.updated + report.unchanged).toBe(6122);
      // Two rows with a blank municipality: named after their postcode area, province from the file, reported.
      expect(report.warnings.map((w) => [w.line, w.vestigingscode])).toEqual([
        [2912, '32LY00'],
        [2975, '32LW00'],
      ]);
      expect(report.warnings[0].message).toContain("province taken from the file's province column");
      expect(await school('32LY00')).toMatchObject({
        municipality: 'Meierijstad',
        province: Province.NOORD_BRABANT,
      });
      // Same postcode: the geocoded file's exact point, place spelling and pupil count stay.
      expect(await school('12RF00')).toMatchObject({ lat: 53.080927, city: 'Bakkeveen', pupils: 118 });

      const again = await importer.importFile(DUO_1252);
      expect(again).toMatchObject({ encoding: 'windows-1252', inserted: 0, updated: 0, unchanged: 6122 });
      expect(await count()).toBe(8692);
    });
  });

  describe('broken input', () => {
    it('reports each malformed row with its line and imports the rest', async () => {
      const report = await importer.importFile(BROKEN);
      expect(report).toMatchObject({ rows: 13, inserted: 5, updated: 0, rejected: 8 });
      expect(report.rejections.map((r) => [r.line, r.message])).toEqual([
        [2, 'duplicate vestigingscode: superseded by line 11'],
        [3, 'missing vestigingscode'],
        [4, expect.stringContaining('bad vestigingscode "ABC"')],
        [5, expect.stringContaining('bad or missing lat/lon')],
        [6, 'missing name (naam)'],
        [7, 'expected 24 fields, found 9'],
        [8, expect.stringContaining('unbalanced quote')],
        [13, expect.stringContaining('outside the Netherlands')],
      ]);
      expect(report.warnings.map((w) => [w.line, w.vestigingscode])).toEqual([
        [9, '99XA06'],
        [10, '99XA07'],
        [14, '99XA11'],
      ]);
      expect(report.warnings[0].message).toContain('province column says Utrecht');
      expect(report.warnings[1].message).toContain('municipality "NIJEGEMEENTE" unknown');

      // The file says Utrecht, the municipality Groningen: the municipality decides.
      expect(await school('99XA06')).toMatchObject({
        name: 'De Wip, locatie Noord',
        pupils: 120,
        municipality: 'Groningen',
        province: Province.GRONINGEN,
      });
      expect(await school('99XA07')).toMatchObject({
        municipality: 'Nijegemeente',
        province: Province.FRYSLAN,
      });
      expect(await school('99XA00')).toMatchObject({ name: 'Testcollege', levels: [...VMBO, L.HAVO] });
      expect(await school('99XA09')).toMatchObject({ levels: [...VMBO, L.HAVO] });
      expect(await school('99XA11')).toMatchObject({ pupils: null });
      expect(await school('99XA02')).toBeUndefined();
    });

    it('reads a windows-1252 file, and a file mixing encodings, keeping the readable rows', async () => {
      const text = readFileSync(DUO_SAMPLE, 'utf8');
      const report = await importer.importBuffer(iconv.encode(text, 'windows-1252'), { source: 'sample' });
      expect(report).toMatchObject({ encoding: 'windows-1252', rows: 5, inserted: 3, rejected: 2 });
      expect(report.rejections.map((r) => [r.line, r.vestigingscode, r.message])).toEqual([
        [5, '99YD00', 'bad postcode "onbekend": cannot geocode'],
        [6, '99YE00', 'unknown postcode area 1000: no coordinates'],
      ]);
      expect(await school('99YA00')).toMatchObject({
        name: 'Skoalle De Fûgelflecht',
        street: 'Mjumster Wei 14-A',
        postcode: '9243SJ',
        city: 'Bakkeveen',
        municipality: 'Opsterland',
        province: Province.FRYSLAN,
        levels: PRIMARY,
      });
      expect(await school('99YB00')).toMatchObject({
        city: "'s-Gravenhage",
        municipality: "'s-Gravenhage",
        denomination: 'Hindoeïstisch',
      });
      expect((await school('99YC00')).name).toBe('Basisschool "De Dúnwizer"');

      // One line pasted in windows-1252 into a UTF-8 file, another mangled beyond repair.
      const lines = text.split('\r\n');
      const mixed = Buffer.concat([
        Buffer.from(`${lines.slice(0, 2).join('\r\n')}\r\n`),
        iconv.encode(`${lines[2]}\r\n`, 'windows-1252'),
        Buffer.from(`${lines[3].replace('Dúnwizer', 'D\uFFFDnwizer')}\r\n`),
      ]);
      const mixedReport = await importer.importBuffer(mixed, { source: 'mixed' });
      expect(mixedReport).toMatchObject({ encoding: 'mixed', rows: 3, unchanged: 2, rejected: 1 });
      expect(mixedReport.warnings).toEqual([
        { line: 3, vestigingscode: null, message: 'not valid UTF-8: read as windows-1252' },
      ]);
      expect(mixedReport.rejections).toEqual([
        { line: 4, vestigingscode: '99YC00', message: expect.stringContaining('could not be decoded') },
      ]);

      // The windows-1252 line superseded by the same school again in UTF-8: the note on its encoding stays.
      const again = readSchoolFile(
        Buffer.concat([mixed, Buffer.from(`${lines[2]}\r\n`)]),
        app.get(ReferenceData),
      );
      expect(again.warnings).toEqual(mixedReport.warnings);
      expect(again.rejections.map((r) => [r.line, r.vestigingscode])).toEqual([
        [3, '99YB00'],
        [4, '99YC00'],
      ]);
      expect(again.schools.map((s) => s.vestigingscode)).toEqual(['99YA00', '99YB00']);
    });

    it('refuses a file that is not a school file, or that cannot be read', async () => {
      await expect(importer.importBuffer(Buffer.from('id,name\n1,x\n'))).rejects.toThrow(SchoolImportError);
      await expect(importer.importBuffer(Buffer.alloc(0))).rejects.toThrow(/empty/);
      await expect(importer.importFile(resolve(FIXTURES, 'nope.csv'))).rejects.toThrow(
        /Cannot read .*no such file/,
      );
    });
  });

  describe('from a URL', () => {
    let server: Server;
    let base: string;

    beforeAll(async () => {
      const sample = iconv.encode(readFileSync(DUO_SAMPLE, 'utf8'), 'windows-1252');
      server = createServer((req, res) => {
        if (req.url === '/duo.csv') {
          res.writeHead(200, { 'content-type': 'text/csv; charset=windows-1252' }).end(sample);
        } else res.writeHead(404).end('not here');
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise((done) => server.close(done));
    });

    it('downloads and imports an http file', async () => {
      const report = await importer.importFile(`${base}/duo.csv`);
      expect(report).toMatchObject({
        source: `${base}/duo.csv`,
        encoding: 'windows-1252',
        rows: 5,
        rejected: 2,
      });
      expect(report.inserted + report.updated + report.unchanged).toBe(3);
    });

    it('gives a clear error when the download fails', async () => {
      await expect(importer.importFile(`${base}/missing.csv`)).rejects.toThrow(
        `Could not download ${base}/missing.csv: HTTP 404 Not Found`,
      );
      // A port nothing listens on (the server's, once closed) stands in for "no internet".
      const closed = createServer();
      await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((done) => closed.close(done));
      await expect(importer.importFile(`http://127.0.0.1:${port}/duo.csv`)).rejects.toThrow(
        /Could not download .*ECONNREFUSED/,
      );
    });
  });

  describe('npm run import:schools', () => {
    it('prints the report and exits 0 despite rejected rows, 1 when the file cannot be read', async () => {
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        expect(await main([BROKEN])).toBe(0);
        const out = log.mock.calls.map((call) => String(call[0])).join('\n');
        expect(out).toContain('inserted 0, updated 0, unchanged 5, rejected 8');
        expect(out).toContain('line 7 (99XA04): expected 24 fields, found 9');

        expect(await main([resolve(FIXTURES, 'nope.csv')])).toBe(1);
        expect(error.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(
          /Import failed: Cannot read .*nope\.csv: no such file/,
        );
      } finally {
        log.mockRestore();
        error.mockRestore();
      }
    });
  });
});
