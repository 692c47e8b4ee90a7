import { useMemo } from 'react';
import { problemsOf, type Problem } from '../../../app/errors';

const NONE: Problem[] = [];

/**
 * The problems of a query that failed without data, kept as one array while nothing changes: the ErrorSummary
 * takes focus whenever its problems change, so a new array on every render would keep pulling focus.
 */
export function useLoadProblems(error: unknown, data: unknown): Problem[] {
  return useMemo(() => (error && !data ? problemsOf(error) : NONE), [error, data]);
}
