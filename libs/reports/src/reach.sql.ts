// The set-based statements behind the reach reports. A school year runs 1 August – 31 July (Dutch time) and is
// named by the year it starts (as schoolYearOf of @app/matching); the statements compare timestamps with the
// years' bounds rather than convert every row.

// When a booking takes place: the date the school asked for, else the activity's start (bookingDate of
// @app/bookings), else, for a booking from the matching over a whole period, when it was completed or answered.
const BOOKING_AT = 'coalesce(b.preferred_date, a.starts_at, b.completed_at, b.responded_at, b.created_at)';

// The bookings that reach a school (a placement on a partner waiting list reaches one too).
const REACHING_BOOKING = `b.status IN ('ACCEPTED', 'COMPLETED')`;

// The start of school year `year` (1 August, Dutch time) as a timestamptz.
const yearStart = (year: string) => `make_timestamptz(${year}, 8, 1, 0, 0, 0, 'Europe/Amsterdam')`;

/**
 * One row per province and programme for school year `$1`: `$2` the provinces, `$3` the programmes with `$4`
 * the comma-joined levels each serves (same order), each in the order the report lists them. Reach is counted
 * in this year and the one before (for repeat schools); every step is a scan, a hash join or an aggregate, so
 * the planner's guesses about the year conditions cannot turn it into nested loops.
 */
export const REACH_SQL = `
WITH bounds AS (
  SELECT ${yearStart('$1 - 1')} AS before_starts, ${yearStart('$1')} AS starts, ${yearStart('$1 + 1')} AS ends
),
cells AS (
  SELECT p.province, p.pos AS province_pos, g.programme, g.pos AS programme_pos,
         string_to_array(g.levels, ',') AS levels
    FROM unnest($2::text[]) WITH ORDINALITY AS p(province, pos)
   CROSS JOIN unnest($3::text[], $4::text[]) WITH ORDINALITY AS g(programme, levels, pos)
),
-- Whether the school is of the programme's levels is decided here, per row, against its cell. OFFSET 0 keeps the
-- bookings' joins apart: the planner expects few rows from the cells join and would look up each location.
booked AS (
  SELECT c.province, c.programme, b.id, b.school_id, s.levels && c.levels AS eligible, b.status, b.group_size,
         b.company_id, CASE WHEN b.at >= y.starts THEN $1 ELSE $1 - 1 END AS year
    FROM (SELECT b.id, b.school_id, b.status, b.group_size, a.programme, l.company_id, ${BOOKING_AT} AS at
            FROM bookings b
            JOIN activities a ON a.id = b.activity_id
            JOIN company_locations l ON l.id = a.location_id
           WHERE ${REACHING_BOOKING}
             AND ${BOOKING_AT} >= ${yearStart('$1 - 1')} AND ${BOOKING_AT} < ${yearStart('$1 + 1')}
          OFFSET 0) b
    JOIN schools s ON s.id = b.school_id
    JOIN cells c ON c.province = s.province AND c.programme = b.programme
   CROSS JOIN bounds y
),
reach AS (
  SELECT province, programme, school_id, eligible, company_id, year FROM booked
  UNION ALL
  SELECT c.province, c.programme, w.school_id, s.levels && c.levels, l.company_id,
         CASE WHEN w.placed_at >= y.starts THEN $1 ELSE $1 - 1 END
    FROM waitlist_entries w
    JOIN schools s ON s.id = w.school_id
    JOIN cells c ON c.province = s.province AND c.programme = w.programme
    JOIN company_locations l ON l.id = w.placed_location_id
   CROSS JOIN bounds y
   WHERE w.status = 'PLACED' AND w.placed_at >= y.before_starts AND w.placed_at < y.ends
),
-- Each school reached in either year once.
per_school AS (
  SELECT province, programme, eligible, bool_or(year = $1) AS reached, bool_or(year = $1 - 1) AS reached_before
    FROM reach GROUP BY province, programme, school_id, eligible
),
schools_reached AS (
  SELECT province, programme,
         count(*) FILTER (WHERE reached)::int AS reached,
         count(*) FILTER (WHERE reached AND reached_before)::int AS repeat,
         count(*) FILTER (WHERE reached AND eligible)::int AS reached_eligible
    FROM per_school GROUP BY 1, 2
),
companies AS (
  SELECT province, programme, count(DISTINCT company_id)::int AS active FROM reach WHERE year = $1 GROUP BY 1, 2
),
given AS (
  SELECT b.province, b.programme, count(*)::int AS activities, sum(b.group_size)::int AS pupils,
         round(avg(v.rating), 2)::float8 AS rating
    FROM booked b LEFT JOIN reviews v ON v.booking_id = b.id
   WHERE b.year = $1 AND b.status = 'COMPLETED'
   GROUP BY 1, 2
),
-- The schools that could take part: per province and level set first (a few dozen sets), then per cell.
eligible AS (
  SELECT c.province, c.programme, sum(x.schools)::int AS schools
    FROM (SELECT province, levels, count(*) AS schools FROM schools
           WHERE province = ANY($2::text[]) GROUP BY 1, 2) x
    JOIN cells c ON c.province = x.province AND x.levels && c.levels
   GROUP BY 1, 2
),
-- On the list at the end of the year (the start of 1 August), or now while the year runs.
waiting AS (
  SELECT s.province, w.programme, count(*)::int AS entries
    FROM waitlist_entries w JOIN schools s ON s.id = w.school_id
   CROSS JOIN (SELECT least(now(), ends) AS at FROM bounds) e
   WHERE s.province = ANY($2::text[]) AND w.programme = ANY($3::text[]) AND w.joined_at < e.at
     AND coalesce(w.placed_at >= e.at, true) AND coalesce(w.withdrawn_at >= e.at, true)
   GROUP BY 1, 2
)
SELECT c.province, c.programme,
       coalesce(sr.reached, 0) AS "schoolsReached",
       coalesce(e.schools, 0) - coalesce(sr.reached_eligible, 0) AS "schoolsNotReached",
       coalesce(g.pupils, 0) AS "pupilsReached",
       coalesce(co.active, 0) AS "companiesActive",
       coalesce(g.activities, 0) AS "activitiesGiven",
       g.rating AS "averageRating",
       coalesce(sr.repeat, 0) AS "repeatSchools",
       coalesce(w.entries, 0) AS "waitingAtYearEnd"
  FROM cells c
  LEFT JOIN schools_reached sr USING (province, programme)
  LEFT JOIN eligible e USING (province, programme)
  LEFT JOIN companies co USING (province, programme)
  LEFT JOIN given g USING (province, programme)
  LEFT JOIN waiting w USING (province, programme)
 ORDER BY c.province_pos, c.programme_pos`;

// The levels the supply must serve: the one asked for, else any of the school's.
const SERVED_LEVELS = `CASE WHEN $3::text IS NULL THEN s.levels ELSE ARRAY[$3::text] END`;

/**
 * The schools of province `$2` (teaching level `$3`, when given) that nothing reached in school year `$1`, each
 * with the nearest company location that could serve it: an approved company's published activity or open supply
 * offer in that year for one of the school's levels (level `$3`, when given). Schools share a few level sets; the
 * locations serving each set are gathered once, and each school walks the GiST index on ll_to_earth in
 * nearest-neighbour order until it meets one of its set.
 */
export const UNREACHED_SQL = `
WITH bounds AS (SELECT ${yearStart('$1')} AS starts, ${yearStart('$1 + 1')} AS ends),
reached AS (
  SELECT b.school_id FROM bookings b JOIN activities a ON a.id = b.activity_id CROSS JOIN bounds y
   WHERE ${REACHING_BOOKING} AND ${BOOKING_AT} >= y.starts AND ${BOOKING_AT} < y.ends
  UNION
  SELECT w.school_id FROM waitlist_entries w CROSS JOIN bounds y
   WHERE w.status = 'PLACED' AND w.placed_at >= y.starts AND w.placed_at < y.ends
),
unreached AS (
  SELECT s.id, s.lat, s.lon, ${SERVED_LEVELS} AS served
    FROM schools s
   WHERE s.province = $2 AND ($3::text IS NULL OR $3::text = ANY(s.levels))
     AND NOT EXISTS (SELECT 1 FROM reached r WHERE r.school_id = s.id)
),
offered AS (
  SELECT a.location_id, a.levels FROM activities a CROSS JOIN bounds y
   WHERE a.status = 'PUBLISHED' AND (a.ends_at IS NULL OR a.ends_at >= y.starts)
     AND (a.starts_at IS NULL OR a.starts_at < y.ends)
  UNION ALL
  SELECT o.location_id, o.levels FROM supply_offers o CROSS JOIN bounds y
   WHERE o.status = 'OPEN' AND o.period_end >= y.starts AND o.period_start < y.ends
),
serving AS (
  SELECT sets.served, array_agg(DISTINCT o.location_id) AS locations
    FROM (SELECT DISTINCT served FROM unreached) sets
    JOIN offered o ON o.levels && sets.served
    JOIN company_locations l ON l.id = o.location_id
    JOIN companies c ON c.id = l.company_id AND c.approved
   GROUP BY sets.served
)
SELECT u.id, near.lat, near.lon
  FROM unreached u
  LEFT JOIN serving v ON v.served = u.served
  LEFT JOIN LATERAL (
    SELECT l.lat, l.lon FROM company_locations l
     WHERE l.id = ANY(v.locations)
     ORDER BY ll_to_earth(l.lat, l.lon) <-> ll_to_earth(u.lat, u.lon)
     LIMIT 1
  ) near ON true`;
