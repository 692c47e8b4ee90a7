import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { Programme, Province, Role } from '@app/core';
import {
  CompanyFactory,
  LocationFactory,
  PartnerCapacityFactory,
  PartnerOfferFactory,
  SchoolFactory,
  WaitlistEntryFactory,
  invariantViolations,
} from '@app/testing';
import { WaitlistStatus } from '@app/waitlist';
import { expectAccessible, openSession, type WebSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// The coordinator's waiting list in Chromium: the list per programme and province from the URL, an entry's
// panel with its history, priority with a reason, and manual placement with a reason, done with the keyboard
// only; a full location's CONFLICT explained in Dutch beside the location.

const JOIN = `mutation($s: ID!) { joinWaitlist(programme: JET_NET, schoolId: $s) { id } }`;
const PLACE = `mutation($e: ID!, $l: ID!) {
  placeWaitlistEntry(entryId: $e, locationId: $l, reason: "Vaste partner") { id } }`;
const REASON = 'Heeft al jaren een technasium en zit op 5 km van de vestiging';

/** Presses Tab until `target` has the focus (a keyboard user's way there); fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el.matches(':focus')).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

// Chromium on a shared, busy machine: a flow of several pages takes longer than Jest's default.
jest.setTimeout(120_000);

describe('coordinator waiting list (Chromium)', () => {
  let t: WebTestApp;
  let token: string;
  const ids: Record<string, string> = {};

  const entryRow = async (id: string) =>
    (
      await t.dataSource.query<
        Array<{ status: string; priority: number; placed_location_id: string | null }>
      >(`SELECT status, priority, placed_location_id FROM waitlist_entries WHERE id = $1`, [id])
    )[0];
  const events = (id: string) =>
    t.dataSource.query<Array<{ kind: string; note: string | null; actor_role: string }>>(
      `SELECT kind, note, actor_role FROM waitlist_events WHERE entry_id = $1 ORDER BY at, id`,
      [id],
    );

  beforeAll(async () => {
    t = await startWebTestApp();
    const ds = t.dataSource;
    // Two havo/vwo schools in Noord-Brabant join through the api (so that the history starts with JOINED), one
    // in Limburg stays outside the list shown.
    const admin = await t.tokenFor(Role.ADMIN);
    for (const [key, name, province] of [
      ['first', 'Stedelijk Gymnasium Oss', Province.NOORD_BRABANT],
      ['second', 'Maaslandcollege', Province.NOORD_BRABANT],
      ['limburg', 'Sintermeertencollege', Province.LIMBURG],
    ] as const) {
      const school = await SchoolFactory.create(ds, { name, province });
      const res = await t.gql(JOIN, { s: school.id }, admin);
      expect(res.errors).toBeUndefined();
      ids[key] = res.data!.joinWaitlist.id;
    }
    // A partner location with a free slot, and one that is full (its slot holds a placed school).
    const { company, location } = await CompanyFactory.create(
      ds,
      { name: 'Brabantse Techniek BV' },
      { name: 'Vestiging Eindhoven' },
    );
    await PartnerCapacityFactory.from({
      locationId: location.id,
      programme: Programme.JET_NET,
      slots: 1,
    }).insert(ds);
    ids.free = location.id;
    const full = await LocationFactory.from({
      companyId: company.id,
      name: 'Vestiging Helmond',
      city: 'Helmond',
    }).insert(ds);
    await PartnerCapacityFactory.from({ locationId: full.id, programme: Programme.JET_NET, slots: 1 }).insert(
      ds,
    );
    const placedSchool = await SchoolFactory.create(ds, { name: 'Het Hooghuis' });
    const placed = await t.gql(JOIN, { s: placedSchool.id }, admin);
    const filled = await t.gql(PLACE, { e: placed.data!.joinWaitlist.id, l: full.id }, admin);
    expect(filled.errors).toBeUndefined();
    ids.full = full.id;
    // A school with an open offer from a third location, which expires in a week.
    const boxtel = await LocationFactory.from({
      companyId: company.id,
      name: 'Vestiging Boxtel',
      city: 'Boxtel',
    }).insert(ds);
    await PartnerCapacityFactory.from({
      locationId: boxtel.id,
      programme: Programme.JET_NET,
      slots: 1,
    }).insert(ds);
    const offered = await WaitlistEntryFactory.from({
      schoolId: (await SchoolFactory.create(ds, { name: 'Elde College' })).id,
      status: WaitlistStatus.OFFERED,
    }).insert(ds);
    await PartnerOfferFactory.from({
      entryId: offered.id,
      locationId: boxtel.id,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    }).insert(ds);
    token = await t.tokenFor(Role.COORDINATOR, { provinces: [Province.NOORD_BRABANT] });
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  let session: WebSession;
  beforeEach(async () => {
    session = await openSession(t.browser, t.baseUrl, { token });
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('lists the waiting schools of the province in the URL, in list order, with no axe violations', async () => {
    const { page } = session;
    await page.goto('/coordinator/wachtlijst?provincie=NOORD_BRABANT');
    await page.getByRole('heading', { level: 1, name: 'Wachtlijst Jet-Net' }).waitFor();
    await page.getByText('3 scholen op de wachtlijst van Jet-Net in Noord-Brabant').waitFor();
    const table = page.getByRole('table', { name: /Wachtlijst Jet-Net in Noord-Brabant/ });
    const schools = await table.getByRole('rowheader').allInnerTexts();
    expect(schools.map((s) => s.split('\n')[0])).toEqual([
      'Stedelijk Gymnasium Oss',
      'Maaslandcollege',
      'Elde College',
    ]);
    // An open offer shows with its expiry.
    await table
      .getByRole('row', { name: /Elde College/ })
      .getByText(
        /^Aanbod van Brabantse Techniek BV \(Vestiging Boxtel\), verloopt \d+ \w+ \d{4} om \d\d:\d\d$/,
      )
      .waitFor();
    expect(await page.getByLabel('Provincie').inputValue()).toBe('NOORD_BRABANT');
    await expectAccessible(page, 'waiting list');

    // The programme is a choice kept in the URL: Jet-Net Junior has nobody waiting.
    await page.getByLabel('Programma').selectOption('JET_NET_JUNIOR');
    await page.getByText('Geen scholen op de wachtlijst van Jet-Net Junior in Noord-Brabant').waitFor();
    expect(new URL(page.url()).searchParams.get('programma')).toBe('JET_NET_JUNIOR');
    await page.goBack();
    await page.getByText('3 scholen op de wachtlijst van Jet-Net in Noord-Brabant').waitFor();
  });

  it('places a school with a reason using only the keyboard, and keeps its history on screen', async () => {
    const { page } = session;
    await page.goto('/coordinator/wachtlijst');
    await page.getByText(/3 scholen op de wachtlijst van Jet-Net/).waitFor();

    const open = page.getByRole('link', { name: 'Openen Stedelijk Gymnasium Oss' });
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    const panelHeading = page.getByRole('heading', { level: 2, name: 'Stedelijk Gymnasium Oss' });
    await panelHeading.waitFor();
    expect(new URL(page.url()).searchParams.get('inschrijving')).toBe(ids.first);
    await expect(panelHeading.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await expectAccessible(page, 'entry panel');

    const placement = page.getByRole('group', { name: 'Met de hand plaatsen' });
    const location = placement.getByLabel('Partnerlocatie');
    await tabTo(page, location);
    for (let i = 0; i < 10; i += 1) {
      const chosen = (await location.locator('option:checked').textContent()) ?? '';
      if (chosen.includes('Vestiging Eindhoven')) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await location.inputValue()).toBe(ids.free);
    await placement
      .getByText('Neemt 1 partnerschool in Jet-Net: 0 geplaatst, 0 met een open aanbod, 1 vrij.')
      .waitFor();
    await page.keyboard.press('Tab');
    const reason = placement.getByLabel(/^Reden/);
    await expect(reason.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await page.keyboard.type(REASON);
    await tabTo(page, placement.getByRole('button', { name: 'School plaatsen' }), 3);
    await page.keyboard.press('Enter');

    await page
      .getByRole('status')
      .filter({
        hasText: 'Stedelijk Gymnasium Oss is geplaatst bij Brabantse Techniek BV (Vestiging Eindhoven).',
      })
      .waitFor();
    expect(await entryRow(ids.first)).toEqual({
      status: 'PLACED',
      priority: 0,
      placed_location_id: ids.free,
    });
    expect((await events(ids.first)).map((e) => [e.kind, e.actor_role])).toEqual([
      ['JOINED', 'ADMIN'],
      ['PLACED', 'COORDINATOR'],
    ]);
    expect((await events(ids.first))[1].note).toBe(REASON);
    expect(await invariantViolations(t.dataSource)).toEqual([]);

    // The school left the list of waiting schools, but its panel and history stay.
    await page.getByText('2 scholen op de wachtlijst van Jet-Net').waitFor();
    const history = page.getByRole('table', {
      name: 'Geschiedenis van Stedelijk Gymnasium Oss, oudste eerst',
    });
    await history.getByRole('cell', { name: 'Geplaatst', exact: true }).waitFor();
    const rows = await history.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.split('\t').slice(1))).toEqual([
      ['Aangemeld', 'Beheerder', 'Put on the list by a coordinator'],
      ['Geplaatst', 'Coördinator', REASON],
    ]);
    await expectAccessible(page, 'entry placed');

    // A shared link restores the panel; the open list no longer holds the school, "all" does.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Deze school staat niet in de lijst' }).waitFor();
    await page.getByRole('link', { name: 'Ook geplaatste en teruggetrokken scholen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stedelijk Gymnasium Oss' }).waitFor();
    expect(new URL(page.url()).searchParams.get('toon')).toBe('alle');
    await page
      .getByText(/Geplaatst bij Brabantse Techniek BV \(Vestiging Eindhoven\)/)
      .first()
      .waitFor();
  });

  it('explains in Dutch, beside the location, that a full location cannot take the school', async () => {
    const { page } = session;
    await page.goto(`/coordinator/wachtlijst?inschrijving=${ids.second}`);
    const placement = page.getByRole('group', { name: 'Met de hand plaatsen' });
    await placement.getByLabel('Partnerlocatie').selectOption(ids.full);
    await placement
      .getByText('Neemt 1 partnerschool in Jet-Net: 1 geplaatst, 0 met een open aanbod, 0 vrij.')
      .waitFor();
    await placement.getByRole('button', { name: 'School plaatsen' }).click();
    // The reason is required before anything is sent.
    await placement.getByText('Geef een reden op.').waitFor();
    await placement.getByLabel(/^Reden/).fill('Wil graag bij Helmond');
    await placement.getByRole('button', { name: 'School plaatsen' }).click();
    const full = placement.getByText(/^Deze locatie zit vol: alle partnerplaatsen zijn bezet/);
    await full.waitFor();
    const describedBy = await placement.getByLabel('Partnerlocatie').getAttribute('aria-describedby');
    expect(describedBy).toContain(await full.getAttribute('id'));
    await expectAccessible(page, 'placement refused');
    expect((await entryRow(ids.second)).status).toBe('WAITING');
  });

  it('sets a priority with a reason, which moves the school up and into its history', async () => {
    const { page } = session;
    await page.goto(`/coordinator/wachtlijst?inschrijving=${ids.second}`);
    const priority = page.getByRole('group', { name: 'Prioriteit aanpassen' });
    await priority.getByLabel(/^Prioriteit/).fill('250');
    await priority.getByRole('button', { name: 'Prioriteit opslaan' }).click();
    await priority.getByText('Kies een prioriteit van -100 tot en met 100.').waitFor();
    await priority.getByText('Geef een reden op.').waitFor();
    await expectAccessible(page, 'priority errors');

    await priority.getByLabel(/^Prioriteit/).fill('10');
    await priority.getByLabel(/^Reden/).fill('Eerste school in de Kempen');
    await priority.getByRole('button', { name: 'Prioriteit opslaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'De prioriteit van Maaslandcollege is nu 10.' })
      .waitFor();
    expect((await entryRow(ids.second)).priority).toBe(10);
    expect((await events(ids.second)).at(-1)).toMatchObject({
      kind: 'PRIORITY_CHANGED',
      note: expect.stringContaining('Eerste school in de Kempen'),
    });
    const table = page.getByRole('table', { name: /Wachtlijst Jet-Net/ });
    await table.getByRole('cell', { name: '10', exact: true }).waitFor();
  });
});
