import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Tx } from '@app/database';
import { NotificationService, WaitlistTexts } from '@app/notifications';
import { JobName, JobProducer } from '@app/queue';
import { OfferClosingService } from './offer-closing.service';
import { PartnerCapacityRepository } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistEventRepository } from './repositories/waitlist-event.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import { OFFER_BATCH, OfferStatus, REMINDER_BEFORE_MS, SYSTEM, WaitlistEventKind } from './waitlist.domain';

/** The end of an offer's time: reminders two days before, expiry when it is up. */
@Injectable()
export class OfferExpiryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly closing: OfferClosingService,
    private readonly notifications: NotificationService,
    private readonly jobs: JobProducer,
    private readonly capacities: PartnerCapacityRepository,
    private readonly entries: WaitlistRepository,
    private readonly offers: PartnerOfferRepository,
    private readonly history: WaitlistEventRepository,
  ) {}

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
      const last = await this.offers.lastExpiry(notDue);
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
    return Tx.run(this.dataSource, async (tx) => {
      const seen = await this.offers.read(tx, offerId, false);
      if (!seen || seen.status !== OfferStatus.PENDING) return 'skipped' as const;
      await this.capacities.lock(tx, seen.locationId, seen.programme);
      await this.entries.lockMany(tx, [seen.entryId]);
      const offer = await this.offers.read(tx, offerId, true);
      if (!offer || offer.status !== OfferStatus.PENDING) return 'skipped' as const;
      if (!offer.due) return 'not-due' as const;
      await this.closing.expire(tx, offerId);
      return 'expired' as const;
    });
  }

  /** Expires every overdue offer (a lost expiry job); returns how many. */
  async expireOverdue(): Promise<number> {
    let expired = 0;
    for (const id of await this.offers.overdue()) {
      if ((await this.expireOffer(id)) === 'expired') expired += 1;
    }
    return expired;
  }

  /** Sends every reminder that is due (a lost reminder job), a batch at a time; returns how many. */
  async remindDue(): Promise<number> {
    const due = await this.offers.dueReminders(REMINDER_BEFORE_MS);
    let reminded = 0;
    for (let i = 0; i < due.length; i += OFFER_BATCH) {
      reminded += await this.remindOffers(due.slice(i, i + OFFER_BATCH));
    }
    return reminded;
  }

  /**
   * Job: reminds the schools of a batch's offers two days before they expire, in one transaction. Idempotent
   * through `reminded_at`: an offer already reminded, decided or expired is skipped. Returns the reminders sent.
   */
  async remindOffers(offerIds: string[]): Promise<number> {
    if (offerIds.length === 0) return 0;
    return Tx.run(this.dataSource, async (tx) => {
      const offers = await this.offers.remind(tx, offerIds);
      if (offers.length === 0) return 0;
      await this.history.add(
        tx,
        offers.map((offer) => ({
          entryId: offer.entryId,
          kind: WaitlistEventKind.OFFER_REMINDER_SENT,
          actor: SYSTEM,
          note: `Reminder: the offer expires at ${offer.expiresAt.toISOString()}`,
          offerId: offer.id,
          locationId: offer.locationId,
        })),
      );
      await this.notifications.notifySchools(
        tx,
        offers.map((offer) => ({
          schoolId: offer.schoolId,
          ...WaitlistTexts.reminder(offer.programme, offer.expiresAt),
        })),
      );
      return offers.length;
    });
  }
}
