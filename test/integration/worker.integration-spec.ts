import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/core';
import { JobName } from '@app/queue';
import { CompanyFactory, waitFor } from '@app/testing';
import { JobDispatcher } from '../../apps/worker/src/job-dispatcher';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

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
    const row = await waitFor('the notification to be e-mailed', async () => {
      const rows = await t.dataSource.query(
        `SELECT n.id, n.emailed_at FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.company_id = $1`,
        [company.id],
      );
      return rows[0]?.emailed_at ? rows[0] : undefined;
    });
    expect(row.emailed_at).toBeInstanceOf(Date);
    // Delivering the same job again (a retry after a crash) does nothing.
    expect(await worker.get(JobDispatcher).run(JobName.SendNotification, { notificationId: row.id })).toBe(
      'skipped',
    );
  });
});
