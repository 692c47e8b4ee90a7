import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { EventBus, type Tx } from '@app/database';
import { JobName, type JobProducer } from '@app/queue';
import { SearchIndexProducer } from './search-index.producer';
import type { SearchEngine } from './search.types';

function producerWith(
  enqueue: JobProducer['enqueue'],
  events = new EventBus(),
  dropUnsearchable: SearchEngine['dropUnsearchable'] = () => Promise.resolve(),
) {
  return new SearchIndexProducer(events, { enqueue } as JobProducer, { dropUnsearchable } as SearchEngine);
}

describe('SearchIndexProducer', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterEach(() => jest.useRealTimers());

  it('enqueues one deduplicated job per activity, ids only', async () => {
    const enqueue = jest.fn<JobProducer['enqueue']>().mockResolvedValue(undefined);
    await producerWith(enqueue).activitiesChanged(['a1', 'a2', 'a1']);
    expect(enqueue).toHaveBeenCalledTimes(2);
    expect(enqueue).toHaveBeenCalledWith(
      JobName.SearchIndexActivity,
      { activityId: 'a1' },
      { deduplication: { id: 'activity:a1', keepLastIfActive: true } },
    );
  });

  it('drops what stopped being searchable inside the publishing transaction', async () => {
    const drop = jest.fn<SearchEngine['dropUnsearchable']>().mockResolvedValue(undefined);
    const events = new EventBus();
    producerWith(jest.fn<JobProducer['enqueue']>(), events, drop).onModuleInit();
    const tx = { afterCommit: () => undefined } as unknown as Tx;
    await events.publish(tx, 'activities.changed', { activityIds: ['a1'] });
    await events.publish(tx, 'companies.changed', { companyIds: ['c1'] });
    expect(drop.mock.calls).toEqual([
      [tx, { activityIds: ['a1'] }],
      [tx, { companyIds: ['c1'] }],
    ]);
  });

  it('enqueues only once the publishing transaction has committed', async () => {
    const enqueue = jest.fn<JobProducer['enqueue']>().mockResolvedValue(undefined);
    const events = new EventBus();
    producerWith(enqueue, events).onModuleInit();
    const steps: Array<() => Promise<unknown>> = [];
    const tx = { afterCommit: (step: () => Promise<unknown>) => void steps.push(step) } as unknown as Tx;
    await events.publish(tx, 'activities.changed', { activityIds: ['a1'] });
    await events.publish(tx, 'companies.changed', { companyIds: ['c1'] });
    expect(enqueue).not.toHaveBeenCalled();
    for (const step of steps) await step();
    expect(enqueue.mock.calls.map(([name, payload]) => [name, payload])).toEqual([
      [JobName.SearchIndexActivity, { activityId: 'a1' }],
      [JobName.SearchIndexCompany, { companyId: 'c1' }],
    ]);
  });

  it('never fails the change it heard about when the queue is down', async () => {
    const enqueue = jest.fn<JobProducer['enqueue']>().mockRejectedValue(new Error('ECONNREFUSED'));
    await expect(producerWith(enqueue).activitiesChanged(['a1'])).resolves.toBeUndefined();
    await expect(producerWith(enqueue).companiesChanged(['c1'])).resolves.toBeUndefined();
  });

  it('gives up on a queue that does not answer instead of holding up the mutation', async () => {
    jest.useFakeTimers();
    const enqueue = jest.fn<JobProducer['enqueue']>().mockReturnValue(new Promise<void>(() => undefined));
    const done = producerWith(enqueue).activitiesChanged(['a1']);
    await jest.advanceTimersByTimeAsync(1000);
    await expect(done).resolves.toBeUndefined();
  });
});
