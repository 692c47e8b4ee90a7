import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Compiles the worker (and only what it imports) into a directory of its own under `.jest-cache`, so that a test
 * can run it as a real child process from a fresh clone, without racing `npm run build` writing `dist/`.
 * Inside the repository so that `node_modules` and `"type": "module"` apply. Returns the entry file.
 */
export async function buildWorker(): Promise<{ main: string; cleanup: () => void }> {
  const root = process.cwd();
  const dir = join(root, '.jest-cache', `waitlist-worker-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.base.json',
      compilerOptions: { outDir: './out', rootDir: '../..', sourceMap: false },
      files: ['../../apps/worker/src/main.ts'],
      'tsc-alias': { resolveFullPaths: true, verbose: false },
    }),
  );
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  const main = join(dir, 'out', 'apps', 'worker', 'src', 'main.js');
  try {
    await run(bin('tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: root });
  } catch (error) {
    // tsc still emits on type errors, which are `npm run check`'s business; only a missing output is fatal here.
    if (!existsSync(main)) throw error;
  }
  await run(bin('tsc-alias'), ['-p', join(dir, 'tsconfig.json')], { cwd: root });
  return {
    main,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A worker running as a child process, with its output kept for failure messages. */
export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | string | null>;
}

export function startWorkerProcess(main: string, env: Record<string, string | undefined>): WorkerProcess {
  const child = spawn(process.execPath, [main], {
    cwd: process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  return { child, output: () => output, exited };
}
