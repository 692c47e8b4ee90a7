import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type DeepPartial } from 'typeorm';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity, SchoolEntity } from '@app/catalogue';
import { NotFoundException, type Province } from '@app/core';
import type { Tx } from '@app/database';
import type { BookingStatus } from '../booking-status';
import { BookingEntity } from '../entities/booking.entity';

/** A booked activity with the location and company that give it. */
export interface ActivityContext {
  activity: ActivityEntity;
  location: CompanyLocationEntity;
  company: CompanyEntity;
}

/** Which bookings a list shows: a status, a province, and the school or company whose they must be. */
export interface BookingQuery {
  status?: BookingStatus | null;
  province?: Province | null;
  schoolId?: string;
  companyId?: string;
}

const LIST_LIMIT = 500;

/** The reads and writes of bookings, and the catalogue rows a booking needs (read only). */
@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The activity, its location and company; NOT_FOUND when the activity does not exist. */
  async activityContext(
    tx: Tx,
    activityId: string,
    lock?: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<ActivityContext> {
    const activity = await tx.manager
      .getRepository(ActivityEntity)
      .findOne({ where: { id: activityId }, ...(lock ? { lock: { mode: lock } } : {}) });
    if (!activity) throw new NotFoundException('Activity', activityId);
    const location = await tx.manager
      .getRepository(CompanyLocationEntity)
      .findOneOrFail({ where: { id: activity.locationId } });
    const company = await tx.manager
      .getRepository(CompanyEntity)
      .findOneOrFail({ where: { id: location.companyId } });
    return { activity, location, company };
  }

  /** The school; NOT_FOUND when it does not exist. */
  async school(tx: Tx, schoolId: string): Promise<SchoolEntity> {
    const school = await tx.manager.getRepository(SchoolEntity).findOne({ where: { id: schoolId } });
    if (!school) throw new NotFoundException('School', schoolId);
    return school;
  }

  // FOR UPDATE: two transitions of the same booking cannot both win.
  async lock(tx: Tx, id: string): Promise<BookingEntity> {
    const booking = await tx.manager
      .getRepository(BookingEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!booking) throw new NotFoundException('Booking', id);
    return booking;
  }

  save(tx: Tx, booking: DeepPartial<BookingEntity>): Promise<BookingEntity> {
    return tx.manager.getRepository(BookingEntity).save(booking);
  }

  /** Newest first, at most LIST_LIMIT. */
  list(query: BookingQuery): Promise<BookingEntity[]> {
    const builder = this.dataSource
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .take(LIST_LIMIT);
    if (query.status) builder.andWhere('b.status = :status', { status: query.status });
    if (query.schoolId) builder.andWhere('b.school_id = :schoolId', { schoolId: query.schoolId });
    if (query.companyId) {
      builder
        .innerJoin(ActivityEntity, 'a', 'a.id = b.activity_id')
        .innerJoin(CompanyLocationEntity, 'l', 'l.id = a.location_id')
        .andWhere('l.company_id = :companyId', { companyId: query.companyId });
    }
    if (query.province) {
      builder
        .innerJoin(SchoolEntity, 's', 's.id = b.school_id')
        .andWhere('s.province = :province', { province: query.province });
    }
    return builder.getMany();
  }
}
