import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { from, mergeMap, of } from 'rxjs';
import { cacheFirstSearch, takeFirstSearch } from '../areas/public/pages/search/first-search';

/**
 * Answers the search page's first search with the answer asked for before the app started, when it is the same
 * search (areas/public/pages/search/first-search.ts); every other operation, and a failed early answer, goes on
 * to the api.
 */
const firstSearchLink = new ApolloLink((operation, forward) => {
  const early = takeFirstSearch({
    operationName: operation.operationName,
    query: print(operation.query),
    variables: operation.variables,
  });
  if (!early) return forward(operation);
  return from(early).pipe(mergeMap((answer) => (answer ? of(answer) : forward(operation))));
});

/**
 * The one GraphQL client. The session is the api's httpOnly cookie (no token in scripts); every request is JSON,
 * which Apollo Server's CSRF prevention accepts.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const client = new ApolloClient({
    link: ApolloLink.from([firstSearchLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Search answers are pages of their own, not entities.
        ActivitySearchResult: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  // The search page's first results, when they came before the app started: its first render shows them.
  cacheFirstSearch(client);
  return client;
}
