import { EducationLevel, Province } from '@app/core';
import type { SchoolRecord } from './duo-formats';
import { copyLine } from './school-import.service';

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

describe('copyLine', () => {
  it('writes every column in order, empty values as \\N, with a new id', () => {
    const fields = copyLine({ ...school, street: null, pupils: null }).split('\t');
    expect(fields).toHaveLength(17);
    expect(fields[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(fields.slice(1)).toEqual([
      '32JK00',
      '32JK',
      'Het Stedelijk Lyceum',
      'VWO',
      'vo',
      '\\N',
      '7522KA',
      'Enschede',
      'Enschede',
      'OVERIJSSEL',
      '52.2215',
      '6.8937',
      '{HAVO,VWO}',
      '\\N',
      'Openbaar',
      'https://example.nl\n',
    ]);
    expect(copyLine({ ...school, levels: [] }).split('\t')[13]).toBe('{}');
  });

  it('escapes what COPY would read as a delimiter', () => {
    const fields = copyLine({ ...school, name: 'A\\B\tC', website: 'x\ny' }).split('\t');
    expect(fields[3]).toBe('A\\\\B\\tC');
    expect(fields[16]).toBe('x\\ny\n');
  });
});
