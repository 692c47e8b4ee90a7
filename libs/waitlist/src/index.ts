export { PartnerCapacityEntity } from './entities/partner-capacity.entity';
export { PartnerOfferEntity } from './entities/partner-offer.entity';
export { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
export { WaitlistEventEntity } from './entities/waitlist-event.entity';
export { OfferExpiryService } from './offer-expiry.service';
export { OfferMakingService } from './offer-making.service';
export { PartnerCapacityService, type CapacityView } from './partner-capacity.service';
export { PlacementService } from './placement.service';
export { ReconcileService, type ReconcileReport } from './reconcile.service';
export { ReconcileScheduler } from './reconcile.scheduler';
export {
  DEFAULT_PARTNER_DISTANCE_KM,
  MAX_SLOTS,
  OfferStatus,
  PRIORITY_RANGE,
  REMINDER_BEFORE_MS,
  REOFFER_COOLDOWN_DAYS,
  WAITLIST_PROGRAMMES,
  WaitlistEventKind,
  WaitlistStatus,
  describeWait,
  expectedWaitDays,
  ineligibility,
  isWaitlistProgramme,
  type WaitlistProgramme,
} from './waitlist.domain';
export { WaitlistModule, WaitlistWorkerModule } from './waitlist.module';
export { WaitlistProcessor } from './waitlist.processor';
export { WaitlistService, type RankedEntry } from './waitlist.service';
