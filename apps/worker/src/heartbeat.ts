import { utimes, writeFile } from 'node:fs/promises';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EnvironmentVariables } from '@app/config';

export const HEARTBEAT_EVERY_MS = 15_000;

/** Touches WORKER_HEARTBEAT_FILE while the worker's event loop runs: the container healthcheck reads its time. */
@Injectable()
export class Heartbeat implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(Heartbeat.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly env: EnvironmentVariables) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = this.env.WORKER_HEARTBEAT_FILE;
    if (!file) return;
    await this.beat(file);
    this.timer = setInterval(() => void this.beat(file), HEARTBEAT_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async beat(file: string): Promise<void> {
    try {
      const now = new Date();
      await utimes(file, now, now).catch(() => writeFile(file, ''));
    } catch (error) {
      this.logger.warn({ msg: 'heartbeat file not written', file, err: error });
    }
  }
}
