import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { EnvironmentVariables } from '@app/config';
import { NotificationsModule } from '@app/notifications';
import { ActivityEntity } from './entities/activity.entity';
import { CompanyLocationEntity } from './entities/company-location.entity';
import { CompanyEntity } from './entities/company.entity';
import { SchoolImportRunEntity } from './entities/school-import-run.entity';
import { SchoolEntity } from './entities/school.entity';
import { ReferenceData } from './reference/reference-data';
import { ActivityOwnerService } from './services/activity-owner.service';
import { ActivityService } from './services/activity.service';
import { CompanyApprovalService } from './services/company-approval.service';
import { CompanyService } from './services/company.service';
import { SchoolImportRunService } from './import/school-import-run.service';
import { SchoolImportService } from './import/school-import.service';
import { SchoolImportProcessor } from './import/school-import.processor';
import { SchoolSearchService } from './services/school-search.service';
import { SchoolService } from './services/school.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      SchoolEntity,
      CompanyEntity,
      CompanyLocationEntity,
      ActivityEntity,
      SchoolImportRunEntity,
    ]),
    NotificationsModule,
    // Global in the apps; imported here too for the scripts that start only this module.
    AccessModule,
  ],
  providers: [
    {
      provide: ReferenceData,
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => new ReferenceData(env.DATA_DIR),
    },
    SchoolService,
    SchoolSearchService,
    SchoolImportService,
    SchoolImportRunService,
    // The worker's handler of the import job (found by the worker's dispatcher; idle in the api).
    SchoolImportProcessor,
    CompanyService,
    CompanyApprovalService,
    ActivityService,
    ActivityOwnerService,
  ],
  exports: [
    SchoolService,
    SchoolSearchService,
    SchoolImportService,
    SchoolImportRunService,
    CompanyService,
    CompanyApprovalService,
    ActivityService,
    ActivityOwnerService,
    ReferenceData,
    TypeOrmModule,
  ],
})
export class CatalogueModule {}
