import { BadInputException } from '@app/core';
import {
  csvRecords,
  decodeSchoolFile,
  detectDelimiter,
  type CsvProblem,
  type CsvRecord,
  type DetectedEncoding,
} from './csv-source';
import {
  SCHOOL_FORMATS,
  detectSchoolFormat,
  fillInstitutionLevels,
  mapSchoolRow,
  normaliseHeader,
  type SchoolFormatSpec,
  type SchoolLookups,
  type SchoolRecord,
} from './duo-formats';

/** A file that cannot be imported at all (unreadable, not downloadable, not a school file). */
export class SchoolImportError extends BadInputException {}

export interface ImportRowNote {
  /** Line in the file, 1 = the header. */
  line: number;
  vestigingscode: string | null;
  message: string;
}

export interface SchoolFile {
  spec: SchoolFormatSpec;
  encoding: DetectedEncoding;
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Valid rows, one per vestigingscode (the last one when a code repeats). */
  schools: SchoolRecord[];
  rejections: ImportRowNote[];
  warnings: ImportRowNote[];
}

interface AcceptedRow {
  line: number;
  school: SchoolRecord;
  needsInstitutionLevels: boolean;
  warnings: string[];
}

/**
 * A school file, decoded and checked to be a school file of either format, whose rows are parsed and validated
 * as they are taken: `settled()` first, then `unsettled()`. Throws `SchoolImportError` only when the file as a
 * whole is not a school file.
 */
export class SchoolFileScan {
  readonly spec: SchoolFormatSpec;
  readonly encoding: DetectedEncoding;
  /** Lines after the header, blank ones included: what `settled()` walks through. */
  readonly lines: number;
  /** Data rows (blank lines not counted), once `settled()` is done. */
  rows = 0;
  readonly rejections: ImportRowNote[];
  warnings: ImportRowNote[];
  private readonly records: Generator<CsvRecord | CsvProblem>;
  // Whether any character of the file could not be decoded: only then are rows searched for one.
  private readonly undecodable: boolean;
  private readonly columns: string[];
  private readonly index: Map<string, number>;
  // The line of the valid row that stands for each code so far: a later valid row supersedes it.
  private readonly standing = new Map<string, number>();
  // Rows that depend on what comes later: a repeated code's latest row, a location taking its institution's levels.
  private readonly held = new Map<string, AcceptedRow>();
  // The standing secondary locations with levels of their own, by code, for the locations that take them.
  private readonly secondary = new Map<string, SchoolRecord>();

  constructor(
    bytes: Buffer,
    private readonly lookups: SchoolLookups,
    source = 'file',
  ) {
    if (bytes.length === 0) throw new SchoolImportError(`${source} is empty`, { source });
    const decoded = decodeSchoolFile(bytes);
    const delimiter = detectDelimiter(decoded.text);
    this.records = csvRecords(decoded.text, delimiter);
    this.undecodable = decoded.text.includes('\uFFFD');
    const first = this.records.next();
    const header = first.done ? undefined : first.value;
    const spec = header?.line === 1 && 'fields' in header ? detectSchoolFormat(header.fields) : undefined;
    if (!spec || !header || !('fields' in header)) {
      const seen =
        header?.line === 1 && 'fields' in header
          ? header.fields.slice(0, 6).join(delimiter).slice(0, 120)
          : '';
      const expected = SCHOOL_FORMATS.map((f) => f.description).join(' or ');
      throw new SchoolImportError(
        `${source} is not a school file we know: its first line starts "${seen}"; expected ${expected}`,
        { source },
      );
    }
    this.spec = spec;
    this.encoding = decoded.encoding;
    this.rejections = [];
    this.warnings = decoded.windows1252Lines.map((line) => ({
      line,
      vestigingscode: null,
      message: 'not valid UTF-8: read as windows-1252',
    }));
    this.columns = normaliseHeader(header.fields);
    this.index = new Map(this.columns.map((column, i) => [column, i]));
    let lineEnds = 0;
    for (let at = decoded.text.indexOf('\n'); at !== -1; at = decoded.text.indexOf('\n', at + 1))
      lineEnds += 1;
    this.lines = lineEnds + (decoded.text.endsWith('\n') ? 0 : 1) - 1;
  }

  /** Distinct codes with a valid row: the schools this file stands for. */
  get valid(): number {
    return this.standing.size;
  }

  /**
   * The valid schools that nothing earlier in the file changes, in file order, each as soon as its row is
   * validated; rejected rows are noted on the way. A code's first valid row comes here, a later one (which
   * supersedes it) from `unsettled()`. `onLine` is told the line reached, counted after the header.
   */
  *settled(onLine?: (line: number) => void): Generator<SchoolRecord> {
    for (const record of this.records) {
      onLine?.(record.line - 1);
      if (!('fields' in record)) {
        this.rows += 1;
        this.rejections.push({ line: record.line, vestigingscode: null, message: record.reason });
        continue;
      }
      const { fields, line } = record;
      if (fields.every((field) => field.trim() === '')) continue;
      this.rows += 1;
      const row = this.accept(fields, line);
      if (!row) continue;
      const code = row.school.vestigingscode;
      const earlier = this.standing.get(code);
      this.standing.set(code, line);
      if (row.school.sector === 'vo' && !row.needsInstitutionLevels) this.secondary.set(code, row.school);
      else this.secondary.delete(code);
      if (earlier !== undefined) {
        const message = `duplicate vestigingscode: superseded by line ${line}`;
        this.rejections.push({ line: earlier, vestigingscode: code, message });
        // The superseded row's own warnings go; a note on its line about the file (its encoding) stays.
        this.warnings = this.warnings.filter((note) => note.line !== earlier || note.vestigingscode === null);
        this.held.set(code, row);
      } else if (row.needsInstitutionLevels) {
        this.held.set(code, row);
      } else {
        this.noteWarnings(row);
        yield row.school;
      }
    }
  }

  /**
   * After `settled()`: the latest row of each repeated code, and the locations that take the levels of their
   * institution's other locations (filled in now). The notes are sorted by line.
   */
  unsettled(): SchoolRecord[] {
    const rows = [...this.held.values()];
    const secondary = [...this.secondary.values()].map((school) => ({
      school,
      needsInstitutionLevels: false,
    }));
    fillInstitutionLevels([...secondary, ...rows]);
    for (const row of rows) this.noteWarnings(row);
    this.rejections.sort((a, b) => a.line - b.line);
    this.warnings.sort((a, b) => a.line - b.line);
    return rows.map((row) => row.school);
  }

  private codeOf(fields: string[]): string | null {
    return fields[this.index.get('vestigingscode') ?? 0]?.trim() || null;
  }

  private noteWarnings(row: AcceptedRow): void {
    for (const message of row.warnings) {
      this.warnings.push({ line: row.line, vestigingscode: row.school.vestigingscode, message });
    }
  }

  // The row as a school, or undefined with the reason noted.
  private accept(fields: string[], line: number): AcceptedRow | undefined {
    const reject = (vestigingscode: string | null, message: string) =>
      void this.rejections.push({ line, vestigingscode, message });
    // A short or long row has its values under the wrong columns: nothing in it can be trusted.
    if (fields.length !== this.columns.length) {
      return reject(this.codeOf(fields), `expected ${this.columns.length} fields, found ${fields.length}`);
    }
    if (this.undecodable && fields.some((field) => field.includes('\uFFFD'))) {
      return reject(
        this.codeOf(fields),
        'contains characters that could not be decoded (U+FFFD): wrong encoding',
      );
    }
    const outcome = mapSchoolRow(
      this.spec.format,
      (c) => fields[this.index.get(c) ?? -1]?.trim() ?? '',
      this.lookups,
    );
    if (!outcome.ok) return reject(outcome.vestigingscode, outcome.reason);
    return { line, ...outcome };
  }
}

/**
 * Decodes, parses and validates a school file of either format: every row becomes a school or a rejection with
 * its line and reason. Throws `SchoolImportError` only when the file as a whole is not a school file.
 */
export function readSchoolFile(bytes: Buffer, lookups: SchoolLookups, source = 'file'): SchoolFile {
  const scan = new SchoolFileScan(bytes, lookups, source);
  // One school per code: a later row supersedes an earlier one.
  const byCode = new Map<string, SchoolRecord>();
  for (const school of scan.settled()) byCode.set(school.vestigingscode, school);
  for (const school of scan.unsettled()) byCode.set(school.vestigingscode, school);
  const { spec, encoding, rows, rejections, warnings } = scan;
  return { spec, encoding, rows, schools: [...byCode.values()], rejections, warnings };
}
