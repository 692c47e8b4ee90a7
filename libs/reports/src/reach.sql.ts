// The set-based statements behind the reach report. A school year runs 1 August – 31 July (Dutch time) and is
// named by the year it starts: moving a Dutch timestamp back seven months lands 1 August on 1 January of the
// same year, so the calendar year of the result is the school year (as schoolYearOfDay of @app/matching).
const schoolYearOf = (at: string) =>
  `date_part('year', (${at}) AT TIME ZONE 'Europe/Amsterdam' - interval '7 months')::int`;

// When a booking takes place: the date the school asked for, else the activity's start (bookingDate of
// @app/bookings), else, for a booking from the matching over a whole period, when it was completed or answered.
const BOOKING_YEAR = schoolYearOf(
  'coalesce(b.preferred_date, a.starts_at, b.completed_at, b.responded_at, b.created_at)',
);

/** What reaches a school: an accepted or completed booking, or a placement on a partner waiting list. */
const REACHING_BOOKING = `b.status IN ('ACCEPTED', 'COMPLETED')`;

/**
 * One row per province and programme for school year `$1`: `$2` the provinces, `$3` the programmes with `$4`
 * the comma-joined levels each serves (same order), each in the order the report lists them.
 */
export const REACH_SQL = `
WITH cells AS (
  SELECT p.province, p.pos AS province_pos, g.programme, g.pos AS programme_pos,
         string_to_array(g.levels, ',') AS levels
    FROM unnest($2::text[]) WITH ORDINALITY AS p(province, pos)
   CROSS JOIN unnest($3::text[], $4::text[]) WITH ORDINALITY AS g(programme, levels, pos)
),
booked AS (
  SELECT s.province, a.programme, b.id, b.school_id, b.status, b.group_size, l.company_id,
         ${BOOKING_YEAR} AS year
    FROM bookings b
    JOIN activities a ON a.id = b.activity_id
    JOIN company_locations l ON l.id = a.location_id
    JOIN schools s ON s.id = b.school_id
   WHERE ${REACHING_BOOKING} AND s.province = ANY($2::text[]) AND a.programme = ANY($3::text[])
),
reach AS (
  SELECT province, programme, school_id, company_id, year FROM booked WHERE year IN ($1, $1 - 1)
  UNION ALL
  SELECT s.province, w.programme, w.school_id, l.company_id, ${schoolYearOf('w.placed_at')}
    FROM waitlist_entries w
    JOIN schools s ON s.id = w.school_id
    JOIN company_locations l ON l.id = w.placed_location_id
   WHERE w.status = 'PLACED' AND s.province = ANY($2::text[]) AND w.programme = ANY($3::text[])
     AND ${schoolYearOf('w.placed_at')} IN ($1, $1 - 1)
),
reached AS (SELECT DISTINCT province, programme, school_id FROM reach WHERE year = $1),
reached_before AS (SELECT DISTINCT province, programme, school_id FROM reach WHERE year = $1 - 1),
schools_reached AS (
  SELECT r.province, r.programme, count(*)::int AS reached, count(p.school_id)::int AS repeat
    FROM reached r LEFT JOIN reached_before p USING (province, programme, school_id)
   GROUP BY 1, 2
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
not_reached AS (
  SELECT c.province, c.programme, count(*)::int AS schools
    FROM cells c JOIN schools s ON s.province = c.province AND s.levels && c.levels
   WHERE NOT EXISTS (SELECT 1 FROM reached r
                      WHERE r.province = c.province AND r.programme = c.programme AND r.school_id = s.id)
   GROUP BY 1, 2
),
-- On the list at the end of the year (the start of 1 August), or now while the year runs.
year_end AS (SELECT least(now(), make_timestamptz($1 + 1, 8, 1, 0, 0, 0, 'Europe/Amsterdam')) AS at),
waiting AS (
  SELECT s.province, w.programme, count(*)::int AS entries
    FROM waitlist_entries w JOIN schools s ON s.id = w.school_id CROSS JOIN year_end e
   WHERE s.province = ANY($2::text[]) AND w.programme = ANY($3::text[]) AND w.joined_at < e.at
     AND coalesce(w.placed_at >= e.at, true) AND coalesce(w.withdrawn_at >= e.at, true)
   GROUP BY 1, 2
)
SELECT c.province, c.programme,
       coalesce(sr.reached, 0) AS "schoolsReached",
       coalesce(nr.schools, 0) AS "schoolsNotReached",
       coalesce(g.pupils, 0) AS "pupilsReached",
       coalesce(co.active, 0) AS "companiesActive",
       coalesce(g.activities, 0) AS "activitiesGiven",
       g.rating AS "averageRating",
       coalesce(sr.repeat, 0) AS "repeatSchools",
       coalesce(w.entries, 0) AS "waitingAtYearEnd"
  FROM cells c
  LEFT JOIN schools_reached sr USING (province, programme)
  LEFT JOIN not_reached nr USING (province, programme)
  LEFT JOIN companies co USING (province, programme)
  LEFT JOIN given g USING (province, programme)
  LEFT JOIN waiting w USING (province, programme)
 ORDER BY c.province_pos, c.programme_pos`;

// The levels the supply must serve: the one asked for, else any of the school's.
const SERVED_LEVELS = `CASE WHEN $3::text IS NULL THEN s.levels ELSE ARRAY[$3::text] END`;

/**
 * The schools of province `$2` (teaching level `$3`, when given) that nothing reached in school year `$1`, each
 * with the nearest company location that could serve it: an approved company's published activity or open supply
 * offer for one of the school's levels (level `$3`, when given) in that year. The nearest location comes from
 * the GiST index on ll_to_earth (nearest-neighbour order), walking outward until a location qualifies.
 */
export const UNREACHED_SQL = `
WITH bounds AS (
  SELECT make_timestamptz($1, 8, 1, 0, 0, 0, 'Europe/Amsterdam') AS starts,
         make_timestamptz($1 + 1, 8, 1, 0, 0, 0, 'Europe/Amsterdam') AS ends
),
reached AS (
  SELECT b.school_id FROM bookings b JOIN activities a ON a.id = b.activity_id
   WHERE ${REACHING_BOOKING} AND ${BOOKING_YEAR} = $1
  UNION
  SELECT w.school_id FROM waitlist_entries w WHERE w.status = 'PLACED' AND ${schoolYearOf('w.placed_at')} = $1
)
SELECT s.id, near.lat, near.lon
  FROM schools s
 CROSS JOIN bounds y
  LEFT JOIN LATERAL (
    SELECT l.lat, l.lon
      FROM company_locations l JOIN companies c ON c.id = l.company_id
     WHERE c.approved
       AND (EXISTS (SELECT 1 FROM activities a
                     WHERE a.location_id = l.id AND a.status = 'PUBLISHED'
                       AND a.levels && ${SERVED_LEVELS}
                       AND (a.ends_at IS NULL OR a.ends_at >= y.starts)
                       AND (a.starts_at IS NULL OR a.starts_at < y.ends))
         OR EXISTS (SELECT 1 FROM supply_offers o
                     WHERE o.location_id = l.id AND o.status = 'OPEN'
                       AND o.levels && ${SERVED_LEVELS}
                       AND o.period_end >= y.starts AND o.period_start < y.ends))
     ORDER BY ll_to_earth(l.lat, l.lon) <-> ll_to_earth(s.lat, s.lon)
     LIMIT 1
  ) near ON true
 WHERE s.province = $2 AND ($3::text IS NULL OR $3::text = ANY(s.levels))
   AND NOT EXISTS (SELECT 1 FROM reached r WHERE r.school_id = s.id)`;
