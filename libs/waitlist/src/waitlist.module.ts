import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { PartnerCapacityEntity } from './entities/partner-capacity.entity';
import { PartnerOfferEntity } from './entities/partner-offer.entity';
import { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import { WaitlistEventEntity } from './entities/waitlist-event.entity';
import { PartnerOfferService } from './partner-offer.service';
import { ReconcileScheduler } from './reconcile.scheduler';
import { WaitlistProcessor } from './waitlist.processor';
import { WaitlistService } from './waitlist.service';

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
  providers: [PartnerOfferService, WaitlistService, WaitlistProcessor],
  exports: [PartnerOfferService, WaitlistService],
})
export class WaitlistModule {}

/** For the worker: the waiting list plus its repeatable reconcile job. */
@Module({
  imports: [WaitlistModule],
  providers: [ReconcileScheduler],
  exports: [WaitlistModule, ReconcileScheduler],
})
export class WaitlistWorkerModule {}
