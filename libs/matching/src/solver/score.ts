/** Points per session; the weights add up to MAX_SCORE. */
export const SCORE_WEIGHTS = {
  /** Share of the request's themes that the supply offers. */
  theme: 30,
  /** Nearer is better, relative to how far the company travels. */
  distance: 30,
  /** The school had no activity in this school year yet. */
  firstActivity: 25,
  /** One point for each full week the request waited, up to this many. */
  waiting: 15,
} as const;

export const MAX_SCORE =
  SCORE_WEIGHTS.theme + SCORE_WEIGHTS.distance + SCORE_WEIGHTS.firstActivity + SCORE_WEIGHTS.waiting;

export const DAYS_PER_WAITING_POINT = 7;

/** The integer score per session of a pair; every part is a whole number so flow costs stay exact. */
export function pairScore(input: {
  requestThemes: number;
  sharedThemes: number;
  distanceKm: number;
  maxTravelKm: number;
  hadActivityThisYear: boolean;
  waitingDays: number;
}): number {
  const theme =
    input.requestThemes > 0
      ? Math.round((SCORE_WEIGHTS.theme * input.sharedThemes) / input.requestThemes)
      : 0;
  const closeness = Math.max(0, Math.min(1, 1 - input.distanceKm / input.maxTravelKm));
  const distance = Math.round(SCORE_WEIGHTS.distance * closeness);
  const first = input.hadActivityThisYear ? 0 : SCORE_WEIGHTS.firstActivity;
  const waiting = Math.min(
    SCORE_WEIGHTS.waiting,
    Math.floor(Math.max(0, input.waitingDays) / DAYS_PER_WAITING_POINT),
  );
  return theme + distance + first + waiting;
}
