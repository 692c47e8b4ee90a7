import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource, In, Not } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { BookingStatus } from '@app/bookings';
import {
  dutchDay,
  isUuid,
  type ActivityType,
  type Actor,
  type EducationLevel,
  type Province,
} from '@app/core';
import { Tx } from '@app/database';
import { JobName, JobProducer } from '@app/queue';
import { MatchProposalEntity } from '../entities/match-proposal.entity';
import { MatchRunEntity } from '../entities/match-run.entity';
import { MatchRunStatus, ProposalStatus, SchoolRequestStatus, SupplyOfferStatus } from '../matching.enums';
import { proposalReasons } from '../reasons';
import { daysBetween, schoolYearOf, schoolYearOfDay } from '../school-year';
import type { SolverRequest, SolverSupply } from '../solver/instance';
import { solveMatching } from '../solver/solve';

const SOLVER = 'min-cost max-flow (primal-dual, exact)';
const INSERT_CHUNK = 500;

// A request or an offer as the run loads it: what is still open of it, and where it is.
interface PostingRow {
  id: string;
  type: ActivityType;
  levels: EducationLevel[];
  themes: string[];
  remaining: number;
  period_start: Date;
  period_end: Date;
  revision: number;
  lat: number;
  lon: number;
}

interface RequestRow extends PostingRow {
  school_id: string;
  created_at: Date;
}

interface SupplyRow extends PostingRow {
  max_travel_km: number;
}

/** Match runs: a coordinator queues one, the worker solves it and stores the proposals. */
const logger = new Logger('MatchRunService');

@Injectable()
export class MatchRunService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    private readonly access: AccessService,
  ) {}

  /** Queues a run for the province; the worker picks it up after the commit. */
  async start(actor: Actor, province: Province): Promise<MatchRunEntity> {
    await this.access.require(actor, Permission.MatchingRun, [province]);
    return Tx.run(this.dataSource, async (tx) => {
      const run = await tx.manager
        .getRepository(MatchRunEntity)
        .save({ province, status: MatchRunStatus.QUEUED, requestedBy: actor.userId });
      await this.jobs.enqueueIn(tx, [{ name: JobName.RunMatching, payload: { runId: run.id } }]);
      return run;
    });
  }

  findRun(id: string): Promise<MatchRunEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.dataSource.getRepository(MatchRunEntity).findOne({ where: { id } });
  }

  /** The latest runs of the province, or of the provinces the actor works in. */
  listRuns(actor: Actor, province: Province | null | undefined, limit: number): Promise<MatchRunEntity[]> {
    const provinces = this.access.provincesFor(actor, Permission.MatchingRun, province);
    return this.dataSource.getRepository(MatchRunEntity).find({
      where: provinces ? { province: In(provinces) } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      take: Math.max(1, Math.min(limit, 100)),
    });
  }

  proposalsOfRuns(runIds: readonly string[]): Promise<MatchProposalEntity[]> {
    return runIds.length === 0
      ? Promise.resolve([])
      : this.dataSource
          .getRepository(MatchProposalEntity)
          .find({ where: { runId: In([...runIds]) }, order: { runId: 'ASC', ordinal: 'ASC' } });
  }

  findProposalsByIds(ids: readonly string[]): Promise<MatchProposalEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(MatchProposalEntity).find({ where: { id: In([...ids]) } });
  }

  /**
   * Solves a queued run. Idempotent: a run that is gone or DONE returns early; a retry after a failure
   * (or a crashed worker) solves again and replaces whatever proposals an earlier attempt left.
   */
  async execute(runId: string): Promise<'done' | 'skipped'> {
    const runs = this.dataSource.getRepository(MatchRunEntity);
    const run = isUuid(runId) ? await runs.findOne({ where: { id: runId } }) : null;
    if (!run || run.status === MatchRunStatus.DONE) return 'skipped';
    await runs.update(
      { id: run.id, status: Not(MatchRunStatus.DONE) },
      { status: MatchRunStatus.RUNNING, startedAt: new Date(), error: null, attempts: run.attempts + 1 },
    );
    try {
      await this.solveAndStore(run);
      return 'done';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ msg: 'match run failed', runId, err: error });
      await runs.update(
        { id: run.id, status: Not(MatchRunStatus.DONE) },
        { status: MatchRunStatus.FAILED, error: message.slice(0, 2000), finishedAt: new Date() },
      );
      throw error;
    }
  }

  private async solveAndStore(run: MatchRunEntity): Promise<void> {
    // Waiting time and open periods are measured against the day the run was asked for, so that the
    // same data gives the same proposals however often (or late) the job runs.
    const referenceDate = dutchDay(run.createdAt);
    const loaded = await this.loadInstance(run.province, referenceDate);
    const started = performance.now();
    const solution = solveMatching(loaded.instance);
    const solveMs = Math.round(performance.now() - started);
    if (solution.matchedSessions !== solution.upperBound || !solution.scoreOptimal) {
      throw new Error('the solver could not certify its optimum');
    }

    const proposals = solution.assignments.map((assignment, ordinal) => {
      const request = loaded.requests[assignment.request];
      const supply = loaded.supplies[assignment.supply];
      const solverRequest = loaded.instance.requests[assignment.request];
      return {
        runId: run.id,
        ordinal,
        requestId: request.id,
        supplyId: supply.id,
        requestRevision: request.revision,
        supplyRevision: supply.revision,
        sessions: assignment.sessions,
        distanceKm: Math.round(assignment.distanceKm * 10) / 10,
        score: assignment.score,
        reasons: proposalReasons({
          type: request.type,
          requestLevels: request.levels,
          supplyLevels: supply.levels,
          requestThemes: request.themes,
          sharedThemes: assignment.themeOverlap,
          distanceKm: assignment.distanceKm,
          maxTravelKm: supply.max_travel_km,
          hadActivityThisYear: solverRequest.hadActivityThisYear,
          waitingDays: solverRequest.waitingDays,
          periodStart: new Date(Math.max(request.period_start.getTime(), supply.period_start.getTime())),
          periodEnd: new Date(Math.min(request.period_end.getTime(), supply.period_end.getTime())),
          sessions: assignment.sessions,
          sessionsWanted: request.remaining,
        }),
        status: ProposalStatus.PROPOSED,
      };
    });

    await Tx.run(this.dataSource, async (tx) => {
      const locked = await tx.manager
        .getRepository(MatchRunEntity)
        .findOne({ where: { id: run.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status === MatchRunStatus.DONE) return;
      await tx.manager.getRepository(MatchProposalEntity).delete({ runId: run.id });
      for (let i = 0; i < proposals.length; i += INSERT_CHUNK) {
        await tx.manager
          .createQueryBuilder()
          .insert()
          .into(MatchProposalEntity)
          .values(proposals.slice(i, i + INSERT_CHUNK))
          .execute();
      }
      await tx.manager.getRepository(MatchRunEntity).update(run.id, {
        status: MatchRunStatus.DONE,
        demandSessions: solution.demandSessions,
        supplySessions: solution.supplySessions,
        matchedSessions: solution.matchedSessions,
        upperBound: solution.upperBound,
        totalScore: solution.totalScore,
        candidatePairs: solution.candidatePairs,
        requestCount: loaded.requests.length,
        supplyCount: solution.servableSupplies,
        solver: SOLVER,
        solveMs,
        referenceDate,
        error: null,
        finishedAt: new Date(),
      });
    });
    logger.log({
      msg: 'match run done',
      runId: run.id,
      province: run.province,
      matched: solution.matchedSessions,
      bound: solution.upperBound,
      pairs: solution.candidatePairs,
      solveMs,
    });
  }

  /**
   * The open demand of the province's schools and every open supply of an approved company that could
   * reach it (the solver filters by distance), both in a fixed order so that runs are reproducible.
   */
  private async loadInstance(province: Province, referenceDate: string) {
    const requests = await this.dataSource.query<RequestRow[]>(
      `SELECT r.id, r.school_id, r.type, r.levels, r.themes, r.sessions - r.sessions_used AS remaining,
              r.period_start, r.period_end, r.created_at, r.revision, s.lat, s.lon
         FROM school_requests r JOIN schools s ON s.id = r.school_id
        WHERE s.province = $1 AND r.status = '${SchoolRequestStatus.OPEN}' AND r.sessions_used < r.sessions
          AND r.period_end >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'
        ORDER BY r.created_at, r.id`,
      [province, referenceDate],
    );
    const types = [...new Set(requests.map((r) => r.type))];
    const supplies =
      types.length === 0
        ? []
        : await this.dataSource.query<SupplyRow[]>(
            `SELECT o.id, o.type, o.levels, o.themes, o.sessions - o.sessions_used AS remaining,
                    o.period_start, o.period_end, o.max_travel_km, o.revision, l.lat, l.lon
               FROM supply_offers o
               JOIN company_locations l ON l.id = o.location_id
               JOIN companies c ON c.id = l.company_id
              WHERE o.status = '${SupplyOfferStatus.OPEN}' AND o.sessions_used < o.sessions AND c.approved
                AND o.type = ANY($1)
                AND o.period_end >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'
              ORDER BY o.created_at, o.id`,
            [types, referenceDate],
          );
    const schoolIds = [...new Set(requests.map((r) => r.school_id))];
    // A school "had an activity" in a school year when it has an accepted or completed booking dated in it.
    const active = new Set<string>();
    if (schoolIds.length > 0) {
      const rows = await this.dataSource.query<Array<{ school_id: string; day: Date }>>(
        `SELECT DISTINCT b.school_id, COALESCE(b.preferred_date, a.starts_at, b.created_at) AS day
           FROM bookings b JOIN activities a ON a.id = b.activity_id
          WHERE b.school_id = ANY($1) AND b.status IN ('${BookingStatus.ACCEPTED}', '${BookingStatus.COMPLETED}')`,
        [schoolIds],
      );
      for (const row of rows) active.add(`${row.school_id}|${schoolYearOf(row.day)}`);
    }
    const excludedPairs = new Set<string>();
    if (requests.length > 0) {
      const rows = await this.dataSource.query<Array<{ request_id: string; supply_id: string }>>(
        `SELECT DISTINCT request_id, supply_id FROM match_proposals
          WHERE status = '${ProposalStatus.REJECTED}' AND request_id = ANY($1)`,
        [requests.map((r) => r.id)],
      );
      for (const row of rows) excludedPairs.add(`${row.request_id}|${row.supply_id}`);
    }
    const solverRequests: SolverRequest[] = requests.map((r) => ({
      id: r.id,
      lat: r.lat,
      lon: r.lon,
      type: r.type,
      levels: r.levels,
      themes: r.themes,
      sessions: r.remaining,
      periodStart: r.period_start.getTime(),
      periodEnd: r.period_end.getTime(),
      waitingDays: Math.max(0, daysBetween(dutchDay(r.created_at), referenceDate)),
      hadActivityThisYear: active.has(`${r.school_id}|${schoolYearOfDay(dutchDay(r.period_start))}`),
    }));
    const solverSupplies: SolverSupply[] = supplies.map((s) => ({
      id: s.id,
      lat: s.lat,
      lon: s.lon,
      type: s.type,
      levels: s.levels,
      themes: s.themes,
      sessions: s.remaining,
      periodStart: s.period_start.getTime(),
      periodEnd: s.period_end.getTime(),
      maxTravelKm: s.max_travel_km,
    }));
    return {
      requests,
      supplies,
      instance: { requests: solverRequests, supplies: solverSupplies, excludedPairs },
    };
  }
}
