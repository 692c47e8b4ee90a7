import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { ActivityType, EducationLevel, Province, Role } from '@app/core';
import { SearchEngine } from '@app/search';
import {
  ActivityFactory,
  CompanyFactory,
  SchoolFactory,
  SchoolRequestFactory,
  SupplyOfferFactory,
} from '@app/testing';
import { startTestWorker } from '../utils/test-app';
import { expectAccessible, openSession, type WebSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// The coordinator's region pages in real Chromium against the real api and worker, on demand and supply in
// Noord-Brabant: the dashboard shows the api's numbers, a match run is started, watched and decided (with the
// mouse and with the keyboard only), a stale proposal is explained, and a request and a booking are made on
// behalf of a school.

const BALANCE = `{ regionalBalance { province type level demandSessions supplySessions shortfallSessions } }`;
const RUN = `query($id: ID!) { matchRun(id: $id) { id status matchedSessions upperBound demandSessions
  proposals { id status reasons request { type school { name } } } } }`;
const TYPE_NAMES: Record<string, string> = {
  GUEST_LESSON: 'Gastles',
  COMPANY_VISIT: 'Bedrijfsbezoek',
  WORKSHOP: 'Workshop',
};
const LEVEL_NAMES: Record<string, string> = { HAVO: 'havo', VWO: 'vwo' };

interface BalanceRow {
  type: string;
  level: string;
  demandSessions: number;
  supplySessions: number;
  shortfallSessions: number;
}

describe('coordinator region pages (Chromium)', () => {
  let t: WebTestApp;
  let worker: INestApplicationContext;
  let token: string;
  const schools: Record<string, string> = {};
  let activityTitle: string;

  const bookings = (where: string, params: unknown[]) =>
    t.dataSource.query<Array<{ status: string; school_id: string; proposal_id: string | null }>>(
      `SELECT status, school_id, proposal_id FROM bookings WHERE ${where} ORDER BY created_at`,
      params,
    );

  async function open(path: string): Promise<WebSession> {
    const session = await openSession(t.browser, t.baseUrl, { token });
    await session.page.goto(path);
    return session;
  }

  /** Presses Tab until the focused element's text matches, as a keyboard user would; fails after 80 presses. */
  async function tabTo(page: Page, name: RegExp): Promise<void> {
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      // The focused element's name as a person hears it (the server's tsconfig has no DOM types).
      const focused = await page.evaluate<string>(`(() => {
        const el = document.activeElement;
        return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/\\s+/g, ' ').trim() : '';
      })()`);
      if (name.test(focused)) return;
    }
    throw new Error(`Tab never reached an element named ${name}`);
  }

  beforeAll(async () => {
    t = await startWebTestApp();
    worker = await startTestWorker();
    token = await t.tokenFor(Role.COORDINATOR, {
      provinces: [Province.NOORD_BRABANT],
      programmes: ['JET_NET'],
    });
    const place = async (key: string, name: string, lat: number, lon: number, city = 'Oss') => {
      schools[key] = (
        await SchoolFactory.create(t.dataSource, { name, city, lat, lon, province: Province.NOORD_BRABANT })
      ).id;
    };
    await place('S1', 'Het Baken', 51.765, 5.518);
    await place('S2', 'Maaslandcollege', 51.77, 5.53);
    await place('S3', 'Udens College', 51.66, 5.62, 'Uden');
    await place('S4', 'Titus Brandsma Lyceum', 51.76, 5.51);
    const near = { province: Province.NOORD_BRABANT, lat: 51.76, lon: 5.52, city: 'Oss', postcode: '5341AA' };
    const c1 = await CompanyFactory.create(t.dataSource, { name: 'Zonnewerf' }, near);
    const c2 = await CompanyFactory.create(t.dataSource, { name: 'Brabant Chemie' }, near);
    const reach = { reachProvinces: [Province.NOORD_BRABANT] };
    await SupplyOfferFactory.from({ locationId: c1.location.id, ...reach }).insert(t.dataSource);
    await SupplyOfferFactory.from({
      locationId: c2.location.id,
      type: ActivityType.COMPANY_VISIT,
      levels: [EducationLevel.VWO],
      ...reach,
    }).insert(t.dataSource);
    // Two schools want the one guest lesson; three company visits are wanted and one is offered; nobody
    // offers the workshop.
    await SchoolRequestFactory.from({ schoolId: schools.S1 }).insert(t.dataSource);
    await SchoolRequestFactory.from({ schoolId: schools.S2 }).insert(t.dataSource);
    await SchoolRequestFactory.from({
      schoolId: schools.S3,
      type: ActivityType.COMPANY_VISIT,
      levels: [EducationLevel.VWO],
      sessions: 3,
    }).insert(t.dataSource);
    await SchoolRequestFactory.from({
      schoolId: schools.S1,
      type: ActivityType.WORKSHOP,
      sessions: 2,
    }).insert(t.dataSource);
    activityTitle = (
      await ActivityFactory.create(t.dataSource, c1.location.id, { title: 'Gastles waterstof' })
    ).title;
    await t.app.get(SearchEngine).reindex();
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('shows the api’s regional balance in the heat table, the chart’s table and the legend', async () => {
    const api = await t.gql<{ regionalBalance: BalanceRow[] }>(BALANCE, {}, token);
    expect(api.errors).toBeUndefined();
    const rows = api.data!.regionalBalance;
    expect(rows.length).toBeGreaterThanOrEqual(4);

    const session = await open('/coordinator');
    const { page } = session;
    const table = page.getByRole('table', { name: /Tekort aan sessies per soort activiteit en niveau/ });
    await table.waitFor();
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    for (const row of rows) {
      const column = headers.indexOf(LEVEL_NAMES[row.level]);
      expect(column).toBeGreaterThan(0);
      const cell = table
        .getByRole('row', { name: new RegExp(`^${TYPE_NAMES[row.type]}`) })
        .getByRole('cell')
        .nth(column - 1);
      const text = (await cell.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(`tekort ${row.shortfallSessions}`);
      expect(text).toContain(`vraag ${row.demandSessions} · aanbod ${row.supplySessions}`);
    }
    // The workshop nobody offers is a large gap, in words too (not by colour alone).
    const workshop = table
      .getByRole('row', { name: /^Workshop/ })
      .getByRole('cell')
      .nth(headers.indexOf('havo') - 1);
    expect(await workshop.textContent()).toContain('(groot tekort)');
    await page.getByRole('list', { name: 'Betekenis van de kleuren en tekens' }).waitFor();

    // The chart's table: the same numbers per type and level.
    const chartTable = page.getByRole('table', {
      name: /Vraag, aanbod en tekort in sessies per soort activiteit en niveau/,
    });
    for (const row of rows) {
      const name = `${TYPE_NAMES[row.type]} ${LEVEL_NAMES[row.level]}`;
      const cells = await chartTable
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByRole('cell')
        .allInnerTexts();
      expect({ name, cells }).toEqual({
        name,
        cells: [row.demandSessions, row.supplySessions, row.shortfallSessions].map(String),
      });
    }
    // Per province, summed over its cells, with the step in words.
    const perProvince = page.getByRole('table', { name: 'Vraag, aanbod en tekort in sessies per provincie' });
    const total = (f: (r: BalanceRow) => number) => String(rows.reduce((n, r) => n + f(r), 0));
    expect(
      await perProvince
        .getByRole('row', { name: /^Noord-Brabant/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual([
      total((r) => r.demandSessions),
      total((r) => r.supplySessions),
      total((r) => r.shortfallSessions),
      '● groot tekort', // 5 of 7 sessions short
    ]);
    // The map shades Noord-Brabant in the colour of a large gap, and only Noord-Brabant.
    await page.getByRole('region', { name: 'Kaart van het tekort per provincie' }).waitFor();
    const shaded = page.locator('.tm-map path[fill="#f5b3b3"]');
    await shaded.waitFor();
    expect(await shaded.count()).toBe(1);
    await page.getByRole('img', { name: /Staafdiagram van vraag en aanbod/ }).waitFor();
    await expectAccessible(page, 'dashboard');
    await page.screenshot({ path: '/tmp/coordinator.png', fullPage: true });

    // Filters live in the URL.
    await page.getByLabel('Periode', { exact: true }).selectOption({ index: 1 });
    await page.waitForURL(/schooljaar=\d{4}/);
    await table.waitFor();
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('schooljaar'));
    expect(await page.getByLabel('Periode', { exact: true }).inputValue()).toBe('');
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }, 120_000);

  it('lists demand and supply of the province', async () => {
    const session = await open('/coordinator/vraag-en-aanbod');
    const { page } = session;
    const demand = page.getByRole('table', { name: 'Aanvragen van scholen (4)' });
    await demand.waitFor();
    await demand.getByRole('rowheader', { name: /Udens College/ }).waitFor();
    const supply = page.getByRole('table', { name: 'Aanbod van bedrijven (2)' });
    expect(await supply.getByRole('rowheader', { name: /Brabant Chemie/ }).innerText()).toContain('Oss');
    await expectAccessible(page, 'demand and supply');
    await session.close();
  }, 120_000);

  let firstRun: string;

  it('runs matching in a province and accepts a proposal: an ACCEPTED booking', async () => {
    const session = await open('/coordinator/matching');
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Matching' }).waitFor();
    await expectAccessible(page, 'matching before a run');
    await page.getByRole('button', { name: 'Matching starten' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Matching klaar' });
    await status.waitFor();
    firstRun = new URL(page.url()).searchParams.get('run')!;
    const api = (await t.gql(RUN, { id: firstRun }, token)).data!.matchRun;
    expect(api).toMatchObject({ status: 'DONE', demandSessions: 7, matchedSessions: 2, upperBound: 2 });
    expect(await status.innerText()).toContain('2 van 7 gevraagde sessies gekoppeld in 2 voorstellen');
    const outcome = page.getByRole('region', { name: /^Matching in Noord-Brabant/ });
    const figures = (await outcome.innerText()).replace(/\s+/g, ' ');
    expect(figures).toContain('Gekoppeld 2 van 7 gevraagde sessies (29%)');
    expect(figures).toContain('Bewezen maximum 2 sessies');
    expect(figures).toContain('Beoordeling ✓ optimaal');

    // Each proposal says why, in the api's words.
    const guestLesson = api.proposals.find(
      (p: { request: { type: string } }) => p.request.type === 'GUEST_LESSON',
    );
    const school = guestLesson.request.school.name as string;
    const card = page.getByRole('article', { name: new RegExp(`^${school}`) });
    expect(await card.getByRole('listitem').allInnerTexts()).toEqual(guestLesson.reasons);
    await expectAccessible(page, 'a finished run');

    await card.getByRole('button', { name: `Accepteren voorstel voor ${school}` }).click();
    await card.getByText('Geaccepteerd: de boeking is gemaakt').waitFor();
    const made = await bookings('proposal_id = $1', [guestLesson.id]);
    expect(made).toEqual([
      {
        status: 'ACCEPTED',
        school_id: school === 'Het Baken' ? schools.S1 : schools.S2,
        proposal_id: guestLesson.id,
      },
    ]);
    await expectAccessible(page, 'an accepted proposal');
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }, 120_000);

  it('runs and decides with the keyboard only', async () => {
    const session = await open('/coordinator/matching?provincie=NOORD_BRABANT');
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Matching' }).waitFor();
    await tabTo(page, /^Matching starten$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Matching klaar' }).waitFor();
    const run = new URL(page.url()).searchParams.get('run')!;
    expect(run).not.toBe(firstRun);
    // The guest lesson is taken: only the company visit is left to propose.
    await tabTo(page, /^Accepteren voorstel voor Udens College$/);
    await page.keyboard.press('Space');
    const card = page.getByRole('article', { name: /^Udens College/ });
    await card.getByText('Geaccepteerd').waitFor();
    // The focus stays in the card, on its outcome.
    expect(await page.evaluate<string>('document.activeElement.textContent')).toContain('Geaccepteerd');
    const proposal = (await t.gql(RUN, { id: run }, token)).data!.matchRun.proposals.find(
      (p: { request: { school: { name: string } } }) => p.request.school.name === 'Udens College',
    );
    expect(proposal.status).toBe('ACCEPTED');
    expect(await bookings('proposal_id = $1', [proposal.id])).toEqual([
      { status: 'ACCEPTED', school_id: schools.S3, proposal_id: proposal.id },
    ]);
    await session.close();
  }, 120_000);

  it('explains in Dutch why a proposal of an older run can no longer be accepted', async () => {
    const session = await open('/coordinator/matching?provincie=NOORD_BRABANT');
    const { page } = session;
    // The first run, from the history.
    const history = page.getByRole('table', { name: /De laatste matchings in Noord-Brabant/ });
    await history.waitFor();
    expect(await history.getByRole('row').count()).toBe(3); // header + two runs
    await history.getByRole('link').last().click();
    await page.waitForURL(new RegExp(`run=${firstRun}`));
    const before = await bookings('true', []);
    const card = page.getByRole('article', { name: /^Udens College/ });
    await card.getByRole('button', { name: 'Accepteren voorstel voor Udens College' }).click();
    const alert = card.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Dit voorstel kan niet meer worden uitgevoerd.');
    expect(text).toMatch(/De capaciteit voor dit voorstel is intussen al gebruikt|draai de matching opnieuw/);
    await alert.getByRole('button', { name: 'Matching opnieuw draaien' }).waitFor();
    expect(await bookings('true', [])).toEqual(before);
    await expectAccessible(page, 'a refused proposal');
    await session.close();
  }, 120_000);

  it('shows a queued run while it waits, follows it until it is done, and says when a run failed', async () => {
    // Runs as the worker leaves them, without a job: this one waits until the test finishes it.
    const insert = async (status: string, error: string | null = null) =>
      (
        await t.dataSource.query<Array<{ id: string }>>(
          `INSERT INTO match_runs (province, status, error) VALUES ('NOORD_BRABANT', $1, $2) RETURNING id`,
          [status, error],
        )
      )[0].id;
    const queued = await insert('QUEUED');
    const session = await open(`/coordinator/matching?provincie=NOORD_BRABANT&run=${queued}`);
    const { page } = session;
    await page.getByRole('status').filter({ hasText: 'De matching staat in de wachtrij…' }).waitFor();
    await expectAccessible(page, 'a queued run');
    await t.dataSource.query(
      `UPDATE match_runs SET status = 'DONE', demand_sessions = 4, matched_sessions = 0, upper_bound = 0,
              finished_at = now() WHERE id = $1`,
      [queued],
    );
    await page
      .getByRole('status')
      .filter({ hasText: 'Matching klaar: 0 van 4 gevraagde sessies gekoppeld in 0 voorstellen.' })
      .waitFor();
    await page.getByText('Deze matching vond geen koppelingen').waitFor();

    const failed = await insert('FAILED', 'solver timeout');
    await page.goto(`/coordinator/matching?provincie=NOORD_BRABANT&run=${failed}`);
    await page.getByText('De matching is mislukt (solver timeout). Probeer het opnieuw.').waitFor();
    await expectAccessible(page, 'a failed run');
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }, 120_000);

  it('posts a request and requests an activity on behalf of a school', async () => {
    const session = await open('/coordinator/namens-school');
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Namens een school' }).waitFor();
    await expectAccessible(page, 'acting for a school');
    await page.getByLabel('Naam, plaats, postcode of vestigingscode').fill('titus brandsma');
    await page.getByRole('button', { name: 'School zoeken' }).click();
    await page.getByRole('link', { name: 'Kies Titus Brandsma Lyceum' }).click();
    await page.getByText('Je werkt namens Titus Brandsma Lyceum').waitFor();

    // Nothing filled in: the form says what is missing, beside each field.
    await page.getByRole('button', { name: 'Aanvraag plaatsen' }).click();
    await page.getByText('Kies een soort activiteit.').waitFor();
    await page.getByText('Kies minstens één niveau.').waitFor();
    await expectAccessible(page, 'a request form with errors');

    await page.getByLabel('Soort activiteit').selectOption('GUEST_LESSON');
    await page.getByRole('checkbox', { name: 'havo' }).check();
    await page.getByLabel('Aantal sessies').fill('2');
    const start = await page.getByLabel('Eerste dag van de periode').inputValue();
    await page.getByLabel('Laatste dag van de periode').fill(start);
    await page.getByRole('button', { name: 'Aanvraag plaatsen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'De aanvraag van Titus Brandsma Lyceum is geplaatst' })
      .waitFor();
    const requests = await t.dataSource.query(
      `SELECT type, levels, sessions, status FROM school_requests WHERE school_id = $1`,
      [schools.S4],
    );
    expect(requests).toEqual([{ type: 'GUEST_LESSON', levels: ['HAVO'], sessions: 2, status: 'OPEN' }]);
    await expectAccessible(page, 'a posted request');

    await page.getByRole('link', { name: 'Een activiteit aanvragen' }).click();
    await page.getByRole('link', { name: `Kies ${activityTitle}` }).click();
    await page.getByText(`Gekozen activiteit: ${activityTitle}`).waitFor();
    await page.getByLabel('Aantal leerlingen').fill('40');
    await page.getByRole('button', { name: 'Activiteit aanvragen' }).click();
    await page.getByText('Deze activiteit is voor hoogstens 30 leerlingen.').waitFor();
    await page.getByLabel('Aantal leerlingen').fill('24');
    await page.getByRole('button', { name: 'Activiteit aanvragen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${activityTitle} is aangevraagd voor Titus Brandsma Lyceum` })
      .waitFor();
    expect(await bookings('school_id = $1', [schools.S4])).toEqual([
      { status: 'REQUESTED', school_id: schools.S4, proposal_id: null },
    ]);
    await expectAccessible(page, 'a requested activity');
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }, 120_000);
});
