import { BadInputException } from '@app/core';
import { decodeSchoolFile, detectDelimiter, parseCsvRecords, type DetectedEncoding } from './csv-source';
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
 * Decodes, parses and validates a school file of either format: every row becomes a school or a rejection with
 * its line and reason. Throws `SchoolImportError` only when the file as a whole is not a school file.
 */
export function readSchoolFile(bytes: Buffer, lookups: SchoolLookups, source = 'file'): SchoolFile {
  if (bytes.length === 0) throw new SchoolImportError(`${source} is empty`, { source });
  const decoded = decodeSchoolFile(bytes);
  const delimiter = detectDelimiter(decoded.text);
  const { records, problems } = parseCsvRecords(decoded.text, delimiter);
  const header = records[0];
  const spec = header?.line === 1 ? detectSchoolFormat(header.fields) : undefined;
  if (!spec) {
    const seen = header?.line === 1 ? header.fields.slice(0, 6).join(delimiter).slice(0, 120) : '';
    const expected = SCHOOL_FORMATS.map((f) => f.description).join(' or ');
    throw new SchoolImportError(
      `${source} is not a school file we know: its first line starts "${seen}"; expected ${expected}`,
      { source },
    );
  }

  const rejections: ImportRowNote[] = problems.map((p) => ({
    line: p.line,
    vestigingscode: null,
    message: p.reason,
  }));
  const warnings: ImportRowNote[] = decoded.windows1252Lines.map((line) => ({
    line,
    vestigingscode: null,
    message: 'not valid UTF-8: read as windows-1252',
  }));
  const columns = normaliseHeader(header.fields);
  const index = new Map(columns.map((column, i) => [column, i]));
  const codeOf = (fields: string[]) => fields[index.get('vestigingscode') ?? 0]?.trim() || null;
  const accepted = new Map<string, AcceptedRow>();
  let rows = problems.length;
  for (const { fields, line } of records.slice(1)) {
    if (fields.every((field) => field.trim() === '')) continue;
    rows += 1;
    // A short or long row has its values under the wrong columns: nothing in it can be trusted.
    if (fields.length !== columns.length) {
      const message = `expected ${columns.length} fields, found ${fields.length}`;
      rejections.push({ line, vestigingscode: codeOf(fields), message });
      continue;
    }
    if (fields.some((field) => field.includes('\uFFFD'))) {
      const message = 'contains characters that could not be decoded (U+FFFD): wrong encoding';
      rejections.push({ line, vestigingscode: codeOf(fields), message });
      continue;
    }
    const outcome = mapSchoolRow(spec.format, (c) => fields[index.get(c) ?? -1]?.trim() ?? '', lookups);
    if (!outcome.ok) {
      rejections.push({ line, vestigingscode: outcome.vestigingscode, message: outcome.reason });
      continue;
    }
    const code = outcome.school.vestigingscode;
    const earlier = accepted.get(code);
    if (earlier) {
      const message = `duplicate vestigingscode: superseded by line ${line}`;
      rejections.push({ line: earlier.line, vestigingscode: code, message });
      accepted.delete(code);
    }
    accepted.set(code, { line, ...outcome });
  }
  const valid = [...accepted.values()];
  fillInstitutionLevels(valid);
  for (const row of valid) {
    for (const message of row.warnings) {
      warnings.push({ line: row.line, vestigingscode: row.school.vestigingscode, message });
    }
  }
  rejections.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);
  return {
    spec,
    encoding: decoded.encoding,
    rows,
    schools: valid.map((row) => row.school),
    rejections,
    warnings,
  };
}
