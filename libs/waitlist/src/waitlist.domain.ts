import { EducationLevel, PRIMARY_LEVELS, Programme, VMBO_LEVELS, type Actor, type Role } from '@app/core';

/** Where a school stands on a waiting list. */
export enum WaitlistStatus {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  PLACED = 'PLACED',
  WITHDRAWN = 'WITHDRAWN',
}

/** The life of an offer of a partner place: PENDING until accepted, declined, expired or revoked. */
export enum OfferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

/** What happened to an entry; each state change writes one event (the audit trail). */
export enum WaitlistEventKind {
  JOINED = 'JOINED',
  WITHDRAWN = 'WITHDRAWN',
  PRIORITY_CHANGED = 'PRIORITY_CHANGED',
  OFFERED = 'OFFERED',
  OFFER_REMINDER_SENT = 'OFFER_REMINDER_SENT',
  OFFER_ACCEPTED = 'OFFER_ACCEPTED',
  OFFER_DECLINED = 'OFFER_DECLINED',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  OFFER_REVOKED = 'OFFER_REVOKED',
  PLACED = 'PLACED',
  REPAIRED = 'REPAIRED',
}

/** The programmes that keep a waiting list for company partners. */
export const WAITLIST_PROGRAMMES = [Programme.JET_NET, Programme.JET_NET_JUNIOR] as const;
export type WaitlistProgramme = (typeof WAITLIST_PROGRAMMES)[number];

export function isWaitlistProgramme(programme: Programme): programme is WaitlistProgramme {
  return (WAITLIST_PROGRAMMES as readonly Programme[]).includes(programme);
}

/** Slots a location may offer per programme. */
export const MAX_SLOTS = 50;
/** Default partner distance of a location: how far a partner school may be. */
export const DEFAULT_PARTNER_DISTANCE_KM = 40;
/** Priority bounds a coordinator may set (0 is the default). */
export const PRIORITY_RANGE = { min: -100, max: 100 } as const;
/** The reminder goes out this long before an offer expires; offers with a shorter TTL get none. */
export const REMINDER_BEFORE_MS = 2 * 86_400_000;
/**
 * A school that declined an offer of a location, or let it expire, is not offered the same location again for
 * this long (otherwise the slot would go straight back to it, as it keeps its place in the list).
 */
export const REOFFER_COOLDOWN_DAYS = 365;

/** Most offers one transaction of the offer job makes (its capacity rows stay locked meanwhile). */
export const OFFER_BATCH = 500;
/** An offer job hands over to a fresh job after this long, so that a stream of requests cannot keep it busy. */
export const OFFER_DRAIN_MS = 2000;

/**
 * Why `levels` cannot join the waiting list of `programme`, or null when it can: Jet-Net is for secondary schools
 * with havo, vwo or vmbo; Jet-Net Junior for primary schools.
 */
export function ineligibility(programme: Programme, levels: readonly EducationLevel[]): string | null {
  switch (programme) {
    case Programme.JET_NET: {
      const fits = levels.some(
        (level) =>
          level === EducationLevel.HAVO ||
          level === EducationLevel.VWO ||
          (VMBO_LEVELS as readonly EducationLevel[]).includes(level),
      );
      return fits ? null : 'Jet-Net is for secondary schools with havo, vwo or vmbo';
    }
    case Programme.JET_NET_JUNIOR: {
      const fits = levels.some((level) => (PRIMARY_LEVELS as readonly EducationLevel[]).includes(level));
      return fits ? null : 'Jet-Net Junior is for primary schools';
    }
    case Programme.TECHNET:
    case Programme.VHTO:
    case Programme.JINC:
    case Programme.STEM_TEACHER_ACADEMY:
    case Programme.WETENSCHAPSKNOOPPUNT:
    case Programme.INDEPENDENT:
      return `${programme} keeps no waiting list; only JET_NET and JET_NET_JUNIOR do`;
  }
}

/** Who caused an event: a user, or the system (jobs). */
export interface EventActor {
  userId: string | null;
  role: Role | 'SYSTEM';
}

export const SYSTEM: EventActor = { userId: null, role: 'SYSTEM' };

export function eventActor(actor: Actor): EventActor {
  return { userId: actor.userId, role: actor.role };
}

/**
 * Expected waiting time of the school at `position`, from the placements of the last twelve months in its
 * programme and province: the list moves `placements` places a year. Null when there were none.
 */
export function expectedWaitDays(position: number, placementsLastYear: number): number | null {
  if (placementsLastYear <= 0 || position < 1) return null;
  return Math.max(1, Math.ceil((position * 365) / placementsLastYear));
}

/** The same in words, for the school. */
export function describeWait(days: number | null): string {
  if (days === null) return 'no estimate yet';
  if (days < 14) return `about ${days} day${days === 1 ? '' : 's'}`;
  if (days < 60) return `about ${Math.round(days / 7)} weeks`;
  if (days < 730) return `about ${Math.round(days / 30.4)} months`;
  return `about ${Math.round(days / 365)} years`;
}
