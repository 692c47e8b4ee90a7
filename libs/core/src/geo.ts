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

/** A latitude/longitude rectangle; `minLon`/`maxLon` are null when the circle spans every longitude. */
export interface LatLonBox {
  minLat: number;
  maxLat: number;
  minLon: number | null;
  maxLon: number | null;
}

/**
 * A rectangle that holds every point within `radiusKm` (great-circle distance) of `center`, slightly larger so
 * that rounding never leaves one out (the exact extent of a spherical cap, on haversineKm's sphere, the smaller
 * of the two in use); the exact distance decides within it. A query can filter with plain comparisons, which an
 * index can range-scan and the planner can estimate, before it computes distances.
 */
export function boundingBox(center: LatLon, radiusKm: number): LatLonBox {
  const degrees = 180 / Math.PI;
  const angle = (radiusKm / EARTH_RADIUS_KM) * 1.001 + 1e-9;
  const minLat = center.lat - angle * degrees;
  const maxLat = center.lat + angle * degrees;
  const latRad = center.lat / degrees;
  // Beyond a pole, or when the circle reaches around the antimeridian, longitude does not narrow it down.
  if (minLat <= -90 || maxLat >= 90 || Math.sin(angle) >= Math.cos(latRad)) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), minLon: null, maxLon: null };
  }
  const dLon = Math.asin(Math.sin(angle) / Math.cos(latRad)) * degrees;
  const minLon = center.lon - dLon;
  const maxLon = center.lon + dLon;
  if (minLon < -180 || maxLon > 180) return { minLat, maxLat, minLon: null, maxLon: null };
  return { minLat, maxLat, minLon, maxLon };
}

/** Dutch postcode `9306 TC`, `9306tc` → `9306TC`; undefined when it is not one. */
export function normalisePostcode(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) ? compact : undefined;
}
