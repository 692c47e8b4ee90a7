import { Province } from '@app/core';
import { ReferenceData } from './reference-data';

describe('ReferenceData (the open data in ../shared/data)', () => {
  const reference = new ReferenceData('../shared/data');

  it('geocodes a postcode to its PC4 centroid, municipality and province', () => {
    const point = reference.geocodePostcode('3511 AA');
    expect(point).toMatchObject({ pc4: '3511', municipality: 'Utrecht', province: Province.UTRECHT });
    expect(point!.lat).toBeCloseTo(52.09, 1);
    expect(reference.geocodePostcode('0000AA')).toBeUndefined();
  });

  it("finds municipalities by DUO's upper-case spelling and by name", () => {
    expect(reference.municipality('S GRAVENHAGE')).toMatchObject({
      name: "'s-Gravenhage",
      province: Province.ZUID_HOLLAND,
    });
    expect(reference.municipality('Súdwest-Fryslân')?.province).toBe(Province.FRYSLAN);
  });
});
