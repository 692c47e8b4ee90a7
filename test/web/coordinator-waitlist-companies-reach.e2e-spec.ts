import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { BookingStatus } from '@app/bookings';
import { EducationLevel, Programme, Province, Role } from '@app/core';
import { ActivityFactory, BookingFactory, CompanyFactory, SchoolFactory } from '@app/testing';
import { expectAccessible, openSession, type WebSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// The coordinator's company approval queue and reach report in Chromium: approve one company, turn another down
// with a reason, and a report table (and list of schools not reached) that says what the api says.

const REACH = `query($y: Int!, $g: Programme) {
  reachReport(schoolYear: $y, programme: $g) {
    rows { province programme schoolsReached schoolsNotReached repeatSchools activitiesGiven pupilsReached
           companiesActive averageRating waitingAtYearEnd }
  }
}`;
const UNREACHED = `query($y: Int!, $p: Province!) {
  unreachedSchools(schoolYear: $y, province: $p) { school { name } nearestSupplyKm }
}`;

/** The school year (named by the year it starts) of today in the Netherlands. */
function currentSchoolYear(now = new Date()): number {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
    .format(now)
    .split('-')
    .map(Number);
  return month >= 8 ? year : year - 1;
}

// Chromium on a shared, busy machine: a flow of several pages takes longer than Jest's default.
jest.setTimeout(120_000);

describe('coordinator companies and reach (Chromium)', () => {
  let t: WebTestApp;
  let token: string;
  const companyIds: Record<string, string> = {};
  const year = currentSchoolYear();

  const company = async (id: string) =>
    (
      await t.dataSource.query<Array<{ approved: boolean; rejection_reason: string | null }>>(
        `SELECT approved, rejection_reason FROM companies WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await startWebTestApp();
    const ds = t.dataSource;
    for (const [key, name] of [
      ['approve', 'Zonnepanelen Zuid BV'],
      ['reject', 'Snel Geld Holding'],
    ] as const) {
      const created = await CompanyFactory.create(
        ds,
        { name, approved: false, approvedAt: null },
        { name: 'Hoofdkantoor', city: 'Tilburg', province: Province.NOORD_BRABANT },
      );
      companyIds[key] = created.company.id;
    }
    // Reach: one school reached by a completed Jet-Net activity this school year, two that were not.
    const { location } = await CompanyFactory.create(ds, { name: 'Philips Lab' });
    const activity = await ActivityFactory.from({
      locationId: location.id,
      programme: Programme.JET_NET,
    }).insert(ds);
    const reached = await SchoolFactory.create(ds, { name: 'Van Maerlantlyceum' });
    await SchoolFactory.create(ds, { name: 'Jacob-Roelandslyceum' });
    await SchoolFactory.create(ds, { name: 'Udens College', levels: [EducationLevel.VMBO_TL] });
    await BookingFactory.from({
      activityId: activity.id,
      schoolId: reached.id,
      status: BookingStatus.COMPLETED,
      preferredDate: new Date(),
      respondedAt: new Date(),
      completedAt: new Date(),
      groupSize: 28,
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

  it('approves one waiting company and turns another down with a reason', async () => {
    const { page } = session;
    await page.goto('/coordinator/bedrijven');
    await page.getByRole('heading', { level: 1, name: 'Bedrijven goedkeuren' }).waitFor();
    await page.getByText('2 bedrijven wachten op goedkeuring').waitFor();
    await expectAccessible(page, 'approval queue');

    await page.getByRole('button', { name: 'Goedkeuren Zonnepanelen Zuid BV' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Zonnepanelen Zuid BV is goedgekeurd en kan nu activiteiten publiceren.' })
      .waitFor();
    expect(await company(companyIds.approve)).toEqual({ approved: true, rejection_reason: null });
    await page.getByText('1 bedrijf wacht op goedkeuring').waitFor();

    await page.getByRole('button', { name: 'Afwijzen Snel Geld Holding' }).click();
    const reason = page.getByLabel(/Waarom wijs je Snel Geld Holding af\?/);
    await expect(reason.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await page.getByRole('button', { name: 'Afwijzing versturen' }).click();
    await page.getByText('Geef een reden op.').waitFor();
    await expectAccessible(page, 'rejection without reason');
    await reason.fill('Geen bèta- of technisch bedrijf; graag je KvK-gegevens aanvullen.');
    await page.getByRole('button', { name: 'Afwijzing versturen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Snel Geld Holding is afgewezen. Het bedrijf krijgt bericht met je reden.' })
      .waitFor();
    expect(await company(companyIds.reject)).toEqual({
      approved: false,
      rejection_reason: 'Geen bèta- of technisch bedrijf; graag je KvK-gegevens aanvullen.',
    });
    await page.getByText('Geen bedrijven wachten op goedkeuring').waitFor();

    // All companies, the one turned down with its reason; the choice lives in the URL.
    await page.getByLabel('Stand').selectOption('alle');
    await page.getByText(/Afgewezen: Geen bèta- of technisch bedrijf/).waitFor();
    expect(new URL(page.url()).searchParams.get('stand')).toBe('alle');
    await expectAccessible(page, 'all companies');
  });

  it('shows the reach report as the api computes it, beside its chart, with the CSV download', async () => {
    const { page } = session;
    await page.goto('/coordinator/bereik?programma=JET_NET');
    await page.getByRole('heading', { level: 1, name: 'Bereik' }).waitFor();
    const table = page.getByRole('table', { name: /^Bereik in .* per provincie en programma/ });
    await table.waitFor();

    const api = await t.gql(REACH, { y: year, g: 'JET_NET' }, token);
    expect(api.errors).toBeUndefined();
    const rows = api.data!.reachReport.rows as Array<Record<string, number | string | null>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ province: 'NOORD_BRABANT', schoolsReached: 1, pupilsReached: 28 });
    const cells = (await table.getByRole('row').allInnerTexts()).slice(1).map((row) => row.split('\t'));
    const number = (value: number | string | null) => (value === null ? '–' : String(value));
    expect(cells).toEqual(
      rows.map((row) => [
        'Noord-Brabant',
        'Jet-Net',
        number(row.schoolsReached),
        number(row.schoolsNotReached),
        number(row.repeatSchools),
        number(row.activitiesGiven),
        number(row.pupilsReached),
        number(row.companiesActive),
        row.averageRating === null ? '–' : String(row.averageRating).replace('.', ','),
        number(row.waitingAtYearEnd),
      ]),
    );
    // The chart is drawn beside the table (as a picture; the table is what assistive technology reads).
    await page.locator('.tm-cw-chart .recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('.tm-cw-chart .recharts-bar-rectangle').count()).toBeGreaterThan(0);

    const csv = page.getByRole('link', { name: /als CSV-bestand/ });
    const href = await csv.getAttribute('href');
    expect(href).toBe(`/reports/reach.csv?schoolYear=${year}&programme=JET_NET`);
    // The browser's session cookie is what the download sends.
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/text\/csv/);

    // Schools of the province nothing reached, as the api lists them.
    const unreached = await t.gql(UNREACHED, { y: year, p: 'NOORD_BRABANT' }, token);
    const names = (unreached.data!.unreachedSchools as Array<{ school: { name: string } }>).map(
      (u) => u.school.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Jacob-Roelandslyceum', 'Udens College']));
    expect(names).not.toContain('Van Maerlantlyceum');
    const list = page.getByRole('table', { name: /^Niet bereikte scholen in Noord-Brabant/ });
    await list.waitFor();
    expect(await list.getByRole('rowheader').allInnerTexts()).toEqual(names.slice(0, 25));
    // The same schools on the map above the table: one circle each, over the province boundaries.
    const map = page.getByRole('region', { name: 'Kaart van de niet bereikte scholen in Noord-Brabant' });
    await map.waitFor();
    await page.getByText(new RegExp(`Alle ${names.length} scholen op de kaart`)).waitFor();
    expect(await map.locator('path.leaflet-interactive[class*="tm-cw-band--"]').count()).toBe(names.length);
    await expectAccessible(page, 'reach report');

    // Another school year is a link of its own.
    await page.getByLabel('Schooljaar').selectOption(String(year - 1));
    expect(new URL(page.url()).searchParams.get('jaar')).toBe(String(year - 1));
    await page.getByRole('table', { name: new RegExp(`^Bereik in ${year - 1}/`) }).waitFor();
  });
});
