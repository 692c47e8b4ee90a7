import { boundingBox, haversineKm, type LatLon } from './geo';

// Every point of the circle lies in the box: points on and just inside its edge in every direction, from
// places in the Netherlands, near a pole and beside the antimeridian.
describe('boundingBox', () => {
  const inside = (box: ReturnType<typeof boundingBox>, p: LatLon) =>
    p.lat >= box.minLat &&
    p.lat <= box.maxLat &&
    (box.minLon === null || box.maxLon === null || (p.lon >= box.minLon && p.lon <= box.maxLon));

  // The point at `km` from `from` in direction `bearing` (degrees), on the sphere of haversineKm.
  const destination = (from: LatLon, km: number, bearing: number): LatLon => {
    const r = 6371.0088;
    const rad = Math.PI / 180;
    const d = km / r;
    const b = bearing * rad;
    const lat1 = from.lat * rad;
    const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
    const lon2 =
      from.lon * rad +
      Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
    return { lat: lat2 / rad, lon: ((((lon2 / rad + 540) % 360) + 360) % 360) - 180 };
  };

  it.each<[string, LatLon, number]>([
    ['Utrecht, 10 km', { lat: 52.09, lon: 5.12 }, 10],
    ['Oss, 75 km', { lat: 51.765, lon: 5.518 }, 75],
    ['Groningen, 300 km', { lat: 53.219, lon: 6.567 }, 300],
    ['Svalbard, 300 km', { lat: 78.2, lon: 15.6 }, 300],
    ['beside the antimeridian, 50 km', { lat: -17.7, lon: 179.9 }, 50],
    ['near the North Pole, 300 km', { lat: 88.5, lon: 0 }, 300],
  ])('holds the whole circle: %s', (_, center, km) => {
    const box = boundingBox(center, km);
    for (let bearing = 0; bearing < 360; bearing += 1) {
      for (const fraction of [1, 0.999, 0.5]) {
        const p = destination(center, km * fraction, bearing);
        expect(haversineKm(center, p)).toBeLessThanOrEqual(km + 1e-6);
        if (!inside(box, p)) throw new Error(`${JSON.stringify(p)} at bearing ${bearing} is outside`);
      }
    }
  });

  it('is not much larger than the circle', () => {
    const box = boundingBox({ lat: 52.09, lon: 5.12 }, 10);
    expect(box.maxLat - box.minLat).toBeCloseTo((2 * 10) / 111.195, 2);
    expect(box.minLon).not.toBeNull();
    expect((box.maxLon ?? 0) - (box.minLon ?? 0)).toBeLessThan(0.3);
  });
});
