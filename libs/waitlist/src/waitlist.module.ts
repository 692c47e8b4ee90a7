import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { PartnerCapacityEntity } from './entities/partner-capacity.entity';
import { PartnerOfferEntity } from './entities/partner-offer.entity';
import { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import { WaitlistEventEntity } from './entities/waitlist-event.entity';
import { OfferClosingService } from './offer-closing.service';
import { OfferExpiryService } from './offer-expiry.service';
import { OfferMakingService } from './offer-making.service';
import { PartnerCapacityService } from './partner-capacity.service';
import { PlacementService } from './placement.service';
import { ReconcileService } from './reconcile.service';
import { ReconcileScheduler } from './reconcile.scheduler';
import { PartnerCapacityRepository } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistEventRepository } from './repositories/waitlist-event.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import { WaitlistProcessor } from './waitlist.processor';
import { WaitlistService } from './waitlist.service';

// The use cases the api calls and the jobs' services the worker and tests call.
const SERVICES = [
  WaitlistService,
  PlacementService,
  PartnerCapacityService,
  OfferMakingService,
  OfferExpiryService,
  ReconcileService,
];

/** The waiting list: services for the api, job handlers for the worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      WaitlistEntryEntity,
      PartnerCapacityEntity,
      PartnerOfferEntity,
      WaitlistEventEntity,
    ]),
    NotificationsModule,
  ],
  providers: [
    ...SERVICES,
    OfferClosingService,
    WaitlistRepository,
    PartnerOfferRepository,
    PartnerCapacityRepository,
    WaitlistEventRepository,
    WaitlistProcessor,
  ],
  exports: SERVICES,
})
export class WaitlistModule {}

/** For the worker: the waiting list plus its repeatable reconcile job. */
@Module({
  imports: [WaitlistModule],
  providers: [ReconcileScheduler],
  exports: [WaitlistModule, ReconcileScheduler],
})
export class WaitlistWorkerModule {}
