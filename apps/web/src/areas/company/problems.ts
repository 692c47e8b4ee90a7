import { useMemo } from 'react';
import { problemsOf, splitByField, type Problem } from '../../app/errors';

// The ErrorSummary takes the focus whenever its list changes: these keep the list the same object between
// renders (typing in a field re-renders a form), so that the focus moves only for new problems.

/** The problems of a failed query, the same array while the error is the same. */
export const useLoadProblems = (error: unknown): Problem[] => useMemo(() => problemsOf(error), [error]);

/** `splitByField`, the same result while the problems are the same. */
export function useSplitProblems<F extends string>(problems: Problem[], fields: readonly F[]) {
  // Each form passes its field list as a constant, so the memo holds.
  return useMemo(() => splitByField(problems, fields), [problems, fields]);
}
