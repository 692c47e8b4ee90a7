import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BookingService } from '@app/bookings';
import { ActivityEntity, ActivityService, CompanyEntity, CompanyLocationEntity } from '@app/catalogue';
import {
  ACTIVITY_TYPE_LABELS,
  ActivityStatus,
  ActivityType,
  ConflictException,
  Delivery,
  EducationLevel,
  ForbiddenException,
  LEVEL_LABELS,
  NotFoundException,
  Programme,
  TargetGroup,
  dutchList,
  isCoordinator,
  type Actor,
} from '@app/core';
import { Tx } from '@app/database';
import { MatchProposalEntity } from '../entities/match-proposal.entity';
import { SchoolRequestEntity } from '../entities/school-request.entity';
import { SupplyOfferEntity } from '../entities/supply-offer.entity';
import { ProposalStatus, SchoolRequestStatus, SupplyOfferStatus } from '../matching.enums';
import { dutchDay } from '../school-year';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LEVEL_ORDER = Object.values(EducationLevel);
// A class, when the activity names no group size.
const DEFAULT_GROUP = 30;

function deliveryOf(type: ActivityType): Delivery {
  switch (type) {
    case ActivityType.COMPANY_VISIT:
    case ActivityType.BLIKSEMSTAGE:
    case ActivityType.TEACHER_INTERNSHIP:
      return Delivery.AT_PROVIDER;
    case ActivityType.WEBCAST:
      return Delivery.ONLINE;
    case ActivityType.GUEST_LESSON:
    case ActivityType.SPEED_DATE:
    case ActivityType.APPLICATION_TRAINING:
    case ActivityType.WORKSHOP:
    case ActivityType.PROJECT:
    case ActivityType.COMPETITION:
      return Delivery.AT_SCHOOL;
  }
}

/** A coordinator's decision on a proposal; accepting books the sessions and uses up both capacities. */
@Injectable()
export class ProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingService,
    private readonly activities: ActivityService,
  ) {}

  /**
   * ACCEPTED: creates an ACCEPTED booking and adds the sessions to what the request and the offer have
   * used; REJECTED: the pair is never proposed again. CONFLICT when the proposal was decided already, or
   * the request or offer changed, was withdrawn or has no room left for these sessions. The request and
   * offer rows are locked in a fixed order (request first), so two coordinators accepting proposals that
   * share an offer cannot both win and no capacity is overdrawn.
   */
  async decide(actor: Actor, id: string, accept: boolean): Promise<MatchProposalEntity> {
    if (!isCoordinator(actor)) throw new ForbiddenException('Only a coordinator decides on proposals');
    if (!UUID.test(id)) throw new NotFoundException('Proposal', id);
    return Tx.run(this.dataSource, async (tx) => {
      const { manager } = tx;
      const proposals = manager.getRepository(MatchProposalEntity);
      const proposal = await proposals.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!proposal) throw new NotFoundException('Proposal', id);
      if (proposal.status !== ProposalStatus.PROPOSED) {
        throw new ConflictException(`This proposal is ${proposal.status} already`, {
          status: proposal.status,
        });
      }
      proposal.decidedBy = actor.userId;
      proposal.decidedAt = new Date();
      if (!accept) {
        proposal.status = ProposalStatus.REJECTED;
        return proposals.save(proposal);
      }

      const request = await manager
        .getRepository(SchoolRequestEntity)
        .findOne({ where: { id: proposal.requestId }, lock: { mode: 'pessimistic_write' } });
      const offer = await manager
        .getRepository(SupplyOfferEntity)
        .findOne({ where: { id: proposal.supplyId }, lock: { mode: 'pessimistic_write' } });
      if (!request || !offer)
        throw new ConflictException('The request or the offer of this proposal is gone');
      if (request.status === SchoolRequestStatus.WITHDRAWN || offer.status === SupplyOfferStatus.WITHDRAWN) {
        throw new ConflictException('The request or the offer of this proposal was withdrawn');
      }
      if (request.revision !== proposal.requestRevision || offer.revision !== proposal.supplyRevision) {
        throw new ConflictException(
          'The request or the offer changed since this run; run the matching again',
        );
      }
      const requestLeft = request.sessions - request.sessionsUsed;
      const offerLeft = offer.sessions - offer.sessionsUsed;
      if (requestLeft < proposal.sessions || offerLeft < proposal.sessions) {
        throw new ConflictException(
          `Its capacity was used elsewhere: the request has ${requestLeft} and the offer ${offerLeft} ` +
            `sessions left, the proposal needs ${proposal.sessions}; run the matching again`,
          { requestLeft, offerLeft, sessions: proposal.sessions },
        );
      }
      request.sessionsUsed += proposal.sessions;
      if (request.sessionsUsed === request.sessions) request.status = SchoolRequestStatus.MATCHED;
      offer.sessionsUsed += proposal.sessions;

      const activity = await this.activityFor(manager, offer);
      if (offer.activityId !== activity.id) {
        offer.activityId = activity.id;
        tx.afterCommit(() => this.activities.notifyChanged([activity.id]));
      }
      await manager.getRepository(SchoolRequestEntity).save(request);
      await manager.getRepository(SupplyOfferEntity).save(offer);

      const level = LEVEL_ORDER.find((l) => request.levels.includes(l) && offer.levels.includes(l))!;
      const booking = await this.bookings.createMatched(tx, {
        activityId: activity.id,
        schoolId: request.schoolId,
        level,
        groupSize: Math.max(1, Math.min(activity.maxParticipants ?? DEFAULT_GROUP, DEFAULT_GROUP)),
        sessions: proposal.sessions,
        proposalId: proposal.id,
        decidedBy: actor.userId,
        message: proposal.reasons.join('. ') + '.',
      });
      proposal.status = ProposalStatus.ACCEPTED;
      proposal.bookingId = booking.id;
      return proposals.save(proposal);
    });
  }

  // The offer's activity; on first use a DRAFT activity of the location describing the offer.
  private async activityFor(manager: EntityManager, offer: SupplyOfferEntity): Promise<ActivityEntity> {
    const activities = manager.getRepository(ActivityEntity);
    if (offer.activityId) {
      const existing = await activities.findOne({ where: { id: offer.activityId } });
      if (existing) return existing;
    }
    const location = await manager
      .getRepository(CompanyLocationEntity)
      .findOneOrFail({ where: { id: offer.locationId } });
    const company = await manager
      .getRepository(CompanyEntity)
      .findOneOrFail({ where: { id: location.companyId } });
    const label = ACTIVITY_TYPE_LABELS[offer.type];
    const themes = offer.themes.length ? ` over ${dutchList(offer.themes)}` : '';
    return activities.save({
      locationId: location.id,
      title: `${label.charAt(0).toUpperCase()}${label.slice(1)} van ${company.name}`.slice(0, 200),
      description:
        `${label.charAt(0).toUpperCase()}${label.slice(1)}${themes} voor ` +
        `${dutchList(offer.levels.map((l) => LEVEL_LABELS[l]))}, via de regiomatching ` +
        `(${dutchDay(offer.periodStart)} tot en met ${dutchDay(offer.periodEnd)}; het bedrijf reist tot ` +
        `${offer.maxTravelKm} km).`,
      type: offer.type,
      programme: Programme.INDEPENDENT,
      levels: offer.levels,
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: offer.themes,
      delivery: deliveryOf(offer.type),
      provinces: offer.reachProvinces.length ? offer.reachProvinces : [location.province],
      maxTravelKm: offer.maxTravelKm,
      durationMinutes: null,
      maxParticipants: null,
      costEuros: 0,
      startsAt: null,
      endsAt: null,
      status: ActivityStatus.DRAFT,
    });
  }
}
