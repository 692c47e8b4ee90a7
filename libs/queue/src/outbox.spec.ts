import { JOB_DEFINITIONS, JobName } from './jobs';
import { jobOptions } from './outbox';

describe('jobOptions of an outbox row', () => {
  const row = (name: JobName, options: object, ageMs = 0) => ({
    job_id: '6f1c2d3e-0000-4000-8000-000000000001',
    name,
    options,
    age_ms: String(ageMs),
  });

  it('gives a job its presets and a job id of its row, so a row moved twice is one job', () => {
    expect(jobOptions(row(JobName.RunMatching, {}))).toEqual({
      ...JOB_DEFINITIONS[JobName.RunMatching].options,
      jobId: 'outbox-6f1c2d3e-0000-4000-8000-000000000001',
    });
  });

  it('leaves a deduplicated job to BullMQ deduplication, without a job id of its own', () => {
    const deduplication = { id: 'activity:a1', keepLastIfActive: true };
    const options = jobOptions(row(JobName.SearchIndexActivity, { deduplication }));
    expect(options.jobId).toBeUndefined();
    expect(options.deduplication).toEqual(deduplication);
    expect(options.attempts).toBe(JOB_DEFINITIONS[JobName.SearchIndexActivity].options.attempts);
  });

  it('counts a delay from when the row was written, not from when Redis took it', () => {
    const day = 86_400_000;
    expect(jobOptions(row(JobName.WaitlistExpireOffer, { delay: 14 * day }, day)).delay).toBe(13 * day);
    // Overdue by the time Redis is back: at once.
    expect(jobOptions(row(JobName.WaitlistRemindOffer, { delay: 1000 }, 60_000)).delay).toBe(0);
  });

  it('has no colon in its job id, which BullMQ refuses', () => {
    expect(jobOptions(row(JobName.SendNotification, {})).jobId).not.toContain(':');
  });
});
