import {
  ActivityType,
  BadInputException,
  DomainError,
  EducationLevel,
  THEMES,
  type ErrorReason,
} from '@app/core';
import type { PostingEntity } from './entities/posting.entity';
import { SchoolRequestEntity } from './entities/school-request.entity';
import { SupplyOfferEntity } from './entities/supply-offer.entity';
import { SchoolRequestStatus, SupplyOfferStatus } from './matching.enums';
import { assertPeriod } from './school-year';

/** What a school request and a supply offer both state: the kind of activity, for whom, how many, when. */
export interface PostingValues {
  type: ActivityType;
  levels: EducationLevel[];
  themes: string[];
  sessions: number;
  periodStart: Date;
  periodEnd: Date;
}

/** Sessions of one request or offer. */
export const MAX_SESSIONS = 500;

/** A school request or a supply offer row. */
export type Posting = PostingEntity & { status: string };

// Demand and supply differ in their table, their words and their status enum; the rules below are the same.
export interface PostingKind<T extends Posting> {
  entity: new () => T;
  /** `School request`, as NOT_FOUND names it. */
  label: string;
  /** `request`, as the messages name it. */
  noun: string;
  /** How the side raises its sessions: `ask for`, `offer`. */
  raise: string;
  withdrawn: T['status'];
  /** Why a change of a withdrawn row is refused. */
  withdrawnReason: ErrorReason;
}

export const SCHOOL_REQUESTS: PostingKind<SchoolRequestEntity> = {
  entity: SchoolRequestEntity,
  label: 'School request',
  noun: 'request',
  raise: 'ask for',
  withdrawn: SchoolRequestStatus.WITHDRAWN,
  withdrawnReason: 'SCHOOL_REQUEST_WITHDRAWN',
};

export const SUPPLY_OFFERS: PostingKind<SupplyOfferEntity> = {
  entity: SupplyOfferEntity,
  label: 'Supply offer',
  noun: 'offer',
  raise: 'offer',
  withdrawn: SupplyOfferStatus.WITHDRAWN,
  withdrawnReason: 'SUPPLY_OFFER_WITHDRAWN',
};

const THEME_BY_KEY = new Map<string, string>(THEMES.map((theme) => [theme.toLowerCase(), theme]));
const LEVEL_ORDER = Object.values(EducationLevel);

export const badInput = (field: string, message: string) => new BadInputException(message, { field });

/** Checks the shared fields (BAD_USER_INPUT naming the field) and puts levels and themes in canonical form. */
export function normalisePosting(draft: PostingValues): PostingValues {
  if (!Object.values(ActivityType).includes(draft.type))
    throw badInput('type', `Unknown activity type ${draft.type}`);
  if (draft.levels.length === 0) throw badInput('levels', 'Name at least one education level');
  for (const level of draft.levels) {
    if (!LEVEL_ORDER.includes(level)) throw badInput('levels', `Unknown education level ${level}`);
  }
  const themes = draft.themes.map((theme) => {
    const known = THEME_BY_KEY.get(theme.trim().toLowerCase());
    if (!known) throw badInput('themes', `Unknown theme "${theme}"; use one of: ${THEMES.join(', ')}`);
    return known;
  });
  if (!Number.isInteger(draft.sessions) || draft.sessions < 1 || draft.sessions > MAX_SESSIONS) {
    throw badInput('sessions', `Sessions is a whole number from 1 to ${MAX_SESSIONS}`);
  }
  assertPeriod(draft.periodStart, draft.periodEnd);
  return {
    type: draft.type,
    levels: LEVEL_ORDER.filter((level) => draft.levels.includes(level)),
    themes: THEMES.filter((theme) => themes.includes(theme)),
    sessions: draft.sessions,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
  };
}

/**
 * The shared fields after a patch (omitted ones stay), checked as on posting; CONFLICT when fewer sessions
 * remain than are matched already.
 */
export function patchPosting<T extends Posting>(
  kind: PostingKind<T>,
  current: T,
  patch: Partial<PostingValues>,
): PostingValues {
  const values = normalisePosting({
    type: patch.type ?? current.type,
    levels: patch.levels ?? current.levels,
    themes: patch.themes ?? current.themes,
    sessions: patch.sessions ?? current.sessions,
    periodStart: patch.periodStart ?? current.periodStart,
    periodEnd: patch.periodEnd ?? current.periodEnd,
  });
  if (values.sessions < current.sessionsUsed) {
    throw new DomainError(
      'SESSIONS_BELOW_MATCHED',
      `${current.sessionsUsed} sessions of this ${kind.noun} are matched already; ${kind.raise} at least that many`,
      { field: 'sessions', sessionsUsed: current.sessionsUsed },
    );
  }
  return values;
}
