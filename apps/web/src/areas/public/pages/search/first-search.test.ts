import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../../../../app/apollo';
import { filtersOf, searchInputOf } from '../../search-state';
import { startFirstSearch } from './first-search';
import { SearchActivitiesQuery } from './queries';

const ANSWER = {
  data: {
    searchActivities: {
      __typename: 'ActivitySearchResult',
      total: 0,
      page: 1,
      pageSize: 20,
      hits: [],
      facets: [],
    },
  },
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fetch that answers every request with `answers` in turn, and keeps what was asked. */
function fakeFetch(...answers: Response[]) {
  const asked: Array<{ operationName: string; variables: unknown }> = [];
  const send = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
    asked.push(JSON.parse(init?.body as string) as { operationName: string; variables: unknown });
    return Promise.resolve(answers.shift() ?? json(ANSWER));
  });
  return { send, asked };
}

/** The input the search page asks for the parameters of `url` (as SearchPage does, for a visitor). */
const inputOf = (params: Record<string, unknown>) => searchInputOf(filtersOf(params), null);

describe('the first search, asked before the app starts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("answers the page's own first query, so that the page does not ask again", async () => {
    const early = fakeFetch(json(ANSWER));
    startFirstSearch(new URL('http://app/activiteiten?tekst=robot&niveau=havo&pagina=2'), early.send);
    expect(early.asked).toEqual([
      {
        operationName: 'SearchActivities',
        variables: { input: { page: 2, pageSize: 20, query: 'robot', levels: ['HAVO'] } },
        query: expect.stringContaining('__typename') as unknown,
      },
    ]);
    const later = fakeFetch();
    vi.stubGlobal('fetch', later.send);
    const client = createApolloClient();
    const input = inputOf({ tekst: 'robot', niveau: 'havo', pagina: 2 });
    const { data } = await client.query({ query: SearchActivitiesQuery, variables: { input } });
    expect(data?.searchActivities.total).toBe(0);
    expect(later.asked).toEqual([]);

    // The next search is the api's: the early answer serves once.
    await client.query({ query: SearchActivitiesQuery, variables: { input }, fetchPolicy: 'network-only' });
    expect(later.asked.map((body) => body.operationName)).toEqual(['SearchActivities']);
  });

  it('puts an answer that came before the app started in the cache, so that the first render shows it', async () => {
    startFirstSearch(new URL('http://app/activiteiten?tekst=robot'), fakeFetch(json(ANSWER)).send);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = fakeFetch();
    vi.stubGlobal('fetch', later.send);
    const client = createApolloClient();
    const variables = { input: inputOf({ tekst: 'robot' }) };
    expect(client.readQuery({ query: SearchActivitiesQuery, variables })).toEqual(ANSWER.data);
    // The page's query (cache-and-network) still asks: the early answer answers it, not the api.
    await client.query({ query: SearchActivitiesQuery, variables, fetchPolicy: 'network-only' });
    expect(later.asked).toEqual([]);
  });

  it('leaves a different first search, and a failed early answer, to the api', async () => {
    startFirstSearch(new URL('http://app/activiteiten?tekst=robot'), fakeFetch().send);
    const later = fakeFetch();
    vi.stubGlobal('fetch', later.send);
    const client = createApolloClient();
    await client.query({ query: SearchActivitiesQuery, variables: { input: inputOf({ tekst: 'lego' }) } });
    expect(later.asked.map(({ operationName, variables }) => ({ operationName, variables }))).toEqual([
      { operationName: 'SearchActivities', variables: { input: inputOf({ tekst: 'lego' }) } },
    ]);

    startFirstSearch(
      new URL('http://app/activiteiten'),
      fakeFetch(json({ errors: [{ message: 'too many' }] }, 429)).send,
    );
    const again = await createApolloClient().query({
      query: SearchActivitiesQuery,
      variables: { input: inputOf({}) },
    });
    expect(again.data?.searchActivities.pageSize).toBe(20);
    expect(later.asked).toHaveLength(2);
  });

  it("asks nothing on other pages, nor when the results wait for the teacher's school", () => {
    const early = fakeFetch();
    startFirstSearch(new URL('http://app/activiteiten/abc'), early.send);
    startFirstSearch(new URL('http://app/docent'), early.send);
    startFirstSearch(new URL('http://app/activiteiten?school=true'), early.send);
    expect(early.send).not.toHaveBeenCalled();
  });
});
