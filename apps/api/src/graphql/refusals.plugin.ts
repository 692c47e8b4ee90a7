import type { ApolloServerPlugin } from '@apollo/server';
import { REFUSAL_REASONS, markRefused } from '@app/rate-limit';
import type { RequestContext } from '../auth/request-context';

/**
 * Marks an answer that refuses the request (a GraphQL limit, a failed or locked log-in, a rate limit) for the
 * refusal gate, which counts the client's refusals: its status alone (200) does not show them.
 */
export function refusalsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const refused = response.body.singleResult.errors?.some((error) =>
            REFUSAL_REASONS.has(String(error.extensions?.reason)),
          );
          if (refused) markRefused(contextValue.res);
          return Promise.resolve();
        },
      });
    },
  };
}
