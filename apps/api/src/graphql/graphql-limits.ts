import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ValidationRule } from 'graphql';
import { ERROR_REASONS, type ErrorReason } from '@app/core';

// The heaviest real documents (search with hits and all facets, the matching run with its proposals, the
// benchmarks' requests) stay well inside these; the issue-14 attacks (locations nested 14 levels deep, 2,000
// aliased searches) do not.
export const GRAPHQL_LIMITS = {
  maxDepth: 8,
  maxCost: 2000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
} as const;

// Armor reports its refusals as "Syntax Error: ..." without telling them apart: a client gets the reason instead.
const refuse =
  (reason: ErrorReason): GraphQLArmorRejectCallback =>
  (context, error) => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: ERROR_REASONS[reason], reason },
      }),
    );
  };

const limit = (reason: ErrorReason) => ({ propagateOnRejection: false, onReject: [refuse(reason)] });

// graphql-js stops parsing at maxTokens (Armor's own token plugin throws outside Apollo's parse step and would
// answer 500); the parse error gets its reason here. Armor's suggestion mask misses graphql-js's `Did you mean the
// enum value "X"?`: in production that goes here too.
const refineErrors = (production: boolean): ApolloServerPlugin => ({
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ errors }) {
        for (const error of errors) {
          // graphql-js 16 writes "more that".
          if (/^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(error.message)) {
            (error.extensions as Record<string, unknown>).reason = 'TOO_MANY_TOKENS' satisfies ErrorReason;
          }
          if (production) error.message = error.message.replace(/ ?Did you mean the enum value .+\?$/, '');
        }
        return Promise.resolve();
      },
    });
  },
});

/**
 * GraphQL Armor's limits, checked while the document is validated, before any resolver runs. Armor's cost limit
 * multiplies a list only by a literal `first`/`last` argument: the search's `pageSize` (inside its input object,
 * at most 100) is bounded by the input validation instead, and cost and depth bound the rest.
 */
export function graphqlLimits(production: boolean): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ...limit('QUERY_TOO_DEEP') },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ...limit('QUERY_TOO_COSTLY') },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...limit('TOO_MANY_ALIASES') },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...limit('TOO_MANY_DIRECTIVES') },
    maxTokens: { enabled: false },
    // "Did you mean" names fields a client may not know of: only development and tests show them.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: [...plugins, refineErrors(production)],
    validationRules,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}
