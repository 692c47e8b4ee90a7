import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The one GraphQL client. The session is the api's httpOnly cookie (no token in scripts); every request is JSON,
 * which Apollo Server's CSRF prevention accepts.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Search answers are pages of their own, not entities.
        ActivitySearchResult: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
