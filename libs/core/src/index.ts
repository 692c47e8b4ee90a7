export * from './domain.exception';
export * from './enums';
export { ERROR_REASONS, type ErrorReason } from './error-reasons';
export { boundingBox, haversineKm, normalisePostcode, type LatLon, type LatLonBox } from './geo';
export { isUuid } from './uuid';
export { PROGRAMME_LEVELS } from './programme-levels';
export { PROVINCE_NAMES, provinceFromName } from './province';
export {
  ACTIVITY_TYPE_LABELS,
  LEVEL_LABELS,
  LEVEL_SEARCH_WORDS,
  PROGRAMME_LABELS,
  TARGET_GROUP_SEARCH_WORDS,
  dutchDate,
  dutchDateTime,
  dutchDay,
  dutchList,
} from './labels';
export { Rng } from './prng';
export { currentRequestId, withRequestId } from './request-id';
export * from './web-links';
export * from './time-limit';
