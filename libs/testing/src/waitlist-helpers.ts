import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { EducationLevel, Province, type Actor, type Role } from '@app/core';
import { SchoolEntity } from '@app/catalogue';
import { SessionService, actorOf, type UserEntity } from '@app/identity';
import { SchoolFactory } from './factories/catalogue.factory';
import { UserFactory } from './factories/user.factory';

export const EINDHOVEN = { lat: 51.4381, lon: 5.4752 };

let counter = 0;

/** Inserts `n` schools around a point (within about 5 km), in one statement. */
export async function createSchools(
  ds: DataSource,
  n: number,
  {
    near = EINDHOVEN,
    levels = [EducationLevel.HAVO, EducationLevel.VWO],
    province = Province.NOORD_BRABANT,
  }: { near?: { lat: number; lon: number }; levels?: EducationLevel[]; province?: Province } = {},
): Promise<SchoolEntity[]> {
  const rows = Array.from({ length: n }, () => {
    counter += 1;
    const brin = `W${counter.toString(36).toUpperCase().padStart(3, '0')}`;
    return SchoolFactory.from({
      vestigingscode: `${brin}00`,
      brin,
      name: `Wachtlijstschool ${counter}`,
      province,
      levels,
      lat: near.lat + (Math.random() - 0.5) * 0.08,
      lon: near.lon + (Math.random() - 0.5) * 0.12,
    }).build();
  });
  return ds.getRepository(SchoolEntity).save(rows, { chunk: 200 });
}

/** A user, its actor and a token for it, without the cost of argon2 (the tests do not log in). */
export async function userToken(
  app: INestApplicationContext,
  ds: DataSource,
  role: Role,
  overrides: Partial<UserEntity> = {},
): Promise<{ user: UserEntity; actor: Actor; token: string }> {
  const user = await UserFactory.from({ role, ...overrides }).insert(ds);
  const actor = actorOf(user);
  return { user, actor, token: (await app.get(SessionService).start(user)).accessToken };
}

/** Every broken waiting-list invariant, in words; empty when all hold. */
export async function invariantViolations(ds: DataSource): Promise<string[]> {
  const checks: Array<[string, string]> = [
    [
      'more than one active entry for a school and programme',
      `SELECT school_id::text AS x FROM waitlist_entries WHERE status <> 'WITHDRAWN'
        GROUP BY school_id, programme HAVING count(*) > 1`,
    ],
    [
      'a school placed twice in a programme',
      `SELECT school_id::text AS x FROM waitlist_entries WHERE status = 'PLACED'
        GROUP BY school_id, programme HAVING count(*) > 1`,
    ],
    [
      'more than one pending offer for an entry',
      `SELECT entry_id::text AS x FROM partner_offers WHERE status = 'PENDING'
        GROUP BY entry_id HAVING count(*) > 1`,
    ],
    [
      'a location with more placed + pending than slots (and something pending)',
      `SELECT c.location_id || ' ' || c.programme || ' slots ' || c.slots || ' placed ' || u.placed
              || ' pending ' || u.pending AS x
         FROM partner_capacity c,
              LATERAL (SELECT
                (SELECT count(*) FROM waitlist_entries e WHERE e.placed_location_id = c.location_id
                   AND e.programme = c.programme AND e.status = 'PLACED') AS placed,
                (SELECT count(*) FROM partner_offers o WHERE o.location_id = c.location_id
                   AND o.programme = c.programme AND o.status = 'PENDING') AS pending) u
        WHERE u.placed + u.pending > c.slots AND u.pending > 0`,
    ],
    [
      'an entry whose status does not match its pending offer (OFFERED iff one pending offer)',
      `SELECT e.id::text || ' ' || e.status AS x FROM waitlist_entries e
        WHERE (e.status = 'OFFERED') <> EXISTS
              (SELECT 1 FROM partner_offers o WHERE o.entry_id = e.id AND o.status = 'PENDING')`,
    ],
    [
      'an offer for another programme than its entry',
      `SELECT o.id::text AS x FROM partner_offers o JOIN waitlist_entries e ON e.id = o.entry_id
        WHERE o.programme <> e.programme`,
    ],
    [
      'a placed entry without an accepted offer or placement event',
      `SELECT e.id::text AS x FROM waitlist_entries e WHERE e.status = 'PLACED'
          AND NOT EXISTS (SELECT 1 FROM waitlist_events v WHERE v.entry_id = e.id AND v.kind = 'PLACED')`,
    ],
  ];
  const problems: string[] = [];
  for (const [what, sql] of checks) {
    const rows = await ds.query<Array<{ x: string }>>(sql);
    for (const row of rows) problems.push(`${what}: ${row.x}`);
  }
  return problems;
}

/** Per capacity row: slots, placed, pending. */
export async function capacityUsage(
  ds: DataSource,
): Promise<
  Array<{ location_id: string; programme: string; slots: number; placed: number; pending: number }>
> {
  return ds.query(
    `SELECT c.location_id, c.programme, c.slots,
            (SELECT count(*) FROM waitlist_entries e WHERE e.placed_location_id = c.location_id
               AND e.programme = c.programme AND e.status = 'PLACED')::int AS placed,
            (SELECT count(*) FROM partner_offers o WHERE o.location_id = c.location_id
               AND o.programme = c.programme AND o.status = 'PENDING')::int AS pending
       FROM partner_capacity c ORDER BY c.location_id, c.programme`,
  );
}

/** Deletes the Redis keys of one queue prefix (never FLUSHALL: other suites share this Redis). */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl);
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
