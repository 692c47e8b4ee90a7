import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@app/catalogue';
import { NotificationsModule } from '@app/notifications';
import { BookingEntity } from './entities/booking.entity';
import { ReviewEntity } from './entities/review.entity';
import { BookingRepository } from './repositories/booking.repository';
import { BookingLifecycleService } from './services/booking-lifecycle.service';
import { BookingService } from './services/booking.service';
import { ReviewService } from './services/review.service';

// The access layer and the event bus are global; the catalogue module registers the entities bookings read.
@Module({
  imports: [TypeOrmModule.forFeature([BookingEntity, ReviewEntity]), CatalogueModule, NotificationsModule],
  providers: [BookingRepository, BookingService, BookingLifecycleService, ReviewService],
  exports: [BookingService, BookingLifecycleService, ReviewService, TypeOrmModule],
})
export class BookingsModule {}
