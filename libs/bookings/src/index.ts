export { BookingStatus } from './booking-status';
export { BookingStateException } from './booking.exception';
export { BookingsModule } from './bookings.module';
export { BookingEntity } from './entities/booking.entity';
export { ReviewEntity } from './entities/review.entity';
export { LEVEL_LABELS, TYPE_LABELS, dutchDate, dutchList } from './labels';
export {
  BookingService,
  bookingDate,
  type BookingCancelHook,
  type BookingDraft,
  type BookingFilter,
  type MatchedBookingDraft,
} from './services/booking.service';
export { ReviewService } from './services/review.service';
