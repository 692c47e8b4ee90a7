import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { Programme, Province, Role } from '@app/core';
import { SearchEngine } from '@app/search';
import {
  CompanyFactory,
  PartnerCapacityFactory,
  SchoolFactory,
  SchoolRequestFactory,
  SupplyOfferFactory,
  TEST_PASSWORD,
  UserFactory,
  waitFor,
} from '@app/testing';
import { createSearchFixture, PLACES, type Fixture } from '../utils/search-fixture';
import { startSmtpInbox, type SmtpInbox } from '../utils/smtp-inbox';
import { startTestWorker } from '../utils/test-app';
import { expectAccessible, openSession, type WebSession } from './browser';
import { handsFor, type Hands, type Input } from './hands';
import { startWebTestApp, type WebTestApp } from './web-app';

// The cross-area flows, each from one person's page to the next person's, in real Chromium against the
// built app, the api and the worker on one seeded database: search → request → accept → complete → review;
// a company's activity from draft to search; the waiting list from joining to placed; matching to a booking;
// sign-up with a misspelt school (and with an address that has an account). Every flow runs twice: with the
// mouse, and with the keyboard only. axe runs on every page visited, and no request may leave localhost.

const DAY = 86_400_000;
// A flow visits up to a dozen pages and runs axe on each; the machine that runs them is shared and often busy.
const TEST_MS = 480_000;
const WAIT_MS = 45_000;
jest.setTimeout(TEST_MS);

/** The Dutch calendar day of a moment, `YYYY-MM-DD`. */
const dutchDay = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);

const SEARCH_BOX = { name: 'Zoek op onderwerp, bedrijf of plaats' };

// What differs between the two runs of each flow, so that they share the database without meeting.
const VARIANT: Record<
  Input,
  {
    school: string;
    teacherEmail: string;
    review: string;
    stars: number;
    companyName: string;
    activityTitle: string;
    waitlistSchool: string;
    matchingProvince: Province;
    matchingSchool: string;
    signUpEmail: string;
  }
> = {
  mouse: {
    school: 'Maaslandcollege',
    teacherEmail: 'anne.maasland@example.nl',
    review: 'De leerlingen rekenden zelf aan zonnepanelen.',
    stars: 4,
    companyName: 'Waterstof Werkplaats',
    activityTitle: 'Gastles waterstofauto bouwen',
    waitlistSchool: 'Stedelijk Gymnasium Oss',
    matchingProvince: Province.GELDERLAND,
    matchingSchool: 'Stedelijk Gymnasium Nijmegen',
    signUpEmail: 'annie.muis@example.nl',
  },
  keyboard: {
    school: 'Het Baken',
    teacherEmail: 'bram.baken@example.nl',
    review: 'Goed uitgelegd, met proefjes in de klas.',
    stars: 5,
    companyName: 'Zeilwagenbouw Noord',
    activityTitle: 'Workshop zeilwagen op zonnekracht',
    waitlistSchool: 'Udens College',
    matchingProvince: Province.UTRECHT,
    matchingSchool: 'Utrechts Stedelijk Gymnasium',
    signUpEmail: 'annie.toets@example.nl',
  },
};

describe('cross-area flows (Chromium)', () => {
  let t: WebTestApp;
  let worker: INestApplicationContext;
  let inbox: SmtpInbox;
  let fixture: Fixture;
  let zonnekrachtEmail: string;
  let coordinatorToken: string;
  let partnerLocation: string;
  const sessions = new Set<WebSession>();

  /** A browser context of its own (logged in when a token is given); closed by `done`, or by afterAll. */
  async function open(input: Input, token?: string) {
    const session = await openSession(t.browser, t.baseUrl, token ? { token } : {});
    session.context.setDefaultTimeout(WAIT_MS);
    sessions.add(session);
    return { session, page: session.page, hands: handsFor(session.page, input) };
  }

  /** Closes a session: fails when its page threw, logged an error or asked another host for anything. */
  async function done(session: WebSession) {
    sessions.delete(session);
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }

  const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

  /** Logs in on the page the browser is on (the log-in form), as a person types it. */
  async function logIn(page: Page, hands: Hands, email: string) {
    await h1(page, 'Inloggen');
    await expectAccessible(page, 'log-in form');
    await hands.fill(page.getByLabel(/^E-mailadres/), email);
    await hands.fill(page.getByLabel(/^Wachtwoord/), TEST_PASSWORD);
    await hands.press(page.getByRole('button', { name: 'Inloggen' }));
  }

  const one = async <T>(sql: string, params: unknown[]): Promise<T> => {
    const rows: T[] = await t.dataSource.query(sql, params);
    expect(rows).toHaveLength(1);
    return rows[0];
  };

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    // The reconcile would offer the free partner slot to the school before the coordinator places it; the
    // search sweep is not needed (the worker indexes each change after its commit).
    t = await startWebTestApp({
      SMTP_URL: inbox.url,
      PUBLIC_URL: 'https://techmatch.test',
      WAITLIST_RECONCILE_EVERY: '0',
      SEARCH_SWEEP_EVERY: '0',
    });
    const ds = t.dataSource;
    fixture = await createSearchFixture(ds);
    await t.app.get(SearchEngine).reindex();
    worker = await startTestWorker();

    // The company of the energy lesson has a contact who logs in.
    const [{ company_id: zonnekracht }] = await ds.query<Array<{ company_id: string }>>(
      `SELECT l.company_id FROM activities a JOIN company_locations l ON l.id = a.location_id WHERE a.id = $1`,
      [fixture.ids.energietransitie],
    );
    zonnekrachtEmail = (
      await UserFactory.create(ds, Role.COMPANY, {
        email: 'contact@zonnekracht.example.nl',
        name: 'Karin Zon',
        companyId: zonnekracht,
      })
    ).email;

    for (const input of ['mouse', 'keyboard'] as const) {
      const v = VARIANT[input];
      // Flow 1: a havo/vwo school in Oss and its proven teacher, who logs in.
      const school = await SchoolFactory.create(ds, {
        name: v.school,
        city: PLACES.oss.city,
        lat: PLACES.oss.lat,
        lon: PLACES.oss.lon,
      });
      await UserFactory.create(ds, Role.TEACHER, {
        email: v.teacherEmail,
        name: `Docent van ${v.school}`,
        schoolId: school.id,
      });
      // Flow 2: an approved company in Eindhoven.
      await CompanyFactory.create(ds, { name: v.companyName }, { name: 'Werkplaats', city: 'Eindhoven' });
      // Flow 3: a school in Noord-Brabant that will join the waiting list.
      await SchoolFactory.create(ds, { name: v.waitlistSchool });
      // Flow 4: in a province of its own, one school asks for a havo guest lesson and one company offers it.
      const near =
        v.matchingProvince === Province.GELDERLAND
          ? { city: 'Nijmegen', lat: 51.84, lon: 5.86, postcode: '6511AA' }
          : { city: 'Utrecht', lat: PLACES.utrecht.lat, lon: PLACES.utrecht.lon, postcode: '3511AA' };
      const province = v.matchingProvince;
      const asking = await SchoolFactory.create(ds, {
        name: v.matchingSchool,
        city: near.city,
        municipality: near.city,
        province,
        lat: near.lat,
        lon: near.lon,
      });
      await SchoolRequestFactory.from({ schoolId: asking.id }).insert(ds);
      const offering = await CompanyFactory.create(
        ds,
        { name: `Techniek ${near.city}` },
        { ...near, municipality: near.city, province, lat: near.lat + 0.01 },
      );
      await SupplyOfferFactory.from({
        locationId: offering.location.id,
        reachProvinces: [province],
      }).insert(ds);
    }
    // Flow 3: a Jet-Net partner location near Oss with a place for each run.
    const partner = await CompanyFactory.create(
      ds,
      { name: 'Brabantse Techniek BV' },
      { name: 'Vestiging Oss', city: 'Oss', postcode: '5341AA', lat: 51.77, lon: 5.52 },
    );
    partnerLocation = partner.location.id;
    await PartnerCapacityFactory.from({
      locationId: partnerLocation,
      programme: Programme.JET_NET,
      slots: 2,
    }).insert(ds);
    coordinatorToken = await t.tokenFor(Role.COORDINATOR, {
      name: 'Coördinator Zuid',
      provinces: [Province.NOORD_BRABANT, VARIANT.mouse.matchingProvince, VARIANT.keyboard.matchingProvince],
      programmes: [Programme.JET_NET],
    });
    // Sign-up: a school whose name the teacher will misspell.
    await SchoolFactory.create(ds, {
      vestigingscode: '19XH00',
      brin: '19XH',
      name: 'Het Hooghuis',
      city: 'Oss',
      website: 'www.hethooghuis.nl',
    });
  }, 180_000);

  afterAll(async () => {
    for (const session of sessions) await session.context.close().catch(() => undefined);
    await worker?.close();
    await t?.close();
    await inbox?.close();
  }, 120_000);

  describe.each(['mouse', 'keyboard'] as const)('with the %s', (input) => {
    const v = VARIANT[input];

    it('a teacher finds "gastles energi" in Noord-Brabant for havo and requests it; the company accepts; after the date it is completed and reviewed, and the review is on the activity page', async () => {
      const activityId = fixture.ids.energietransitie;
      // The teacher searches before logging in.
      const teacher = await open(input);
      const { page, hands } = teacher;
      await page.goto('/activiteiten');
      await h1(page, 'Activiteiten zoeken');
      await page.getByText(/^\d+ activiteiten gevonden$/).waitFor();
      await expectAccessible(page, 'search');
      await hands.fill(page.getByRole('searchbox', SEARCH_BOX), 'gastles energi');
      await page.getByText('1 activiteit gevonden').waitFor();
      await hands.check(page.getByRole('checkbox', { name: 'Noord-Brabant (1)' }));
      await page.waitForURL((url) => url.searchParams.get('provincie') === 'noord-brabant');
      await hands.check(page.getByRole('checkbox', { name: 'havo (1)', exact: true }));
      await page.waitForURL((url) => url.searchParams.get('niveau') === 'havo');
      const result = async () => {
        await page.getByText('1 activiteit gevonden').waitFor();
        const hits = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
        expect(await hits.getByRole('heading').allInnerTexts()).toEqual(['Gastles energietransitie']);
        expect(await page.getByRole('checkbox', { name: 'Noord-Brabant (1)' }).isChecked()).toBe(true);
        expect(await page.getByRole('checkbox', { name: 'havo (1)', exact: true }).isChecked()).toBe(true);
        expect(await page.getByRole('searchbox', SEARCH_BOX).inputValue()).toBe('gastles energi');
      };
      await result();
      await expectAccessible(page, 'search with filters');
      const searched = page.url();
      await page.reload();
      await result();
      expect(page.url()).toBe(searched);

      // The activity, its request link, and the log-in that leads back to the request form.
      await hands.press(page.getByRole('link', { name: 'Gastles energietransitie' }));
      await h1(page, 'Gastles energietransitie');
      await expectAccessible(page, 'activity');
      await hands.press(page.getByRole('link', { name: 'Aanvragen' }));
      await logIn(page, hands, v.teacherEmail);
      await h1(page, 'Gastles energietransitie aanvragen');
      expect(new URL(page.url()).pathname).toBe(`/docent/aanvragen/${activityId}`);
      await expectAccessible(page, 'request form');
      const wanted = dutchDay(new Date(Date.now() + 30 * DAY));
      await hands.choose(page.getByRole('combobox', { name: /Niveau van de groep/ }), 'havo');
      await hands.fill(page.getByRole('spinbutton', { name: /Aantal leerlingen/ }), '27');
      await hands.date(page.getByLabel('Gewenste datum'), wanted);
      expect(await page.getByLabel('Gewenste datum').inputValue()).toBe(wanted);
      await hands.fill(
        page.getByRole('textbox', { name: /Bericht aan het bedrijf/ }),
        `Klas 4 havo, ${input}.`,
      );
      await hands.press(page.getByRole('button', { name: 'Aanvraag versturen' }));
      await page.getByText(/Je aanvraag voor Gastles energietransitie is verstuurd\./).waitFor();
      await h1(page, 'Boekingen van mijn school');
      await expectAccessible(page, 'bookings after the request');
      const booking = await one<{ id: string; status: string; level: string; group_size: number }>(
        `SELECT b.id, b.status, b.level, b.group_size FROM bookings b JOIN schools s ON s.id = b.school_id
          WHERE b.activity_id = $1 AND s.name = $2`,
        [activityId, v.school],
      );
      expect(booking).toMatchObject({ status: 'REQUESTED', level: 'HAVO', group_size: 27 });

      // The company contact logs in and accepts it from the inbox.
      const company = await open(input);
      await company.page.goto('/inloggen');
      await logIn(company.page, company.hands, zonnekrachtEmail);
      await h1(company.page, 'Aanvragen van scholen');
      await expectAccessible(company.page, 'inbox');
      const card = company.page
        .getByRole('article', { name: 'Gastles energietransitie' })
        .filter({ hasText: `Klas 4 havo, ${input}.` });
      await card.getByText('Wacht op je antwoord').waitFor();
      await company.hands.fill(
        card.getByRole('textbox', { name: 'Bericht aan de school' }),
        'Graag, we nemen zonnepanelen mee.',
      );
      await company.hands.press(card.getByRole('button', { name: 'Accepteren' }));
      await company.page
        .getByRole('status')
        .filter({
          hasText: `Je hebt de aanvraag van ${v.school} voor ‘Gastles energietransitie’ geaccepteerd.`,
        })
        .waitFor();
      await expectAccessible(company.page, 'inbox after accepting');
      await done(company.session);
      expect(
        (await one<{ status: string }>('SELECT status FROM bookings WHERE id = $1', [booking.id])).status,
      ).toBe('ACCEPTED');

      // Six weeks pass: the only step not done through the pages. The booking's own times move back together,
      // as if the clock had moved forward for it; nothing else about it changes.
      await t.dataSource.query(
        `UPDATE bookings SET preferred_date = preferred_date - interval '42 days',
                created_at = created_at - interval '42 days', responded_at = responded_at - interval '42 days',
                updated_at = updated_at - interval '42 days'
          WHERE id = $1`,
        [booking.id],
      );

      // The teacher's start page says what to do: complete it, then review it with stars.
      await page.goto('/docent');
      await h1(page, 'Mijn start');
      const todo = page.getByRole('region', { name: 'Activiteiten afronden' });
      await todo.getByText(/Gastles energietransitie .* heeft plaatsgevonden/).waitFor();
      await expectAccessible(page, 'start page with a booking to complete');
      await hands.press(todo.getByRole('link', { name: 'Naar de boeking' }));
      await h1(page, 'Boekingen van mijn school');
      const mine = page.getByRole('article', { name: 'Gastles energietransitie' });
      await hands.press(mine.getByRole('button', { name: 'Markeer als afgerond' }));
      await page.getByRole('heading', { name: 'Beoordeel Gastles energietransitie' }).waitFor();
      await expectAccessible(page, 'review form');
      await hands.check(page.getByRole('radio', { name: `${v.stars} sterren` }));
      await page.getByText(`${v.stars} van de 5 sterren`).waitFor();
      await hands.fill(page.getByRole('textbox', { name: /Wat vond je ervan/ }), v.review);
      await hands.press(page.getByRole('button', { name: 'Beoordeling plaatsen' }));
      await page
        .getByRole('status')
        .getByText(`Bedankt! Je beoordeling van Gastles energietransitie (${v.stars} sterren)`, {
          exact: false,
        })
        .waitFor();
      await expectAccessible(page, 'bookings after the review');
      expect(
        (await one<{ status: string }>('SELECT status FROM bookings WHERE id = $1', [booking.id])).status,
      ).toBe('COMPLETED');

      // Anyone reads the review on the activity page, with the average of every review so far.
      const stats = await one<{ count: number; average: string }>(
        `SELECT count(*)::int AS count, round(avg(rating), 1)::text AS average FROM reviews WHERE activity_id = $1`,
        [activityId],
      );
      const reader = await open(input);
      await reader.page.goto(`/activiteiten/${activityId}`);
      await h1(reader.page, 'Gastles energietransitie');
      const reviews = reader.page.getByRole('region', { name: 'Beoordelingen' });
      await reviews.getByText(v.review).waitFor();
      await reviews
        .getByText(/^Een school uit Oss, havo/)
        .first()
        .waitFor();
      const average = stats.average.replace('.', ',').replace(/,0$/, '');
      await reviews
        .getByText(
          `${average} van 5 sterren (${stats.count} ${stats.count === 1 ? 'beoordeling' : 'beoordelingen'})`,
        )
        .waitFor();
      await expectAccessible(reader.page, 'activity with the review');
      await done(reader.session);
      await done(teacher.session);
    });

    it('a company creates, edits and publishes an activity and then finds it in search', async () => {
      const [{ id: companyId }] = await t.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM companies WHERE name = $1`,
        [v.companyName],
      );
      const { session, page, hands } = await open(
        input,
        await t.tokenFor(Role.COMPANY, { companyId, emailVerified: true }),
      );
      await page.goto('/bedrijf/activiteiten');
      await h1(page, 'Mijn activiteiten');
      await expectAccessible(page, 'my activities');
      await hands.press(page.getByRole('link', { name: 'Nieuwe activiteit' }));
      await h1(page, 'Nieuwe activiteit');
      await expectAccessible(page, 'new activity form');
      const form = page.locator('form');
      const draftTitle = v.activityTitle.replace(/ \S+$/, '');
      await hands.fill(form.getByRole('textbox', { name: /Titel/ }), draftTitle);
      await hands.fill(
        form.getByRole('textbox', { name: /Beschrijving/ }),
        'Leerlingen bouwen een klein voertuig en meten hoe ver het komt.',
      );
      await hands.choose(form.getByRole('combobox', { name: /Soort activiteit/ }), 'Gastles');
      await hands.choose(form.getByRole('combobox', { name: /Programma/ }), 'Jet-Net');
      await hands.check(form.getByRole('checkbox', { name: 'havo', exact: true }));
      await hands.check(form.getByRole('checkbox', { name: 'Mobiliteit' }));
      await hands.check(form.getByRole('radio', { name: 'Op school' }));
      await hands.fill(form.getByRole('textbox', { name: /Hoe ver reis je/ }), '40');
      await hands.fill(form.getByRole('textbox', { name: /Duur in minuten/ }), '90');
      await hands.fill(form.getByRole('textbox', { name: /Grootste groep/ }), '30');
      await hands.press(form.getByRole('button', { name: 'Opslaan als concept' }));
      await page.getByText(`‘${draftTitle}’ is opgeslagen als concept.`, { exact: false }).waitFor();
      await expectAccessible(page, 'activities with the draft');
      const created = await one<{ id: string; status: string; levels: string[]; themes: string[] }>(
        `SELECT a.id, a.status, a.levels, a.themes FROM activities a
           JOIN company_locations l ON l.id = a.location_id WHERE l.company_id = $1`,
        [companyId],
      );
      expect(created).toMatchObject({ status: 'DRAFT', levels: ['HAVO'], themes: ['mobiliteit'] });

      // Edited: a better title and one more level.
      await hands.press(
        page.getByRole('article', { name: draftTitle }).getByRole('link', { name: 'Bewerken' }),
      );
      await h1(page, `‘${draftTitle}’ bewerken`);
      await expectAccessible(page, 'edit activity form');
      await hands.fill(page.getByRole('textbox', { name: /Titel/ }), v.activityTitle);
      await hands.check(page.getByRole('checkbox', { name: 'vwo', exact: true }));
      await hands.press(page.getByRole('button', { name: 'Wijzigingen opslaan' }));
      await page.getByText(`De wijzigingen in ‘${v.activityTitle}’ zijn opgeslagen.`).waitFor();
      expect(
        await one<{ title: string; levels: string[] }>('SELECT title, levels FROM activities WHERE id = $1', [
          created.id,
        ]),
      ).toEqual({ title: v.activityTitle, levels: ['HAVO', 'VWO'] });

      // Published.
      await hands.press(
        page.getByRole('article', { name: v.activityTitle }).getByRole('button', { name: 'Publiceren' }),
      );
      await page.getByText(`‘${v.activityTitle}’ is gepubliceerd.`, { exact: false }).waitFor();
      await expectAccessible(page, 'activities after publishing');

      // Found in search once the worker has indexed it (a search that asks too soon is asked again).
      await page.goto('/activiteiten');
      await h1(page, 'Activiteiten zoeken');
      const words = v.activityTitle.toLowerCase();
      const hit = page.getByRole('link', { name: v.activityTitle });
      await waitFor(
        'the published activity in the search page',
        async () => {
          await hands.fill(page.getByRole('searchbox', SEARCH_BOX), '');
          await hands.fill(page.getByRole('searchbox', SEARCH_BOX), words);
          await page.getByText(/activiteiten? gevonden$/).waitFor();
          return (await hit.count()) === 1;
        },
        { timeoutMs: 30_000, intervalMs: 500 },
      );
      await page.getByText('1 activiteit gevonden').waitFor();
      await expectAccessible(page, 'search finding the new activity');
      await hands.press(hit);
      await h1(page, v.activityTitle);
      expect(new URL(page.url()).pathname).toBe(`/activiteiten/${created.id}`);
      const facts = await page.locator('dl.tm-facts').innerText();
      for (const fact of ['Gastles', 'havo', 'vwo', 'Op school', v.companyName])
        expect(facts).toContain(fact);
      await expectAccessible(page, 'the new activity');
      await done(session);
    });

    it('a teacher puts the school on the waiting list, the coordinator places it with a reason, and the teacher sees it placed', async () => {
      const [{ id: schoolId }] = await t.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM schools WHERE name = $1`,
        [v.waitlistSchool],
      );
      const teacher = await open(
        input,
        await t.tokenFor(Role.TEACHER, { schoolId, name: `Docent van ${v.waitlistSchool}` }),
      );
      await teacher.page.goto('/docent/wachtlijst');
      await h1(teacher.page, 'Jet-Net-wachtlijst');
      await expectAccessible(teacher.page, 'waiting list before joining');
      await teacher.hands.press(
        teacher.page.getByRole('button', { name: `Zet ${v.waitlistSchool} op de wachtlijst van Jet-Net` }),
      );
      await teacher.page
        .getByRole('status')
        .getByText('Je school staat op de wachtlijst van Jet-Net.')
        .waitFor();
      await teacher.page.getByText(/Nummer \d+ op de wachtlijst in Noord-Brabant/).waitFor();
      await expectAccessible(teacher.page, 'waiting list after joining');

      const reason = `Technasium, 3 km van de vestiging (${input})`;
      const coordinator = await open(input, coordinatorToken);
      const { page, hands } = coordinator;
      await page.goto('/coordinator/wachtlijst?provincie=NOORD_BRABANT');
      await h1(page, 'Wachtlijst Jet-Net');
      await expectAccessible(page, 'coordinator waiting list');
      await hands.press(page.getByRole('link', { name: `Openen ${v.waitlistSchool}` }));
      await page.getByRole('heading', { level: 2, name: v.waitlistSchool }).waitFor();
      await expectAccessible(page, 'waiting list entry');
      const placement = page.getByRole('group', { name: 'Met de hand plaatsen' });
      await hands.choose(placement.getByLabel('Partnerlocatie'), /Vestiging Oss/);
      expect(await placement.getByLabel('Partnerlocatie').inputValue()).toBe(partnerLocation);
      await hands.fill(placement.getByLabel(/^Reden/), reason);
      await hands.press(placement.getByRole('button', { name: 'School plaatsen' }));
      await page
        .getByRole('status')
        .filter({ hasText: `${v.waitlistSchool} is geplaatst bij Brabantse Techniek BV (Vestiging Oss).` })
        .waitFor();
      await expectAccessible(page, 'waiting list entry placed');
      await done(coordinator.session);
      const entry = await one<{ status: string; placed_location_id: string; note: string }>(
        `SELECT e.status, e.placed_location_id, v.note FROM waitlist_entries e
           JOIN waitlist_events v ON v.entry_id = e.id AND v.kind = 'PLACED' WHERE e.school_id = $1`,
        [schoolId],
      );
      expect(entry).toEqual({ status: 'PLACED', placed_location_id: partnerLocation, note: reason });

      // The teacher's page, opened again, shows the place and the reason's step in the history.
      await teacher.page.reload();
      await h1(teacher.page, 'Jet-Net-wachtlijst');
      await teacher.page
        .getByText(/^Je school is partnerschool van Brabantse Techniek BV \(Vestiging Oss, Oss\) sinds/)
        .waitFor();
      await expectAccessible(teacher.page, 'waiting list placed');
      await done(teacher.session);
    });

    it('a coordinator runs matching in a province and accepts a proposal, which the school finds as a booking', async () => {
      const { session, page, hands } = await open(input, coordinatorToken);
      await page.goto('/coordinator/matching');
      await h1(page, 'Matching');
      await expectAccessible(page, 'matching before a run');
      await hands.choose(page.getByLabel('Provincie'), provinceName(v.matchingProvince));
      await page.waitForURL((url) => url.searchParams.get('provincie') === v.matchingProvince);
      await hands.press(page.getByRole('button', { name: 'Matching starten' }));
      await page
        .getByRole('status')
        .filter({ hasText: 'Matching klaar: 1 van 1 gevraagde sessies gekoppeld in 1 voorstel.' })
        .waitFor();
      await expectAccessible(page, 'a finished run');
      const card = page.getByRole('article', { name: new RegExp(`^${v.matchingSchool}`) });
      await card.getByRole('listitem').first().waitFor();
      await hands.press(card.getByRole('button', { name: `Accepteren voorstel voor ${v.matchingSchool}` }));
      await card.getByText('Geaccepteerd: de boeking is gemaakt').waitFor();
      await expectAccessible(page, 'an accepted proposal');
      await done(session);

      const booking = await one<{ status: string; proposal_id: string | null }>(
        `SELECT b.status, b.proposal_id FROM bookings b JOIN schools s ON s.id = b.school_id WHERE s.name = $1`,
        [v.matchingSchool],
      );
      expect(booking).toMatchObject({ status: 'ACCEPTED', proposal_id: expect.any(String) });

      // The school's teacher finds it among the bookings: accepted, through the matching.
      const [{ id: schoolId }] = await t.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM schools WHERE name = $1`,
        [v.matchingSchool],
      );
      const teacher = await open(input, await t.tokenFor(Role.TEACHER, { schoolId }));
      await teacher.page.goto('/docent/boekingen');
      await h1(teacher.page, 'Boekingen van mijn school');
      const matched = teacher.page.getByRole('article', { name: `Gastles van ${companyOf(v)}` });
      await matched.getByText('Geaccepteerd', { exact: true }).waitFor();
      await matched.getByText('Via de matching van de coördinator').waitFor();
      await expectAccessible(teacher.page, 'bookings with the matched one');
      await done(teacher.session);
    });

    const password = 'Techniek-voor-iedereen-1';
    let newAccountPage = '';

    /**
     * Fills in and sends the sign-up form, the school found by a misspelt name; returns the api's answer to signUp
     * and, when `untilDone`, the text of the page it leads to.
     */
    async function signUp(name: string, untilDone: boolean) {
      const { session, page, hands } = await open(input);
      await page.goto('/aanmelden');
      await h1(page, 'Aanmelden');
      await expectAccessible(page, 'sign-up form');
      await hands.check(page.getByRole('radio', { name: 'Docent van een school' }));
      await hands.fill(page.getByLabel(/^Je naam/), name);
      await hands.fill(page.getByLabel(/^E-mailadres/), v.signUpEmail);
      await hands.fill(page.getByLabel(/^Nieuw wachtwoord/), password);
      await hands.fill(page.getByLabel(/^Herhaal het nieuwe wachtwoord/), password);
      await hands.fill(page.getByRole('combobox', { name: /Je school/ }), 'Hooghuus');
      const option = page.getByRole('option', { name: /Het Hooghuis/ });
      await option.waitFor();
      await expectAccessible(page, 'sign-up form with the school list open');
      if (hands.input === 'keyboard') {
        await page.keyboard.press('ArrowDown');
        expect(await option.getAttribute('aria-selected')).toBe('true');
        await page.keyboard.press('Enter');
      } else {
        await option.click();
      }
      await page.getByText('Gekozen: Het Hooghuis in Oss (vestigingscode 19XH00).').waitFor();
      const answer = page.waitForResponse(
        (response) =>
          response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('SignUp'),
      );
      await hands.press(page.getByRole('button', { name: 'Account maken' }));
      const body = (await (await answer).json()) as { data?: unknown; errors?: unknown };
      if (!untilDone) {
        sessions.delete(session);
        await session.close();
        return { body, text: '' };
      }
      await page.waitForURL((url) => url.pathname === '/aanmelden/klaar');
      await h1(page, 'Bevestig je e-mailadres');
      await expectAccessible(page, 'sign-up done');
      const text = await page.getByRole('main').innerText();
      await done(session);
      return { body, text };
    }

    it('signs up a teacher whose school is found by a misspelt name; the same address again gets the same answer from the api, makes nothing and mails the owner', async () => {
      const first = await signUp('Annie de Vries', true);
      expect(first.body.errors).toBeUndefined();
      expect(first.text).toContain(`We hebben een e-mail gestuurd naar ${v.signUpEmail}`);
      newAccountPage = first.text;
      const account = await one<{ id: string; name: string; school: string; email_verified: boolean }>(
        `SELECT u.id, u.name, s.name AS school, u.email_verified FROM users u JOIN schools s ON s.id = u.school_id
          WHERE u.email = $1`,
        [v.signUpEmail],
      );
      expect(account).toMatchObject({
        name: 'Annie de Vries',
        school: 'Het Hooghuis',
        email_verified: false,
      });
      await inbox.next(v.signUpEmail);

      // The same address again, by someone else: the same kind of answer; no account is made or changed, and the
      // owner is told by mail.
      const second = await signUp('Iemand Anders', false);
      expect(second.body.errors).toBeUndefined();
      expect(shape(second.body)).toEqual(shape(first.body));
      expect(
        await t.dataSource.query(`SELECT id, name FROM users WHERE email = $1`, [v.signUpEmail]),
      ).toEqual([{ id: account.id, name: 'Annie de Vries' }]);
      const mail = await inbox.next(v.signUpEmail, 1);
      expect(mail.subject).toBe('Aanmelding met uw e-mailadres bij TechMatch');
      expect(mail.text).toContain(
        'Er is al een account met dit adres, dus er is geen nieuw account gemaakt.',
      );
    });

    // The answer to a taken address carries a real session that belongs to no account (a pending sign-up) and
    // reads as a new one's, so the page after it is the page a new account gets.
    it('after a sign-up with an address that has an account, the page reads as after a new account', async () => {
      expect(newAccountPage).not.toBe('');
      const again = await signUp('Nog Iemand', true);
      expect(again.text).toBe(newAccountPage);
    });
  });
});

/** The company of a run's matching offer (named after the town it is in). */
function companyOf(v: { matchingProvince: Province }): string {
  return v.matchingProvince === Province.GELDERLAND ? 'Techniek Nijmegen' : 'Techniek Utrecht';
}

/** A JSON answer with every leaf replaced by its type: what two answers share when only ids differ. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  }
  return typeof value;
}

function provinceName(province: Province): string {
  return { GELDERLAND: 'Gelderland', UTRECHT: 'Utrecht' }[province as 'GELDERLAND' | 'UTRECHT'];
}
