import { describe, expect, it } from 'vitest';
import type { FormattedExecutionResult } from 'graphql';
import { createApolloClient } from './app/apollo';
import { SERVER_STATE_ID } from './app/server-state';
import { MeQuery } from './app/session';
import { SearchActivitiesQuery } from './areas/public/pages/search/queries';
import type { GraphqlRequest } from './app/graphql-request';
import { renderPage } from './server-render';

const TEMPLATE =
  '<html><head></head><body><div id="root"></div><script type="module" src="/x.js"></script></body></html>';

const hit = (id: string, title: string, description: string) => ({
  __typename: 'ActivityHit',
  distanceKm: null,
  highlight: null,
  activity: {
    __typename: 'Activity',
    id,
    title,
    description,
    type: 'GUEST_LESSON',
    levels: ['HAVO'],
    delivery: 'ON_SITE',
    costEuros: 0,
    startsAt: '2027-03-15T09:00:00.000Z',
    averageRating: null,
    reviewCount: 0,
    location: {
      __typename: 'CompanyLocation',
      id: `l-${id}`,
      city: 'Eindhoven',
      location: { __typename: 'GeoPoint', lat: 51.44, lon: 5.47 },
      company: { __typename: 'Company', id: `c-${id}`, name: 'Brainport Robotics' },
    },
  },
});

const SEARCH = {
  searchActivities: {
    __typename: 'ActivitySearchResult',
    total: 2,
    page: 1,
    pageSize: 20,
    hits: [
      hit('a1', 'Gastles robotica', 'Leerlingen programmeren een robotarm.'),
      hit('a2', 'Robots </script><script>alert(1)</script> bouwen', 'Een middag bouwen.'),
    ],
    facets: [],
  },
};

/** An api that answers the search and `me` (a visitor), and keeps what it was asked. */
function fakeApi(answers: { search?: FormattedExecutionResult } = {}) {
  const asked: GraphqlRequest[] = [];
  const execute = (request: GraphqlRequest): Promise<FormattedExecutionResult> => {
    asked.push(request);
    if (request.operationName === 'Me') return Promise.resolve({ data: { me: null } });
    return Promise.resolve(answers.search ?? { data: SEARCH });
  };
  return { execute, asked };
}

/** The page's state element, parsed as the app reads it. */
function stateOf(html: string): unknown {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return JSON.parse(doc.getElementById(SERVER_STATE_ID)!.textContent);
}

describe('the search page rendered by the api', () => {
  it("puts the results of the URL's search in the page, inert until the app starts, with the answers for the app", async () => {
    const api = fakeApi();
    const html = await renderPage(TEMPLATE, '/activiteiten?tekst=robot&niveau=havo', api.execute);
    expect(api.asked.map(({ operationName, variables }) => ({ operationName, variables }))).toEqual([
      {
        operationName: 'SearchActivities',
        variables: { input: { page: 1, pageSize: 20, query: 'robot', levels: ['HAVO'] } },
      },
      { operationName: 'Me', variables: {} },
    ]);
    const doc = new DOMParser().parseFromString(html!, 'text/html');
    const root = doc.getElementById('root')!;
    expect(root.children).toHaveLength(1);
    expect(root.firstElementChild!.hasAttribute('inert')).toBe(true);
    expect([...root.querySelectorAll('.tm-hit h3')].map((h) => h.textContent)).toEqual([
      'Gastles robotica',
      'Robots </script><script>alert(1)</script> bouwen',
    ]);
    expect(root.querySelector('h1')!.textContent).toBe('Activiteiten zoeken');
    expect(root.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('robot');
    // No script but the app's and the state (the page's policy allows no inline script), and nothing of the
    // answers can end the state element early and run as one.
    expect(
      [...doc.querySelectorAll('script')].map((script) => script.getAttribute('src') ?? script.type),
    ).toEqual(['application/json', '/x.js']);

    // The app starts on the same answers: its first render needs nothing from the api.
    const client = createApolloClient('/graphql', stateOf(html!) as never);
    const variables = { input: { page: 1, pageSize: 20, query: 'robot', levels: ['HAVO' as never] } };
    expect(client.readQuery({ query: SearchActivitiesQuery, variables })).toEqual(SEARCH);
    expect(client.readQuery({ query: MeQuery })).toEqual({ me: null });
  });

  it("renders only the search page, and not the search from the teacher's school (it waits for the school)", async () => {
    const api = fakeApi();
    for (const path of ['/inloggen', '/activiteiten/a1', '/docent', '/activiteiten?school=true']) {
      expect(await renderPage(TEMPLATE, path, api.execute)).toBeNull();
    }
    expect(api.asked).toEqual([]);
  });

  it('renders nothing once the api has stopped waiting for the page', async () => {
    const api = fakeApi();
    const late = new AbortController();
    // The time runs out while the answers are on their way.
    const execute = async (request: GraphqlRequest) => {
      const answer = await api.execute(request);
      late.abort();
      return answer;
    };
    expect(await renderPage(TEMPLATE, '/activiteiten?tekst=robot', execute, late.signal)).toBeNull();
    expect(
      await renderPage(TEMPLATE, '/activiteiten?tekst=robot', api.execute, new AbortController().signal),
    ).toContain('Gastles robotica');
  });

  it('leaves the page to the app when the search is not a plain success', async () => {
    const refused = fakeApi({
      search: { errors: [{ message: 'Te veel zoekopdrachten', extensions: { code: 'RATE_LIMITED' } }] },
    });
    expect(await renderPage(TEMPLATE, '/activiteiten', refused.execute)).toBeNull();
  });
});
