import { Injectable } from '@nestjs/common';
import { idsOf, JobHandler, JobName, type JobPayloads } from '@app/queue';
import { PartnerOfferService, type ReconcileReport } from './partner-offer.service';

/** The waiting list's job handlers; each one re-reads the database and is idempotent. */
@Injectable()
export class WaitlistProcessor {
  constructor(private readonly offers: PartnerOfferService) {}

  @JobHandler(JobName.WaitlistOfferFreeSlots)
  offerFreeSlots(payload: JobPayloads[JobName.WaitlistOfferFreeSlots]): Promise<number> {
    return this.offers.offerFreeSlots(payload.programme);
  }

  @JobHandler(JobName.WaitlistExpireOffer)
  expireOffers(payload: JobPayloads[JobName.WaitlistExpireOffer]): Promise<unknown> {
    return this.offers.expireOffers(idsOf(payload, 'offerId'));
  }

  @JobHandler(JobName.WaitlistRemindOffer)
  remindOffers(payload: JobPayloads[JobName.WaitlistRemindOffer]): Promise<number> {
    return this.offers.remindOffers(idsOf(payload, 'offerId'));
  }

  @JobHandler(JobName.WaitlistReconcile)
  reconcile(): Promise<ReconcileReport> {
    return this.offers.reconcile();
  }
}
