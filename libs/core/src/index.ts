export * from './domain.exception';
export * from './enums';
export { boundingBox, haversineKm, normalisePostcode, type LatLon, type LatLonBox } from './geo';
export { PROVINCE_NAMES, provinceFromName } from './province';
export { ACTIVITY_TYPE_LABELS } from './labels';
export { isUuid } from './uuid';
