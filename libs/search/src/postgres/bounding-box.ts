import type { LatLon } from '@app/core';

// The radius of @app/core's haversineKm.
const EARTH_RADIUS_KM = 6371.0088;
const DEGREES = 180 / Math.PI;

/** A latitude/longitude rectangle; `minLon`/`maxLon` are null when the circle spans every longitude. */
export interface LatLonBox {
  minLat: number;
  maxLat: number;
  minLon: number | null;
  maxLon: number | null;
}

/**
 * A rectangle that holds every point within `radiusKm` (great-circle distance) of `center`, slightly larger so
 * that rounding never leaves one out; the exact distance decides within it. The index can range-scan its
 * latitudes, and the planner estimates it from column statistics (it cannot estimate a cube containment).
 */
export function boundingBox(center: LatLon, radiusKm: number): LatLonBox {
  const angle = (radiusKm / EARTH_RADIUS_KM) * 1.001 + 1e-9;
  const minLat = center.lat - angle * DEGREES;
  const maxLat = center.lat + angle * DEGREES;
  const latRad = center.lat / DEGREES;
  // Beyond a pole, or when the circle reaches around the antimeridian, longitude does not narrow it down.
  if (minLat <= -90 || maxLat >= 90 || Math.sin(angle) >= Math.cos(latRad)) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), minLon: null, maxLon: null };
  }
  const dLon = Math.asin(Math.sin(angle) / Math.cos(latRad)) * DEGREES;
  const minLon = center.lon - dLon;
  const maxLon = center.lon + dLon;
  if (minLon < -180 || maxLon > 180) return { minLat, maxLat, minLon: null, maxLon: null };
  return { minLat, maxLat, minLon, maxLon };
}
