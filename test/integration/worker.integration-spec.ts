import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/core';
import { JobName } from '@app/queue';
import { CompanyFactory } from '@app/testing';
import { JobDispatcher } from '../../apps/worker/src/job-dispatcher';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

async function until<T>(probe: () => Promise<T | undefined | null>, what: string, seconds = 20): Promise<T> {
  for (let i = 0; i < seconds * 10; i += 1) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('worker', () => {
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('has exactly one handler for every job name of the real worker module', () => {
    const dispatcher = worker.get(JobDispatcher);
    const names = dispatcher.discover().map((handler) => handler.name);
    // Sorted lists: a name handled twice or not at all both show as a difference.
    expect(names.sort()).toEqual(Object.values(JobName).sort());
  });

  it('e-mails a notification once, after the transaction that stored it', async () => {
    const { company } = await CompanyFactory.create(t.dataSource, { approved: false, approvedAt: null });
    await t.tokenFor(Role.COMPANY, { companyId: company.id });
    const coordinator = await t.tokenFor(Role.COORDINATOR);
    await t.gql(`mutation($id: ID!) { approveCompany(id: $id) { id } }`, { id: company.id }, coordinator);
    const row = await until(async () => {
      const rows = await t.dataSource.query(
        `SELECT n.id, n.emailed_at FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.company_id = $1`,
        [company.id],
      );
      return rows[0]?.emailed_at ? rows[0] : undefined;
    }, 'the notification to be e-mailed');
    expect(row.emailed_at).toBeInstanceOf(Date);
    // Delivering the same job again (a retry after a crash) does nothing.
    expect(
      await worker.get(JobDispatcher).run('notification.send' as never, { notificationId: row.id }),
    ).toBe('skipped');
  });
});
