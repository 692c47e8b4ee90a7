import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { EnvironmentVariables } from '@app/config';
import { Heartbeat } from './heartbeat';

describe('the worker heartbeat', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'heartbeat-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the file at start, so that the container healthcheck finds a fresh time', async () => {
    const file = join(dir, 'beat');
    const heartbeat = new Heartbeat({ WORKER_HEARTBEAT_FILE: file } as EnvironmentVariables);
    const before = Date.now();
    await heartbeat.onApplicationBootstrap();
    heartbeat.onModuleDestroy();
    expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
  });

  it('writes nothing and starts no timer when no file is configured', async () => {
    const heartbeat = new Heartbeat({} as EnvironmentVariables);
    await heartbeat.onApplicationBootstrap();
    expect((heartbeat as unknown as { timer?: unknown }).timer).toBeUndefined();
    heartbeat.onModuleDestroy();
    expect(readdirSync(dir)).toEqual([]);
  });
});
