import { Injectable } from '@nestjs/common';
import { idsOf, JobHandler, JobName, type JobPayloads } from '@app/queue';
import { OfferExpiryService } from './offer-expiry.service';
import { OfferMakingService } from './offer-making.service';
import { ReconcileService, type ReconcileReport } from './reconcile.service';

/** The waiting list's job handlers; each one re-reads the database and is idempotent. */
@Injectable()
export class WaitlistProcessor {
  constructor(
    private readonly making: OfferMakingService,
    private readonly expiry: OfferExpiryService,
    private readonly reconciler: ReconcileService,
  ) {}

  @JobHandler(JobName.WaitlistOfferFreeSlots)
  offerFreeSlots(payload: JobPayloads[JobName.WaitlistOfferFreeSlots]): Promise<number> {
    return this.making.offerFreeSlots(payload.programme);
  }

  @JobHandler(JobName.WaitlistExpireOffer)
  expireOffers(payload: JobPayloads[JobName.WaitlistExpireOffer]): Promise<unknown> {
    return this.expiry.expireOffers(idsOf(payload, 'offerId'));
  }

  @JobHandler(JobName.WaitlistRemindOffer)
  remindOffers(payload: JobPayloads[JobName.WaitlistRemindOffer]): Promise<number> {
    return this.expiry.remindOffers(idsOf(payload, 'offerId'));
  }

  @JobHandler(JobName.WaitlistReconcile)
  reconcile(): Promise<ReconcileReport> {
    return this.reconciler.reconcile();
  }
}
