import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A Redis server of a test's or a benchmark's own (never the machine's shared one), which may be stopped and
 * started again on the same port. Without `dir` it keeps nothing on disk, like the shared one; with `dir` it is
 * configured as deployed (an append-only file there, no eviction), so a restart brings back the jobs it held.
 */
export class OwnRedis {
  private process?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dir?: string,
  ) {}

  static async start(options: { dir?: string } = {}): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), options.dir);
    await redis.up();
    // Not left running after the process that started it.
    process.once('exit', () => redis.process?.kill('SIGTERM'));
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Whether the server runs (started by `up` and not stopped since). */
  get running(): boolean {
    return !!this.process && this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Starts the server, unless it runs, and waits until it answers. */
  async up(): Promise<void> {
    if (this.running) return;
    const disk = this.dir
      ? ['--dir', this.dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction']
      : ['--appendonly', 'no'];
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', ...disk],
      {
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      const client = new Redis(this.port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0 });
      try {
        await client.connect();
        if ((await client.ping()) === 'PONG') return;
      } catch {
        if (Date.now() > deadline) throw new Error(`redis-server on port ${this.port} did not start`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        client.disconnect();
      }
    }
  }

  /**
   * Stops the server and waits until it is gone: killed as a crash would (the default), or with SIGTERM as a Redis
   * that is shut down, which writes out its append-only file first.
   */
  async down(signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL'): Promise<void> {
    const child = this.process;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
