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
