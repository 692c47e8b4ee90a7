import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { EnvironmentVariables } from '@app/config';
import { DomainError, isUuid, type Actor } from '@app/core';
import { Tx, isUniqueViolation } from '@app/database';
import { JOB_DEFINITIONS, JobName, JobProducer } from '@app/queue';
import {
  SchoolImportRunEntity,
  SchoolImportSource,
  SchoolImportState,
} from '../entities/school-import-run.entity';
import { ReferenceData } from '../reference/reference-data';
import { SchoolImportError } from './school-file';
import { DUO_BO_URL, SchoolImportService } from './school-import.service';

/** The all-schools file of the shared open data, under DATA_DIR: the source that works without a network. */
export const DATA_SCHOOLS_FILE = 'nl/schools/scholen_po_vo_so_geocoded_20241122.csv';

/** Rejected rows kept with a run for the admin to read; the rest are counted. */
export const KEPT_REJECTIONS = 100;

// A queued or running run that has not moved for this long lost its worker (and its job): it no longer blocks
// the next import. An import writes progress every chunk of rows, so a live one is never this quiet.
const STALE_AFTER = '30 minutes';

const ACTIVE = [SchoolImportState.QUEUED, SchoolImportState.RUNNING];

const logger = new Logger('SchoolImportRunService');

/**
 * Imports of the school registry started from the web app: an admin starts one, the worker runs it with the
 * importer of `npm run import:schools` and writes its progress to the run, which the admin's page polls.
 */
@Injectable()
export class SchoolImportRunService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: SchoolImportService,
    private readonly jobs: JobProducer,
    private readonly access: AccessService,
    private readonly env: EnvironmentVariables,
  ) {}

  /** The file or URL a source reads. */
  locationOf(source: SchoolImportSource): string {
    return source === SchoolImportSource.DATA_FILE
      ? ReferenceData.path(this.env.DATA_DIR, DATA_SCHOOLS_FILE)
      : DUO_BO_URL;
  }

  /** Queues an import; CONFLICT (SCHOOL_IMPORT_RUNNING) while another one is queued or running. */
  async start(actor: Actor, source: SchoolImportSource): Promise<SchoolImportRunEntity> {
    await this.access.require(actor, Permission.SchoolImport);
    const running = () =>
      new DomainError(
        'SCHOOL_IMPORT_RUNNING',
        'An import of the school registry is queued or running already',
      );
    try {
      return await Tx.run(this.dataSource, async (tx) => {
        const runs = tx.manager.getRepository(SchoolImportRunEntity);
        await tx.manager.query(
          `UPDATE school_import_runs
              SET state = $1, error = 'stopped without finishing', finished_at = now(), updated_at = now()
            WHERE state = ANY($2) AND updated_at < now() - interval '${STALE_AFTER}'`,
          [SchoolImportState.FAILED, ACTIVE],
        );
        if (await runs.exists({ where: { state: In(ACTIVE) } })) throw running();
        const run = await runs.save({
          source,
          location: this.locationOf(source),
          state: SchoolImportState.QUEUED,
          requestedBy: actor.userId,
        });
        await this.jobs.enqueueIn(tx, [{ name: JobName.ImportSchools, payload: { runId: run.id } }]);
        return run;
      });
    } catch (error) {
      // Another admin started one between the check and the insert (the one-active index).
      if (isUniqueViolation(error)) throw running();
      throw error;
    }
  }

  /** A run; null when there is none with this id. */
  async find(actor: Actor, id: string): Promise<SchoolImportRunEntity | null> {
    await this.access.require(actor, Permission.SchoolImport);
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(SchoolImportRunEntity).findOne({ where: { id } });
  }

  /** The latest runs, newest first. */
  async list(actor: Actor, limit: number): Promise<SchoolImportRunEntity[]> {
    await this.access.require(actor, Permission.SchoolImport);
    return this.dataSource.getRepository(SchoolImportRunEntity).find({
      order: { createdAt: 'DESC', id: 'ASC' },
      take: Math.max(1, Math.min(limit, 50)),
    });
  }

  /**
   * Runs a queued import (the worker's job). Idempotent: a run that is gone, DONE or FAILED returns early; a retry
   * of a RUNNING one (after a crash) imports again, which the importer's upsert by vestigingscode makes harmless.
   * A file that cannot be imported fails the run at once; another error is retried until the last attempt.
   */
  async execute(runId: string, attemptsMade = 0): Promise<'done' | 'failed' | 'skipped'> {
    const runs = this.dataSource.getRepository(SchoolImportRunEntity);
    const run = isUuid(runId) ? await runs.findOne({ where: { id: runId } }) : null;
    if (!run || !ACTIVE.includes(run.state)) return 'skipped';
    await this.dataSource.query(
      `UPDATE school_import_runs
          SET state = $2, started_at = coalesce(started_at, now()), attempts = attempts + 1, rows_read = 0,
              error = NULL, updated_at = now()
        WHERE id = $1 AND state = ANY($3)`,
      [run.id, SchoolImportState.RUNNING, ACTIVE],
    );
    const progress = new ProgressWriter(this.dataSource, run.id);
    try {
      const report = await this.importer.importFile(run.location, {
        onProgress: (p) => progress.push(p.done, p.total),
      });
      await progress.settled();
      await runs.update(
        { id: run.id, state: SchoolImportState.RUNNING },
        {
          state: SchoolImportState.DONE,
          rowsTotal: report.rows,
          rowsRead: report.rows,
          inserted: report.inserted,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected,
          rejections: report.rejections.slice(0, KEPT_REJECTIONS),
          finishedAt: new Date(),
        },
      );
      return 'done';
    } catch (error) {
      await progress.settled();
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      const attempts = JOB_DEFINITIONS[JobName.ImportSchools].options.attempts ?? 1;
      const final = error instanceof SchoolImportError || attemptsMade + 1 >= attempts;
      if (!(error instanceof SchoolImportError))
        logger.error({ msg: 'school import failed', runId, err: error });
      await runs.update(
        { id: run.id, state: SchoolImportState.RUNNING },
        final
          ? { state: SchoolImportState.FAILED, error: message, finishedAt: new Date() }
          : { error: message },
      );
      if (error instanceof SchoolImportError) return 'failed';
      throw error;
    }
  }
}

/**
 * Writes an import's progress to its run from a connection of its own (the import's transaction commits only at
 * the end), one update at a time and always the latest figure; the importer reports synchronously and never
 * waits for it.
 */
class ProgressWriter {
  private latest: { done: number; total: number } | null = null;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly runId: string,
  ) {}

  push(done: number, total: number): void {
    this.latest = { done, total };
    this.writing ??= this.drain().finally(() => {
      this.writing = null;
    });
  }

  /** Resolves when the last figure pushed is written (or failed to be). */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    while (this.latest) {
      const { done, total } = this.latest;
      this.latest = null;
      try {
        await this.dataSource.query(
          `UPDATE school_import_runs SET rows_read = $2, rows_total = $3, updated_at = now()
            WHERE id = $1 AND state = $4`,
          [this.runId, done, total, SchoolImportState.RUNNING],
        );
      } catch (error) {
        // Progress is for the eyes only: the import goes on without it.
        logger.warn({ msg: 'could not write import progress', runId: this.runId, err: error });
      }
    }
  }
}
