import type { ApolloClient } from '@apollo/client';
import { defaultParseSearch } from '@tanstack/react-router';
import type { FormattedExecutionResult } from 'graphql';
import type {
  ActivitySearchInput,
  SearchActivitiesQuery as SearchActivitiesQueryType,
} from '../../../../gql/graphql';
import { sentText, type GraphqlRequest } from '../../../../app/graphql-request';
import { filtersOf, searchInputOf, validateSearchParams } from '../../search-state';
import { SearchActivitiesQuery } from './queries';

// The search page's results are its largest paint, and its query used to leave only after the app's script had
// run and the page had rendered once. When the app opens on /activiteiten, the script asks for the first results
// before anything else of it runs (app/first-search-start.ts), and Apollo's first SearchActivities request
// takes that answer (firstSearchLink in app/apollo.ts) if it asks exactly the same.

/** What the search page's Apollo client sends. */
const QUERY = sentText(SearchActivitiesQuery);
const OPERATION_NAME = 'SearchActivities';

interface Asked {
  variables: { input: ActivitySearchInput };
  answer: Promise<FormattedExecutionResult | null>;
  /** The answer once it came (null: none to use); undefined while it is on its way. */
  settled?: FormattedExecutionResult | null;
}

let asked: Asked | undefined;

/** The GraphQL request the search page sends first for `url`, as Apollo sends it. */
export interface FirstSearchRequest extends GraphqlRequest {
  variables: { input: ActivitySearchInput };
}

/**
 * The search `url`'s page asks first; null for other pages, and when the results wait for the teacher's school
 * ("from my school"). Used before the app starts in the browser, and by the api when it renders the page.
 */
export function firstSearchRequest(url: URL): FirstSearchRequest | null {
  if (url.pathname !== '/activiteiten') return null;
  // As the page gets them: the router's parsing and the route's validation (routes.tsx), then its filters.
  const params = validateSearchParams(defaultParseSearch(url.search));
  const filters = filtersOf(params as Record<string, unknown>);
  if (filters.fromSchool) return null;
  return { operationName: OPERATION_NAME, query: QUERY, variables: { input: searchInputOf(filters, null) } };
}

/**
 * Sends the search `url`'s page would send first, when `url` is the search page (see firstSearchRequest). The
 * answer is null when it is not a plain success (the page then asks again, and shows what that answer says).
 */
export function startFirstSearch(url: URL, send: typeof fetch = fetch): void {
  const request = firstSearchRequest(url);
  if (!request) return;
  const { variables } = request;
  const answer = send('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json,application/json;q=0.9',
    },
    body: JSON.stringify(request),
  })
    .then(async (response) => {
      if (!response.ok) return null;
      const result = (await response.json()) as FormattedExecutionResult;
      return result.data && !result.errors ? result : null;
    })
    .catch(() => null);
  const started: Asked = { variables, answer };
  void answer.then((result) => (started.settled = result));
  asked = started;
}

/**
 * Puts the early answer in Apollo's cache when it has already come, so that the page's first render shows the
 * results (its query, cache-and-network, still goes through firstSearchLink, which answers it with the same).
 */
export function cacheFirstSearch(client: ApolloClient): void {
  const data = asked?.settled?.data as SearchActivitiesQueryType | undefined;
  if (!asked || !data) return;
  client.writeQuery({ query: SearchActivitiesQuery, variables: asked.variables, data });
}

/**
 * The early answer for Apollo's operation, if it is the same search (same document and variables); undefined
 * otherwise. Only the page's first search may take it: any SearchActivities operation uses it up, so that a later
 * search never sees an old answer.
 */
export function takeFirstSearch(operation: {
  operationName?: string;
  query: string;
  variables: Record<string, unknown>;
}): Promise<FormattedExecutionResult | null> | undefined {
  if (!asked || operation.operationName !== OPERATION_NAME) return undefined;
  const early = asked;
  asked = undefined;
  const same =
    operation.query === QUERY && JSON.stringify(operation.variables) === JSON.stringify(early.variables);
  return same ? early.answer : undefined;
}
