import { EducationLevel, Province } from '@app/core';
import type { SchoolRecord } from './duo-formats';
import { copyLine, copyLineByColumn } from './school-import.service';

const school: SchoolRecord = {
  vestigingscode: '32JK00',
  brin: '32JK',
  name: 'Het Stedelijk Lyceum',
  schoolType: 'VWO',
  sector: 'vo',
  street: 'Kottenseweg 1',
  postcode: '7522KA',
  city: 'Enschede',
  municipality: 'Enschede',
  province: Province.OVERIJSSEL,
  lat: 52.2215,
  lon: 6.8937,
  levels: [EducationLevel.HAVO, EducationLevel.VWO],
  pupils: 1234,
  denomination: 'Openbaar',
  website: 'https://example.nl',
};

// The id is new on every call; the rest must be the same either way.
const withoutId = (line: string) => line.slice(line.indexOf('\t') + 1);

describe('copyLine', () => {
  it.each([
    ['a plain row', school],
    [
      'empty values as \\N',
      { ...school, street: null, postcode: null, pupils: null, denomination: null, website: null },
    ],
    [
      'a backslash, tab and newline, escaped',
      { ...school, name: 'A\\B\tC', website: 'x\ny', street: 'r\rs' },
    ],
    ['no levels', { ...school, levels: [] }],
  ])('writes %s as the column-by-column way does', (_, record) => {
    const line = copyLine(record);
    expect(withoutId(line)).toBe(withoutId(copyLineByColumn(record)));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.split('\t')).toHaveLength(17);
    expect(line.split('\t')[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('escapes what COPY would read as a delimiter', () => {
    const fields = copyLine({ ...school, name: 'A\\B\tC' }).split('\t');
    expect(fields[3]).toBe('A\\\\B\\tC');
    expect(copyLine({ ...school, street: null }).split('\t')[6]).toBe('\\N');
  });
});
