export { REAL_FIRM_NAMES, containsRealFirmName } from './company-names';
export { GENERATED_ID_SQL, seededUuid } from './prng';
export {
  APPLICANTS_PER_PROVINCE,
  RATING_WEIGHTS,
  planSchoolYear,
  type SchoolYearInput,
  type SchoolYearPlan,
} from './school-year-plan';
export {
  SchoolYearSeeder,
  type SchoolYearSeedOptions,
  type SchoolYearSeedReport,
} from './school-year-seeder';
export { SeedModule } from './seed.module';
export {
  generateSupply,
  schoolYearStart,
  type GeneratedActivity,
  type GeneratedCompany,
  type GeneratedLocation,
  type GeneratedSupply,
  type SupplyOptions,
} from './supply-generator';
export {
  SCHOOLS_FILE,
  SupplySeeder,
  type SeedSupplyOptions,
  type SeedSupplyReport,
  type SupplyCounts,
} from './supply-seeder';
export {
  WaitlistSeeder,
  planWaitlistSeed,
  type SeedPartnerLocation,
  type SeedSchool,
  type WaitlistSeedPlan,
  type WaitlistSeedReport,
} from './waitlist-seeder';
