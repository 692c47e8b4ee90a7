import { describe, expect, it } from 'vitest';
import {
  balanceMatrix,
  heatStep,
  HEAT_STEPS,
  HEAT_SYMBOL,
  schoolYearOf,
  tallyByProvince,
  tallyByCell,
} from './balance';

const row = (province: string, type: string, level: string, demand: number, supply: number) => ({
  province,
  type,
  level,
  demandSessions: demand,
  supplySessions: supply,
  shortfallSessions: Math.max(0, demand - supply),
});

describe('heat scale', () => {
  it('steps by the part of the demand that is not covered, in thirds', () => {
    const step = (demand: number, shortfall: number) => heatStep({ demand, supply: 0, shortfall });
    expect(step(0, 0)).toBe('noDemand');
    expect(step(4, 0)).toBe('covered');
    expect(step(3, 1)).toBe('small'); // exactly a third
    expect(step(10, 4)).toBe('medium');
    expect(step(3, 2)).toBe('medium'); // exactly two thirds
    expect(step(10, 7)).toBe('large');
    expect(step(5, 5)).toBe('large');
  });

  it('gives every step its own shape, so that colour is never the only sign', () => {
    expect(HEAT_STEPS).toEqual(['noDemand', 'covered', 'small', 'medium', 'large']);
    expect(new Set(HEAT_STEPS.map((s) => HEAT_SYMBOL[s])).size).toBe(HEAT_STEPS.length);
  });
});

describe('balance matrix', () => {
  const rows = [
    row('UTRECHT', 'COMPANY_VISIT', 'VWO', 0, 1),
    row('UTRECHT', 'GUEST_LESSON', 'HAVO', 3, 1),
    row('GELDERLAND', 'GUEST_LESSON', 'HAVO', 1, 4),
    row('GELDERLAND', 'COMPANY_VISIT', 'HAVO', 2, 0),
  ];

  it('lists types and levels in the domain order and sums provinces per cell, shortfall per province', () => {
    const matrix = balanceMatrix(rows);
    expect(matrix.types).toEqual(['GUEST_LESSON', 'COMPANY_VISIT']);
    expect(matrix.levels).toEqual(['HAVO', 'VWO']);
    // Gelderland's surplus does not cover Utrecht's gap.
    expect(matrix.cell('GUEST_LESSON', 'HAVO')).toEqual({ demand: 4, supply: 5, shortfall: 2 });
    expect(matrix.cell('GUEST_LESSON', 'VWO')).toBeUndefined();
  });

  it('tallies per cell for the chart (never over levels) and per province for the map', () => {
    expect(tallyByCell(rows)).toEqual([
      { type: 'GUEST_LESSON', level: 'HAVO', demand: 4, supply: 5, shortfall: 2 },
      { type: 'COMPANY_VISIT', level: 'HAVO', demand: 2, supply: 0, shortfall: 2 },
      { type: 'COMPANY_VISIT', level: 'VWO', demand: 0, supply: 1, shortfall: 0 },
    ]);
    expect(Object.fromEntries(tallyByProvince(rows))).toEqual({
      UTRECHT: { demand: 3, supply: 2, shortfall: 2 },
      GELDERLAND: { demand: 3, supply: 4, shortfall: 2 },
    });
  });

  it('is empty without rows', () => {
    const matrix = balanceMatrix([]);
    expect(matrix.types).toEqual([]);
    expect(tallyByCell([])).toEqual([]);
  });
});

describe('school year', () => {
  it('starts on 1 August on the Dutch calendar', () => {
    expect(schoolYearOf(new Date('2026-07-31T21:59:00Z'))).toBe(2025); // 23:59 in Amsterdam
    expect(schoolYearOf(new Date('2026-07-31T22:00:00Z'))).toBe(2026); // midnight, 1 August
    expect(schoolYearOf(new Date('2027-01-15T12:00:00Z'))).toBe(2026);
  });
});
