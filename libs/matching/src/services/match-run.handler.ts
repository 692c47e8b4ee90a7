import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';
import { MatchRunService } from './match-run.service';

/** The worker's side of `runMatching`. */
@Injectable()
export class MatchRunHandler {
  constructor(private readonly runs: MatchRunService) {}

  @JobHandler(JobName.RunMatching)
  handle(payload: JobPayloads[JobName.RunMatching]): Promise<'done' | 'skipped'> {
    return this.runs.execute(payload.runId);
  }
}
