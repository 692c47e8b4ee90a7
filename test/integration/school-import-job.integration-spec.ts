import type { INestApplicationContext } from '@nestjs/common';
import { SchoolImportRunEntity, SchoolImportSource, SchoolImportState } from '@app/catalogue';
import { Role } from '@app/core';
import { JobName } from '@app/queue';
import { errorCode, waitFor } from '@app/testing';
import { JobDispatcher } from '../../apps/worker/src/job-dispatcher';
import { sampleDataDir } from '../utils/school-import-data';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

// The school registry import an admin starts over GraphQL and the worker runs: progress, outcome, and that
// running it again (a second import, or the same job delivered twice) duplicates nothing.

const START = `mutation($source: SchoolImportSource) {
  startSchoolImport(source: $source) { id state source fileName }
}`;
const RUN = `query($id: ID!) {
  schoolImport(id: $id) {
    id state rowsTotal rowsRead rowsImported rowsFailed inserted updated unchanged error startedAt finishedAt
    failures { line vestigingscode message }
  }
}`;

describe('school registry import as a worker job', () => {
  const data = sampleDataDir();
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: string;

  const schoolCount = async () =>
    (await t.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM schools`))[0].n;
  const finished = (id: string) =>
    waitFor(`import ${id} to finish`, async () => {
      const { data: answer } = await t.gql(RUN, { id }, admin);
      const run = answer?.schoolImport;
      return run && (run.state === 'DONE' || run.state === 'FAILED') ? run : undefined;
    });
  const start = async () => {
    const res = await t.gql(START, { source: 'DATA_FILE' }, admin);
    expect(res.errors).toBeUndefined();
    return res.data!.startSchoolImport as { id: string; state: string };
  };

  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: data.dir });
    worker = await startTestWorker();
    admin = await t.tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    data.remove();
  });

  it('imports the data file in the background and reports rows read, imported and failed', async () => {
    const before = await schoolCount();
    const res = await t.gql(START, {}, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.startSchoolImport).toMatchObject({
      state: 'QUEUED',
      source: 'DATA_FILE',
      fileName: 'scholen_po_vo_so_geocoded_20241122.csv',
    });
    const run = await finished(res.data!.startSchoolImport.id);
    expect(run).toMatchObject({
      state: 'DONE',
      rowsTotal: 12,
      rowsRead: 12,
      rowsImported: 10,
      rowsFailed: 2,
      inserted: 10,
      updated: 0,
      unchanged: 0,
      error: null,
    });
    expect(run.startedAt).not.toBeNull();
    expect(
      run.failures.map((f: { line: number; vestigingscode: string }) => [f.line, f.vestigingscode]),
    ).toEqual([
      [12, '98YF00'],
      [13, '98YF01'],
    ]);
    expect(await schoolCount()).toBe(before + 10);
    const imported = await t.dataSource.query<Array<{ name: string; province: string }>>(
      `SELECT name, province FROM schools WHERE vestigingscode = '98YD00'`,
    );
    expect(imported).toEqual([{ name: 'Importcollege Maasland', province: 'LIMBURG' }]);
  });

  it('imports nothing twice: a second import finds every school unchanged', async () => {
    const before = await schoolCount();
    const run = await finished((await start()).id);
    expect(run).toMatchObject({ state: 'DONE', inserted: 0, updated: 0, unchanged: 10, rowsFailed: 2 });
    expect(await schoolCount()).toBe(before);
  });

  it('skips a job delivered again after its run is done, and re-runs a run a crashed worker left RUNNING', async () => {
    const { id } = await start();
    await finished(id);
    const dispatcher = worker.get(JobDispatcher);
    const before = await schoolCount();
    expect(await dispatcher.run(JobName.ImportSchools, { runId: id })).toBe('skipped');

    // A crash mid-import: the run still says RUNNING and its job is delivered again.
    await t.dataSource.query(
      `UPDATE school_import_runs SET state = 'RUNNING', finished_at = NULL, rows_read = 4 WHERE id = $1`,
      [id],
    );
    expect(await dispatcher.run(JobName.ImportSchools, { runId: id })).toBe('done');
    const again = await t.dataSource.getRepository(SchoolImportRunEntity).findOneByOrFail({ id });
    expect(again).toMatchObject({ state: SchoolImportState.DONE, rowsRead: 12, unchanged: 10, attempts: 2 });
    expect(await schoolCount()).toBe(before);
    expect(await dispatcher.run(JobName.ImportSchools, { runId: 'not-a-run' })).toBe('skipped');
  });

  it('refuses a second import while one is queued, and lets a stale one go', async () => {
    const repo = t.dataSource.getRepository(SchoolImportRunEntity);
    const queued = await repo.save({
      source: SchoolImportSource.DATA_FILE,
      location: '/nowhere/scholen.csv',
      state: SchoolImportState.QUEUED,
    });
    const refused = await t.gql(START, {}, admin);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].extensions?.reason).toBe('SCHOOL_IMPORT_RUNNING');

    // Its worker died long ago: the queued run no longer blocks, and is marked failed.
    await t.dataSource.query(
      `UPDATE school_import_runs SET updated_at = now() - interval '2 hours' WHERE id = $1`,
      [queued.id],
    );
    const { id } = await start();
    expect(await repo.findOneByOrFail({ id: queued.id })).toMatchObject({ state: SchoolImportState.FAILED });
    expect(await finished(id)).toMatchObject({ state: 'DONE' });
  });

  it('fails a run whose file cannot be read, at once and with the reason', async () => {
    const run = await t.dataSource.getRepository(SchoolImportRunEntity).save({
      source: SchoolImportSource.DATA_FILE,
      location: '/nowhere/scholen.csv',
      state: SchoolImportState.QUEUED,
    });
    expect(await worker.get(JobDispatcher).run(JobName.ImportSchools, { runId: run.id })).toBe('failed');
    const { data: answer } = await t.gql(RUN, { id: run.id }, admin);
    expect(answer!.schoolImport).toMatchObject({ state: 'FAILED', rowsImported: 0 });
    expect(answer!.schoolImport.error).toContain('no such file');
  });

  it('is for admins only, and lists the latest runs newest first', async () => {
    const coordinator = await t.tokenFor(Role.COORDINATOR);
    const refused = await t.gql(START, {}, coordinator);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].extensions?.reason).toBe('ROLE_NOT_ALLOWED');
    expect(errorCode(await t.gql(`{ schoolImports { id } }`, {}, coordinator))).toBe('FORBIDDEN');

    const { data: list } = await t.gql(`{ schoolImports(limit: 2) { id state createdAt } }`, {}, admin);
    expect(list!.schoolImports).toHaveLength(2);
    const [newest, older] = list!.schoolImports as Array<{ createdAt: string }>;
    expect(Date.parse(newest.createdAt)).toBeGreaterThanOrEqual(Date.parse(older.createdAt));
    expect(
      (await t.gql(RUN, { id: '00000000-0000-4000-8000-000000000000' }, admin)).data!.schoolImport,
    ).toBeNull();
  });
});
