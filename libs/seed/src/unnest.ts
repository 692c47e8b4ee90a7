// Rows travel to PostgreSQL as one array per column, for INSERT ... SELECT FROM unnest(...).

/** The columns of `rows`: one array per picked field. */
export function columns<T>(rows: readonly T[], pick: Array<(row: T) => unknown>): unknown[][] {
  return pick.map((get) => rows.map(get));
}

/** A PostgreSQL array literal, {"a","b c"}: array columns travel as text (unnest would flatten them). */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
