import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@app/catalogue';
import { NotificationsModule } from '@app/notifications';
import { BookingEntity } from './entities/booking.entity';
import { ReviewEntity } from './entities/review.entity';
import { BookingService } from './services/booking.service';
import { ReviewService } from './services/review.service';

@Module({
  imports: [TypeOrmModule.forFeature([BookingEntity, ReviewEntity]), CatalogueModule, NotificationsModule],
  providers: [BookingService, ReviewService],
  exports: [BookingService, ReviewService, TypeOrmModule],
})
export class BookingsModule {}
