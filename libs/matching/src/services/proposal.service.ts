import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { BookingService } from '@app/bookings';
import { ActivityEntity, ActivityService, CompanyEntity, CompanyLocationEntity } from '@app/catalogue';
import {
  ACTIVITY_TYPE_LABELS,
  ActivityStatus,
  ActivityType,
  Delivery,
  DomainError,
  EducationLevel,
  LEVEL_LABELS,
  NotFoundException,
  Programme,
  TargetGroup,
  dutchDay,
  dutchList,
  isUuid,
  type Actor,
} from '@app/core';
import { EventBus, Tx } from '@app/database';
import { MatchProposalEntity } from '../entities/match-proposal.entity';
import { SchoolRequestEntity } from '../entities/school-request.entity';
import { SupplyOfferEntity } from '../entities/supply-offer.entity';
import { ProposalStatus, SchoolRequestStatus, SupplyOfferStatus } from '../matching.enums';

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
export class ProposalService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingService,
    private readonly activities: ActivityService,
    private readonly access: AccessService,
    private readonly events: EventBus,
  ) {}

  onModuleInit(): void {
    // A cancelled booking from the matching gives its sessions back to the request and the offer.
    this.events.onInTransaction('booking.cancelled', ({ proposalId }, tx) => this.release(tx, proposalId));
  }

  /**
   * ACCEPTED: creates an ACCEPTED booking and adds the sessions to what the request and the offer have
   * used; REJECTED: the pair is never proposed again. CONFLICT when the proposal was decided already, or
   * the request or offer changed, was withdrawn or has no room left for these sessions. The request and
   * offer rows are locked in a fixed order (request first), so two coordinators accepting proposals that
   * share an offer cannot both win and no capacity is overdrawn.
   */
  async decide(actor: Actor, id: string, accept: boolean): Promise<MatchProposalEntity> {
    if (!isUuid(id)) throw new NotFoundException('Proposal', id);
    await this.access.require(actor, Permission.ProposalDecide, [id]);
    return Tx.run(this.dataSource, async (tx) => {
      const proposals = tx.manager.getRepository(MatchProposalEntity);
      const proposal = await proposals.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!proposal) throw new NotFoundException('Proposal', id);
      if (proposal.status !== ProposalStatus.PROPOSED) {
        throw new DomainError('PROPOSAL_ALREADY_DECIDED', `This proposal is ${proposal.status} already`, {
          status: proposal.status,
        });
      }
      proposal.decidedBy = actor.userId;
      proposal.decidedAt = new Date();
      if (!accept) {
        proposal.status = ProposalStatus.REJECTED;
        return proposals.save(proposal);
      }

      const { request, offer } = await this.takeSessions(tx, proposal);
      const activity = await this.activityFor(tx, offer);
      offer.activityId = activity.id;
      await tx.manager.getRepository(SchoolRequestEntity).save(request);
      await tx.manager.getRepository(SupplyOfferEntity).save(offer);

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

  // Locks the request, then the offer, and adds the proposal's sessions to what both have used.
  private async takeSessions(tx: Tx, proposal: MatchProposalEntity) {
    const request = await tx.manager
      .getRepository(SchoolRequestEntity)
      .findOne({ where: { id: proposal.requestId }, lock: { mode: 'pessimistic_write' } });
    const offer = await tx.manager
      .getRepository(SupplyOfferEntity)
      .findOne({ where: { id: proposal.supplyId }, lock: { mode: 'pessimistic_write' } });
    if (
      !request ||
      !offer ||
      request.status === SchoolRequestStatus.WITHDRAWN ||
      offer.status === SupplyOfferStatus.WITHDRAWN
    ) {
      throw new DomainError(
        'PROPOSAL_SIDE_WITHDRAWN',
        'The request or the offer of this proposal was withdrawn',
      );
    }
    if (request.revision !== proposal.requestRevision || offer.revision !== proposal.supplyRevision) {
      throw new DomainError(
        'PROPOSAL_OUTDATED',
        'The request or the offer changed since this run; run the matching again',
      );
    }
    const requestLeft = request.sessions - request.sessionsUsed;
    const offerLeft = offer.sessions - offer.sessionsUsed;
    if (requestLeft < proposal.sessions || offerLeft < proposal.sessions) {
      throw new DomainError(
        'PROPOSAL_CAPACITY_USED',
        `Its capacity was used elsewhere: the request has ${requestLeft} and the offer ${offerLeft} ` +
          `sessions left, the proposal needs ${proposal.sessions}; run the matching again`,
        { requestLeft, offerLeft, sessions: proposal.sessions },
      );
    }
    request.sessionsUsed += proposal.sessions;
    if (request.sessionsUsed === request.sessions) request.status = SchoolRequestStatus.MATCHED;
    offer.sessionsUsed += proposal.sessions;
    return { request, offer };
  }

  // The offer's activity; on first use a DRAFT activity of the location describing the offer.
  private async activityFor(tx: Tx, offer: SupplyOfferEntity): Promise<ActivityEntity> {
    if (offer.activityId) {
      const existing = await tx.manager
        .getRepository(ActivityEntity)
        .findOne({ where: { id: offer.activityId } });
      if (existing) return existing;
    }
    const location = await tx.manager
      .getRepository(CompanyLocationEntity)
      .findOneOrFail({ where: { id: offer.locationId } });
    const company = await tx.manager
      .getRepository(CompanyEntity)
      .findOneOrFail({ where: { id: location.companyId } });
    const label = ACTIVITY_TYPE_LABELS[offer.type];
    const Label = `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
    const themes = offer.themes.length ? ` over ${dutchList(offer.themes)}` : '';
    const values: Partial<ActivityEntity> = {
      locationId: location.id,
      title: `${Label} van ${company.name}`.slice(0, 200),
      description:
        `${Label}${themes} voor ${dutchList(offer.levels.map((l) => LEVEL_LABELS[l]))}, via de regiomatching ` +
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
    };
    // The activity tables are the catalogue's: it saves the activity and announces it in this transaction.
    return this.activities.saveDerived(tx, values);
  }

  // Gives the sessions of a cancelled matched booking back to its request and offer.
  private async release(tx: Tx, proposalId: string | null): Promise<void> {
    if (!proposalId) return;
    const proposal = await tx.manager
      .getRepository(MatchProposalEntity)
      .findOne({ where: { id: proposalId } });
    if (!proposal) return;
    // Same lock order as accepting: request, then offer.
    await tx.query(
      `UPDATE school_requests
          SET sessions_used = GREATEST(0, sessions_used - $2),
              status = CASE WHEN status = $3 THEN $4 ELSE status END, updated_at = now()
        WHERE id = $1`,
      [proposal.requestId, proposal.sessions, SchoolRequestStatus.MATCHED, SchoolRequestStatus.OPEN],
    );
    await tx.query(
      `UPDATE supply_offers SET sessions_used = GREATEST(0, sessions_used - $2), updated_at = now() WHERE id = $1`,
      [proposal.supplyId, proposal.sessions],
    );
  }
}
