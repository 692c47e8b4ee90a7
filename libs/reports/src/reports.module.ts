import { Module } from '@nestjs/common';
import { ReportService } from './report.service';

/** Reach and coverage reports for coordinators (reads the other libs' tables, writes nothing). */
@Module({ providers: [ReportService], exports: [ReportService] })
export class ReportsModule {}
