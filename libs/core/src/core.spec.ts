import { boundingBox, haversineKm, normalisePostcode } from './geo';
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

  it.each([
    [{ lat: 51.76, lon: 5.52 }, 40],
    [{ lat: 53.45, lon: 6.8 }, 150],
    [{ lat: 50.8, lon: 3.4 }, 1],
  ])('boxes every point within the radius of %j, %d km, and no more than needed', (center, km) => {
    const box = boundingBox(center, km);
    // Points on the circle itself (walked in small steps) and inside it: all in the box, and the circle
    // touches each side of the box.
    const outside: Array<{ lat: number; lon: number }> = [];
    let north = -Infinity;
    let east = -Infinity;
    for (let step = 0; step < 3600; step += 1) {
      const bearing = (step / 3600) * 2 * Math.PI;
      for (const fraction of [0.5, 0.999999]) {
        const d = (km * fraction) / 6371.0088;
        const lat1 = (center.lat * Math.PI) / 180;
        const lat2 = Math.asin(
          Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing),
        );
        const lon2 =
          (center.lon * Math.PI) / 180 +
          Math.atan2(
            Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
            Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
          );
        const point = { lat: (lat2 * 180) / Math.PI, lon: (lon2 * 180) / Math.PI };
        const inside =
          point.lat >= box.minLat &&
          point.lat <= box.maxLat &&
          point.lon >= (box.minLon ?? -180) &&
          point.lon <= (box.maxLon ?? 180);
        if (haversineKm(center, point) > km || !inside) outside.push(point);
        north = Math.max(north, point.lat);
        east = Math.max(east, point.lon);
      }
    }
    expect(outside).toEqual([]);
    expect(box.maxLat - north).toBeLessThan(0.005);
    expect((box.maxLon ?? 180) - east).toBeLessThan(0.005);
  });

  it('normalises Dutch postcodes', () => {
    expect(normalisePostcode('9306 tc')).toBe('9306TC');
    expect(normalisePostcode('0306TC')).toBeUndefined();
    expect(normalisePostcode('93061')).toBeUndefined();
  });
});
