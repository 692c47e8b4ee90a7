import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobName, JobProducer } from '@app/queue';

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000))),
    ]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    // A pending timer would keep the process (and a test worker) alive for two more seconds.
    clearTimeout(timer);
  }
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
  ) {}

  /** 200 when PostgreSQL and Redis answer, 503 otherwise; the body says which is down. */
  @Get()
  @HttpCode(200)
  async check(): Promise<{ status: string; database: string; redis: string }> {
    const { database, redis } = await this.probeAll();
    const body = { status: database === 'up' && redis === 'up' ? 'ok' : 'error', database, redis };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  /** Liveness: the process answers (restart it when it does not). Asks nothing else. */
  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /**
   * Readiness: whether to send this instance traffic. PostgreSQL is needed for every answer; Redis is only
   * reported, because another instance would miss it just the same.
   */
  @Get('ready')
  @HttpCode(200)
  async ready(): Promise<{ status: string; database: string; redis: string }> {
    const { database, redis } = await this.probeAll();
    const body = { status: database === 'up' ? 'ok' : 'error', database, redis };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  private async probeAll(): Promise<{ database: 'up' | 'down'; redis: 'up' | 'down' }> {
    const [database, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.jobs.queueFor(JobName.SendNotification).getJobCounts('waiting')),
    ]);
    return { database, redis };
  }
}
