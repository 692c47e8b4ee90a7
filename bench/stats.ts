/** The `q` quantile (0..1) of ascending `sorted` values, nearest rank; NaN for none. */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
