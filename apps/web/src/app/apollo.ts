import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
} from '@apollo/client';
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

/** The client's cache, the same in the browser and when the api renders a page. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Search answers are pages of their own, not entities.
      ActivitySearchResult: { keyFields: false },
    },
  });
}

/**
 * The one GraphQL client. The session is the api's httpOnly cookie (no token in scripts); every request is JSON,
 * which Apollo Server's CSRF prevention accepts. `rendered` is the cache of the page the api rendered
 * (app/server-state.ts): the first render shows what the api showed, without asking again.
 */
export function createApolloClient(uri = '/graphql', rendered?: NormalizedCacheObject): ApolloClient {
  const cache = createCache();
  if (rendered) cache.restore(rendered);
  const client = new ApolloClient({
    link: ApolloLink.from([firstSearchLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache,
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
    // The rendered answers are fresh: for the first moments, queries they answer are not asked again.
    ssrForceFetchDelay: rendered ? RENDERED_FRESH_MS : 0,
  });
  // The search page's first results, when they came before the app started: its first render shows them.
  cacheFirstSearch(client);
  return client;
}

/** How long after the app starts the answers of a rendered page count as fresh. */
const RENDERED_FRESH_MS = 2000;
