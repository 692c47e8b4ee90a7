export enum MatchRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/** OPEN: sessions left to match; MATCHED: every session has an accepted match; WITHDRAWN by the school. */
export enum SchoolRequestStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum SupplyOfferStatus {
  OPEN = 'OPEN',
  WITHDRAWN = 'WITHDRAWN',
}
