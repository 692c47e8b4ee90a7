import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { durationToMs, EnvironmentVariables } from '@app/config';
import { type Programme } from '@app/core';
import { committed, inTransaction } from '@app/database';
import { NotificationService, type NotificationDraft } from '@app/notifications';
import { JobName, JobProducer, type BulkJob } from '@app/queue';
import {
  OFFER_BATCH,
  OFFER_DRAIN_MS,
  OfferStatus,
  REMINDER_BEFORE_MS,
  REOFFER_COOLDOWN_DAYS,
  SYSTEM,
  WAITLIST_PROGRAMMES,
  WaitlistEventKind,
  type EventActor,
} from './waitlist.domain';
import { assign, OpenSlots, type WaitingEntry } from './offer-assignment';
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
  /** Offers are requested here and not yet made (see `requestOffers`). */
  offersRequested: boolean;
}

// A capacity row with its location and company, as `LockedCapacity`; the caller adds WHERE and the lock.
const SELECT_LOCKED_CAPACITY = `SELECT c.location_id AS "locationId", c.programme, c.slots,
  c.partner_distance_km AS "partnerDistanceKm", l.lat, l.lon, l.name AS "locationName", l.city,
  l.company_id AS "companyId", co.name AS "companyName", c.offers_requested_at IS NOT NULL AS "offersRequested"
  FROM partner_capacity c
  JOIN company_locations l ON l.id = c.location_id
  JOIN companies co ON co.id = l.company_id`;

/** Locked capacity rows with their free slots and the entries that refused them recently (`makeOffers`). */
export type OfferBatch = Array<{ cap: LockedCapacity; free: number; refused: string[] }>;

const placeOf = (cap: LockedCapacity) => `${cap.companyName} (${cap.locationName}, ${cap.city})`;

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

const PROGRAMME_NAMES: Record<string, string> = { JET_NET: 'Jet-Net', JET_NET_JUNIOR: 'Jet-Net Junior' };

// One formatter for all (toLocaleString builds a new one on every call, about 50 µs each).
const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const dutchDate = (date: Date) => DUTCH_DATE.format(date);

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
      `${SELECT_LOCKED_CAPACITY}
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

  /**
   * Marks (location, programme) as having a slot that may be free, in the caller's transaction (which holds the
   * capacity row); the offer job claims the mark. Call `enqueueOfferFreeSlots` after commit.
   */
  async requestOffers(manager: EntityManager, locationId: string, programme: Programme): Promise<void> {
    await manager.query(
      `UPDATE partner_capacity SET offers_requested_at = coalesce(offers_requested_at, now())
        WHERE location_id = $1 AND programme = $2`,
      [locationId, programme],
    );
  }

  /**
   * Asks the worker to make the offers requested with `requestOffers`. One deduplicated job per programme (each
   * has its own waiting list, so two jobs never compete for a school): at most one runs and one waits, and the
   * one that runs makes every requested offer of the programme, not only this location's.
   */
  enqueueOfferFreeSlots(programme: Programme): Promise<void> {
    return this.jobs.enqueue(
      JobName.WaitlistOfferFreeSlots,
      { programme },
      { deduplication: { id: `offer-free-slots:${programme}`, keepLastIfActive: true } },
    );
  }

  /**
   * Job: makes the requested offers of `programme` (of every programme when absent), in batches of at most
   * `OFFER_BATCH` offers, one transaction each, until no request is left that another transaction does not hold.
   * Idempotent: a request without a free slot or an eligible school just clears. Returns the offers made.
   */
  async offerFreeSlots(programme?: Programme): Promise<number> {
    const started = Date.now();
    let made = 0;
    // The next batch starts as soon as one commits; its expiry, reminder and e-mail jobs are enqueued meanwhile
    // (in order, one batch's after the other's).
    let enqueued: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        const { result: batch, afterCommit } = await committed(this.dataSource, (manager, later) =>
          this.offerBatch(manager, later, programme ?? null),
        );
        enqueued = enqueued.then(afterCommit);
        made += batch.offers;
        if (batch.claimed === 0) return made;
        if (Date.now() - started > OFFER_DRAIN_MS) {
          // Hand over rather than run for ever under a stream of requests; the next job starts where this ends.
          for (const each of programme ? [programme] : WAITLIST_PROGRAMMES)
            await this.enqueueOfferFreeSlots(each);
          return made;
        }
      }
    } finally {
      await enqueued;
    }
  }

  /**
   * One batch: claims requested capacity rows nobody else holds (oldest request first), counts their free slots
   * and offers them with `makeOffers`. The claimed rows beyond `OFFER_BATCH` offers stay requested.
   */
  private async offerBatch(
    manager: EntityManager,
    afterCommit: AfterCommit,
    programme: Programme | null,
  ): Promise<{ claimed: number; offers: number }> {
    const claimed = await preparedRows<LockedCapacity>(
      manager,
      'waitlist_claim_requests',
      `${SELECT_LOCKED_CAPACITY}
        WHERE c.offers_requested_at IS NOT NULL AND ($2::text IS NULL OR c.programme = $2)
        ORDER BY c.offers_requested_at, c.location_id, c.programme
        LIMIT $1
          FOR NO KEY UPDATE OF c SKIP LOCKED`,
      [OFFER_BATCH, programme],
    );
    if (claimed.length === 0) return { claimed: 0, offers: 0 };
    // Counted after the rows are locked, so that no commitment can change under us; in the same statement the
    // marks are cleared and who refused these locations recently is read.
    const rows = await preparedRows<Usage & { location_id: string; programme: string; refused: string[] }>(
      manager,
      'waitlist_take_requests',
      `UPDATE partner_capacity c SET offers_requested_at = NULL
         FROM unnest($1::uuid[], $2::text[]) AS t(location_id, programme)
        WHERE c.location_id = t.location_id AND c.programme = t.programme
       RETURNING c.location_id, c.programme,
              (SELECT count(*) FROM waitlist_entries e
                WHERE e.placed_location_id = c.location_id AND e.programme = c.programme
                  AND e.status = 'PLACED')::int AS placed,
              (SELECT count(*) FROM partner_offers o
                WHERE o.location_id = c.location_id AND o.programme = c.programme
                  AND o.status = 'PENDING')::int AS pending,
              ARRAY(SELECT o.entry_id FROM partner_offers o
                     WHERE o.location_id = c.location_id AND o.status IN ('DECLINED', 'EXPIRED')
                       AND o.decided_at > now() - make_interval(days => $3)) AS refused`,
      [claimed.map((cap) => cap.locationId), claimed.map((cap) => cap.programme), REOFFER_COOLDOWN_DAYS],
    );
    const usage = new Map(rows.map((row) => [`${row.location_id}:${row.programme}`, row]));
    const taken: OfferBatch = [];
    const left: LockedCapacity[] = [];
    let offers = 0;
    for (const cap of claimed) {
      if (taken.length > 0 && offers >= OFFER_BATCH) {
        left.push(cap);
        continue;
      }
      const row = usage.get(`${cap.locationId}:${cap.programme}`);
      const free = Math.max(0, cap.slots - (row?.placed ?? 0) - (row?.pending ?? 0));
      taken.push({ cap, free, refused: row?.refused ?? [] });
      offers += free;
    }
    // Claimed beyond one batch's offers (locations with many free slots): requested again, for the next batch.
    if (left.length > 0) {
      await manager.query(
        `UPDATE partner_capacity c SET offers_requested_at = now()
           FROM unnest($1::uuid[], $2::text[]) AS t(location_id, programme)
          WHERE c.location_id = t.location_id AND c.programme = t.programme`,
        [left.map((cap) => cap.locationId), left.map((cap) => cap.programme)],
      );
    }
    return { claimed: taken.length, offers: await this.makeOffers(manager, afterCommit, taken) };
  }

  /**
   * Offers the `free` slots of each locked capacity row to eligible WAITING schools: same programme, within the
   * partner distance, no offer of this location declined or let expire recently. The waiting list is walked once
   * per programme in its order (priority high first, then joining time, then id); each school goes to the first
   * location, in request order, that can take it. So no location passes over a school that is still waiting and
   * could take its slot. Entries locked by someone else are skipped, not waited for. The caller holds every row.
   */
  async makeOffers(manager: EntityManager, afterCommit: AfterCommit, batch: OfferBatch): Promise<number> {
    const open = batch.filter((item) => item.free > 0);
    if (open.length === 0) return 0;
    const refused = new Set(
      open.flatMap((item) => item.refused.map((entryId) => `${item.cap.locationId}:${entryId}`)),
    );
    const picked: Array<{ entry: WaitingEntry; cap: LockedCapacity }> = [];
    for (const programme of new Set(open.map((item) => item.cap.programme))) {
      const slots = open
        .filter((item) => item.cap.programme === programme)
        .map((item) => new OpenSlots(item.cap, item.free));
      picked.push(...(await this.pickEntries(manager, programme, slots, refused)));
    }
    if (picked.length === 0) return 0;

    const offers = await preparedRows<{
      id: string;
      entry_id: string;
      expires_at: Date;
      teacher_ids: string;
    }>(
      manager,
      'waitlist_make_offers',
      `WITH picked AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $6::uuid[])
                  WITH ORDINALITY AS p(entry_id, location_id, programme, place, school_id, n)),
       made AS (
         INSERT INTO partner_offers (entry_id, location_id, programme, status, created_at, expires_at)
         SELECT entry_id, location_id, programme, 'PENDING', clock_timestamp(),
                clock_timestamp() + make_interval(secs => $5::float8 / 1000)
           FROM picked ORDER BY n
         RETURNING id, entry_id, location_id, expires_at),
       marked AS (
         UPDATE waitlist_entries e SET status = 'OFFERED', updated_at = now()
          WHERE e.id = ANY ($1::uuid[])
         RETURNING e.id),
       logged AS (
         INSERT INTO waitlist_events (entry_id, kind, actor_role, note, offer_id, location_id)
         SELECT m.entry_id, 'OFFERED', 'SYSTEM',
                'Partner place offered by ' || p.place || ', open until '
                  || to_char(m.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                m.id, m.location_id
           FROM made m JOIN picked p ON p.entry_id = m.entry_id)
       SELECT m.id, m.entry_id, m.expires_at,
              -- As one string: parsing an array per row cost more than the rest of the result.
              array_to_string(ARRAY(SELECT u.id FROM users u WHERE u.school_id = p.school_id AND u.role = 'TEACHER'), ',')
                AS teacher_ids
         FROM made m JOIN picked p ON p.entry_id = m.entry_id`,
      [
        picked.map((p) => p.entry.id),
        picked.map((p) => p.cap.locationId),
        picked.map((p) => p.cap.programme),
        picked.map((p) => placeOf(p.cap)),
        this.offerTtlMs,
        picked.map((p) => p.entry.school_id),
      ],
    );
    const capOf = new Map(picked.map((p) => [p.entry.id, p.cap]));
    const drafts: NotificationDraft[] = offers.flatMap((offer) => {
      const cap = capOf.get(offer.entry_id)!;
      const programmeName = PROGRAMME_NAMES[cap.programme] ?? cap.programme;
      return (offer.teacher_ids ? offer.teacher_ids.split(',') : []).map((userId) => ({
        userId,
        kind: 'WAITLIST_OFFER',
        subject: `Aanbod: ${programmeName}-partner ${cap.companyName}`,
        body:
          `${placeOf(cap)} biedt uw school een plaats als ${programmeName}-partner aan. ` +
          `Het aanbod staat open tot ${dutchDate(offer.expires_at)}; neem het aan of wijs het af in TechMatch.`,
      }));
    });
    // The expiry and reminder jobs first: without them an offer would stay open until the reconcile finds it.
    afterCommit(() => this.scheduleOfferJobs(offers));
    await this.notifications.notify(manager, afterCommit, drafts);
    return offers.length;
  }

  /**
   * Walks the WAITING entries of `programme` in list order, page by page, giving each to the first of `slots` that
   * can take it, and locks the chosen entries (SKIP LOCKED). An entry someone else holds, or that is no longer
   * waiting, is left out and the walk is done again, so that the order stays exact.
   */
  private async pickEntries(
    manager: EntityManager,
    programme: Programme,
    slots: Array<OpenSlots<LockedCapacity>>,
    refused: Set<string>,
  ): Promise<Array<{ entry: WaitingEntry; cap: LockedCapacity }>> {
    const box = {
      minLat: Math.min(...slots.map((slot) => slot.minLat)),
      maxLat: Math.max(...slots.map((slot) => slot.maxLat)),
      minLon: Math.min(...slots.map((slot) => slot.minLon)),
      maxLon: Math.max(...slots.map((slot) => slot.maxLon)),
    };
    const wanted = slots.reduce((sum, slot) => sum + slot.free, 0);
    // A little more than wanted: most of a page's entries find a slot, and each row costs parsing here.
    const pageSize = Math.min(2000, Math.max(100, Math.ceil(1.25 * wanted)));
    const entries: WaitingEntry[] = [];
    let complete = false;
    const skipped = new Set<string>();
    const locked = new Set<string>();
    for (;;) {
      const assignment = assign(slots, entries, skipped, refused);
      if (assignment.open && !complete) {
        const last = entries.at(-1);
        const page = await preparedRows<WaitingEntry>(
          manager,
          'waitlist_waiting_page',
          `SELECT e.id, e.school_id, s.lat, s.lon, e.priority, e.joined_at::text AS joined_at
             FROM waitlist_entries e
             JOIN schools s ON s.id = e.school_id
            WHERE e.programme = $1 AND e.status = 'WAITING'
              AND ($2::int IS NULL OR e.priority < $2
                   OR (e.priority = $2 AND (e.joined_at, e.id) > ($3::timestamptz, $4::uuid)))
              AND s.lat BETWEEN $5::float8 AND $6::float8 AND s.lon BETWEEN $7::float8 AND $8::float8
            ORDER BY e.priority DESC, e.joined_at, e.id
            LIMIT $9`,
          [
            programme,
            last?.priority ?? null,
            last?.joined_at ?? null,
            last?.id ?? null,
            box.minLat,
            box.maxLat,
            box.minLon,
            box.maxLon,
            pageSize,
          ],
        );
        entries.push(...page);
        complete = page.length < pageSize;
        continue;
      }
      const toLock = assignment.picked.filter((p) => !locked.has(p.entry.id)).map((p) => p.entry.id);
      if (toLock.length === 0) return assignment.picked;
      const got = await preparedRows<{ id: string }>(
        manager,
        'waitlist_lock_entries',
        `SELECT id FROM waitlist_entries WHERE id = ANY ($1::uuid[]) AND status = 'WAITING'
          ORDER BY id FOR NO KEY UPDATE SKIP LOCKED`,
        [toLock],
      );
      for (const { id } of got) locked.add(id);
      if (got.length === toLock.length) return assignment.picked;
      for (const id of toLock) if (!locked.has(id)) skipped.add(id);
    }
  }

  // One expiry job for the batch, when its last offer is due, and one reminder job two days before that (none for
  // shorter TTLs): two Redis jobs for up to OFFER_BATCH offers, in one round trip. Both re-read every offer.
  private async scheduleOfferJobs(offers: Array<{ id: string; expires_at: Date }>): Promise<void> {
    if (offers.length === 0) return;
    const payload = { offerIds: offers.map((offer) => offer.id) };
    const due = Math.max(...offers.map((offer) => offer.expires_at.getTime())) - Date.now();
    const jobs: BulkJob[] = [
      { name: JobName.WaitlistExpireOffer, payload, options: { delay: Math.max(0, due) } },
    ];
    if (this.offerTtlMs >= REMINDER_BEFORE_MS) {
      const delay = Math.max(0, due - REMINDER_BEFORE_MS);
      jobs.push({ name: JobName.WaitlistRemindOffer, payload, options: { delay } });
    }
    await this.jobs.enqueueBulk(jobs);
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
    if (options.refill) {
      await this.requestOffers(manager, offer.location_id, offer.programme);
      afterCommit(() => this.enqueueOfferFreeSlots(offer.programme));
    }
    return true;
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
   * Job: expires the offers of a batch whose time is up, each in its own transaction; the entry keeps its place and
   * the slot goes to the next school. Idempotent: an offer already decided (accepted, declined, ...) is skipped;
   * those not yet due get one new job, when the last of them is due. An offer that fails does not stop the others;
   * the job then fails and its retry re-reads them all.
   */
  async expireOffers(offerIds: string[]): Promise<{ expired: number; skipped: number; notDue: number }> {
    const counts = { expired: 0, skipped: 0, notDue: 0 };
    const notDue: string[] = [];
    const failed: unknown[] = [];
    for (const offerId of offerIds) {
      try {
        const result = await this.expireOffer(offerId);
        if (result === 'expired') counts.expired += 1;
        else if (result === 'skipped') counts.skipped += 1;
        else notDue.push(offerId);
      } catch (error: unknown) {
        failed.push(error);
      }
    }
    counts.notDue = notDue.length;
    if (failed.length > 0) {
      // The retry does the not-due ones too; scheduling them here as well would add a job on every attempt.
      throw new Error(
        `${failed.length} of ${offerIds.length} offers could not be expired: ${String(failed[0])}`,
      );
    }
    if (notDue.length > 0) {
      const [{ last }] = await this.dataSource.query<Array<{ last: Date | null }>>(
        `SELECT max(expires_at) AS last FROM partner_offers WHERE id = ANY($1::uuid[]) AND status = 'PENDING'`,
        [notDue],
      );
      if (last) {
        const delay = Math.max(50, last.getTime() - Date.now() + 50);
        await this.jobs.enqueue(JobName.WaitlistExpireOffer, { offerIds: notDue }, { delay });
      }
    }
    return counts;
  }

  /**
   * Expires one offer if it is still PENDING and due, in one transaction. 'not-due' leaves the rescheduling to the
   * caller (`expireOffers`; the reconcile asks only for overdue offers).
   */
  async expireOffer(offerId: string): Promise<'expired' | 'skipped' | 'not-due'> {
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
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
  }

  /**
   * Job: reminds the schools of a batch's offers two days before they expire, in one transaction. Idempotent
   * through `reminded_at`: an offer already reminded, decided or expired is skipped. Returns the reminders sent.
   */
  async remindOffers(offerIds: string[]): Promise<number> {
    if (offerIds.length === 0) return 0;
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const offers = await rowsOf<{
        id: string;
        entry_id: string;
        location_id: string;
        programme: string;
        expires_at: Date;
        school_id: string;
      }>(
        manager,
        `UPDATE partner_offers o SET reminded_at = now()
           FROM waitlist_entries e
          WHERE o.id = ANY($1::uuid[]) AND e.id = o.entry_id
            AND o.status = 'PENDING' AND o.reminded_at IS NULL AND o.expires_at > now()
         RETURNING o.id, o.entry_id, o.location_id, o.programme, o.expires_at, e.school_id`,
        [offerIds],
      );
      if (offers.length === 0) return 0;
      await this.addEvents(
        manager,
        offers.map((offer) => ({
          entryId: offer.entry_id,
          kind: WaitlistEventKind.OFFER_REMINDER_SENT,
          actor: SYSTEM,
          note: `Reminder: the offer expires at ${offer.expires_at.toISOString()}`,
          offerId: offer.id,
          locationId: offer.location_id,
        })),
      );
      await this.notifySchools(
        manager,
        afterCommit,
        offers.map((offer) => {
          const programmeName = PROGRAMME_NAMES[offer.programme] ?? offer.programme;
          return {
            schoolId: offer.school_id,
            kind: 'WAITLIST_OFFER_REMINDER',
            subject: `Herinnering: aanbod ${programmeName}-partner`,
            body: `Het aanbod van een ${programmeName}-partner verloopt op ${dutchDate(offer.expires_at)}. Neem het aan of wijs het af in TechMatch.`,
          };
        }),
      );
      return offers.length;
    });
  }

  /** Reminds the school of one offer (`remindOffers` with one id). */
  async remindOffer(offerId: string): Promise<'reminded' | 'skipped'> {
    return (await this.remindOffers([offerId])) > 0 ? 'reminded' : 'skipped';
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
    for (let i = 0; i < dueReminders.length; i += OFFER_BATCH) {
      report.reminded += await this.remindOffers(dueReminders.slice(i, i + OFFER_BATCH).map((row) => row.id));
    }
    report.repaired = await this.repairEntries();
    // Free slots get their request back (a lost job, or a school that joined since), and the requests are drained
    // here. Rows another transaction holds are left to it, or to the next reconcile.
    const free = await rowsOf<{ location_id: string }>(
      this.dataSource.manager,
      `UPDATE partner_capacity SET offers_requested_at = coalesce(offers_requested_at, now())
        WHERE (location_id, programme) IN (
                SELECT c.location_id, c.programme
                  FROM partner_capacity c
                 WHERE c.slots > (SELECT count(*) FROM waitlist_entries e
                                   WHERE e.placed_location_id = c.location_id AND e.programme = c.programme
                                     AND e.status = 'PLACED')
                               + (SELECT count(*) FROM partner_offers o
                                   WHERE o.location_id = c.location_id AND o.programme = c.programme
                                     AND o.status = 'PENDING')
                   FOR NO KEY UPDATE OF c SKIP LOCKED)
       RETURNING location_id`,
    );
    report.locationsWithFreeSlots = free.length;
    report.offered = await this.offerFreeSlots();
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
