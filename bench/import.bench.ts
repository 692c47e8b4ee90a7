import 'reflect-metadata';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ReferenceData, SchoolImportService, type ImportReport } from '@app/catalogue';
import { validateEnvironment } from '@app/config';
import { runMigrations } from '@app/database';
import { ensureDatabase } from '../scripts/db-util';
import { ImportSchoolsModule } from '../scripts/import-schools';

// npm run bench:import [-- --runs 3]
// Imports every school location of the geocoded DUO file (8,622 rows) through SchoolImportService into a scratch
// database, and in the same run a plain server-side COPY of the same CSV into a scratch table of text columns.
// Each is repeated (fresh tables every time) and the median is printed, with the floor: the imported rows copied
// back into `schools` by the server. The scratch database is dropped at the end.

const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const FILE = 'nl/schools/scholen_po_vo_so_geocoded_20241122.csv';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
const rate = (rows: number, millis: number) =>
  `${Math.round((rows / millis) * 1000).toLocaleString('en')} rows/s`;

async function main(): Promise<void> {
  const env = validateEnvironment();
  const scratchName = `techmatch_bench_import_${process.pid}`;
  const scratchUrl = new URL(env.DATABASE_URL);
  scratchUrl.pathname = `/${scratchName}`;
  await ensureDatabase(scratchUrl.toString());
  await runMigrations(scratchUrl.toString());
  process.env.DATABASE_URL = scratchUrl.toString();
  process.env.LOG_LEVEL = 'error';

  const csv = ReferenceData.path(env.DATA_DIR, FILE);
  // The server reads COPY's file itself: a copy in a directory it may enter.
  const dir = mkdtempSync(join(tmpdir(), 'techmatch-bench-'));
  // 0777: the server also writes the imported rows here (COPY TO), for the floor below.
  chmodSync(dir, 0o777);
  const serverCsv = join(dir, 'schools.csv');
  copyFileSync(csv, serverCsv);
  chmodSync(serverCsv, 0o644);

  const app = await NestFactory.createApplicationContext(ImportSchoolsModule, { logger: ['error'] });
  try {
    const importer = app.get(SchoolImportService);
    const ds = app.get(DataSource);
    // The PC4 and municipality tables are loaded once per process; keep that out of the timed runs.
    const reference = app.get(ReferenceData);
    reference.pc4Points();
    reference.municipalityIndex();
    await ds.query(
      `CREATE TABLE copy_scratch (${Array.from({ length: 24 }, (_, i) => `c${i} text`).join(', ')})`,
    );
    // For context only: the same COPY into a table with the indexes `schools` has (a uuid primary key, the unique
    // code and the province), to show what index upkeep costs.
    const typed = Array.from({ length: 24 }, (_, i) =>
      i === 22 || i === 23 ? `c${i} float8` : `c${i} text`,
    );
    await ds.query(
      `CREATE TABLE copy_indexed (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${typed.join(', ')})`,
    );
    await ds.query(`CREATE UNIQUE INDEX ON copy_indexed (c0)`);
    await ds.query(`CREATE INDEX ON copy_indexed (c19)`);
    const timedCopy = async (table: string) => {
      await ds.query(`TRUNCATE ${table}`);
      const started = performance.now();
      const columns = Array.from({ length: 24 }, (_, i) => `c${i}`).join(', ');
      await ds.query(`COPY ${table} (${columns}) FROM '${serverCsv}' WITH (FORMAT csv, HEADER true)`);
      return performance.now() - started;
    };

    // The floor: the import's own result, written back into `schools` by a server-side COPY. No parsing, no checks,
    // no network: what any import must at least spend on the table it fills (its indexes and constraints).
    const finalCopy = join(dir, 'schools.copy');
    const schoolColumns =
      'id, vestigingscode, brin, name, school_type, sector, street, postcode, city, municipality, province, ' +
      'lat, lon, levels, pupils, denomination, website';
    const timedFloor = async () => {
      await ds.query(`TRUNCATE schools CASCADE`);
      const started = performance.now();
      await ds.query(`COPY schools (${schoolColumns}) FROM '${finalCopy}'`);
      return performance.now() - started;
    };

    const fresh: ImportReport[] = [];
    const rerun: ImportReport[] = [];
    const copy: number[] = [];
    const copyIndexed: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await ds.query(`TRUNCATE schools CASCADE`);
      fresh.push(await importer.importFile(csv));
      rerun.push(await importer.importFile(csv));
      copy.push(await timedCopy('copy_scratch'));
      copyIndexed.push(await timedCopy('copy_indexed'));
      if (run === 0) await ds.query(`COPY (SELECT ${schoolColumns} FROM schools) TO '${finalCopy}'`);
      floor.push(await timedFloor());
    }
    const counted: Array<{ n: number }> = await ds.query(`SELECT count(*)::int AS n FROM copy_scratch`);
    const copied = counted[0].n;

    const rows = fresh[0].inserted;
    if (
      fresh.some((r) => r.inserted !== rows || r.rejected !== 0) ||
      rerun.some((r) => r.unchanged !== rows)
    ) {
      throw new Error(
        `unexpected import counts: ${JSON.stringify(fresh.concat(rerun).map((r) => r.inserted))}`,
      );
    }
    const importMs = median(fresh.map((r) => r.durationMs));
    const rerunMs = median(rerun.map((r) => r.durationMs));
    const copyMs = median(copy);
    const lines = [
      `School import benchmark: ${rows} rows of ${FILE}, median of ${RUNS} runs (each on empty tables)`,
      ``,
      `  import (SchoolImportService.importFile, empty table): ${ms(importMs)}  ${rate(rows, importMs)}`,
      `    of which decode+parse ${ms(median(fresh.map((r) => r.timings.parseMs)))}, validate+write ${ms(median(fresh.map((r) => r.timings.writeMs)))}`,
      `  re-import of the same file (all unchanged):          ${ms(rerunMs)}  ${rate(rows, rerunMs)}`,
      `    of which decode+parse ${ms(median(rerun.map((r) => r.timings.parseMs)))}, validate+write ${ms(median(rerun.map((r) => r.timings.writeMs)))}`,
      `  plain COPY of the same CSV into a text table:        ${ms(copyMs)}  ${rate(copied, copyMs)}`,
      `  (context) COPY into a table with the schools indexes: ${ms(median(copyIndexed))}  ${rate(copied, median(copyIndexed))}`,
      `  (floor) COPY of the imported rows back into schools:  ${ms(median(floor))}  ${rate(rows, median(floor))}`,
      `    = ${((copyMs / median(floor)) * (rows / copied)).toFixed(2)} of the plain COPY rate: what an import that only wrote its result would reach`,
      ``,
      `  import rate / COPY rate: ${((copyMs / importMs) * (rows / copied)).toFixed(2)} (aim: at least 0.33)`,
      `  runs (ms): import ${fresh.map((r) => r.durationMs).join(', ')}; re-import ${rerun.map((r) => r.durationMs).join(', ')}; COPY ${copy.map((c) => c.toFixed(0)).join(', ')}; indexed COPY ${copyIndexed.map((c) => c.toFixed(0)).join(', ')}; floor ${floor.map((c) => c.toFixed(0)).join(', ')}`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
    // The server's own maintenance database: DATABASE_URL's may not exist on a fresh machine.
    const adminUrl = new URL(env.DATABASE_URL);
    adminUrl.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`).finally(() => admin.end());
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
