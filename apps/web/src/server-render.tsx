import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import type { FormattedExecutionResult } from 'graphql';
import { renderToString } from 'react-dom/server';
import { createCache } from './app/apollo';
import { sentText, type GraphqlRequest } from './app/graphql-request';
import { I18nProvider } from './app/i18n';
import { createAppRouter } from './app/router';
import { SERVER_STATE_ID, serverStateText } from './app/server-state';
import { MeQuery } from './app/session';
import { firstSearchRequest } from './areas/public/pages/search/first-search';
import { SearchActivitiesQuery } from './areas/public/pages/search/queries';

// The search page rendered by the api (built with `vite build --ssr` into dist/web/.server, loaded by the api's
// web-app middleware): its results are in the page's HTML, so they show as soon as the page arrives, before the
// app's script has run. The app then starts on the same answers (app/server-state.ts) and draws the same page.

/** Runs a request as the api would answer it over HTTP, for the visitor of the page (their session included). */
export type Execute = (request: GraphqlRequest) => Promise<FormattedExecutionResult>;

const ME: GraphqlRequest = {
  operationName: 'Me',
  query: sentText(MeQuery),
  variables: {},
};

/**
 * The page at `path` (path and query string) rendered into `template` (the built index.html), or null for a page
 * the api does not render (anything but the search, and the search from the teacher's school) or when an answer
 * it needs is not a plain success (the app then asks itself, and shows what it is told). Once `signal` is aborted
 * (the api stopped waiting) it renders nothing more.
 */
export async function renderPage(
  template: string,
  path: string,
  execute: Execute,
  signal?: AbortSignal,
): Promise<string | null> {
  const url = new URL(path, 'http://app');
  const search = firstSearchRequest(url);
  if (!search) return null;
  const [found, me] = await Promise.all([execute(search), execute(ME)]);
  if (!found.data || found.errors?.length || !me.data || me.errors?.length) return null;
  // The api stopped waiting for this render and sent the page without it: nothing more to do.
  if (signal?.aborted) return null;

  const cache = createCache();
  cache.writeQuery({ query: SearchActivitiesQuery, variables: search.variables, data: found.data as never });
  cache.writeQuery({ query: MeQuery, data: me.data as never });
  const client = new ApolloClient({ ssrMode: true, cache, link: ApolloLink.empty() });
  const router = createAppRouter({
    history: createMemoryHistory({ initialEntries: [url.pathname + url.search] }),
  });
  await router.load();
  if (signal?.aborted) return null;
  const root = renderToString(
    <ApolloProvider client={client}>
      <I18nProvider locale="nl">
        <RouterProvider router={router} />
      </I18nProvider>
    </ApolloProvider>,
  );
  const state = `<script type="application/json" id="${SERVER_STATE_ID}">${serverStateText(cache.extract())}</script>`;
  // Inert until the app has started and drawn the same page in its place: a click or a typed letter before
  // then would be lost, so nothing of it can be clicked, focused or typed into (nor read out: the app's page
  // follows within the second).
  return template.replace(
    '<div id="root"></div>',
    () => `<div id="root"><div inert>${root}</div></div>${state}`,
  );
}
