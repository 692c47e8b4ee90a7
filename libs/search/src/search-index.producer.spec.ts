import { jest } from '@jest/globals';
import { EventBus, type Tx } from '@app/database';
import { JobName, type BulkJob, type JobProducer } from '@app/queue';
import { SearchIndexProducer } from './search-index.producer';
import type { SearchEngine } from './search.types';

function producerWith(
  enqueueIn: JobProducer['enqueueIn'],
  events = new EventBus(),
  dropUnsearchable: SearchEngine['dropUnsearchable'] = () => Promise.resolve(),
) {
  return new SearchIndexProducer(events, { enqueueIn } as JobProducer, { dropUnsearchable } as SearchEngine);
}

describe('SearchIndexProducer', () => {
  const tx = { afterCommit: () => undefined } as unknown as Tx;

  it('writes one deduplicated job per activity, ids only, in the changing transaction', async () => {
    const enqueueIn = jest.fn<JobProducer['enqueueIn']>().mockResolvedValue(undefined);
    await producerWith(enqueueIn).activitiesChanged(tx, ['a1', 'a2', 'a1']);
    expect(enqueueIn).toHaveBeenCalledTimes(1);
    const [inTx, jobs] = enqueueIn.mock.calls[0];
    expect(inTx).toBe(tx);
    expect(jobs).toEqual<BulkJob[]>([
      {
        name: JobName.SearchIndexActivity,
        payload: { activityId: 'a1' },
        options: { deduplication: { id: 'activity:a1', keepLastIfActive: true } },
      },
      {
        name: JobName.SearchIndexActivity,
        payload: { activityId: 'a2' },
        options: { deduplication: { id: 'activity:a2', keepLastIfActive: true } },
      },
    ]);
  });

  it('hears both events inside the publishing transaction, so the jobs commit or roll back with it', async () => {
    const enqueueIn = jest.fn<JobProducer['enqueueIn']>().mockResolvedValue(undefined);
    const events = new EventBus();
    producerWith(enqueueIn, events).onModuleInit();
    await events.publish(tx, 'activities.changed', { activityIds: ['a1'] });
    await events.publish(tx, 'companies.changed', { companyIds: ['c1'] });
    expect(enqueueIn.mock.calls.map(([inTx, jobs]) => [inTx, jobs.map((j) => [j.name, j.payload])])).toEqual([
      [tx, [[JobName.SearchIndexActivity, { activityId: 'a1' }]]],
      [tx, [[JobName.SearchIndexCompany, { companyId: 'c1' }]]],
    ]);
  });
  it('drops what stopped being searchable inside the publishing transaction', async () => {
    const drop = jest.fn<SearchEngine['dropUnsearchable']>().mockResolvedValue(undefined);
    const events = new EventBus();
    producerWith(
      jest.fn<JobProducer['enqueueIn']>().mockResolvedValue(undefined),
      events,
      drop,
    ).onModuleInit();
    await events.publish(tx, 'activities.changed', { activityIds: ['a1'] });
    await events.publish(tx, 'companies.changed', { companyIds: ['c1'] });
    expect(drop.mock.calls).toEqual([
      [tx, { activityIds: ['a1'] }],
      [tx, { companyIds: ['c1'] }],
    ]);
  });
});
