import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@app/database';
import { ReferenceData } from '../reference/reference-data';
import { type DetectedEncoding } from './csv-source';
import { type SchoolFileFormat, type SchoolFormatSpec, type SchoolRecord } from './duo-formats';
import { readSchoolFile, SchoolImportError, type ImportRowNote } from './school-file';

/** DUO's public monthly file of every primary-school location, read when no file is given. */
export const DUO_BO_URL =
  'https://duo.nl/open_onderwijsdata/images/02.-alle-schoolvestigingen-basisonderwijs.csv';

const BATCH_SIZE = 2000;
const DOWNLOAD_TIMEOUT_MS = 60_000;

export interface ImportProgress {
  /** `write`: rows upserted so far of the rows that passed validation. */
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
  /** Where the time went: reading and validating the file, and writing to the database. */
  timings: { parseMs: number; writeMs: number };
}

// Columns written from the file, with the element type of the unnest() parameter that carries them.
const COLUMNS: ReadonlyArray<readonly [column: string, type: string, value: (s: SchoolRecord) => unknown]> = [
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
  // A text[] cannot be an element of an unnest() argument, so each row's levels travel as an array literal.
  ['levels', 'text', (s) => `{${s.levels.join(',')}}`],
  ['pupils', 'int4', (s) => s.pupils],
  ['denomination', 'text', (s) => s.denomination],
  ['website', 'text', (s) => s.website],
];

/**
 * One statement per batch: insert new locations, update changed ones, leave identical ones untouched
 * (so `updated_at` only moves on a real change). RETURNING gives one row per insert or update.
 */
export function buildUpsertSql(spec: Pick<SchoolFormatSpec, 'coarseAddress' | 'hasPupils'>): string {
  const names = COLUMNS.map(([column]) => column);
  const args = COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const selected = names.map((n) => (n === 'levels' ? 'levels::text[] AS levels' : n)).join(', ');
  // The columns an update may change, and what it stores given the stored row `old` and the file's row `row`.
  // A file with coarse addresses (DUO's) keeps the city and coordinates stored for the same postcode, and a
  // file without pupil counts keeps ours.
  const compared = names.filter((n) => n !== 'vestigingscode' && (spec.hasPupils || n !== 'pupils'));
  const value = (column: string, old: string, row: string) =>
    spec.coarseAddress && ['city', 'lat', 'lon'].includes(column)
      ? `CASE WHEN ${old}.postcode IS NOT DISTINCT FROM ${row}.postcode THEN ${old}.${column} ELSE ${row}.${column} END`
      : `${row}.${column}`;
  const differs = (old: string, row: string) =>
    `(${compared.map((c) => `${old}.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => value(c, old, row)).join(', ')})`;
  // Unchanged rows are filtered out before the INSERT: ON CONFLICT would lock (and so write) each of them.
  // The ON CONFLICT branch still compares, for a row another import changed in between.
  return `
    WITH t AS (SELECT ${selected} FROM unnest(${args}) AS t(${names.join(', ')}))
    INSERT INTO schools AS s (${names.join(', ')})
    SELECT ${names.map((n) => `t.${n}`).join(', ')}
    FROM t LEFT JOIN schools o ON o.vestigingscode = t.vestigingscode
    WHERE o.id IS NULL OR ${differs('o', 't')}
    ON CONFLICT (vestigingscode) DO UPDATE SET
      ${compared.map((c) => `${c} = ${value(c, 's', 'EXCLUDED')}`).join(',\n      ')},
      updated_at = now()
    WHERE ${differs('s', 'EXCLUDED')}
    RETURNING (xmax = 0) AS inserted`;
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
    const file = readSchoolFile(bytes, this.reference, source);
    const parsed = performance.now();
    const { inserted, updated } = await this.upsert(file.spec, file.schools, options.onProgress);
    const written = performance.now();
    return {
      source,
      format: file.spec.format,
      encoding: file.encoding,
      rows: file.rows,
      inserted,
      updated,
      unchanged: file.schools.length - inserted - updated,
      rejected: file.rejections.length,
      rejections: file.rejections,
      warnings: file.warnings,
      durationMs: Math.round(written - started),
      timings: { parseMs: Math.round(parsed - started), writeMs: Math.round(written - parsed) },
    };
  }

  private async upsert(
    spec: SchoolFormatSpec,
    schools: SchoolRecord[],
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<{ inserted: number; updated: number }> {
    const sql = buildUpsertSql(spec);
    let inserted = 0;
    let updated = 0;
    onProgress?.({ phase: 'write', done: 0, total: schools.length });
    // One transaction: a failed batch leaves the registry as it was.
    await inTransaction(this.dataSource, async (manager) => {
      for (let start = 0; start < schools.length; start += BATCH_SIZE) {
        const batch = schools.slice(start, start + BATCH_SIZE);
        const params = COLUMNS.map(([, , value]) => batch.map(value));
        const result: Array<{ inserted: boolean }> = await manager.query(sql, params);
        for (const row of result) {
          if (row.inserted) inserted += 1;
          else updated += 1;
        }
        onProgress?.({ phase: 'write', done: start + batch.length, total: schools.length });
      }
    });
    return { inserted, updated };
  }
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
