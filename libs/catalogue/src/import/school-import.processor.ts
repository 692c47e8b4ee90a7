import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';
import { SchoolImportRunService } from './school-import-run.service';

/** The worker's side of `startSchoolImport`. */
@Injectable()
export class SchoolImportProcessor {
  constructor(private readonly runs: SchoolImportRunService) {}

  @JobHandler(JobName.ImportSchools)
  handle(
    payload: JobPayloads[JobName.ImportSchools],
    meta: { attemptsMade: number } = { attemptsMade: 0 },
  ): Promise<'done' | 'failed' | 'skipped'> {
    return this.runs.execute(payload.runId, meta.attemptsMade);
  }
}
