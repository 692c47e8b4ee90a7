import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { EnvironmentVariables } from '@app/config';
import { Heartbeat } from './heartbeat';

describe('the worker heartbeat', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heartbeat-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the file at start, so that the container healthcheck finds a fresh time', async () => {
    const file = join(dir, 'beat');
    const heartbeat = new Heartbeat({ WORKER_HEARTBEAT_FILE: file } as EnvironmentVariables);
    const before = Date.now();
    await heartbeat.onApplicationBootstrap();
    heartbeat.onModuleDestroy();
    expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
  });

  it('writes nothing when no file is configured', async () => {
    const heartbeat = new Heartbeat({} as EnvironmentVariables);
    await heartbeat.onApplicationBootstrap();
    heartbeat.onModuleDestroy();
    expect(existsSync(join(dir, 'beat'))).toBe(false);
  });
});
