export { CatalogueModule } from './catalogue.module';
export { ActivityEntity } from './entities/activity.entity';
export { CompanyLocationEntity } from './entities/company-location.entity';
export { CompanyEntity } from './entities/company.entity';
export {
  SchoolImportRunEntity,
  SchoolImportSource,
  SchoolImportState,
} from './entities/school-import-run.entity';
export { SchoolEntity } from './entities/school.entity';
export {
  DUO_BO_URL,
  SchoolImportService,
  formatImportReport,
  type ImportOptions,
  type ImportProgress,
  type ImportReport,
} from './import/school-import.service';
export {
  DATA_SCHOOLS_FILE,
  KEPT_REJECTIONS,
  SchoolImportRunService,
} from './import/school-import-run.service';
export { SchoolImportProcessor } from './import/school-import.processor';
export { readSchoolFile, SchoolImportError, type ImportRowNote, type SchoolFile } from './import/school-file';
export { type SchoolFileFormat, type SchoolRecord } from './import/duo-formats';
export { type DetectedEncoding } from './import/csv-source';
export { ReferenceData, readCsvFile, type Municipality, type Pc4Point } from './reference/reference-data';
export { ActivityService, type ActivityDraft } from './services/activity.service';
export {
  ActivityOwnerService,
  OWN_ACTIVITIES_LIMIT,
  type ActivityPatch,
} from './services/activity-owner.service';
export { CompanyService, type LocationDraft } from './services/company.service';
export {
  COMPANY_LIST_LIMIT,
  CompanyApprovalService,
  type CompanyFilter,
} from './services/company-approval.service';
export { SchoolService } from './services/school.service';
export { SchoolSearchService, type SchoolSearchOptions } from './services/school-search.service';
