export { CatalogueModule } from './catalogue.module';
export { ActivityEntity } from './entities/activity.entity';
export { CompanyLocationEntity } from './entities/company-location.entity';
export { CompanyEntity } from './entities/company.entity';
export { SchoolEntity } from './entities/school.entity';
export { ReferenceData, type Municipality, type Pc4Point } from './reference/reference-data';
export {
  ActivityService,
  type ActivityChangeListener,
  type ActivityDraft,
} from './services/activity.service';
export { CompanyService, type LocationDraft } from './services/company.service';
export { SchoolService } from './services/school.service';
