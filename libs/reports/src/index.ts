export { reachCsv, reachCsvFileName } from './reach-csv';
export {
  FIRST_REPORT_YEAR,
  ReportService,
  assertReportYear,
  type ReachFilter,
  type ReachReport,
  type ReachRow,
  type UnreachedSchool,
} from './report.service';
export { ReportsModule } from './reports.module';
