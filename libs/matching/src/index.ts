export { MatchProposalEntity } from './entities/match-proposal.entity';
export { MatchRunEntity } from './entities/match-run.entity';
export { SchoolRequestEntity } from './entities/school-request.entity';
export { SupplyOfferEntity } from './entities/supply-offer.entity';
export { MatchRunStatus, ProposalStatus, SchoolRequestStatus, SupplyOfferStatus } from './matching.enums';
export { MatchingModule } from './matching.module';
export { proposalReasons, type ReasonInput } from './reasons';
export { assertPeriod, daysBetween, schoolYearLabel, schoolYearOf } from './school-year';
export { MAX_SESSIONS, type PostingValues } from './posting';
export {
  SchoolRequestService,
  type SchoolRequestDraft,
  type SchoolRequestPatch,
} from './services/school-request.service';
export {
  MAX_TRAVEL_KM,
  SupplyOfferService,
  type SupplyOfferDraft,
  type SupplyOfferPatch,
} from './services/supply-offer.service';
export { MatchRunService } from './services/match-run.service';
export { ProposalService } from './services/proposal.service';
export { RegionalBalanceService, type RegionBalanceRow } from './services/regional-balance.service';
export { candidatePairs } from './solver/eligibility';
export type {
  Assignment,
  CandidatePair,
  MatchSolution,
  SolverInstance,
  SolverRequest,
  SolverSupply,
} from './solver/instance';
export { MinCostFlow, type MinCostFlowResult } from './solver/min-cost-flow';
export { DAYS_PER_WAITING_POINT, MAX_SCORE, SCORE_WEIGHTS, pairScore } from './solver/score';
export { greedyNearestFirst, solveMatching } from './solver/solve';
