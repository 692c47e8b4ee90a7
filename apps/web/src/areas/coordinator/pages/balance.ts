import { ActivityType, EducationLevel } from '../../../../../../libs/core/src/enums';

// The region dashboard's arithmetic: the api's rows of regionalBalance put together per type and level (over
// one or more provinces) and a step of the heat scale for each cell. Pure, so that it is tested on its own.

/** One row of regionalBalance, as the page asks for it. */
export interface BalanceRow {
  province: string;
  type: string;
  level: string;
  demandSessions: number;
  supplySessions: number;
  shortfallSessions: number;
}

/** Demand, supply and shortfall in sessions, summed. */
export interface Tally {
  demand: number;
  supply: number;
  shortfall: number;
}

/**
 * The steps of the heat scale, from no need to the largest gap. Each has a colour (CSS class), a shape and a
 * word, so that colour is never the only sign. `share` is the part of the demand not covered.
 */
export type HeatStep = 'noDemand' | 'covered' | 'small' | 'medium' | 'large';

export const HEAT_STEPS: readonly HeatStep[] = ['noDemand', 'covered', 'small', 'medium', 'large'];

/** The shape shown beside the number of each step (the legend explains them). */
export const HEAT_SYMBOL: Record<HeatStep, string> = {
  noDemand: '○',
  covered: '✓',
  small: '◔',
  medium: '◑',
  large: '●',
};

/** The fill of each step, for the map (region.css gives the table cells the same colours). */
export const HEAT_FILL: Record<HeatStep, string> = {
  noDemand: '#f3f6f7',
  covered: '#d6eedc',
  small: '#fff1bf',
  medium: '#ffd1a3',
  large: '#f5b3b3',
};

/** The step of a cell: by the part of its demand that no supply covers (thirds). */
export function heatStep({ demand, shortfall }: Tally): HeatStep {
  if (demand <= 0) return 'noDemand';
  if (shortfall <= 0) return 'covered';
  const share = shortfall / demand;
  if (share <= 1 / 3) return 'small';
  if (share <= 2 / 3) return 'medium';
  return 'large';
}

const add = (a: Tally, row: BalanceRow): Tally => ({
  demand: a.demand + row.demandSessions,
  supply: a.supply + row.supplySessions,
  // Per province: supply in one province does not cover demand in another (an offer reaching two counts in both).
  shortfall: a.shortfall + row.shortfallSessions,
});

const ZERO: Tally = { demand: 0, supply: 0, shortfall: 0 };

function tallyBy(rows: readonly BalanceRow[], key: (row: BalanceRow) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const row of rows) tallies.set(key(row), add(tallies.get(key(row)) ?? ZERO, row));
  return tallies;
}

const TYPE_ORDER: string[] = Object.values(ActivityType);
const LEVEL_ORDER: string[] = Object.values(EducationLevel);
const inOrder = (order: string[]) => (a: string, b: string) => order.indexOf(a) - order.indexOf(b);

/** The heat table: the types and levels that occur (in the domain's order) and the tally of each cell. */
export interface BalanceMatrix {
  types: string[];
  levels: string[];
  /** Undefined: neither demand nor supply of this type for this level. */
  cell(type: string, level: string): Tally | undefined;
}

export function balanceMatrix(rows: readonly BalanceRow[]): BalanceMatrix {
  const cells = tallyBy(rows, (row) => `${row.type}|${row.level}`);
  return {
    types: [...new Set(rows.map((row) => row.type))].sort(inOrder(TYPE_ORDER)),
    levels: [...new Set(rows.map((row) => row.level))].sort(inOrder(LEVEL_ORDER)),
    cell: (type, level) => cells.get(`${type}|${level}`),
  };
}

/**
 * Demand and supply per activity type and level (over the provinces), in the domain's order: the bar chart and
 * its table. Not summed over levels: an offer (or a request) for havo and vwo counts at both levels.
 */
export function tallyByCell(rows: readonly BalanceRow[]): Array<Tally & { type: string; level: string }> {
  const matrix = balanceMatrix(rows);
  return matrix.types.flatMap((type) =>
    matrix.levels.flatMap((level) => {
      const tally = matrix.cell(type, level);
      return tally ? [{ type, level, ...tally }] : [];
    }),
  );
}

/** The tally of each province that occurs, summed over its cells: the map's shading (by the share short). */
export function tallyByProvince(rows: readonly BalanceRow[]): Map<string, Tally> {
  return tallyBy(rows, (row) => row.province);
}

/** The school year (1 August – 31 July) of a moment on the Dutch calendar, named by the year it starts. */
export function schoolYearOf(moment: Date): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(moment);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return month >= 8 ? year : year - 1;
}
