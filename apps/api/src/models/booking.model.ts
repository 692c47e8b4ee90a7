import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BookingEntity } from '@app/bookings';
import { BookingStatus, EducationLevel, Role } from '../graphql/enums';
import { Activity } from './activity.model';
import { School } from './school.model';

@ObjectType({
  description:
    "A school's booking of an activity: REQUESTED by a teacher, then ACCEPTED or DECLINED by the company, " +
    'COMPLETED after it took place, or CANCELLED by either side before its date. Accepting a matching ' +
    "proposal creates an ACCEPTED booking of the offer's activity.",
})
export class Booking {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => Activity, { description: 'The booked activity.' })
  activity: Activity;

  @Field(() => School, { description: 'The school that booked it.' })
  school: School;

  @Field(() => BookingStatus, { description: 'Where the booking stands.' })
  status: BookingStatus;

  @Field(() => EducationLevel, { description: 'The level of the group.' })
  level: EducationLevel;

  @Field(() => Int, { description: 'Number of pupils (or teachers).' })
  groupSize: number;

  @Field(() => Int, {
    description: 'Sessions booked: 1 for a request, the proposal’s sessions from the matching.',
  })
  sessions: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'The date the school asked for. The booking takes place on this date, else on the activity’s startsAt; ' +
      'it can be completed only after and cancelled only before that date (any time when neither is known).',
  })
  preferredDate: Date | null;

  @Field(() => String, { nullable: true, description: 'The school’s message to the company.' })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'The company’s message with its answer.' })
  responseMessage: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when given.' })
  cancelReason: string | null;

  @Field(() => Role, { nullable: true, description: 'Who cancelled it: TEACHER, COMPANY or COORDINATOR.' })
  cancelledByRole: Role | null;

  @Field({ description: 'Created by accepting a matching proposal.' })
  fromMatching: boolean;

  @Field(() => Date, { description: 'When it was requested.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  activityId: string;
  schoolId: string;

  static from(entity: BookingEntity): Booking {
    return Object.assign(new Booking(), {
      id: entity.id,
      status: entity.status,
      level: entity.level,
      groupSize: entity.groupSize,
      sessions: entity.sessions,
      preferredDate: entity.preferredDate,
      message: entity.message,
      responseMessage: entity.responseMessage,
      cancelReason: entity.cancelReason,
      cancelledByRole: entity.cancelledByRole,
      fromMatching: entity.proposalId !== null,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      activityId: entity.activityId,
      schoolId: entity.schoolId,
    });
  }
}
