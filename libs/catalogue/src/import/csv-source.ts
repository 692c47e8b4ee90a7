import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

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

// Lines parsed at a time: a block's strings are garbage before the next block is parsed.
const BLOCK_LINES = 500;

/** The offset just past the `count`-th line end from `from`, or the end of the text. */
function afterLines(text: string, from: number, count: number): number {
  let at = from;
  for (let n = 0; n < count; n += 1) {
    const end = text.indexOf('\n', at);
    if (end === -1) return text.length;
    at = end + 1;
  }
  return at;
}

/**
 * Parses CSV text (LF line ends) with papaparse, a block of lines at a time, yielding each record with its
 * physical line, and a problem for a record that cannot be read: one with a quoting error, or one that runs over
 * several lines (no field of a school file holds a newline, so that is a stray quote). Parsing then resumes on
 * the next line, so one bad row never takes the rest of the file with it. Quotes inside an unquoted field are
 * kept as text; blank lines are skipped.
 */
export function* csvRecords(text: string, delimiter: string): Generator<CsvRecord | CsvProblem> {
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const end = afterLines(text, at, BLOCK_LINES);
    const parsed = Papa.parse<string[]>(text.slice(at, end), { delimiter, newline: '\n' });
    const errorAt = new Map<number, Papa.ParseError>();
    for (const error of parsed.errors) if (!errorAt.has(error.row ?? -1)) errorAt.set(error.row ?? -1, error);
    // Records of the block in step with their lines: each good record is exactly one line.
    let start = at;
    for (let i = 0; i < parsed.data.length && start < end; i += 1) {
      const fields = parsed.data[i];
      const error = errorAt.get(i);
      let newlines = 0;
      for (const field of fields) {
        for (let n = field.indexOf('\n'); n !== -1; n = field.indexOf('\n', n + 1)) newlines += 1;
      }
      // A quote that never closes runs to the end of the block; one that pairs with a quote lines later makes
      // a record of several lines; any other quoting error is named as papaparse names it.
      const reason =
        error?.code === 'MissingQuotes'
          ? 'quote not closed'
          : newlines > 0
            ? `unbalanced quote: the record runs on to line ${line + newlines}`
            : error?.message.toLowerCase();
      start = afterLines(text, start, 1);
      if (reason) {
        yield { line, reason };
        line += 1;
        break;
      }
      if (fields.length > 1 || fields[0] !== '') yield { line, fields };
      line += 1;
    }
    at = start;
  }
}

/** Every record and problem of the text (see `csvRecords`). */
export function parseCsvRecords(
  text: string,
  delimiter: string,
): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  for (const item of csvRecords(text, delimiter)) {
    if ('fields' in item) records.push(item);
    else problems.push(item);
  }
  return { records, problems };
}
