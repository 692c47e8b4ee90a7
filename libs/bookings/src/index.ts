export { BookingStatus } from './booking-status';
export { bookingDate } from './booking-rules';
export { BookingsModule } from './bookings.module';
export { BookingEntity } from './entities/booking.entity';
export { ReviewEntity } from './entities/review.entity';
export { BookingLifecycleService } from './services/booking-lifecycle.service';
export {
  BookingService,
  type BookingDraft,
  type BookingFilter,
  type MatchedBookingDraft,
} from './services/booking.service';
export { ReviewService, type PublicReview } from './services/review.service';
