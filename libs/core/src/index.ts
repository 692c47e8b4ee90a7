export * from './domain.exception';
export * from './enums';
export { haversineKm, normalisePostcode, type LatLon } from './geo';
export { PROVINCE_NAMES, provinceFromName } from './province';
export { ACTIVITY_TYPE_LABELS } from './labels';
