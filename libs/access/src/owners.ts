import { ActivityStatus } from '@app/core';
import type { Resource } from './permission';

/** Who a record belongs to, as the access layer checks it. A record may have several rows (several owners). */
export interface OwnerRow {
  id: string;
  school_id: string | null;
  company_id: string | null;
  /** Whether the owning company is approved (null for school records). */
  approved: boolean | null;
  /** A record others may not even know exists (a draft): refusals say NOT_FOUND instead of FORBIDDEN. */
  hidden: boolean;
}

const LOCATION_COMPANY = `JOIN company_locations l ON l.id = x.location_id JOIN companies c ON c.id = l.company_id`;

/** For each resource: its name in messages and one SELECT of its owner rows for the ids in `$1`. */
export const OWNERS: Record<Resource, { name: string; sql: string; params?: unknown[] }> = {
  school: {
    name: 'School',
    sql: `SELECT x.id, x.id AS school_id, NULL::uuid AS company_id, NULL::boolean AS approved, false AS hidden
            FROM schools x WHERE x.id = ANY($1::uuid[])`,
  },
  company: {
    name: 'Company',
    sql: `SELECT x.id, NULL::uuid AS school_id, x.id AS company_id, x.approved, false AS hidden
            FROM companies x WHERE x.id = ANY($1::uuid[])`,
  },
  location: {
    name: 'Company location',
    sql: `SELECT x.id, NULL::uuid AS school_id, x.company_id, c.approved, false AS hidden
            FROM company_locations x JOIN companies c ON c.id = x.company_id WHERE x.id = ANY($1::uuid[])`,
  },
  activity: {
    name: 'Activity',
    sql: `SELECT x.id, NULL::uuid AS school_id, l.company_id, c.approved, x.status = $2 AS hidden
            FROM activities x ${LOCATION_COMPANY} WHERE x.id = ANY($1::uuid[])`,
    params: [ActivityStatus.DRAFT],
  },
  booking: {
    name: 'Booking',
    sql: `SELECT x.id, x.school_id, l.company_id, c.approved, false AS hidden
            FROM bookings x JOIN activities a ON a.id = x.activity_id
            JOIN company_locations l ON l.id = a.location_id JOIN companies c ON c.id = l.company_id
           WHERE x.id = ANY($1::uuid[])`,
  },
  schoolRequest: {
    name: 'School request',
    sql: `SELECT x.id, x.school_id, NULL::uuid AS company_id, NULL::boolean AS approved, false AS hidden
            FROM school_requests x WHERE x.id = ANY($1::uuid[])`,
  },
  supplyOffer: {
    name: 'Supply offer',
    sql: `SELECT x.id, NULL::uuid AS school_id, l.company_id, c.approved, false AS hidden
            FROM supply_offers x ${LOCATION_COMPANY} WHERE x.id = ANY($1::uuid[])`,
  },
  waitlistEntry: {
    name: 'Waiting-list entry',
    sql: `SELECT x.id, x.school_id, NULL::uuid AS company_id, NULL::boolean AS approved, false AS hidden
            FROM waitlist_entries x WHERE x.id = ANY($1::uuid[])`,
  },
};
