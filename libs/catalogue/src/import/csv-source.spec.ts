import iconv from 'iconv-lite';
import { decodeSchoolFile, detectDelimiter, parseCsvRecords } from './csv-source';

describe('decodeSchoolFile', () => {
  const text = 'PROVINCIE;VESTIGINGSNAAM\r\nFryslân;Skoalle De Dúnwizer\r\nGelderland;Hindoeïstisch\r\n';

  it('reads UTF-8 as UTF-8, dropping a BOM and CRLF', () => {
    const decoded = decodeSchoolFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('detects windows-1252 when the bytes are not valid UTF-8', () => {
    const decoded = decodeSchoolFile(iconv.encode(text, 'windows-1252'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Fryslân;Skoalle De Dúnwizer\nGelderland;Hindoeïstisch');
    expect(decoded.windows1252Lines).toEqual([]);
  });

  it('reads a file mixing both line by line and names the windows-1252 lines', () => {
    const bytes = Buffer.concat([
      Buffer.from('a;b\nFryslân;ok\n'),
      iconv.encode('Fryslân;pasted\n', 'windows-1252'),
      Buffer.from('Hindoeïstisch;ok\n'),
    ]);
    const decoded = decodeSchoolFile(bytes);
    expect(decoded.encoding).toBe('mixed');
    expect(decoded.text).toBe('a;b\nFryslân;ok\nFryslân;pasted\nHindoeïstisch;ok\n');
    expect(decoded.windows1252Lines).toEqual([3]);
  });

  it('reads UTF-16 with a BOM', () => {
    const decoded = decodeSchoolFile(iconv.encode(text, 'utf-16le', { addBOM: true }));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text.startsWith('PROVINCIE;')).toBe(true);
  });
});

describe('detectDelimiter', () => {
  it('tells DUO semicolons from commas by the header', () => {
    expect(detectDelimiter('A;B;C\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n"x;y",2,3')).toBe(',');
  });
});

describe('parseCsvRecords', () => {
  it('gives each record its physical line and skips blank lines', () => {
    const { records, problems } = parseCsvRecords('a;b\n1;"x ""y"""\n\n3;4\n', ';');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x "y"'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('keeps stray quotes inside a field', () => {
    const { records } = parseCsvRecords('a;b\n1;De "Regenboog" school\n', ';');
    expect(records[1].fields).toEqual(['1', 'De "Regenboog" school']);
  });

  it('reports a record whose quote never closes and resumes on the next line', () => {
    const text = ['a;b', '1;2', '3;"broken', '5;6', '7;8'].join('\n');
    const { records, problems } = parseCsvRecords(text, ';');
    expect(problems).toEqual([{ line: 3, reason: 'quote not closed' }]);
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [4, ['5', '6']],
      [5, ['7', '8']],
    ]);
  });

  it('reports an unclosed quote on the last line', () => {
    const { records, problems } = parseCsvRecords('a;b\n1;2\n3;"broken\n', ';');
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(problems).toEqual([{ line: 3, reason: expect.stringContaining('quote') }]);
  });

  it('keeps every line number over many blocks of lines, through blank and broken lines', () => {
    const lines = Array.from({ length: 1800 }, (_, i) => `${i + 1};row`);
    lines[498] = ''; // line 499
    lines[499] = '500;"open'; // a quote that never closes, at the end of a block
    lines[1200] = '1201;"x"y'; // a malformed closing quote
    const { records, problems } = parseCsvRecords(`${lines.join('\n')}\n`, ';');
    expect(problems.map((p) => p.line)).toEqual([500, 1201]);
    expect(records).toHaveLength(1797);
    expect(records.every((r) => r.fields[0] === String(r.line))).toBe(true);
    expect(records.at(-1)).toEqual({ line: 1800, fields: ['1800', 'row'] });
  });

  it('recovers when a stray quote pairs up with a quote lines later', () => {
    const text = ['a;b', '1;"open', '2;x', '3;y";z', '4;ok'].join('\n');
    const { records, problems } = parseCsvRecords(text, ';');
    expect(problems.map((p) => p.line)).toEqual([2]);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4, 5]);
  });
});
