import { ActivityStatus, Province } from '@app/core';
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
  /** The provinces the record lies in; a coordinator's region must share one. */
  provinces: Province[];
}

const LOCATION_COMPANY = `JOIN company_locations l ON l.id = x.location_id JOIN companies c ON c.id = l.company_id`;

/**
 * For each resource kept in a table: its name in messages and one SELECT of its owner rows for the ids in `$1`.
 * (Provinces, the other resource, are their own owner rows: see `provinceRows`.)
 */
export const OWNERS: Record<
  Exclude<Resource, 'province'>,
  { name: string; sql: string; params?: unknown[] }
> = {
  school: {
    name: 'School',
    sql: `SELECT x.id, x.id AS school_id, NULL::uuid AS company_id, NULL::boolean AS approved, false AS hidden,
                 ARRAY[x.province] AS provinces
            FROM schools x WHERE x.id = ANY($1::uuid[])`,
  },
  company: {
    name: 'Company',
    // A company lies in every province where it has a location.
    sql: `SELECT x.id, NULL::uuid AS school_id, x.id AS company_id, x.approved, false AS hidden,
                 ARRAY(SELECT DISTINCT l.province FROM company_locations l WHERE l.company_id = x.id) AS provinces
            FROM companies x WHERE x.id = ANY($1::uuid[])`,
  },
  location: {
    name: 'Company location',
    sql: `SELECT x.id, NULL::uuid AS school_id, x.company_id, c.approved, false AS hidden,
                 ARRAY[x.province] AS provinces
            FROM company_locations x JOIN companies c ON c.id = x.company_id WHERE x.id = ANY($1::uuid[])`,
  },
  activity: {
    name: 'Activity',
    sql: `SELECT x.id, NULL::uuid AS school_id, l.company_id, c.approved, x.status = $2 AS hidden,
                 ARRAY[l.province] AS provinces
            FROM activities x ${LOCATION_COMPANY} WHERE x.id = ANY($1::uuid[])`,
    params: [ActivityStatus.DRAFT],
  },
  booking: {
    name: 'Booking',
    // A booking lies where its school is.
    sql: `SELECT x.id, x.school_id, l.company_id, c.approved, false AS hidden, ARRAY[s.province] AS provinces
            FROM bookings x JOIN schools s ON s.id = x.school_id JOIN activities a ON a.id = x.activity_id
            JOIN company_locations l ON l.id = a.location_id JOIN companies c ON c.id = l.company_id
           WHERE x.id = ANY($1::uuid[])`,
  },
  schoolRequest: {
    name: 'School request',
    sql: `SELECT x.id, x.school_id, NULL::uuid AS company_id, NULL::boolean AS approved, false AS hidden,
                 ARRAY[s.province] AS provinces
            FROM school_requests x JOIN schools s ON s.id = x.school_id WHERE x.id = ANY($1::uuid[])`,
  },
  supplyOffer: {
    name: 'Supply offer',
    // An offer lies in the provinces it reaches, and where its location is.
    sql: `SELECT x.id, NULL::uuid AS school_id, l.company_id, c.approved, false AS hidden,
                 array_append(x.reach_provinces, l.province) AS provinces
            FROM supply_offers x ${LOCATION_COMPANY} WHERE x.id = ANY($1::uuid[])`,
  },
  waitlistEntry: {
    name: 'Waiting-list entry',
    sql: `SELECT x.id, x.school_id, NULL::uuid AS company_id, NULL::boolean AS approved, false AS hidden,
                 ARRAY[x.province] AS provinces
            FROM waitlist_entries x WHERE x.id = ANY($1::uuid[])`,
  },
  // A proposal lies in the province of its run.
  proposal: {
    name: 'Proposal',
    sql: `SELECT x.id, NULL::uuid AS school_id, NULL::uuid AS company_id, NULL::boolean AS approved,
                 false AS hidden, ARRAY[r.province] AS provinces
            FROM match_proposals x JOIN match_runs r ON r.id = x.run_id WHERE x.id = ANY($1::uuid[])`,
  },
};

/** The owner rows of provinces named as records (valid Province values only; others are not found). */
export function provinceRows(ids: readonly string[]): OwnerRow[] {
  return ids
    .filter((id): id is Province => (Object.values(Province) as string[]).includes(id))
    .map((id) => ({ id, school_id: null, company_id: null, approved: null, hidden: false, provinces: [id] }));
}
