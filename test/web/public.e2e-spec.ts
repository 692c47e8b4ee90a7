import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { ActivityEntity } from '@app/catalogue';
import { EducationLevel, Role } from '@app/core';
import { SearchEngine } from '@app/search';
import { ReviewFactory, SchoolFactory } from '@app/testing';
import { createSearchFixture, PLACES, type Fixture } from '../utils/search-fixture';
import { expectAccessible, openSession, type WebSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// The pages for everyone, in Chromium on the search fixture's small national offer: the search
// ("gastles energi", Noord-Brabant, HAVO) by mouse and by keyboard, the URL as the state, the zero-result
// advice, the map, the activity page with its reviews, and the statement and about pages; axe on each.

const SEARCH_BOX = { name: 'Zoek op onderwerp, bedrijf of plaats' };

/** Presses Tab until `target` has the focus (and fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams.entries());

describe('public pages (Chromium)', () => {
  let t: WebTestApp;
  let fixture: Fixture;
  let teacherToken: string;
  const sessions = new Set<WebSession>();

  // Each test closes its session, which fails it when the page asked another host for anything; a test that
  // failed before that leaves its session to afterAll.
  const open = async (token?: string) => {
    const session = await openSession(t.browser, t.baseUrl, token ? { token } : {});
    sessions.add(session);
    return {
      ...session,
      close: async () => {
        sessions.delete(session);
        await session.close();
      },
    };
  };

  beforeAll(async () => {
    t = await startWebTestApp({ SEARCH_SWEEP_EVERY: '0' });
    fixture = await createSearchFixture(t.dataSource);
    // Two schools reviewed the energy lesson.
    for (const [city, rating, comment] of [
      ['Tilburg', 5, 'De leerlingen wilden daarna allemaal ingenieur worden.'],
      ['Breda', 4, 'Goed verhaal, iets te lang.'],
    ] as const) {
      const school = await SchoolFactory.create(t.dataSource, { city, municipality: city });
      await ReviewFactory.from({
        activityId: fixture.ids.energietransitie,
        schoolId: school.id,
        rating,
        comment,
      }).insert(t.dataSource);
    }
    await t.dataSource
      .getRepository(ActivityEntity)
      .update(fixture.ids.energietransitie, { averageRating: 4.5, reviewCount: 2 });
    await t.app.get(SearchEngine).reindex();
    const school = await SchoolFactory.create(t.dataSource, {
      name: 'Maaslandcollege',
      city: PLACES.oss.city,
      lat: PLACES.oss.lat,
      lon: PLACES.oss.lon,
      levels: [EducationLevel.HAVO, EducationLevel.VWO],
    });
    teacherToken = await t.tokenFor(Role.TEACHER, { schoolId: school.id });
  }, 90_000);

  afterAll(async () => {
    for (const session of sessions) await session.context.close();
    await t?.close();
  });

  it('finds "gastles energi" in Noord-Brabant for havo, and the URL brings back the same result', async () => {
    const { page, pageErrors, close } = await open();
    await page.goto('/activiteiten');
    await page.getByText('12 activiteiten gevonden').waitFor();
    await expectAccessible(page, 'search, list');

    await page.getByRole('searchbox', SEARCH_BOX).fill('gastles energi');
    await page.getByText('1 activiteit gevonden').waitFor();
    await page.getByRole('checkbox', { name: 'Noord-Brabant (1)' }).check();
    await page.waitForURL((url) => url.searchParams.get('provincie') === 'noord-brabant');
    await page.getByRole('checkbox', { name: 'havo (1)', exact: true }).check();
    await page.waitForURL((url) => url.searchParams.get('niveau') === 'havo');
    expect(params(page)).toEqual({ tekst: 'gastles energi', provincie: 'noord-brabant', niveau: 'havo' });

    const check = async () => {
      await page.getByText('1 activiteit gevonden').waitFor();
      const hit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
      expect(await hit.count()).toBe(1);
      expect(await hit.getByRole('heading').innerText()).toBe('Gastles energietransitie');
      // The matched words are marked.
      expect(await hit.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['Gastles']));
      expect(await page.getByRole('searchbox', SEARCH_BOX).inputValue()).toBe('gastles energi');
      expect(await page.getByRole('checkbox', { name: 'Noord-Brabant (1)' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'havo (1)', exact: true }).isChecked()).toBe(true);
      expect(
        await page.getByRole('group', { name: 'Gekozen filters' }).getByRole('button').allInnerTexts(),
      ).toEqual([
        expect.stringContaining('Tekst: gastles energi'),
        expect.stringContaining('Provincie: Noord-Brabant'),
        expect.stringContaining('Niveau: havo'),
        'Alle filters wissen',
      ]);
    };
    await check();
    await page.reload();
    await check();

    // Back undoes the last filter; forward restores it.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('niveau'));
    expect(await page.getByRole('checkbox', { name: 'havo (1)', exact: true }).isChecked()).toBe(false);
    await page.goForward();
    await check();

    // A chip removes its filter.
    await page.getByRole('button', { name: 'Filter weghalen: Niveau: havo' }).click();
    await page.waitForURL((url) => !url.searchParams.has('niveau'));
    await page.getByRole('button', { name: 'Filter weghalen: Provincie: Noord-Brabant' }).waitFor();

    await page.screenshot({ path: '/tmp/public.png', fullPage: true });
    expect(pageErrors).toEqual([]);
    await close();
  }, 60_000);

  it('sends the search page with its results in the HTML, and the app takes it over without asking again', async () => {
    // The start page is the search, at its own address.
    const start = await fetch(`${t.baseUrl}/`, { redirect: 'manual' });
    expect([start.status, start.headers.get('location')]).toEqual([302, '/activiteiten']);

    const path = '/activiteiten?tekst=gastles%20energi&niveau=havo';
    // As it arrives: the results of the URL's search are in the page, for this visitor alone.
    const response = await fetch(`${t.baseUrl}${path}`);
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    const text = (await response.text()).replace(/<[^>]+>/g, '');
    expect(text).toContain('1 activiteit gevonden');
    expect(text).toContain('Gastles energietransitie');
    expect(text).toContain('Inloggen');

    // Shown before any script has run (here: none can).
    const still = await t.browser.newContext({ baseURL: t.baseUrl, javaScriptEnabled: false });
    try {
      const page = await still.newPage();
      await page.goto(path);
      await expect(page.locator('.tm-hit h3').allInnerTexts()).resolves.toEqual(['Gastles energietransitie']);
      expect(await page.locator('input[type=search]').inputValue()).toBe('gastles energi');
    } finally {
      await still.close();
    }

    // The app starts on the page's answers: it asks the api neither the search nor who is logged in.
    const { page, pageErrors, close } = await open();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) {
        asked.push((request.postDataJSON() as { operationName: string }).operationName);
      }
    });
    await page.goto(path);
    await page.getByRole('searchbox', SEARCH_BOX).fill('robot');
    await page.locator('[data-results-for="robot"]').waitFor();
    expect(asked.filter((name) => name === 'SearchActivities' || name === 'Me')).toEqual([
      'SearchActivities',
    ]);
    expect(pageErrors).toEqual([]);
    await close();

    // A logged-in teacher's page is rendered as their session sees it.
    const theirs = await fetch(`${t.baseUrl}${path}`, {
      headers: { cookie: `techmatch_session=${teacherToken}` },
    });
    const their = (await theirs.text()).replace(/<[^>]+>/g, '');
    expect(their).toContain('Uitloggen');
    expect(their).not.toContain('Inloggen');
  }, 60_000);

  it('says which filter to drop when nothing is found', async () => {
    const { page, pageErrors, close } = await open();
    await page.goto('/activiteiten?tekst=gastles%20energi&provincie=utrecht');
    await page.getByRole('heading', { name: 'Geen activiteiten gevonden' }).waitFor();
    await page.getByText('Haal een filter weg om wel iets te vinden:').waitFor();
    const advice = await page.locator('.tm-zero__list li').allInnerTexts();
    expect(advice).toEqual([
      expect.stringMatching(/^Zonder de zoektekst “gastles energi” vind je 3 activiteiten\./),
      expect.stringMatching(/^Zonder Provincie: Utrecht vind je 1 activiteit\./),
    ]);
    await expectAccessible(page, 'search, zero results');
    await page.screenshot({ path: '/tmp/public-zero.png', fullPage: true });
    await page.getByRole('button', { name: 'Haal Provincie: Utrecht weg' }).click();
    await page.getByText('1 activiteit gevonden').waitFor();
    expect(params(page)).toEqual({ tekst: 'gastles energi' });
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('shows the results on the province map as an extra view, beside the same list', async () => {
    const { page, pageErrors, close } = await open();
    await page.goto('/activiteiten?provincie=noord-brabant');
    await page.getByText('3 activiteiten gevonden').waitFor();
    await page.getByRole('button', { name: 'Kaart' }).click();
    await page.waitForURL((url) => url.searchParams.get('weergave') === 'kaart');
    const map = page.getByRole('region', { name: 'Kaart van de gevonden activiteiten' });
    await map.waitFor();
    // The province boundaries are drawn, and one marker per company location (Oss, Eindhoven; the webcast
    // of Groningen is offered online everywhere).
    await map.locator('path.leaflet-interactive, path').first().waitFor();
    const markers = map.getByRole('button', { name: /Zonnekracht Brabant|Noordelijke Waterwerken/ });
    expect(await markers.count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Kaart' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('heading', { level: 3 }).count()).toBe(3);
    await expectAccessible(page, 'search, map');
    await page.screenshot({ path: '/tmp/public-map.png', fullPage: true });
    // A marker opens its popup with the keyboard, with links to its activities.
    await map.getByRole('button', { name: 'Zonnekracht Brabant, Eindhoven' }).focus();
    await page.keyboard.press('Enter');
    await map.getByRole('link', { name: 'Gastles energietransitie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gastles energietransitie' }).waitFor();
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('does the search with the keyboard only and opens the activity with its facts and reviews', async () => {
    const { page, pageErrors, close } = await open();
    await page.goto('/activiteiten');
    await page.getByText('12 activiteiten gevonden').waitFor();
    await tabTo(page, page.getByRole('searchbox', SEARCH_BOX));
    await page.keyboard.type('gastles energi');
    await page.getByText('1 activiteit gevonden').waitFor();
    await tabTo(page, page.getByRole('checkbox', { name: 'Noord-Brabant (1)' }));
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('provincie') === 'noord-brabant');
    await tabTo(page, page.getByRole('checkbox', { name: 'havo (1)', exact: true }));
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('niveau') === 'havo');
    await tabTo(page, page.getByRole('link', { name: 'Gastles energietransitie' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Gastles energietransitie' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/activiteiten/${fixture.ids.energietransitie}`);
    const facts = await page.locator('dl.tm-facts').innerText();
    for (const fact of ['Gastles', 'havo', 'vwo', 'vmbo-tl', 'Gratis', 'Op school', 'Zonnekracht Brabant']) {
      expect(facts).toContain(fact);
    }
    expect(await page.getByText('De leerlingen wilden daarna allemaal ingenieur worden.').count()).toBe(1);
    expect(await page.getByText('Een school uit Tilburg, havo').count()).toBe(1);
    expect(await page.getByText('4,5 van 5 sterren (2 beoordelingen)').count()).toBe(1);
    const request = page.getByRole('link', { name: 'Aanvragen' });
    expect(await request.getAttribute('href')).toBe(`/docent/aanvragen/${fixture.ids.energietransitie}`);
    await tabTo(page, request);
    await expectAccessible(page, 'activity');
    await page.screenshot({ path: '/tmp/public-activity.png', fullPage: true });
    // Back returns to the same search.
    await page.goBack();
    await page.getByText('1 activiteit gevonden').waitFor();
    expect(params(page)).toEqual({ tekst: 'gastles energi', provincie: 'noord-brabant', niveau: 'havo' });
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('lets a teacher search from the own school within a radius and shows the distance', async () => {
    const { page, pageErrors, close } = await open(teacherToken);
    await page.goto('/activiteiten?provincie=noord-brabant');
    await page.getByText('3 activiteiten gevonden').waitFor();
    await page.getByRole('checkbox', { name: 'Afstand vanaf mijn school (Maaslandcollege)' }).check();
    await page.getByLabel('Binnen').selectOption('25');
    await page.getByText('1 activiteit gevonden').waitFor();
    expect(params(page)).toEqual({ provincie: 'noord-brabant', school: 'true', straal: '25' });
    expect(await page.getByRole('heading', { level: 3 }).innerText()).toBe('Bouw je eigen zonneboot');
    await page.getByLabel('Sorteren op').selectOption({ label: 'Afstand tot mijn school' });
    await page.waitForURL((url) => url.searchParams.get('sortering') === 'afstand');
    await page.getByRole('button', { name: 'Filter weghalen: Binnen 25 km van mijn school' }).click();
    await page.getByText('3 activiteiten gevonden').waitFor();
    // Nearest first: Oss, then Eindhoven; the webcast's company is in Groningen.
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Bouw je eigen zonneboot',
      'Gastles energietransitie',
      'Webcast: hoe werken dijken?',
    ]);

    await page.goto(`/activiteiten/${fixture.ids.energietransitie}`);
    await page.getByText(/km van Maaslandcollege/).waitFor();
    expect(await page.locator('dl.tm-facts').innerText()).toMatch(/Afstand tot je school\s+3\d km/);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('has an accessibility statement and an about page that credits the open data', async () => {
    const { page, pageErrors, close } = await open();
    await page.goto('/toegankelijkheid');
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' }).waitFor();
    const statement = await page.locator('main').innerText();
    expect(statement).toContain('WCAG 2.1');
    expect(statement).toContain('axe');
    expect(statement).toContain('Chromium');
    expect(await page.getByRole('link', { name: 'toegankelijkheid@techmatch.nl' }).count()).toBe(1);
    await expectAccessible(page, 'accessibility statement');

    await page.getByRole('link', { name: 'Over TechMatch en de open data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Over TechMatch' }).waitFor();
    const sources = await page.locator('.tm-sources li').allInnerTexts();
    expect(sources.map((line) => line.split(':')[0])).toEqual([
      'DUO open onderwijsdata (CC0)',
      'BAG/Kadaster (CC0)',
      'GeoNames (CC BY 4.0)',
      'Kadaster/PDOK Bestuurlijke Gebieden (CC BY 4.0)',
      'CBS (CC BY 4.0)',
    ]);
    await expectAccessible(page, 'about');
    await page.screenshot({ path: '/tmp/public-about.png', fullPage: true });
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('says so when an activity does not exist', async () => {
    const { page, pageErrors, close } = await open();
    await page.goto('/activiteiten/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Activiteit niet gevonden' }).waitFor();
    await expectAccessible(page, 'activity not found');
    expect(pageErrors).toEqual([]);
    await close();
  });
});
