import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MatchProposalEntity, MatchRunEntity, RegionBalanceRow } from '@app/matching';
import { ActivityType, EducationLevel, MatchRunStatus, ProposalStatus, Province } from '../graphql/enums';
import { SchoolRequest } from './school-request.model';
import { SupplyOffer } from './supply-offer.model';

@ObjectType({ description: 'Sessions of one supply offer proposed for one school request by a match run.' })
export class MatchProposal {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => SchoolRequest, { description: 'The school request.' })
  request: SchoolRequest;

  @Field(() => SupplyOffer, { description: 'The supply offer.' })
  supply: SupplyOffer;

  @Field(() => Int, { description: 'Sessions of the offer for this request.' })
  sessions: number;

  @Field(() => Float, { description: 'Distance between school and company location, in km.' })
  distanceKm: number;

  @Field(() => Float, {
    description:
      'Score per session, 0 to 100: theme fit up to 30, nearness up to 30 (relative to how far the company ' +
      'travels), 25 when the school had no activity this school year, and a point for each week the request ' +
      'waited, up to 15.',
  })
  score: number;

  @Field(() => [String], { description: 'Why this pair: plain sentences a coordinator can read.' })
  reasons: string[];

  @Field(() => ProposalStatus, { description: 'PROPOSED until a coordinator ACCEPTS or REJECTS it.' })
  status: ProposalStatus;

  @Field(() => ID, { nullable: true, description: 'The booking made when it was accepted.' })
  bookingId: string | null;

  requestId: string;
  supplyId: string;

  static from(entity: MatchProposalEntity): MatchProposal {
    return Object.assign(new MatchProposal(), {
      id: entity.id,
      sessions: entity.sessions,
      distanceKm: entity.distanceKm,
      score: entity.score,
      reasons: entity.reasons,
      status: entity.status,
      bookingId: entity.bookingId,
      requestId: entity.requestId,
      supplyId: entity.supplyId,
    });
  }
}

@ObjectType({
  description:
    "One matching of a province's open demand against the supply that reaches it: the most sessions the " +
    'capacities allow, then the best total score.',
})
export class MatchRun {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => Province, { description: 'The province whose school requests are matched.' })
  province: Province;

  @Field(() => MatchRunStatus, { description: 'QUEUED, RUNNING, DONE or FAILED.' })
  status: MatchRunStatus;

  @Field(() => Int, { description: 'Open sessions of the requests in the run.' })
  demandSessions: number;

  @Field(() => Int, {
    description: 'Free sessions of the offers that can serve at least one of those requests.',
  })
  supplySessions: number;

  @Field(() => Int, { description: 'Sessions in the proposals.' })
  matchedSessions: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Upper bound proven by the solver (the capacity of a minimum cut): no assignment can match more sessions. ' +
      'Equals matchedSessions when the run is DONE.',
  })
  upperBound: number | null;

  @Field(() => Float, { nullable: true, description: 'Sum over the proposals of sessions × score.' })
  totalScore: number | null;

  @Field(() => Int, { nullable: true, description: 'Eligible (request, offer) pairs the solver chose from.' })
  candidatePairs: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the solve took, in milliseconds.' })
  solveMillis: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day (YYYY-MM-DD) waiting time and open periods were measured against.',
  })
  referenceDate: string | null;

  @Field(() => String, { nullable: true, description: 'Why the run FAILED.' })
  error: string | null;

  @Field(() => [MatchProposal], { description: 'The proposals, by request.' })
  proposals: MatchProposal[];

  @Field(() => Date, { description: 'When the run was asked for.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was DONE or FAILED.' })
  finishedAt: Date | null;

  static from(entity: MatchRunEntity): MatchRun {
    return Object.assign(new MatchRun(), {
      id: entity.id,
      province: entity.province,
      status: entity.status,
      demandSessions: entity.demandSessions,
      supplySessions: entity.supplySessions,
      matchedSessions: entity.matchedSessions,
      upperBound: entity.upperBound,
      totalScore: entity.totalScore,
      candidatePairs: entity.candidatePairs,
      solveMillis: entity.solveMs,
      referenceDate: entity.referenceDate,
      error: entity.error,
      createdAt: entity.createdAt,
      finishedAt: entity.finishedAt,
    });
  }
}

@ObjectType({
  description:
    'Supply against demand in one region for one activity type and level, in open sessions. Demand counts in ' +
    "the school's province; supply in every province where a school lies within its reach. A request or offer " +
    'with several levels counts in the row of each.',
})
export class RegionBalance {
  @Field(() => Province, { description: 'The province.' })
  province: Province;

  @Field(() => ActivityType, { description: 'The activity type.' })
  type: ActivityType;

  @Field(() => EducationLevel, { description: 'The level.' })
  level: EducationLevel;

  @Field(() => Int, { description: 'Sessions schools still want.' })
  demandSessions: number;

  @Field(() => Int, { description: 'Sessions companies that reach the province still offer.' })
  supplySessions: number;

  @Field(() => Int, { description: 'Demand not covered by supply: max(0, demand − supply).' })
  shortfallSessions: number;

  static from(row: RegionBalanceRow): RegionBalance {
    return Object.assign(new RegionBalance(), {
      ...row,
      shortfallSessions: Math.max(0, row.demandSessions - row.supplySessions),
    });
  }
}
