import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useCallback } from 'react';
import { useIntl, type IntlShape } from 'react-intl';

/** One refusal of the api as the web app shows it: beside its field when it names one, else in the summary. */
export interface Problem {
  code: string;
  reason?: string;
  field?: string;
  /** The api's own (English) message: shown only when no Dutch text exists. */
  message: string;
}

/** The problems in an error of Apollo Client (GraphQL errors, or one NETWORK problem). */
export function problemsOf(error: unknown): Problem[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const ext = (e.extensions ?? {}) as { code?: unknown; reason?: unknown; field?: unknown };
      return {
        code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
        reason: typeof ext.reason === 'string' ? ext.reason : undefined,
        field: typeof ext.field === 'string' ? ext.field : undefined,
        message: e.message,
      };
    });
  }
  if (ServerError.is(error) && error.statusCode >= 500) {
    return [{ code: 'INTERNAL_SERVER_ERROR', message: error.message }];
  }
  return [{ code: 'NETWORK', message: error instanceof Error ? error.message : 'network error' }];
}

/** The Dutch (or English) text of a problem: its reason's text, else its code's. */
export function problemText(intl: IntlShape, problem: Problem): string {
  const reasonId = problem.reason ? `error.reason.${problem.reason}` : undefined;
  if (reasonId && intl.messages[reasonId]) return intl.formatMessage({ id: reasonId });
  const codeId = `error.code.${problem.code}`;
  if (intl.messages[codeId]) return intl.formatMessage({ id: codeId });
  return problem.message;
}

/** Splits problems into those of the given form fields and the rest (for the summary). */
export function splitByField<F extends string>(
  problems: Problem[],
  fields: readonly F[],
): { byField: Partial<Record<F, Problem>>; rest: Problem[] } {
  const byField: Partial<Record<F, Problem>> = {};
  const rest: Problem[] = [];
  for (const problem of problems) {
    const field = fields.find((name) => name === problem.field);
    if (field && !byField[field]) byField[field] = problem;
    else rest.push(problem);
  }
  return { byField, rest };
}

/**
 * The text to show beside a form field: the client-side check's message (a text id, formatted with `values`)
 * first, else the api's problem with the field, in the reader's language.
 */
export function useFieldErrorText(
  values?: Record<string, string | number>,
): (messageId: string | undefined, problem?: Problem) => string | undefined {
  const intl = useIntl();
  return useCallback(
    (messageId, problem) =>
      messageId
        ? intl.formatMessage({ id: messageId }, values)
        : problem
          ? problemText(intl, problem)
          : undefined,
    [intl, values],
  );
}
