import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { Tx } from '@app/database';
import { ReferenceData } from '../reference/reference-data';
import { type DetectedEncoding } from './csv-source';
import { type SchoolFileFormat, type SchoolFormatSpec, type SchoolRecord } from './duo-formats';
import { SchoolFileScan, SchoolImportError, type ImportRowNote } from './school-file';

/** DUO's public monthly file of every primary-school location, read when no file is given. */
export const DUO_BO_URL =
  'https://duo.nl/open_onderwijsdata/images/02.-alle-schoolvestigingen-basisonderwijs.csv';

// Rows per chunk sent to COPY, and so per progress step.
const CHUNK_ROWS = 500;
const DOWNLOAD_TIMEOUT_MS = 60_000;

export interface ImportProgress {
  /** `write`: data rows of the file validated and written so far, of all its data rows. */
  phase: 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport {
  source: string;
  format: SchoolFileFormat;
  encoding: DetectedEncoding;
  /** Data rows read (blank lines not counted). */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Why each rejected row was skipped, by line. */
  rejections: ImportRowNote[];
  /** Rows imported with a substitution worth knowing (province from the file, bad pupil count, ...). */
  warnings: ImportRowNote[];
  durationMs: number;
  /**
   * Where the time went: decoding and parsing the file; then validating its rows and writing them, which overlap
   * (rows are sent to the database as they are validated).
   */
  timings: { parseMs: number; writeMs: number };
}

// Columns written from the file, with their type in the staging table that COPY fills. A new school's id is made
// here rather than by the column default: gen_random_uuid() took about half of the database's time for a COPY.
const COLUMNS: ReadonlyArray<
  readonly [column: string, type: string, value: (s: SchoolRecord) => string | number | null]
> = [
  ['id', 'uuid', () => randomUUID()],
  ['vestigingscode', 'text', (s) => s.vestigingscode],
  ['brin', 'text', (s) => s.brin],
  ['name', 'text', (s) => s.name],
  ['school_type', 'text', (s) => s.schoolType],
  ['sector', 'text', (s) => s.sector],
  ['street', 'text', (s) => s.street],
  ['postcode', 'text', (s) => s.postcode],
  ['city', 'text', (s) => s.city],
  ['municipality', 'text', (s) => s.municipality],
  ['province', 'text', (s) => s.province],
  ['lat', 'float8', (s) => s.lat],
  ['lon', 'float8', (s) => s.lon],
  // Level names are enum identifiers, so an array literal needs no quoting.
  ['levels', 'text[]', (s) => `{${s.levels.join(',')}}`],
  ['pupils', 'int4', (s) => s.pupils],
  ['denomination', 'text', (s) => s.denomination],
  ['website', 'text', (s) => s.website],
];

// A temporary table without indexes, dropped at commit: COPY fills it, one statement merges it into `schools`.
const STAGING = 'school_import';
const STAGING_DDL = `CREATE TEMP TABLE ${STAGING} (${COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')}) ON COMMIT DROP`;

// A value in COPY's text format: backslash escapes for the characters that delimit it, \N for null.
const COPY_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};
const NEEDS_ESCAPE = /[\\\t\n\r]/;
function copyValue(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : value;
}

/** A school as a line of COPY text, its values in the order of COLUMNS. */
export function copyLine(school: SchoolRecord): string {
  let line = '';
  for (const [, , value] of COLUMNS) line += (line === '' ? '' : '\t') + copyValue(value(school));
  return `${line}\n`;
}

/** The rows as COPY text, a chunk at a time: each chunk is sent while the next is being made. */
function* copyChunks(schools: Iterable<SchoolRecord>): Generator<string> {
  let chunk = '';
  let rows = 0;
  for (const school of schools) {
    chunk += copyLine(school);
    rows += 1;
    if (rows % CHUNK_ROWS === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * One statement for the whole file, from the staging table: insert new locations, update changed ones, leave
 * identical ones untouched (so `updated_at` only moves on a real change). RETURNING gives one row per insert or
 * update.
 */
export function buildUpsertSql(spec: Pick<SchoolFormatSpec, 'coarseAddress' | 'hasPupils'>): string {
  const names = COLUMNS.map(([column]) => column);
  // The columns an update may change, and what it stores given the stored row `old` and the file's row `row`.
  // A file with coarse addresses (DUO's) keeps the city and coordinates stored for the same postcode, and a
  // file without pupil counts keeps ours.
  const compared = names.filter(
    (n) => n !== 'id' && n !== 'vestigingscode' && (spec.hasPupils || n !== 'pupils'),
  );
  const value = (column: string, old: string, row: string) =>
    spec.coarseAddress && ['city', 'lat', 'lon'].includes(column)
      ? `CASE WHEN ${old}.postcode IS NOT DISTINCT FROM ${row}.postcode THEN ${old}.${column} ELSE ${row}.${column} END`
      : `${row}.${column}`;
  const differs = (old: string, row: string) =>
    `(${compared.map((c) => `${old}.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => value(c, old, row)).join(', ')})`;
  // Unchanged rows are filtered out before the INSERT: ON CONFLICT would lock (and so write) each of them.
  // The ON CONFLICT branch still compares, for a row another import changed in between.
  return `
    INSERT INTO schools AS s (${names.join(', ')})
    SELECT ${names.map((n) => `t.${n}`).join(', ')}
    FROM ${STAGING} t LEFT JOIN schools o ON o.vestigingscode = t.vestigingscode
    WHERE o.id IS NULL OR ${differs('o', 't')}
    ON CONFLICT (vestigingscode) DO UPDATE SET
      ${compared.map((c) => `${c} = ${value(c, 's', 'EXCLUDED')}`).join(',\n      ')},
      updated_at = now()
    WHERE ${differs('s', 'EXCLUDED')}
    RETURNING s.vestigingscode AS code, (xmax = 0) AS inserted`;
}

/** Imports DUO school registry files into `schools`, upserting by vestigingscode. */
@Injectable()
export class SchoolImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
  ) {}

  /**
   * Imports a local file or an http(s) URL (DUO's public primary-school file when omitted). Rejected rows are
   * listed in the report; a file that cannot be read at all throws `SchoolImportError`.
   */
  async importFile(pathOrUrl: string = DUO_BO_URL, options: ImportOptions = {}): Promise<ImportReport> {
    const started = performance.now();
    const bytes = /^https?:\/\//i.test(pathOrUrl) ? await download(pathOrUrl) : await readLocal(pathOrUrl);
    const report = await this.importBuffer(bytes, { ...options, source: pathOrUrl });
    return { ...report, durationMs: Math.round(performance.now() - started) };
  }

  /** Imports the bytes of a school file (either format, UTF-8 or windows-1252). */
  async importBuffer(
    bytes: Buffer,
    options: ImportOptions & { source?: string } = {},
  ): Promise<ImportReport> {
    const started = performance.now();
    const source = options.source ?? 'buffer';
    const scan = new SchoolFileScan(bytes, this.reference, source);
    const parsed = performance.now();
    const { inserted, updated } = await this.write(scan, options.onProgress);
    const written = performance.now();
    return {
      source,
      format: scan.spec.format,
      encoding: scan.encoding,
      rows: scan.rows,
      inserted,
      updated,
      unchanged: scan.valid - inserted - updated,
      rejected: scan.rejections.length,
      rejections: scan.rejections,
      warnings: scan.warnings,
      durationMs: Math.round(written - started),
      timings: { parseMs: Math.round(parsed - started), writeMs: Math.round(written - parsed) },
    };
  }

  /**
   * One transaction, so a failure anywhere leaves the registry as it was. Locations new to the registry are
   * copied straight into `schools` while the file's later rows are still being validated (the database works
   * on one core while this process works on the other); the rest goes through the staging table and one merge.
   */
  private async write(
    scan: SchoolFileScan,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<{ inserted: number; updated: number }> {
    const total = scan.lines;
    const report = (done: number) => onProgress?.({ phase: 'write', done, total });
    report(0);
    return Tx.run(this.dataSource, async ({ manager }) => {
      // One import at a time: what is new is decided against the registry as this import found it.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('techmatch:school-import'))`);
      const stored: Array<{ code: string }> = await manager.query(
        `SELECT vestigingscode AS code FROM schools`,
      );
      const existing = new Set(stored.map((row) => row.code));
      // COPY runs on the connection that holds this transaction.
      const client = (await manager.queryRunner!.connect()) as PoolClient;
      // Stored codes go to the merge, by code: a later row of the file supersedes an earlier one.
      const merge = new Map<string, SchoolRecord>();
      const copiedCodes = new Set<string>();
      // The rows known only at the end of the file still go into the same COPY when their code is new.
      const rows = function* (): Generator<SchoolRecord> {
        yield* scan.settled((line) => line % CHUNK_ROWS === 0 && report(line));
        yield* scan.unsettled();
      };
      const fresh = function* (): Generator<SchoolRecord> {
        for (const school of rows()) {
          const code = school.vestigingscode;
          if (existing.has(code) || copiedCodes.has(code)) merge.set(code, school);
          else {
            copiedCodes.add(code);
            yield school;
          }
        }
      };
      let inserted = await copyRows(client, 'schools', fresh());
      let updated = 0;
      if (merge.size > 0) {
        await manager.query(STAGING_DDL);
        await copyRows(client, STAGING, merge.values());
        const result: Array<{ code: string; inserted: boolean }> = await manager.query(
          buildUpsertSql(scan.spec),
        );
        for (const row of result) {
          // A row copied a moment ago and superseded by a later line of the file is still one new school.
          if (row.inserted) inserted += 1;
          else if (!copiedCodes.has(row.code)) updated += 1;
        }
      }
      report(total);
      return { inserted, updated };
    });
  }
}

/** Streams the rows into `table` with COPY, a chunk at a time; resolves to the number of rows copied. */
async function copyRows(client: PoolClient, table: string, schools: Iterable<SchoolRecord>): Promise<number> {
  const copy = client.query(copyFrom(`COPY ${table} (${COLUMNS.map(([c]) => c).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(copyChunks(schools)), copy);
  return copy.rowCount;
}

async function readLocal(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw new SchoolImportError(`Cannot read ${path}: ${why}`, { source: path });
  }
}

async function download(url: string): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    throw new SchoolImportError(`Could not download ${url}: ${why}`, { source: url });
  }
  if (!response.ok) {
    throw new SchoolImportError(`Could not download ${url}: HTTP ${response.status} ${response.statusText}`, {
      source: url,
    });
  }
  return Buffer.from(await response.arrayBuffer());
}

/** The report as lines for a terminal or a log: counts first, then every rejected row and warning. */
export function formatImportReport(report: ImportReport, maxListed = Infinity): string[] {
  const lines = [
    `Imported ${basename(report.source)} (${report.format}, ${report.encoding}): ${report.rows} rows in ${(report.durationMs / 1000).toFixed(1)} s`,
    `  inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected}`,
  ];
  if (report.inserted === 0 && report.updated === 0) lines.push('  Nothing changed.');
  const list = (title: string, notes: ImportRowNote[]) => {
    if (notes.length === 0) return;
    lines.push(`${title} (${notes.length}):`);
    for (const note of notes.slice(0, maxListed)) {
      lines.push(
        `  line ${note.line}${note.vestigingscode ? ` (${note.vestigingscode})` : ''}: ${note.message}`,
      );
    }
    if (notes.length > maxListed) lines.push(`  ... and ${notes.length - maxListed} more`);
  };
  list('Rejected rows', report.rejections);
  list('Warnings', report.warnings);
  return lines;
}
