import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/core';
import { sampleDataDir } from '../utils/school-import-data';
import { startTestWorker } from '../utils/test-app';
import { expectAccessible, openSession, type WebSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// The admin's pages in Chromium: create a coordinator (the checks of the form and of the api shown beside the
// fields), and import the school registry from the data file (here the small sample) with its progress, run by
// the real worker.

const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { role provinces } } }`;
const PASSWORD = 'Middelburg-Vlissingen-26';

// Chromium on a shared, busy machine: a flow of several pages takes longer than Jest's default.
jest.setTimeout(120_000);

describe('admin pages (Chromium)', () => {
  const data = sampleDataDir();
  let t: WebTestApp;
  let worker: INestApplicationContext;
  let token: string;

  const schoolCount = async () =>
    (await t.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM schools`))[0].n;

  beforeAll(async () => {
    t = await startWebTestApp({ DATA_DIR: data.dir });
    worker = await startTestWorker();
    token = await t.tokenFor(Role.ADMIN);
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    data.remove();
  });

  let session: WebSession;
  beforeEach(async () => {
    session = await openSession(t.browser, t.baseUrl, { token });
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('opens the admin home and, by keyboard, the coordinators page', async () => {
    const { page } = session;
    await page.goto('/beheer');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await expectAccessible(page, 'admin home');
    const link = page.getByRole('link', { name: 'Coördinatoren' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Coördinatoren' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/beheer/coordinatoren');
  });

  it('creates a coordinator for a province and a programme, who can then log in', async () => {
    const { page } = session;
    await page.goto('/beheer/coordinatoren');
    await page.getByRole('status').filter({ hasText: 'Nog geen coördinatoren' }).waitFor();
    await expectAccessible(page, 'coordinators, none yet');

    await page.getByRole('button', { name: 'Coördinator aanmaken' }).click();
    await page.getByText('Vul een naam in.').waitFor();
    await page.getByText('Kies minstens één provincie.').waitFor();
    const name = page.getByLabel(/^Naam/);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'coordinator form errors');

    await name.fill('Zoë Zeeuw');
    await page.getByLabel(/^E-mailadres/).fill('zoe.zeeuw@example.nl');
    await page.getByLabel(/^Eerste wachtwoord/).fill(PASSWORD);
    await page.getByRole('group', { name: 'Provincies' }).getByLabel('Zeeland').check();
    await page.getByRole('group', { name: 'Programma’s' }).getByLabel('Jet-Net', { exact: true }).check();
    await page.getByRole('button', { name: 'Coördinator aanmaken' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Coördinator Zoë Zeeuw (zoe.zeeuw@example.nl) is aangemaakt.' })
      .waitFor();
    const table = page.getByRole('table', { name: /Coördinatoren op naam/ });
    await table.getByRole('rowheader', { name: 'Zoë Zeeuw' }).waitFor();
    expect((await table.getByRole('row').nth(1).allInnerTexts())[0].split('\t')).toEqual([
      'Zoë Zeeuw',
      'zoe.zeeuw@example.nl',
      'Zeeland',
      'Jet-Net',
    ]);
    const rows = await t.dataSource.query(
      `SELECT role, provinces, programmes, email_verified FROM users WHERE email = 'zoe.zeeuw@example.nl'`,
    );
    expect(rows).toEqual([
      { role: 'COORDINATOR', provinces: ['ZEELAND'], programmes: ['JET_NET'], email_verified: true },
    ]);
    const login = await t.gql(LOG_IN, { e: 'zoe.zeeuw@example.nl', p: PASSWORD });
    expect(login.data?.logIn.user).toEqual({ role: 'COORDINATOR', provinces: ['ZEELAND'] });
    await expectAccessible(page, 'coordinator created');

    // The api's refusal of a taken address shows beside the e-mail field.
    await page.getByLabel(/^Naam/).fill('Zoë Zeeuw');
    await page.getByLabel(/^E-mailadres/).fill('zoe.zeeuw@example.nl');
    await page.getByLabel(/^Eerste wachtwoord/).fill(PASSWORD);
    await page.getByRole('group', { name: 'Provincies' }).getByLabel('Zeeland').check();
    await page.getByRole('button', { name: 'Coördinator aanmaken' }).click();
    const taken = page.getByText('Met dit e-mailadres kun je geen account maken.');
    await taken.waitFor();
    expect(await page.getByLabel(/^E-mailadres/).getAttribute('aria-describedby')).toContain(
      await taken.getAttribute('id'),
    );
  });

  it('imports the school registry in the background and shows its progress until it is done', async () => {
    const { page } = session;
    const before = await schoolCount();
    await page.goto('/beheer/scholenimport');
    await page.getByText('Er is nog geen import gestart.').waitFor();
    expect(await page.getByLabel(/Het scholenbestand van de open data/).isChecked()).toBe(true);
    await expectAccessible(page, 'import, none yet');

    await page.getByRole('button', { name: 'Import starten' }).click();
    const bar = page.getByRole('progressbar', {
      name: 'Voortgang van scholen_po_vo_so_geocoded_20241122.csv',
    });
    await bar.waitFor();
    await page.getByText('12 van 12 rijen gelezen (100%)').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /De import van scholen_po_vo_so_geocoded_20241122\.csv is klaar/ })
      .waitFor();
    expect(await bar.evaluate((el) => [el.getAttribute('value'), el.getAttribute('max')])).toEqual([
      '12',
      '12',
    ]);
    const figure = async (key: string) =>
      (await page.locator('.tm-admin-facts div', { hasText: key }).innerText()).split('\n').at(-1);
    expect(await figure('Rijen geïmporteerd')).toBe('10');
    expect(await figure('Nieuwe scholen')).toBe('10');
    expect(await figure('Rijen overgeslagen')).toBe('2');
    const failures = page.getByRole('table', { name: /^Overgeslagen rijen/ });
    expect(await failures.getByRole('rowheader').allInnerTexts()).toEqual(['12', '13']);
    expect(await schoolCount()).toBe(before + 10);
    await expectAccessible(page, 'import done');

    // Again: nothing doubles, and the first run moves to the history.
    await page.getByRole('button', { name: 'Import starten' }).click();
    await page.getByRole('table', { name: 'Eerdere imports, nieuwste eerst' }).waitFor();
    await page.locator('.tm-admin-facts div', { hasText: 'Ongewijzigde scholen' }).getByText('10').waitFor();
    expect(await schoolCount()).toBe(before + 10);
  });
});
