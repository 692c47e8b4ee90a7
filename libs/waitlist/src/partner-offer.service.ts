import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { durationToMs, EnvironmentVariables } from '@app/config';
import type { Programme } from '@app/core';
import { inTransaction } from '@app/database';
import { NotificationService, type NotificationDraft } from '@app/notifications';
import { JOB_DEFINITIONS, JobName, JobProducer } from '@app/queue';
import {
  OfferStatus,
  REMINDER_BEFORE_MS,
  REOFFER_COOLDOWN_DAYS,
  SYSTEM,
  WaitlistEventKind,
  type EventActor,
} from './waitlist.domain';
import { preparedRows, rowsOf } from './sql';

export type AfterCommit = (fn: () => Promise<unknown>) => void;

/** A capacity row locked for the rest of the transaction, with what offers need to know of its location. */
export interface LockedCapacity {
  locationId: string;
  programme: Programme;
  slots: number;
  partnerDistanceKm: number;
  lat: number;
  lon: number;
  locationName: string;
  city: string;
  companyId: string;
  companyName: string;
}

export interface Usage {
  placed: number;
  pending: number;
}

interface OfferRow {
  id: string;
  entry_id: string;
  location_id: string;
  programme: Programme;
  status: OfferStatus;
  expires_at: Date;
  due: boolean;
}

/** What one reconcile pass found and did. */
export interface ReconcileReport {
  expired: number;
  reminded: number;
  repaired: number;
  offered: number;
  locationsWithFreeSlots: number;
}

// As haversineKm in @app/core, so that SQL and code agree on distances.
const EARTH_RADIUS_KM = 6371.0088;

const PROGRAMME_NAMES: Record<string, string> = { JET_NET: 'Jet-Net', JET_NET_JUNIOR: 'Jet-Net Junior' };

const dutchDate = (date: Date) =>
  date.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/**
 * The waiting-list engine: makes offers for free slots, closes offers, sends reminders and reconciles.
 *
 * Lock order, everywhere: the capacity row of (location, programme), then the entry, then the offer. Every
 * transaction that creates or decides a PENDING offer, or places a school, holds the capacity row first.
 */
@Injectable()
export class PartnerOfferService {
  private readonly logger = new Logger(PartnerOfferService.name);
  /** How long an offer stays open (`WAITLIST_OFFER_TTL`). */
  readonly offerTtlMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly jobs: JobProducer,
    env: EnvironmentVariables,
  ) {
    this.offerTtlMs = durationToMs(env.WAITLIST_OFFER_TTL);
  }

  /** Locks the capacity row of (location, programme) for the rest of the transaction; null when none. */
  async lockCapacity(
    manager: EntityManager,
    locationId: string,
    programme: Programme,
  ): Promise<LockedCapacity | null> {
    const rows = await preparedRows<LockedCapacity>(
      manager,
      'waitlist_lock_capacity',
      `SELECT c.location_id AS "locationId", c.programme, c.slots, c.partner_distance_km AS "partnerDistanceKm",
              l.lat, l.lon, l.name AS "locationName", l.city, l.company_id AS "companyId",
              co.name AS "companyName"
         FROM partner_capacity c
         JOIN company_locations l ON l.id = c.location_id
         JOIN companies co ON co.id = l.company_id
        WHERE c.location_id = $1 AND c.programme = $2
          FOR NO KEY UPDATE OF c`,
      [locationId, programme],
    );
    return rows[0] ?? null;
  }

  /** Placed schools and pending offers at (location, programme). */
  async usage(manager: EntityManager, locationId: string, programme: Programme): Promise<Usage> {
    const [row] = await manager.query<Usage[]>(
      `SELECT (SELECT count(*) FROM waitlist_entries
                WHERE placed_location_id = $1 AND programme = $2 AND status = 'PLACED')::int AS placed,
              (SELECT count(*) FROM partner_offers
                WHERE location_id = $1 AND programme = $2 AND status = 'PENDING')::int AS pending`,
      [locationId, programme],
    );
    return row;
  }

  async addEvents(
    manager: EntityManager,
    events: Array<{
      entryId: string;
      kind: WaitlistEventKind;
      actor: EventActor;
      note?: string | null;
      offerId?: string | null;
      locationId?: string | null;
    }>,
  ): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO waitlist_events (entry_id, kind, actor_user_id, actor_role, note, offer_id, location_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::uuid[])`,
      [
        events.map((e) => e.entryId),
        events.map((e) => e.kind),
        events.map((e) => e.actor.userId),
        events.map((e) => e.actor.role),
        events.map((e) => e.note ?? null),
        events.map((e) => e.offerId ?? null),
        events.map((e) => e.locationId ?? null),
      ],
    );
  }

  /** Notifies every teacher of each school: stored now, e-mailed after commit. */
  async notifySchools(
    manager: EntityManager,
    afterCommit: AfterCommit,
    messages: Array<{ schoolId: string; kind: string; subject: string; body: string }>,
  ): Promise<void> {
    if (messages.length === 0) return;
    const teachers = await manager.query<Array<{ id: string; school_id: string }>>(
      `SELECT id, school_id FROM users WHERE role = 'TEACHER' AND school_id = ANY($1::uuid[])`,
      [[...new Set(messages.map((m) => m.schoolId))]],
    );
    const drafts: NotificationDraft[] = [];
    for (const message of messages) {
      for (const teacher of teachers) {
        if (teacher.school_id !== message.schoolId) continue;
        drafts.push({ userId: teacher.id, kind: message.kind, subject: message.subject, body: message.body });
      }
    }
    await this.notifications.notify(manager, afterCommit, drafts);
  }

  /** Notifies the contacts of a company. */
  async notifyCompany(
    manager: EntityManager,
    afterCommit: AfterCommit,
    companyId: string,
    kind: string,
    subject: string,
    body: string,
  ): Promise<void> {
    const contacts = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM users WHERE role = 'COMPANY' AND company_id = $1`,
      [companyId],
    );
    await this.notifications.notify(
      manager,
      afterCommit,
      contacts.map((contact) => ({ userId: contact.id, kind, subject, body })),
    );
  }

  /** Asks the worker to fill the free slots of (location, programme); deduplicated while one waits. */
  enqueueOfferFreeSlots(locationId: string, programme: Programme): Promise<void> {
    return this.jobs.enqueue(
      JobName.WaitlistOfferFreeSlots,
      { locationId, programme },
      { deduplication: { id: `offer:${locationId}:${programme}`, keepLastIfActive: true } },
    );
  }

  /**
   * Offers every free slot of the locked capacity (slots − placed − pending, counted now) to the first eligible
   * WAITING schools: same programme, within the partner distance, no offer of this location declined or let expire
   * recently; in list order (priority high first, then joining time, then id). Entries locked by someone else are
   * skipped, not waited for. One statement picks, offers, marks and logs; the caller holds the capacity row.
   */
  async makeOffers(manager: EntityManager, afterCommit: AfterCommit, cap: LockedCapacity): Promise<number> {
    // A latitude/longitude box first (plain comparisons), the exact great-circle distance only inside it: the list
    // is walked in its order and the walk stops at the free slots, instead of sorting every school in range.
    const km = cap.partnerDistanceKm;
    const dLat = km / 111.2;
    const dLon = km / (111.2 * Math.max(0.01, Math.cos((cap.lat * Math.PI) / 180)));
    const place = `${cap.companyName} (${cap.locationName}, ${cap.city})`;
    const offers = await preparedRows<{
      id: string;
      entry_id: string;
      expires_at: Date;
      school_id: string;
      teacher_ids: string[];
    }>(
      manager,
      'waitlist_make_offers',
      `WITH chosen AS (
         SELECT e.id AS entry_id, e.school_id
           FROM waitlist_entries e
           JOIN schools s ON s.id = e.school_id
          WHERE e.programme = $1 AND e.status = 'WAITING'
            AND s.lat BETWEEN $2::float8 - $5::float8 AND $2::float8 + $5::float8
            AND s.lon BETWEEN $3::float8 - $6::float8 AND $3::float8 + $6::float8
            AND 2 * ${EARTH_RADIUS_KM} * asin(sqrt(power(sin(radians(s.lat - $2::float8) / 2), 2)
                  + cos(radians($2::float8)) * cos(radians(s.lat)) * power(sin(radians(s.lon - $3::float8) / 2), 2)))
                <= $4::float8
            AND NOT EXISTS (
                  SELECT 1 FROM partner_offers o
                   WHERE o.entry_id = e.id AND o.location_id = $7
                     AND o.status IN ('DECLINED', 'EXPIRED')
                     AND o.decided_at > now() - make_interval(days => $8))
          ORDER BY e.priority DESC, e.joined_at, e.id
          LIMIT greatest(0,
                  (SELECT slots FROM partner_capacity WHERE location_id = $7 AND programme = $1)
                  - (SELECT count(*) FROM waitlist_entries
                      WHERE placed_location_id = $7 AND programme = $1 AND status = 'PLACED')
                  - (SELECT count(*) FROM partner_offers
                      WHERE location_id = $7 AND programme = $1 AND status = 'PENDING'))
            FOR NO KEY UPDATE OF e SKIP LOCKED),
       made AS (
         INSERT INTO partner_offers (entry_id, location_id, programme, status, created_at, expires_at)
         SELECT entry_id, $7, $1, 'PENDING', clock_timestamp(),
                clock_timestamp() + make_interval(secs => $9::float8 / 1000)
           FROM chosen
         RETURNING id, entry_id, expires_at),
       marked AS (
         UPDATE waitlist_entries e SET status = 'OFFERED', updated_at = now()
          WHERE e.id = ANY (ARRAY(SELECT entry_id FROM chosen))
         RETURNING e.id),
       logged AS (
         INSERT INTO waitlist_events (entry_id, kind, actor_role, note, offer_id, location_id)
         SELECT entry_id, 'OFFERED', 'SYSTEM',
                $10 || to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), id, $7
           FROM made)
       SELECT m.id, m.entry_id, m.expires_at, c.school_id,
              ARRAY(SELECT u.id FROM users u WHERE u.school_id = c.school_id AND u.role = 'TEACHER') AS teacher_ids
         FROM made m JOIN chosen c ON c.entry_id = m.entry_id`,
      [
        cap.programme,
        cap.lat,
        cap.lon,
        km,
        dLat,
        dLon,
        cap.locationId,
        REOFFER_COOLDOWN_DAYS,
        this.offerTtlMs,
        `Partner place offered by ${place}, open until `,
      ],
    );
    if (offers.length === 0) return 0;
    const programmeName = PROGRAMME_NAMES[cap.programme] ?? cap.programme;
    const drafts: NotificationDraft[] = offers.flatMap((offer) =>
      offer.teacher_ids.map((userId) => ({
        userId,
        kind: 'WAITLIST_OFFER',
        subject: `Aanbod: ${programmeName}-partner ${cap.companyName}`,
        body:
          `${place} biedt uw school een plaats als ${programmeName}-partner aan. ` +
          `Het aanbod staat open tot ${dutchDate(offer.expires_at)}; neem het aan of wijs het af in TechMatch.`,
      })),
    );
    await this.notifications.notify(manager, afterCommit, drafts);
    afterCommit(() => this.scheduleOfferJobs(offers.map((offer) => offer.id)));
    return offers.length;
  }

  // The expiry job fires at the end of the TTL; the reminder two days before it (none for shorter TTLs).
  // One round trip to Redis for all of them.
  private async scheduleOfferJobs(offerIds: string[]): Promise<void> {
    const remindAfter = this.offerTtlMs - REMINDER_BEFORE_MS;
    const job = <N extends JobName.WaitlistExpireOffer | JobName.WaitlistRemindOffer>(
      name: N,
      offerId: string,
      delay: number,
    ) => ({ name, data: { offerId }, opts: { ...JOB_DEFINITIONS[name].options, delay } });
    await this.jobs
      .queueFor(JobName.WaitlistExpireOffer)
      .addBulk(
        offerIds.flatMap((offerId) => [
          job(JobName.WaitlistExpireOffer, offerId, this.offerTtlMs),
          ...(remindAfter >= 0 ? [job(JobName.WaitlistRemindOffer, offerId, remindAfter)] : []),
        ]),
      );
  }

  /**
   * Closes a PENDING offer as DECLINED, EXPIRED or REVOKED and puts the entry back to WAITING with its place kept
   * (joined_at is untouched). The caller holds the capacity row and the entry. False when it was not pending.
   */
  async closeOffer(
    manager: EntityManager,
    afterCommit: AfterCommit,
    offerId: string,
    to: OfferStatus.DECLINED | OfferStatus.EXPIRED | OfferStatus.REVOKED,
    actor: EventActor,
    note: string,
    options: { refill: boolean; notify: boolean },
  ): Promise<boolean> {
    const rows = await rowsOf<{ entry_id: string; location_id: string; programme: Programme }>(
      manager,
      `UPDATE partner_offers SET status = $2, decided_at = now()
        WHERE id = $1 AND status = 'PENDING'
       RETURNING entry_id, location_id, programme`,
      [offerId, to],
    );
    const offer = rows[0];
    if (!offer) return false;
    const [entry] = await rowsOf<{ school_id: string }>(
      manager,
      `UPDATE waitlist_entries SET status = 'WAITING', updated_at = now()
        WHERE id = $1 AND status = 'OFFERED'
       RETURNING school_id`,
      [offer.entry_id],
    );
    const kind = {
      [OfferStatus.DECLINED]: WaitlistEventKind.OFFER_DECLINED,
      [OfferStatus.EXPIRED]: WaitlistEventKind.OFFER_EXPIRED,
      [OfferStatus.REVOKED]: WaitlistEventKind.OFFER_REVOKED,
    }[to];
    await this.addEvents(manager, [
      { entryId: offer.entry_id, kind, actor, note, offerId, locationId: offer.location_id },
    ]);
    if (options.notify && entry) {
      const programmeName = PROGRAMME_NAMES[offer.programme] ?? offer.programme;
      await this.notifySchools(manager, afterCommit, [
        to === OfferStatus.EXPIRED
          ? {
              schoolId: entry.school_id,
              kind: 'WAITLIST_OFFER_EXPIRED',
              subject: `Aanbod ${programmeName}-partner verlopen`,
              body:
                `Het aanbod van een ${programmeName}-partner is verlopen zonder antwoord. ` +
                'Uw school houdt haar plaats op de wachtlijst.',
            }
          : {
              schoolId: entry.school_id,
              kind: 'WAITLIST_OFFER_REVOKED',
              subject: `Aanbod ${programmeName}-partner ingetrokken`,
              body: `Het aanbod van een ${programmeName}-partner is ingetrokken (${note}). Uw school houdt haar plaats op de wachtlijst.`,
            },
      ]);
    }
    if (options.refill) afterCommit(() => this.enqueueOfferFreeSlots(offer.location_id, offer.programme));
    return true;
  }

  /** Job: fill every free slot of (location, programme). Idempotent: with no free slot it does nothing. */
  async offerFreeSlots(locationId: string, programme: Programme): Promise<number> {
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const cap = await this.lockCapacity(manager, locationId, programme);
      return cap ? this.makeOffers(manager, afterCommit, cap) : 0;
    });
  }

  private async readOffer(manager: EntityManager, offerId: string, lock: boolean): Promise<OfferRow | null> {
    const rows = await manager.query<OfferRow[]>(
      `SELECT id, entry_id, location_id, programme, status, expires_at, expires_at <= now() AS due
         FROM partner_offers WHERE id = $1 ${lock ? 'FOR NO KEY UPDATE' : ''}`,
      [offerId],
    );
    return rows[0] ?? null;
  }

  /**
   * Job: expire an offer whose time is up; the entry keeps its place and the slot goes to the next school.
   * Idempotent: an offer already decided is skipped; one not yet due is scheduled again.
   */
  async expireOffer(offerId: string): Promise<'expired' | 'skipped' | 'not-due'> {
    const result = await inTransaction(this.dataSource, async (manager, afterCommit) => {
      const seen = await this.readOffer(manager, offerId, false);
      if (!seen || seen.status !== OfferStatus.PENDING) return 'skipped' as const;
      await this.lockCapacity(manager, seen.location_id, seen.programme);
      await manager.query(`SELECT 1 FROM waitlist_entries WHERE id = $1 FOR NO KEY UPDATE`, [seen.entry_id]);
      const offer = await this.readOffer(manager, offerId, true);
      if (!offer || offer.status !== OfferStatus.PENDING) return 'skipped' as const;
      if (!offer.due) return 'not-due' as const;
      await this.closeOffer(
        manager,
        afterCommit,
        offerId,
        OfferStatus.EXPIRED,
        SYSTEM,
        'The offer expired without an answer',
        { refill: true, notify: true },
      );
      return 'expired' as const;
    });
    if (result === 'not-due') {
      const offer = await this.readOffer(this.dataSource.manager, offerId, false);
      if (offer) {
        const delay = Math.max(50, offer.expires_at.getTime() - Date.now() + 50);
        await this.jobs.enqueue(JobName.WaitlistExpireOffer, { offerId }, { delay });
      }
    }
    return result;
  }

  /** Job: remind the school two days before its offer expires. Idempotent through `reminded_at`. */
  async remindOffer(offerId: string): Promise<'reminded' | 'skipped'> {
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const rows = await rowsOf<{
        entry_id: string;
        location_id: string;
        programme: string;
        expires_at: Date;
      }>(
        manager,
        `UPDATE partner_offers SET reminded_at = now()
          WHERE id = $1 AND status = 'PENDING' AND reminded_at IS NULL AND expires_at > now()
         RETURNING entry_id, location_id, programme, expires_at`,
        [offerId],
      );
      const offer = rows[0];
      if (!offer) return 'skipped';
      const [entry] = await manager.query<Array<{ school_id: string }>>(
        `SELECT school_id FROM waitlist_entries WHERE id = $1`,
        [offer.entry_id],
      );
      await this.addEvents(manager, [
        {
          entryId: offer.entry_id,
          kind: WaitlistEventKind.OFFER_REMINDER_SENT,
          actor: SYSTEM,
          note: `Reminder: the offer expires at ${offer.expires_at.toISOString()}`,
          offerId,
          locationId: offer.location_id,
        },
      ]);
      const programmeName = PROGRAMME_NAMES[offer.programme] ?? offer.programme;
      await this.notifySchools(manager, afterCommit, [
        {
          schoolId: entry.school_id,
          kind: 'WAITLIST_OFFER_REMINDER',
          subject: `Herinnering: aanbod ${programmeName}-partner`,
          body: `Het aanbod van een ${programmeName}-partner verloopt op ${dutchDate(offer.expires_at)}. Neem het aan of wijs het af in TechMatch.`,
        },
      ]);
      return 'reminded';
    });
  }

  /**
   * The database is the truth, the queue the trigger: finds overdue offers, due reminders, entries out of step
   * and free slots without a pending offer, and acts on each. Safe to run at any time, by any number of workers.
   */
  async reconcile(): Promise<ReconcileReport> {
    const report: ReconcileReport = {
      expired: 0,
      reminded: 0,
      repaired: 0,
      offered: 0,
      locationsWithFreeSlots: 0,
    };
    const overdue = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM partner_offers WHERE status = 'PENDING' AND expires_at <= now() ORDER BY expires_at`,
    );
    for (const { id } of overdue) {
      if ((await this.expireOffer(id)) === 'expired') report.expired += 1;
    }
    const dueReminders = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM partner_offers
        WHERE status = 'PENDING' AND reminded_at IS NULL AND expires_at > now()
          AND expires_at - created_at >= make_interval(secs => $1::double precision / 1000)
          AND expires_at - make_interval(secs => $1::double precision / 1000) <= now()`,
      [REMINDER_BEFORE_MS],
    );
    for (const { id } of dueReminders) {
      if ((await this.remindOffer(id)) === 'reminded') report.reminded += 1;
    }
    report.repaired = await this.repairEntries();
    const free = await this.dataSource.query<Array<{ location_id: string; programme: Programme }>>(
      `SELECT c.location_id, c.programme
         FROM partner_capacity c
        WHERE c.slots > (SELECT count(*) FROM waitlist_entries e
                          WHERE e.placed_location_id = c.location_id AND e.programme = c.programme
                            AND e.status = 'PLACED')
                      + (SELECT count(*) FROM partner_offers o
                          WHERE o.location_id = c.location_id AND o.programme = c.programme
                            AND o.status = 'PENDING')`,
    );
    report.locationsWithFreeSlots = free.length;
    for (const row of free) report.offered += await this.offerFreeSlots(row.location_id, row.programme);
    if (report.expired + report.reminded + report.repaired + report.offered > 0) {
      this.logger.log({ msg: 'waitlist reconciled', ...report });
    }
    return report;
  }

  // An OFFERED entry must have exactly one pending offer. Transactions keep that so; should anything ever break
  // it, the entry goes back to WAITING (it keeps its place) and the audit trail says so.
  private async repairEntries(): Promise<number> {
    const stray = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT e.id FROM waitlist_entries e
        WHERE e.status = 'OFFERED'
          AND NOT EXISTS (SELECT 1 FROM partner_offers o WHERE o.entry_id = e.id AND o.status = 'PENDING')`,
    );
    let repaired = 0;
    for (const { id } of stray) {
      repaired += await inTransaction(this.dataSource, async (manager) => {
        const rows = await rowsOf<{ id: string }>(
          manager,
          `UPDATE waitlist_entries e SET status = 'WAITING', updated_at = now()
            WHERE e.id = $1 AND e.status = 'OFFERED'
              AND NOT EXISTS (SELECT 1 FROM partner_offers o WHERE o.entry_id = e.id AND o.status = 'PENDING')
           RETURNING e.id`,
          [id],
        );
        if (rows.length === 0) return 0;
        this.logger.warn({ msg: 'waitlist entry was OFFERED without a pending offer; back to WAITING', id });
        await this.addEvents(manager, [
          {
            entryId: id,
            kind: WaitlistEventKind.REPAIRED,
            actor: SYSTEM,
            note: 'Offered without a pending offer; back to waiting with its place kept',
          },
        ]);
        return 1;
      });
    }
    return repaired;
  }
}
