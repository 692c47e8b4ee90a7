import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { BookingStatus } from '@app/bookings';
import { EducationLevel, Role } from '@app/core';
import {
  ActivityFactory,
  BookingFactory,
  CompanyFactory,
  PartnerCapacityFactory,
  PartnerOfferFactory,
  SchoolFactory,
  UserFactory,
  WaitlistEntryFactory,
  waitFor,
} from '@app/testing';
import { WaitlistStatus } from '@app/waitlist';
import { expectAccessible, openSession, type WebSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

const DAY = 86_400_000;
// Each test opens pages and runs axe on several states in a real browser, on a machine shared with others.
const TEST_TIMEOUT = 120_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** The Dutch calendar day of a moment, `YYYY-MM-DD`. */
const dutchDay = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);

// The teacher's pages in real Chromium against the real api: request, cancel, complete and review bookings, post a
// school need, join the Jet-Net waiting list and accept a partner offer; axe on every page and state.
describe('teacher pages (Chromium)', () => {
  let t: WebTestApp;
  let companyName: string;
  let locationId: string;

  /** A school in Oss (havo, vwo) and a proven teacher of it, logged in. */
  async function teacherSession(name = 'Anne de Vries'): Promise<{ session: WebSession; schoolId: string }> {
    const school = await SchoolFactory.create(t.dataSource);
    const token = await t.tokenFor(Role.TEACHER, {
      schoolId: school.id,
      name,
      emailVerified: true,
      schoolVerified: true,
    });
    return { session: await openSession(t.browser, t.baseUrl, { token }), schoolId: school.id };
  }

  async function close(session: WebSession) {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }

  const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

  /** Presses Tab until `target` has focus (a date field takes more than one Tab to leave); fails after a few. */
  async function tabTo(page: Page, target: Locator, most = 4) {
    for (let i = 0; i < most; i += 1) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    }
    throw new Error(`${String(target)} did not get focus within ${most} presses of Tab`);
  }

  beforeAll(async () => {
    t = await startWebTestApp();
    const { company, location } = await CompanyFactory.create(t.dataSource, { name: 'Zonnewerk BV' });
    companyName = company.name;
    locationId = location.id;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  }, TEST_TIMEOUT);

  it(
    'requests an activity through the form with the keyboard only, and the booking is REQUESTED',
    async () => {
      const activity = await ActivityFactory.create(t.dataSource, locationId, {
        title: 'Gastles zonne-energie',
        levels: [EducationLevel.VMBO_TL, EducationLevel.HAVO, EducationLevel.VWO],
        maxParticipants: 30,
        startsAt: inDays(10),
        endsAt: inDays(90),
      });
      const { session, schoolId } = await teacherSession();
      const { page } = session;
      await page.goto(`/docent/aanvragen/${activity.id}`);
      await h1(page, 'Gastles zonne-energie aanvragen');
      await expectAccessible(page, 'request form');

      // Only the levels both the activity and the school have.
      const level = page.getByRole('combobox', { name: /Niveau van de groep/ });
      expect(await level.locator('option').allTextContents()).toEqual(['Kies een niveau', 'havo', 'vwo']);
      await expect(
        page.getByRole('spinbutton', { name: /Aantal leerlingen/ }).getAttribute('max'),
      ).resolves.toBe('30');

      // The page puts focus on its heading; from there the keyboard alone fills in the form.
      await waitFor('the heading to have focus', () =>
        page.evaluate<boolean>("document.activeElement?.tagName === 'H1'"),
      );
      await page.keyboard.press('Tab');
      expect(await level.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await level.inputValue()).toBe('VWO');
      await page.keyboard.press('Tab');
      await page.keyboard.type('31');
      await page.keyboard.press('Enter');
      // Too large for the activity: said beside the field, which takes focus; nothing is sent.
      await page.getByText('Deze activiteit neemt hooguit 30 deelnemers.').waitFor();
      const groupSize = page.getByRole('spinbutton', { name: /Aantal leerlingen/ });
      expect(await groupSize.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await expectAccessible(page, 'request form with an error');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('28');
      await page.keyboard.press('Tab');
      const wanted = inDays(20);
      const [y, m, d] = dutchDay(wanted).split('-');
      // Headless Chromium lays its date fields out as month, day, year, whatever the page's language.
      await page.keyboard.type(`${m}${d}${y}`, { delay: 50 });
      expect(await page.getByLabel('Gewenste datum').inputValue()).toBe(dutchDay(wanted));
      await tabTo(page, page.getByRole('textbox', { name: /Bericht aan het bedrijf/ }));
      await page.keyboard.type('Klas 5 vwo, tweede uur.');
      await tabTo(page, page.getByRole('button', { name: 'Aanvraag versturen' }));
      await page.keyboard.press('Enter');

      await page
        .getByText(/Je aanvraag voor Gastles zonne-energie is verstuurd\. Zonnewerk BV laat weten/)
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/docent/boekingen');
      await h1(page, 'Boekingen van mijn school');
      await expectAccessible(page, 'bookings with the confirmation');

      const [row] = await t.dataSource.query<
        Array<{
          status: string;
          level: string;
          group_size: number;
          day: string;
          message: string;
          school_id: string;
        }>
      >(
        `SELECT status, level, group_size, message, school_id,
              to_char(preferred_date AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI') AS day
         FROM bookings WHERE activity_id = $1`,
        [activity.id],
      );
      expect(row).toEqual({
        status: 'REQUESTED',
        level: 'VWO',
        group_size: 28,
        message: 'Klas 5 vwo, tweede uur.',
        school_id: schoolId,
        day: `${dutchDay(wanted)} 00:00`,
      });
      await close(session);
    },
    TEST_TIMEOUT,
  );

  it(
    'cancels a booking with a reason, and filters the bookings by status in the URL',
    async () => {
      const { session, schoolId } = await teacherSession();
      const { page } = session;
      const activity = await ActivityFactory.create(t.dataSource, locationId, {
        title: 'Bedrijfsbezoek waterstof',
      });
      const booking = await BookingFactory.from({
        activityId: activity.id,
        schoolId,
        status: BookingStatus.ACCEPTED,
        preferredDate: inDays(14),
        respondedAt: new Date(),
      }).insert(t.dataSource);

      await page.goto('/docent/boekingen');
      await h1(page, 'Boekingen van mijn school');
      const card = page.getByRole('article', { name: 'Bedrijfsbezoek waterstof' });
      await card.getByText('Geaccepteerd', { exact: true }).waitFor();
      await expectAccessible(page, 'bookings');
      await card.getByRole('link', { name: 'Annuleren' }).click();
      const reason = page.getByRole('textbox', { name: /Reden voor het bedrijf/ });
      await waitFor('the reason field to have focus', () =>
        reason.evaluate((el) => el === el.ownerDocument.activeElement),
      );
      expect(new URL(page.url()).searchParams.get('actie')).toBe('annuleren');
      await page.getByRole('button', { name: 'Boeking annuleren' }).click();
      await page.getByText('Schrijf kort waarom je annuleert.').waitFor();
      await expectAccessible(page, 'cancel form with an error');
      await reason.fill('De klas heeft die week toetsen.');
      await page.getByRole('button', { name: 'Boeking annuleren' }).click();
      await page
        .getByRole('status')
        .getByText(/Je boeking van Bedrijfsbezoek waterstof is geannuleerd/)
        .waitFor();
      await card.getByText('door de school: De klas heeft die week toetsen.').waitFor();

      const [row] = await t.dataSource.query<Array<{ status: string; cancel_reason: string; by: string }>>(
        `SELECT status, cancel_reason, cancelled_by_role AS by FROM bookings WHERE id = $1`,
        [booking.id],
      );
      expect(row).toEqual({
        status: 'CANCELLED',
        cancel_reason: 'De klas heeft die week toetsen.',
        by: 'TEACHER',
      });

      // The filter is in the URL: the link, back and forward, and a shared address all show the same list.
      await BookingFactory.from({ schoolId, status: BookingStatus.REQUESTED }).insert(t.dataSource);
      await page.goto('/docent/boekingen');
      await page.getByRole('article', { name: 'Gastles zonne-energie' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Toon boekingen' })
        .getByRole('link', { name: 'Geannuleerd' })
        .click();
      await waitFor(
        'the cancelled filter',
        async () => new URL(page.url()).searchParams.get('status') === 'CANCELLED',
      );
      await page.getByRole('article', { name: 'Gastles zonne-energie' }).waitFor({ state: 'detached' });
      await card.waitFor();
      await page.goBack();
      await page.getByRole('article', { name: 'Gastles zonne-energie' }).waitFor();
      await close(session);
    },
    TEST_TIMEOUT,
  );

  it(
    'lists a booking whose date has passed on the start page; completed, it is reviewed with stars',
    async () => {
      const { session, schoolId } = await teacherSession();
      const { page } = session;
      const activity = await ActivityFactory.create(t.dataSource, locationId, { title: 'Workshop robotica' });
      const booking = await BookingFactory.from({
        activityId: activity.id,
        schoolId,
        status: BookingStatus.ACCEPTED,
        level: EducationLevel.HAVO,
        preferredDate: new Date(Date.now() - 3 * DAY),
        respondedAt: new Date(Date.now() - 10 * DAY),
      }).insert(t.dataSource);

      await page.goto('/docent');
      await h1(page, 'Mijn start');
      const todo = page.getByRole('region', { name: 'Activiteiten afronden' });
      await todo.getByText(/Workshop robotica .* heeft plaatsgevonden/).waitFor();
      await page.getByText('Er staat 1 ding voor je klaar.').waitFor();
      await expectAccessible(page, 'start page with a booking to complete');
      await todo.getByRole('link', { name: 'Naar de boeking' }).click();
      await h1(page, 'Boekingen van mijn school');
      const card = page.getByRole('article', { name: 'Workshop robotica' });
      await card.getByRole('button', { name: 'Markeer als afgerond' }).click();

      // Completed: the review form opens at once; the stars are a radio group chosen with the arrow keys.
      await page.getByRole('heading', { name: 'Beoordeel Workshop robotica' }).waitFor();
      await page.getByRole('status').getByText('Workshop robotica is afgerond.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Beoordeling plaatsen' }).click();
      await page.getByText('Kies 1 tot 5 sterren.').waitFor();
      await expectAccessible(page, 'review form with an error');
      await page.getByRole('radio', { name: '3 sterren' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('radio', { name: '4 sterren' }).isChecked()).toBe(true);
      await page.getByText('4 van de 5 sterren').waitFor();
      await page
        .getByRole('textbox', { name: /Wat vond je ervan/ })
        .fill('Leerlingen bouwden zelf een robot.');
      await page.getByRole('button', { name: 'Beoordeling plaatsen' }).click();
      await page
        .getByRole('status')
        .getByText(/Bedankt! Je beoordeling van Workshop robotica \(4 sterren\)/)
        .waitFor();
      await card.getByText('Je school heeft deze activiteit beoordeeld met 4 sterren van 5.').waitFor();
      expect(await card.getByRole('link', { name: 'Beoordelen' }).count()).toBe(0);
      await expectAccessible(page, 'bookings after the review');

      // The review is on the activity's page, with the school's place and the level, never its name.
      await card
        .getByRole('link', { name: 'Bekijk de beoordelingen op de pagina van de activiteit' })
        .click();
      await h1(page, 'Workshop robotica');
      const reviews = page.getByRole('region', { name: 'Beoordelingen' });
      await reviews.getByText('Leerlingen bouwden zelf een robot.').waitFor();
      await reviews.getByText(/Oss/).first().waitFor();

      const [status] = await t.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM bookings WHERE id = $1`,
        [booking.id],
      );
      expect(status.status).toBe('COMPLETED');
      const { data } = await t.gql<{
        activity: { reviewCount: number; averageRating: number; reviews: Array<Record<string, unknown>> };
      }>(
        `query ($id: ID!) { activity(id: $id) { reviewCount averageRating reviews { rating comment level schoolCity } } }`,
        { id: activity.id },
      );
      expect(data?.activity).toEqual({
        reviewCount: 1,
        averageRating: 4,
        reviews: [
          { rating: 4, comment: 'Leerlingen bouwden zelf een robot.', level: 'HAVO', schoolCity: 'Oss' },
        ],
      });

      // Reviewed, it is no longer on the start page's list.
      await page.goto('/docent');
      await page.getByText('Je hebt nu niets te doen.').waitFor();
      expect(await page.getByRole('region', { name: 'Activiteiten beoordelen' }).count()).toBe(0);
      await close(session);
    },
    TEST_TIMEOUT,
  );

  it(
    'posts a school need for the next school year by default, and withdraws it',
    async () => {
      const { session, schoolId } = await teacherSession();
      const { page } = session;
      await page.goto('/docent/behoeften');
      await h1(page, 'Behoeften van mijn school');
      await page.getByText('Je school heeft nog niets gevraagd.').waitFor();
      await expectAccessible(page, 'school needs');

      const today = dutchDay(new Date());
      const [year, month] = today.split('-').map(Number);
      const next = month >= 8 ? year + 1 : year;
      expect(await page.getByLabel(/Eerste dag/).inputValue()).toBe(`${next}-08-01`);
      expect(await page.getByLabel(/Laatste dag/).inputValue()).toBe(`${next + 1}-07-31`);

      await page.getByRole('button', { name: 'Behoefte doorgeven' }).click();
      await page.getByText('Kies een soort activiteit.').waitFor();
      await page.getByText('Kies ten minste één niveau.').waitFor();
      await expectAccessible(page, 'school need form with errors');
      await page.getByRole('combobox', { name: /Soort activiteit/ }).selectOption({ label: 'gastles' });
      await page
        .getByRole('group', { name: /Niveaus/ })
        .getByRole('checkbox', { name: 'havo' })
        .check();
      await page.getByRole('group', { name: /Thema/ }).getByRole('checkbox', { name: 'energie' }).check();
      await page.getByRole('spinbutton', { name: /Aantal sessies/ }).fill('3');
      await page.getByRole('button', { name: 'Behoefte doorgeven' }).click();
      await page
        .getByRole('status')
        .getByText(/Je behoefte \(gastles\) is doorgegeven/)
        .waitFor();
      const card = page.getByRole('article', { name: 'gastles, 3 sessies' });
      await card.getByText('Open', { exact: true }).waitFor();
      await expectAccessible(page, 'school needs with one');

      const rows = await t.dataSource.query<
        Array<{
          id: string;
          type: string;
          levels: string[];
          themes: string[];
          sessions: number;
          start: string;
          end: string;
        }>
      >(
        `SELECT id, type, levels, themes, sessions,
              to_char(period_start AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS start,
              to_char(period_end AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS end
         FROM school_requests WHERE school_id = $1`,
        [schoolId],
      );
      expect(rows).toEqual([
        {
          id: expect.any(String),
          type: 'GUEST_LESSON',
          levels: ['HAVO'],
          themes: ['energie'],
          sessions: 3,
          start: `${next}-08-01`,
          end: `${next + 1}-07-31`,
        },
      ]);

      // Changed: the form opens in the card with the request's values.
      await card.getByRole('link', { name: 'Wijzigen' }).click();
      const sessions = card.getByRole('spinbutton', { name: /Aantal sessies/ });
      expect(await sessions.inputValue()).toBe('3');
      expect(await card.getByLabel(/Eerste dag/).inputValue()).toBe(`${next}-08-01`);
      await expectAccessible(page, 'changing a school need');
      await sessions.fill('4');
      await card.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page
        .getByRole('status')
        .getByText(/Je behoefte \(gastles\) is gewijzigd/)
        .waitFor();
      const changed = page.getByRole('article', { name: 'gastles, 4 sessies' });
      await changed.waitFor();
      const [four] = await t.dataSource.query<Array<{ sessions: number }>>(
        `SELECT sessions FROM school_requests WHERE id = $1`,
        [rows[0].id],
      );
      expect(four.sessions).toBe(4);

      await changed.getByRole('link', { name: 'Intrekken' }).click();
      await changed.getByText('Weet je zeker dat je deze behoefte intrekt?').waitFor();
      await expectAccessible(page, 'withdrawing a school need');
      await changed.getByRole('button', { name: 'Ja, intrekken' }).click();
      await page
        .getByRole('status')
        .getByText(/Je behoefte \(gastles\) is ingetrokken/)
        .waitFor();
      await page
        .getByRole('region', { name: 'Ingetrokken' })
        .getByRole('article', { name: 'gastles, 4 sessies' })
        .waitFor();
      const [withdrawn] = await t.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM school_requests WHERE id = $1`,
        [rows[0].id],
      );
      expect(withdrawn.status).toBe('WITHDRAWN');
      await close(session);
    },
    TEST_TIMEOUT,
  );

  it(
    'puts the school on the Jet-Net waiting list and shows its position',
    async () => {
      // Two schools of the province joined before.
      for (const days of [60, 30]) {
        await WaitlistEntryFactory.from({ joinedAt: new Date(Date.now() - days * DAY) }).insert(t.dataSource);
      }
      const { session, schoolId } = await teacherSession();
      const { page } = session;
      await page.goto('/docent/wachtlijst');
      await h1(page, 'Jet-Net-wachtlijst');
      await expectAccessible(page, 'waiting list before joining');
      await page.getByRole('button', { name: /^Zet Testschool \d+ op de wachtlijst van Jet-Net$/ }).click();
      await page.getByRole('status').getByText('Je school staat op de wachtlijst van Jet-Net.').waitFor();
      const entry = page.getByRole('region', { name: 'Jet-Net', exact: true });
      await entry.getByText('Nummer 3 op de wachtlijst in Noord-Brabant').waitFor();
      await entry.getByText('Verwachte wachttijd').waitFor();
      await entry
        .getByRole('table', { name: /Geschiedenis/ })
        .getByRole('cell', { name: 'Aangemeld' })
        .waitFor();
      await expectAccessible(page, 'waiting list after joining');
      const [row] = await t.dataSource.query<Array<{ status: string; programme: string }>>(
        `SELECT status, programme FROM waitlist_entries WHERE school_id = $1`,
        [schoolId],
      );
      expect(row).toEqual({ status: 'WAITING', programme: 'JET_NET' });

      // Leaving the list, with a reason that stays in the history.
      await entry.getByRole('link', { name: 'Afmelden van de wachtlijst' }).click();
      const reason = entry.getByRole('textbox', { name: /Reden/ });
      await reason.waitFor();
      await expectAccessible(page, 'leaving the waiting list');
      await reason.fill('We doen al mee met een ander programma.');
      await entry.getByRole('button', { name: 'Afmelden' }).click();
      await page
        .getByRole('status')
        .getByText('Je school is afgemeld van de wachtlijst van Jet-Net.')
        .waitFor();
      await page
        .getByRole('region', { name: 'Eerdere aanmeldingen' })
        .getByRole('cell', { name: 'We doen al mee met een ander programma.' })
        .waitFor();
      const [left] = await t.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM waitlist_entries WHERE school_id = $1`,
        [schoolId],
      );
      expect(left.status).toBe('WITHDRAWN');
      await close(session);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows a pending partner offer with its expiry on the start page, and accepts it',
    async () => {
      const { session, schoolId } = await teacherSession();
      const { page } = session;
      await PartnerCapacityFactory.from({ locationId, slots: 1 }).insert(t.dataSource);
      const entry = await WaitlistEntryFactory.from({
        schoolId,
        status: WaitlistStatus.OFFERED,
        joinedAt: new Date(Date.now() - 90 * DAY),
      }).insert(t.dataSource);
      const expiresAt = new Date('2031-05-12T14:30:00Z');
      const offer = await PartnerOfferFactory.from({ entryId: entry.id, locationId, expiresAt }).insert(
        t.dataSource,
      );

      await page.goto('/docent');
      await h1(page, 'Mijn start');
      const offers = page.getByRole('region', { name: 'Jet-Net-aanbod beantwoorden' });
      await offers.getByText(`${companyName} (Hoofdvestiging, Eindhoven) biedt je school een plek`).waitFor();
      await offers.getByText('Antwoord vóór 12 mei 2031 om 16:30.').waitFor();
      await expectAccessible(page, 'start page with an offer');
      await offers.getByRole('link', { name: 'Aanbod bekijken en beantwoorden' }).click();

      await h1(page, 'Jet-Net-wachtlijst');
      const box = page.getByRole('region', { name: `Aanbod van ${companyName}` });
      await box.getByText('Antwoord vóór 12 mei 2031 om 16:30; daarna vervalt het aanbod.').waitFor();
      await expectAccessible(page, 'waiting list with an offer');
      await box.getByRole('link', { name: 'Aanbod afwijzen' }).click();
      await box.getByText(/Weet je zeker dat je dit aanbod afwijst\?/).waitFor();
      await expectAccessible(page, 'declining an offer');
      await box.getByRole('link', { name: 'Terug' }).click();
      await box.getByRole('button', { name: 'Aanbod accepteren' }).click();
      await page
        .getByRole('status')
        .getByText(/Gefeliciteerd! Je school is nu Jet-Net-partnerschool van Zonnewerk BV/)
        .waitFor();
      await page
        .getByText(/Je school is partnerschool van Zonnewerk BV \(Hoofdvestiging, Eindhoven\) sinds/)
        .waitFor();
      await page.getByRole('cell', { name: 'Aanbod geaccepteerd' }).waitFor();
      await expectAccessible(page, 'waiting list after accepting');

      const [row] = await t.dataSource.query<Array<{ entry: string; offer: string }>>(
        `SELECT e.status AS entry, o.status AS offer FROM waitlist_entries e JOIN partner_offers o ON o.entry_id = e.id
        WHERE o.id = $1`,
        [offer.id],
      );
      expect(row).toEqual({ entry: 'PLACED', offer: 'ACCEPTED' });
      await close(session);
    },
    TEST_TIMEOUT,
  );

  it(
    'explains an unproven account, and a proven colleague approves it',
    async () => {
      const school = await SchoolFactory.create(t.dataSource, { name: 'Het Maaslandcollege' });
      const newcomer = await UserFactory.from({
        role: Role.TEACHER,
        schoolId: school.id,
        name: 'Bram Jansen',
        emailVerified: false,
        schoolVerified: false,
      }).insert(t.dataSource);
      const unproven = await openSession(t.browser, t.baseUrl, {
        token: await t.tokenFor(Role.TEACHER, {
          schoolId: school.id,
          emailVerified: false,
          schoolVerified: false,
        }),
      });
      await unproven.page.goto('/docent');
      await h1(unproven.page, 'Mijn start');
      await unproven.page.getByRole('heading', { name: 'Bevestig je e-mailadres' }).waitFor();
      await unproven.page
        .getByRole('heading', { name: 'Je koppeling aan Het Maaslandcollege is nog niet bevestigd' })
        .waitFor();
      await expectAccessible(unproven.page, 'start page of an unproven account');
      await close(unproven);

      const colleague = await openSession(t.browser, t.baseUrl, {
        token: await t.tokenFor(Role.TEACHER, {
          schoolId: school.id,
          emailVerified: true,
          schoolVerified: true,
        }),
      });
      const { page } = colleague;
      await page.goto('/docent');
      const waiting = page.getByRole('region', { name: 'Collega’s die wachten op bevestiging' });
      await waiting.getByText(newcomer.email).waitFor();
      await expectAccessible(page, 'start page with a colleague to approve');
      await waiting.getByRole('button', { name: 'Bevestig Bram Jansen' }).click();
      await page
        .getByRole('status')
        .getByText('Bram Jansen is bevestigd als docent van Het Maaslandcollege.')
        .waitFor();
      await waiting.getByText(newcomer.email).waitFor({ state: 'detached' });
      const [row] = await t.dataSource.query<Array<{ school_verified: boolean }>>(
        `SELECT school_verified FROM users WHERE id = $1`,
        [newcomer.id],
      );
      expect(row.school_verified).toBe(true);
      await close(colleague);
    },
    TEST_TIMEOUT,
  );
});
