import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  CapacityView,
  PartnerOfferEntity,
  WaitlistEntryEntity,
  WaitlistEventEntity,
} from '@app/waitlist';
import { OfferStatus, Programme, Province, WaitlistStatus } from '../graphql/enums';
import { CompanyLocation } from './company.model';
import { School } from './school.model';

@ObjectType({ description: 'A partner place offered to a waiting school; it holds one slot until decided.' })
export class PartnerOffer {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => CompanyLocation, { description: 'The company location that offers the partnership.' })
  location: CompanyLocation;

  @Field(() => OfferStatus, { description: 'PENDING until accepted, declined, expired or revoked.' })
  status: OfferStatus;

  @Field(() => Date, { description: 'When the offer lapses without an answer.' })
  expiresAt: Date;

  @Field(() => Date, { description: 'When the offer was made.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined, expired or revoked.' })
  decidedAt: Date | null;

  locationId: string;

  static from(entity: PartnerOfferEntity): PartnerOffer {
    return Object.assign(new PartnerOffer(), {
      id: entity.id,
      status: entity.status,
      expiresAt: entity.expiresAt,
      createdAt: entity.createdAt,
      decidedAt: entity.decidedAt,
      locationId: entity.locationId,
    });
  }
}

@ObjectType({ description: 'One line of the history of a waiting-list entry: the audit trail.' })
export class WaitlistEvent {
  @Field(() => Date, { description: 'When it happened.' })
  at: Date;

  @Field({
    description:
      'What happened: JOINED, WITHDRAWN, PRIORITY_CHANGED, OFFERED, OFFER_REMINDER_SENT, OFFER_ACCEPTED, ' +
      'OFFER_DECLINED, OFFER_EXPIRED, OFFER_REVOKED, PLACED or REPAIRED.',
  })
  kind: string;

  @Field(() => String, {
    nullable: true,
    description: "Why, or details: the reason given; a coordinator's notes are not shown to schools.",
  })
  note: string | null;

  @Field({
    description: 'Who did it: TEACHER, COMPANY, COORDINATOR, ADMIN, or SYSTEM for the automatic steps.',
  })
  actorRole: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The account that did it; null for the system, and for a school when a coordinator did it.',
  })
  actorId: string | null;

  // `staff`: a coordinator or the admin; others see neither the account nor the notes of a coordinator or admin.
  static from(entity: WaitlistEventEntity, staff: boolean): WaitlistEvent {
    const byStaff = entity.actorRole === 'COORDINATOR' || entity.actorRole === 'ADMIN';
    return Object.assign(new WaitlistEvent(), {
      at: entity.at,
      kind: entity.kind,
      note: staff || !byStaff ? entity.note : null,
      actorRole: entity.actorRole,
      actorId: staff || !byStaff ? entity.actorUserId : null,
    });
  }
}

@ObjectType({ description: 'A school on the waiting list of a programme (Jet-Net or Jet-Net Junior).' })
export class WaitlistEntry {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => School, { description: 'The waiting school.' })
  school: School;

  @Field(() => Programme, { description: 'The programme it waits for.' })
  programme: Programme;

  @Field(() => Province, { description: 'The province of the school: the list is kept per province.' })
  province: Province;

  @Field(() => WaitlistStatus, { description: 'WAITING, OFFERED, PLACED or WITHDRAWN.' })
  status: WaitlistStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      '1-based place among the WAITING entries of the same programme and province; null when not waiting.',
  })
  position: number | null;

  @Field(() => Int, { description: 'Set by a coordinator; higher goes first (default 0).' })
  priority: number;

  @Field(() => Date, { description: 'When the school joined; ties in priority go by this.' })
  joinedAt: Date;

  @Field(() => PartnerOffer, { nullable: true, description: 'The pending offer, with its expiry.' })
  currentOffer: PartnerOffer | null;

  @Field(() => CompanyLocation, { nullable: true, description: 'When PLACED: the partner company location.' })
  partner: CompanyLocation | null;

  @Field(() => Date, { nullable: true, description: 'When the school was placed.' })
  placedAt: Date | null;

  @Field(() => [WaitlistEvent], { description: 'Every state change, oldest first: time, actor and reason.' })
  events: WaitlistEvent[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Expected days until an offer, from the placements of the last twelve months in this programme and ' +
      'province; 0 while an offer is pending; null without an estimate yet, when placed or withdrawn.',
  })
  expectedWaitDays: number | null;

  @Field({ description: 'The expected waiting time in words, e.g. "about 4 months" or "no estimate yet".' })
  expectedWait: string;

  schoolId: string;
  placedLocationId: string | null;
  // Set when the list query computed the position already.
  knownPosition?: number | null;

  static from(entity: WaitlistEntryEntity, knownPosition?: number | null): WaitlistEntry {
    return Object.assign(new WaitlistEntry(), {
      id: entity.id,
      programme: entity.programme,
      province: entity.province,
      status: entity.status,
      priority: entity.priority,
      joinedAt: entity.joinedAt,
      placedAt: entity.placedAt,
      schoolId: entity.schoolId,
      placedLocationId: entity.placedLocationId,
      knownPosition,
    });
  }
}

@ObjectType({ description: 'How many partner schools a company location takes in a programme.' })
export class PartnerCapacity {
  @Field(() => CompanyLocation, { description: 'The company location.' })
  location: CompanyLocation;

  @Field(() => Programme, { description: 'JET_NET or JET_NET_JUNIOR.' })
  programme: Programme;

  @Field(() => Int, { description: 'Partner schools it takes, 0 to 50.' })
  slots: number;

  @Field(() => Int, {
    description:
      'Slots in use: placed schools plus pending offers (more than slots only after lowering them).',
  })
  used: number;

  @Field(() => Int, { description: 'Schools placed here.' })
  placed: number;

  @Field(() => Int, { description: 'Offers waiting for an answer.' })
  pending: number;

  @Field(() => Float, { description: 'How far a partner school may be, in km (default 40).' })
  partnerDistanceKm: number;

  locationId: string;

  static from(view: CapacityView): PartnerCapacity {
    return Object.assign(new PartnerCapacity(), {
      locationId: view.capacity.locationId,
      programme: view.capacity.programme,
      slots: view.capacity.slots,
      used: view.placed + view.pending,
      placed: view.placed,
      pending: view.pending,
      partnerDistanceKm: view.capacity.partnerDistanceKm,
    });
  }
}
