import type { DataSource } from 'typeorm';
import { Tx } from './transaction';

// The statements a transaction costs on its connection (the real behaviour is in house.integration-spec.ts).
function recordingDataSource() {
  const statements: string[] = [];
  const query = (sql: string) => {
    statements.push(sql);
    return Promise.resolve([]);
  };
  const runner = {
    isTransactionActive: false,
    connect: () => Promise.resolve(),
    release: () => Promise.resolve(),
    query,
    manager: { query },
    startTransaction: () => {
      runner.isTransactionActive = true;
      return query('START TRANSACTION');
    },
    commitTransaction: () => {
      runner.isTransactionActive = false;
      return query('COMMIT');
    },
    rollbackTransaction: () => {
      runner.isTransactionActive = false;
      return query('ROLLBACK');
    },
  };
  return { dataSource: { createQueryRunner: () => runner } as unknown as DataSource, statements };
}

describe('Tx options', () => {
  it('opens a read-only transaction with its settings in one statement', async () => {
    const { dataSource, statements } = recordingDataSource();
    await Tx.run(dataSource, (tx) => tx.query('SELECT 1'), {
      readOnly: true,
      settings: { enable_seqscan: 'off', statement_timeout: '5s' },
    });
    expect(statements).toEqual([
      "START TRANSACTION READ ONLY; SET LOCAL enable_seqscan = 'off'; SET LOCAL statement_timeout = '5s'",
      'SELECT 1',
      'COMMIT',
    ]);
  });

  it('gives a writing transaction its settings in one statement after BEGIN, and rolls back on failure', async () => {
    const { dataSource, statements } = recordingDataSource();
    await expect(
      Tx.run(
        dataSource,
        async (tx) => {
          await tx.query('UPDATE x');
          throw new Error('boom');
        },
        { settings: { lock_timeout: "2s'; DROP TABLE x; --" } },
      ),
    ).rejects.toThrow('boom');
    expect(statements).toEqual([
      'START TRANSACTION',
      "SET LOCAL lock_timeout = '2s''; DROP TABLE x; --'",
      'UPDATE x',
      'ROLLBACK',
    ]);
  });

  it('refuses a setting name that is not one', async () => {
    const { dataSource, statements } = recordingDataSource();
    await expect(
      Tx.run(dataSource, () => Promise.resolve(), { settings: { 'a = 1; DROP TABLE x': 'on' } }),
    ).rejects.toThrow('Not a setting name');
    expect(statements).toEqual([]);
  });
});

describe('Tx.settled', () => {
  it('waits for the COMMITs that answered-before-commit transactions left running, and their release', async () => {
    const events: string[] = [];
    let finishCommit = () => undefined as void;
    const runner = {
      connect: () => Promise.resolve(),
      release: () => {
        events.push('release');
        return Promise.resolve();
      },
      query: (sql: string) => {
        events.push(sql);
        return sql === 'COMMIT'
          ? new Promise<[]>((resolve) => (finishCommit = () => resolve([])))
          : Promise.resolve([]);
      },
      manager: { query: () => Promise.resolve([]) },
    };
    const dataSource = { createQueryRunner: () => runner } as unknown as DataSource;
    await Tx.run(dataSource, (tx) => tx.query('SELECT 1'), { readOnly: true, answerBeforeCommit: true });
    expect(events).toEqual(['START TRANSACTION READ ONLY', 'COMMIT']);

    let settled = false;
    const waiting = Tx.settled(dataSource).then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    finishCommit();
    await waiting;
    expect(events).toEqual(['START TRANSACTION READ ONLY', 'COMMIT', 'release']);
    // Nothing left: a second wait returns at once.
    await Tx.settled(dataSource);
  });
});
