import { isUuid } from './uuid';
import { haversineKm, normalisePostcode } from './geo';
import { Province } from './enums';
import { provinceFromName } from './province';

describe('provinceFromName', () => {
  it.each([
    ['Fryslân', Province.FRYSLAN],
    ['Friesland', Province.FRYSLAN],
    ['Noord-Brabant', Province.NOORD_BRABANT],
    ['NOORD_BRABANT', Province.NOORD_BRABANT],
    [' zuid-holland ', Province.ZUID_HOLLAND],
  ])('reads %s', (name, province) => expect(provinceFromName(name)).toBe(province));

  it('returns undefined for anything else', () => expect(provinceFromName('Vlaanderen')).toBeUndefined());
});

describe('geo', () => {
  it('computes Amsterdam Centraal to Utrecht Centraal as about 35 km', () => {
    expect(haversineKm({ lat: 52.3791, lon: 4.9003 }, { lat: 52.0894, lon: 5.1101 })).toBeCloseTo(35.2, 0);
  });

  it('normalises Dutch postcodes', () => {
    expect(normalisePostcode('9306 tc')).toBe('9306TC');
    expect(normalisePostcode('0306TC')).toBeUndefined();
    expect(normalisePostcode('93061')).toBeUndefined();
  });
});

describe('isUuid', () => {
  it('accepts a UUID in either case and refuses anything else', () => {
    expect(isUuid('0b7a3c52-1f0e-4d5a-9c3b-6f2e8d1a4b90')).toBe(true);
    expect(isUuid('0B7A3C52-1F0E-4D5A-9C3B-6F2E8D1A4B90')).toBe(true);
    for (const value of [
      '',
      'abc',
      '0b7a3c52-1f0e-4d5a-9c3b-6f2e8d1a4b9',
      ' 0b7a3c52-1f0e-4d5a-9c3b-6f2e8d1a4b90',
    ])
      expect(isUuid(value)).toBe(false);
  });
});
