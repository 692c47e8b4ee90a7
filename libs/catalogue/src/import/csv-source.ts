import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export type DetectedEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' | 'mixed';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
  /** Lines (1-based) of a mostly UTF-8 file that were not valid UTF-8 and were read as windows-1252. */
  windows1252Lines: number[];
}

const LF = 0x0a;

function hasHighByte(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * Decodes a school file: UTF-8 when the bytes are valid UTF-8, windows-1252 (what DUO serves) otherwise,
 * UTF-16 when it starts with that BOM. A file that mixes the two (lines appended by another tool) is read
 * line by line, each line in the encoding it is valid in. A BOM is dropped; CRLF becomes LF.
 */
export function decodeSchoolFile(bytes: Buffer): DecodedText {
  let text: string;
  let encoding: DetectedEncoding;
  const windows1252Lines: number[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = iconv.decode(bytes, 'utf-16le');
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = iconv.decode(bytes, 'utf-16be');
    encoding = 'utf-16be';
  } else if (isUtf8(bytes)) {
    text = bytes.toString('utf8');
    encoding = 'utf-8';
  } else {
    // Not UTF-8 as a whole: decide per line, so one pasted-in line cannot garble the rest.
    const parts: string[] = [];
    let sawUtf8Text = false;
    let start = 0;
    for (let line = 1; start <= bytes.length; line += 1) {
      let end = bytes.indexOf(LF, start);
      if (end === -1) end = bytes.length;
      const chunk = bytes.subarray(start, end);
      if (isUtf8(chunk)) {
        if (!sawUtf8Text && hasHighByte(bytes, start, end)) sawUtf8Text = true;
        parts.push(chunk.toString('utf8'));
      } else {
        windows1252Lines.push(line);
        parts.push(iconv.decode(chunk, 'windows-1252'));
      }
      start = end + 1;
    }
    text = parts.join('\n');
    encoding = sawUtf8Text ? 'mixed' : 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return {
    text: text.replace(/\r\n?/g, '\n'),
    encoding,
    windows1252Lines: encoding === 'mixed' ? windows1252Lines : [],
  };
}

export interface CsvRecord {
  /** Physical line in the file, 1 = the header. */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

/** `;` when the header has more semicolons than commas (DUO's own files), `,` otherwise. */
export function detectDelimiter(text: string): ';' | ',' {
  const newline = text.indexOf('\n');
  const header = newline === -1 ? text : text.slice(0, newline);
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Parses CSV text (LF line ends) with csv-parse, and recovers from broken quoting: a record that fails to parse
 * or spans several lines (no field of a school file holds a newline, so that is a stray quote) is reported with
 * its line and parsing resumes on the next line, so one bad row never takes the rest of the file with it.
 */
export function parseCsvRecords(
  text: string,
  delimiter: string,
): { records: CsvRecord[]; problems: CsvProblem[] } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  // The first line of the file not parsed yet (1-based).
  let fromLine = 1;
  while (fromLine <= lineStarts.length) {
    let failedAfter: number | undefined;
    let failure = '';
    // Empty lines come through as [''] records (and are dropped below), so that every line is accounted for
    // and line numbers follow without csv-parse's per-record info objects, which cost more than the parsing.
    const parsed = parse(fromLine === 1 ? text : text.slice(lineStarts[fromLine - 1]), {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (failedAfter === undefined) {
          // The error carries the parser's counters: `records` is how many were emitted before it.
          failedAfter = Number(error?.records ?? 0);
          failure = error?.message.replace(/:.*$/s, '') ?? 'unreadable record';
        }
        return undefined;
      },
    });
    const good = failedAfter ?? parsed.length;
    let restartAt: number | undefined;
    let line = fromLine;
    for (let i = 0; i < good; i += 1) {
      const fields = parsed[i];
      let newlines = 0;
      for (const field of fields) {
        if (field.includes('\n')) newlines += field.split('\n').length - 1;
      }
      if (newlines > 0) {
        problems.push({ line, reason: `unbalanced quote: the record runs on to line ${line + newlines}` });
        restartAt = line + 1;
        break;
      }
      if (fields.length > 1 || fields[0] !== '') records.push({ line, fields });
      line += 1;
    }
    if (restartAt === undefined && failedAfter !== undefined) {
      problems.push({ line, reason: failure.toLowerCase() });
      restartAt = line + 1;
    }
    if (restartAt === undefined) break;
    fromLine = restartAt;
  }
  return { records, problems };
}
