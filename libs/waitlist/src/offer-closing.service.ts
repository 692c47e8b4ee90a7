import { Injectable } from '@nestjs/common';
import type { Tx } from '@app/database';
import { NotificationService, WaitlistTexts } from '@app/notifications';
import { OfferMakingService } from './offer-making.service';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistEventRepository } from './repositories/waitlist-event.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import { OfferStatus, SYSTEM, WaitlistEventKind, type EventActor } from './waitlist.domain';

type Closed = OfferStatus.DECLINED | OfferStatus.EXPIRED | OfferStatus.REVOKED;

const EVENT_OF: Record<Closed, WaitlistEventKind> = {
  [OfferStatus.DECLINED]: WaitlistEventKind.OFFER_DECLINED,
  [OfferStatus.EXPIRED]: WaitlistEventKind.OFFER_EXPIRED,
  [OfferStatus.REVOKED]: WaitlistEventKind.OFFER_REVOKED,
};

/**
 * Closes pending offers without a placement (declined, expired, revoked): the entry goes back to WAITING with its
 * place kept (joined_at is untouched). Every method needs the caller to hold the offer's capacity row and entry,
 * and returns false when the offer was not pending.
 */
@Injectable()
export class OfferClosingService {
  constructor(
    private readonly making: OfferMakingService,
    private readonly notifications: NotificationService,
    private readonly entries: WaitlistRepository,
    private readonly offers: PartnerOfferRepository,
    private readonly history: WaitlistEventRepository,
  ) {}

  /** The school declined: its slot goes to the next school. */
  decline(tx: Tx, offerId: string, by: EventActor): Promise<boolean> {
    const note = 'The school declined the offer';
    return this.close(tx, offerId, OfferStatus.DECLINED, by, note, {
      refill: true,
      notify: false,
    });
  }

  /** Its time is up: the school is told, and the slot goes to the next school. */
  expire(tx: Tx, offerId: string): Promise<boolean> {
    const note = 'The offer expired without an answer';
    return this.close(tx, offerId, OfferStatus.EXPIRED, SYSTEM, note, {
      refill: true,
      notify: true,
    });
  }

  /** The school left the list or was placed elsewhere: its slot goes to the next school. */
  revoke(tx: Tx, offerId: string, by: EventActor, note: string): Promise<boolean> {
    return this.close(tx, offerId, OfferStatus.REVOKED, by, note, {
      refill: true,
      notify: false,
    });
  }

  /** The company lowered its capacity: the school is told, and the slot is gone. */
  withdrawSlot(tx: Tx, offerId: string, by: EventActor): Promise<boolean> {
    const note = 'The company lowered its capacity';
    return this.close(tx, offerId, OfferStatus.REVOKED, by, note, {
      refill: false,
      notify: true,
    });
  }

  private async close(
    tx: Tx,
    offerId: string,
    to: Closed,
    actor: EventActor,
    note: string,
    options: { refill: boolean; notify: boolean },
  ): Promise<boolean> {
    const offer = await this.offers.decide(tx, offerId, to);
    if (!offer) return false;
    const entry = await this.entries.backToWaiting(tx, offer.entryId);
    await this.history.add(tx, [
      { entryId: offer.entryId, kind: EVENT_OF[to], actor, note, offerId, locationId: offer.locationId },
    ]);
    if (options.notify && entry) {
      const message =
        to === OfferStatus.EXPIRED
          ? WaitlistTexts.expired(offer.programme)
          : WaitlistTexts.revokedByCompany(offer.programme);
      await this.notifications.notifySchools(tx, [{ schoolId: entry.schoolId, ...message }]);
    }
    if (options.refill) await this.making.request(tx, offer.locationId, offer.programme);
    return true;
  }
}
