/** What the solver reads of a request or an offer: what is still open of it, and where it is. */
export interface SolverPosting {
  id: string;
  lat: number;
  lon: number;
  type: string;
  levels: readonly string[];
  themes: readonly string[];
  /** Sessions still wanted (a request) or still free (a supply). */
  sessions: number;
  /** Epoch milliseconds. */
  periodStart: number;
  periodEnd: number;
}

/** A school request as the solver sees it; lat and lon are the school's. */
export interface SolverRequest extends SolverPosting {
  /** Whole days since the request was posted, at the run's reference date. */
  waitingDays: number;
  /** The school had an accepted or completed booking in the school year of the request. */
  hadActivityThisYear: boolean;
}

/** A supply offer as the solver sees it; lat and lon are the company location's. */
export interface SolverSupply extends SolverPosting {
  maxTravelKm: number;
}

export interface SolverInstance {
  requests: readonly SolverRequest[];
  supplies: readonly SolverSupply[];
  /** `requestId|supplyId` of pairs a coordinator rejected before: never proposed again. */
  excludedPairs?: ReadonlySet<string>;
}

/** An eligible (request, supply) pair with its score per session. */
export interface CandidatePair {
  request: number;
  supply: number;
  distanceKm: number;
  /** Points per session, 0..MAX_SCORE; integer so that the flow costs are exact. */
  score: number;
  themeOverlap: string[];
}

/** Sessions of one pair in the solution. */
export interface Assignment extends CandidatePair {
  sessions: number;
}

export interface MatchSolution {
  assignments: Assignment[];
  matchedSessions: number;
  /** Proven by the solver: the capacity of a minimum cut; no assignment can match more. */
  upperBound: number;
  /** Sum over assignments of sessions × score. */
  totalScore: number;
  /** Sessions still wanted by the requests of the instance. */
  demandSessions: number;
  /** Sessions still free at the supplies that can serve at least one request. */
  supplySessions: number;
  /** Supplies that can serve at least one request. */
  servableSupplies: number;
  candidatePairs: number;
  components: number;
  phases: number;
  /** The dual certificate held: no other maximum assignment has a higher total score. */
  scoreOptimal: boolean;
}
