// Dates in the forms are calendar days in the Netherlands ('2026-03-14'); the api stores moments. A day starts at
// 00:00 and ends at 23:59 Dutch time, whatever the browser's own time zone.

const ZONE = 'Europe/Amsterdam';

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written as YYYY-MM-DD. */
export function isDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Minutes Amsterdam is ahead of UTC at `instant`.
function offsetMinutes(instant: number): number {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    +parts.year,
    +parts.month - 1,
    +parts.day,
    +parts.hour,
    +parts.minute,
    +parts.second,
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

function dutchTime(day: string, hour: number, minute: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // The offset at the wall time read as UTC is right except within an hour of a switch, which midnight and
  // 23:59 never are.
  return new Date(wall - offsetMinutes(wall) * 60_000).toISOString();
}

/** The moment a Dutch day begins (00:00 in the Netherlands), as the api's DateTime. */
export function startOfDutchDay(day: string): string {
  return dutchTime(day, 0, 0);
}

/** The last minute of a Dutch day (23:59 in the Netherlands), as the api's DateTime. */
export function endOfDutchDay(day: string): string {
  return dutchTime(day, 23, 59);
}

/** The Dutch calendar day of a moment: '2026-03-14'; '' for none. */
export function dutchDayOf(moment: string | Date | null | undefined): string {
  if (!moment) return '';
  return DAY.format(typeof moment === 'string' ? new Date(moment) : moment);
}

/** The school year (1 August – 31 July) of a day, named by the year it starts: 2025 for 2025/26. */
export function schoolYearOfDay(day: string): number {
  const [year, month] = day.split('-').map(Number);
  return month >= 8 ? year : year - 1;
}

/** The first day the api accepts, and ten years ahead of `now`: dates outside are typos. */
export function plausibleDayRange(now: Date): { first: string; last: string } {
  const today = dutchDayOf(now);
  return { first: '2015-01-01', last: `${Number(today.slice(0, 4)) + 10}${today.slice(4)}` };
}
