import { splitByField, type Problem } from '../../app/errors';

/**
 * Splits the api's problems into those of a form's fields and the rest. `aliases` maps the api's field names to the
 * form's where they differ; `byReason` places a problem that names no field (WEAK_PASSWORD beside the password).
 */
export function formProblems<F extends string>(
  problems: Problem[],
  fields: readonly F[],
  { aliases = {}, byReason = {} }: { aliases?: Record<string, F>; byReason?: Record<string, F> } = {},
): { byField: Partial<Record<F, Problem>>; rest: Problem[] } {
  const placed = problems.map((problem) => {
    const named = problem.field ? (aliases[problem.field] ?? problem.field) : undefined;
    const field =
      named && (fields as readonly string[]).includes(named)
        ? named
        : problem.reason
          ? byReason[problem.reason]
          : undefined;
    return field ? { ...problem, field } : problem;
  });
  return splitByField(placed, fields);
}

/** The first of `fields` (in the form's order) with a problem: it takes the focus after a refused submit. */
export function firstWithProblem<F extends string>(
  byField: Partial<Record<F, Problem>>,
  fields: readonly F[],
): F | undefined {
  return fields.find((field) => byField[field]);
}
