import { Column, Entity } from 'typeorm';
import { SchoolRequestStatus } from '../matching.enums';
import { PostingEntity } from './posting.entity';

/** Demand: what a school needs in one period of a school year. */
@Entity('school_requests')
export class SchoolRequestEntity extends PostingEntity {
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ type: 'text', default: SchoolRequestStatus.OPEN })
  status: SchoolRequestStatus;
}
