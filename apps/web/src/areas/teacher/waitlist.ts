import type { IntlShape } from 'react-intl';
import { PRIMARY_LEVELS, VMBO_LEVELS } from '../../../../../libs/core/src/enums';

// The waiting lists a school can join (libs/waitlist waitlist.domain.ts `ineligibility`): Jet-Net for secondary
// schools with havo, vwo or vmbo, Jet-Net Junior for primary schools.

const SECONDARY: readonly string[] = ['HAVO', 'VWO', ...VMBO_LEVELS];
const PRIMARY: readonly string[] = PRIMARY_LEVELS;

export const WAITLIST_PROGRAMMES = ['JET_NET', 'JET_NET_JUNIOR'] as const;
export type WaitlistProgramme = (typeof WAITLIST_PROGRAMMES)[number];

/** The programmes whose waiting list a school with these levels may join. */
export function eligibleProgrammes(levels: readonly string[]): WaitlistProgramme[] {
  return WAITLIST_PROGRAMMES.filter((programme) =>
    levels.some((level) => (programme === 'JET_NET' ? SECONDARY : PRIMARY).includes(level)),
  );
}

/** The expected wait in Dutch words, rounded as the api rounds its English ones (days, weeks, months, years). */
export function waitText(intl: IntlShape, days: number | null | undefined): string {
  if (days === null || days === undefined) return intl.formatMessage({ id: 'teacher.waitlist.wait.unknown' });
  if (days < 14) return intl.formatMessage({ id: 'teacher.waitlist.wait.days' }, { count: days });
  if (days < 60)
    return intl.formatMessage({ id: 'teacher.waitlist.wait.weeks' }, { count: Math.round(days / 7) });
  if (days < 730) {
    return intl.formatMessage({ id: 'teacher.waitlist.wait.months' }, { count: Math.round(days / 30.4) });
  }
  return intl.formatMessage({ id: 'teacher.waitlist.wait.years' }, { count: Math.round(days / 365) });
}

const EVENT_KINDS = [
  'JOINED',
  'WITHDRAWN',
  'PRIORITY_CHANGED',
  'OFFERED',
  'OFFER_REMINDER_SENT',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'OFFER_EXPIRED',
  'OFFER_REVOKED',
  'PLACED',
  'REPAIRED',
];

/** What happened, in Dutch (an unknown kind as the api names it). */
export const eventKindText = (intl: IntlShape, kind: string): string =>
  EVENT_KINDS.includes(kind) ? intl.formatMessage({ id: `teacher.waitlist.event.${kind}` }) : kind;

const ACTORS = ['TEACHER', 'COMPANY', 'COORDINATOR', 'ADMIN', 'SYSTEM'];

/** Who did it, in Dutch. */
export const actorText = (intl: IntlShape, role: string): string =>
  ACTORS.includes(role) ? intl.formatMessage({ id: `teacher.waitlist.actor.${role}` }) : role;
