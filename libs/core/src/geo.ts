const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  lat: number;
  lon: number;
}

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface LatLonBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/**
 * The smallest latitude/longitude box that holds every point within `km` of `center` (the exact extent of a
 * spherical cap, taken with the smaller of the two earth radii in use, haversine's and earthdistance's), so a
 * query can filter with plain comparisons before it computes distances.
 */
export function boundingBox(center: LatLon, km: number): LatLonBox {
  const theta = km / EARTH_RADIUS_KM;
  const deg = 180 / Math.PI;
  const dLat = theta * deg;
  const ratio = Math.sin(theta) / Math.cos(center.lat / deg);
  const dLon = ratio >= 1 || ratio < 0 ? 180 : Math.asin(ratio) * deg;
  return {
    minLat: center.lat - dLat,
    maxLat: center.lat + dLat,
    minLon: center.lon - dLon,
    maxLon: center.lon + dLon,
  };
}

/** Dutch postcode `9306 TC`, `9306tc` → `9306TC`; undefined when it is not one. */
export function normalisePostcode(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) ? compact : undefined;
}
