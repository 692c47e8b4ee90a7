import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { durationToMs, EnvironmentVariables } from '@app/config';
import type { Programme } from '@app/core';
import { Tx } from '@app/database';
import { NotificationService, WaitlistTexts, partnerPlace } from '@app/notifications';
import { JobName, JobProducer, type BulkJob } from '@app/queue';
import { assign, OpenSlots, type WaitingEntry } from './offer-assignment';
import { PartnerCapacityRepository, type LockedCapacity } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import {
  OFFER_BATCH,
  OFFER_DRAIN_MS,
  REMINDER_BEFORE_MS,
  REOFFER_COOLDOWN_DAYS,
  WAITLIST_PROGRAMMES,
} from './waitlist.domain';

/** Locked capacity rows with their free slots and the entries that refused them recently. */
type OfferBatch = Array<{ cap: LockedCapacity; free: number; refused: string[] }>;

/**
 * Makes offers for free slots: a transaction that may free a slot requests offers for its capacity row, and the
 * offer job makes them, walking the waiting list in its order.
 */
@Injectable()
export class OfferMakingService {
  /** How long an offer stays open (`WAITLIST_OFFER_TTL`). */
  readonly offerTtlMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly jobs: JobProducer,
    private readonly capacities: PartnerCapacityRepository,
    private readonly entries: WaitlistRepository,
    private readonly offers: PartnerOfferRepository,
    env: EnvironmentVariables,
  ) {
    this.offerTtlMs = durationToMs(env.WAITLIST_OFFER_TTL);
  }

  /**
   * Marks (location, programme) as having a slot that may be free, in the caller's transaction (which holds the
   * capacity row), and writes the offer job to its job outbox; the job claims the mark.
   */
  async request(tx: Tx, locationId: string, programme: Programme) {
    await this.capacities.request(tx, locationId, programme);
    await this.enqueueIn(tx, programme);
  }

  /** Asks for the offer job of `programme` through the job outbox of `tx` (see `enqueue`). */
  enqueueIn(tx: Tx, programme: Programme): Promise<void> {
    return this.jobs.enqueueIn(tx, [{ name: JobName.WaitlistOfferFreeSlots, ...this.offerJob(programme) }]);
  }

  /**
   * Asks the worker to make the requested offers. One deduplicated job per programme (each has its own waiting
   * list, so two jobs never compete for a school): at most one runs and one waits, and the one that runs makes
   * every requested offer of the programme, not only this location's.
   */
  enqueue(programme: Programme): Promise<void> {
    const { payload, options } = this.offerJob(programme);
    return this.jobs.enqueue(JobName.WaitlistOfferFreeSlots, payload, options);
  }

  private offerJob(programme: Programme) {
    return {
      payload: { programme },
      options: { deduplication: { id: `offer-free-slots:${programme}`, keepLastIfActive: true } },
    };
  }

  /**
   * Job: makes the requested offers of `programme` (of every programme when absent), in batches of at most
   * `OFFER_BATCH` offers, one transaction each, until no request is left that another transaction does not hold.
   * Idempotent: a request without a free slot or an eligible school just clears. Returns the offers made.
   */
  async offerFreeSlots(programme?: Programme): Promise<number> {
    const started = Date.now();
    let made = 0;
    // The next batch starts as soon as one commits; its expiry, reminder and e-mail jobs (written to the job outbox
    // in its transaction) move to Redis meanwhile.
    let enqueued: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        const { result: batch, afterCommit } = await Tx.committed(this.dataSource, (tx) =>
          this.offerBatch(tx, programme ?? null),
        );
        enqueued = enqueued.then(afterCommit);
        made += batch.offers;
        if (batch.claimed === 0) return made;
        if (Date.now() - started > OFFER_DRAIN_MS) {
          // Hand over rather than run for ever under a stream of requests; the next job starts where this ends.
          for (const each of programme ? [programme] : WAITLIST_PROGRAMMES) await this.enqueue(each);
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
    tx: Tx,
    programme: Programme | null,
  ): Promise<{ claimed: number; offers: number }> {
    const claimed = await this.capacities.claimRequested(tx, OFFER_BATCH, programme);
    if (claimed.length === 0) return { claimed: 0, offers: 0 };
    // Counted after the rows are locked, so that no commitment can change under us.
    const rows = await this.capacities.takeRequests(tx, claimed, REOFFER_COOLDOWN_DAYS);
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
      const free = Math.max(0, row?.free ?? 0);
      taken.push({ cap, free, refused: row?.refused ?? [] });
      offers += free;
    }
    // Claimed beyond one batch's offers (locations with many free slots): requested again, for the next batch.
    await this.capacities.requestAgain(tx, left);
    return { claimed: taken.length, offers: await this.makeOffers(tx, taken) };
  }

  /**
   * Offers the `free` slots of each locked capacity row to eligible WAITING schools: same programme, within the
   * partner distance, no offer of this location declined or let expire recently. The waiting list is walked once
   * per programme in its order (priority high first, then joining time, then id); each school goes to the first
   * location, in request order, that can take it. So no location passes over a school that is still waiting and
   * could take its slot. Entries locked by someone else are skipped, not waited for. The caller holds every row.
   */
  private async makeOffers(tx: Tx, batch: OfferBatch): Promise<number> {
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
      picked.push(...(await this.pickEntries(tx, programme, slots, refused)));
    }
    if (picked.length === 0) return 0;

    const offers = await this.offers.create(
      tx,
      picked.map(({ entry, cap }) => ({
        entryId: entry.id,
        schoolId: entry.school_id,
        locationId: cap.locationId,
        programme: cap.programme,
        place: partnerPlace(cap),
      })),
      this.offerTtlMs,
    );
    const picks = new Map(picked.map((p) => [p.entry.id, p]));
    // The expiry and reminder jobs first: without them an offer would stay open until the reconcile finds it.
    await this.scheduleOfferJobs(tx, offers);
    await this.notifications.notifySchools(
      tx,
      offers.map((offer) => {
        const { entry, cap } = picks.get(offer.entry_id)!;
        return { schoolId: entry.school_id, ...WaitlistTexts.offered(cap.programme, cap, offer.expires_at) };
      }),
    );
    return offers.length;
  }

  /**
   * Walks the WAITING entries of `programme` in list order, page by page, giving each to the first of `slots` that
   * can take it, and locks the chosen entries (SKIP LOCKED). An entry someone else holds, or that is no longer
   * waiting, is left out and the walk is done again, so that the order stays exact.
   */
  private async pickEntries(
    tx: Tx,
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
    const limit = Math.min(2000, Math.max(100, Math.ceil(1.25 * wanted)));
    const entries: WaitingEntry[] = [];
    let complete = false;
    const skipped = new Set<string>();
    const locked = new Set<string>();
    for (;;) {
      const assignment = assign(slots, entries, skipped, refused);
      if (assignment.open && !complete) {
        const page = await this.entries.waitingPage(tx, programme, {
          after: entries.at(-1),
          box,
          limit,
        });
        entries.push(...page);
        complete = page.length < limit;
        continue;
      }
      const toLock = assignment.picked.filter((p) => !locked.has(p.entry.id)).map((p) => p.entry.id);
      if (toLock.length === 0) return assignment.picked;
      const got = await this.entries.lockWaiting(tx, toLock);
      for (const id of got) locked.add(id);
      if (got.length === toLock.length) return assignment.picked;
      for (const id of toLock) if (!locked.has(id)) skipped.add(id);
    }
  }

  // One expiry job for the batch, when its last offer is due, and one reminder job two days before that (none for
  // shorter TTLs): two jobs for up to OFFER_BATCH offers, through the job outbox of the offers' transaction (their
  // delays count from now, however long the rows wait for Redis). Both re-read every offer.
  private async scheduleOfferJobs(tx: Tx, offers: Array<{ id: string; expires_at: Date }>): Promise<void> {
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
    await this.jobs.enqueueIn(tx, jobs);
  }
}
