import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { Role } from '@app/core';
import { SchoolFactory, TEST_PASSWORD, UserFactory } from '@app/testing';
import { startSmtpInbox, type SmtpInbox } from '../utils/smtp-inbox';
import { startTestWorker } from '../utils/test-app';
import { expectAccessible, openSession, type WebSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// Logging in, signing up (a school found by a misspelt name), the mailed links for the e-mail address and a new
// password, and the own account, in real Chromium against the real api, with the worker mailing the links.

const PUBLIC_URL = 'https://techmatch.test';
const link = (path: string) =>
  new RegExp(`https://techmatch\\.test(/${path}\\?token=[A-Za-z0-9_-]{43})(?=\\s)`);

/** The label (or text) of the element that has the focus (a string: the tests compile without the DOM types). */
const focused = (page: Page) =>
  page.evaluate<string>(`(() => {
    const el = document.activeElement;
    const label = el && el.labels && el.labels[0];
    return ((label ? label.textContent : el && el.textContent) || '').trim();
  })()`);

describe('auth pages (Chromium)', () => {
  let t: WebTestApp;
  let worker: INestApplicationContext;
  let inbox: SmtpInbox;
  let hooghuis: string;
  const sessions: WebSession[] = [];

  const open = async (token?: string) => {
    const session = await openSession(t.browser, t.baseUrl, { token });
    sessions.push(session);
    return session;
  };
  const heading = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();
  const pathOf = (page: Page) => new URL(page.url()).pathname;
  const userRow = async (email: string) =>
    (
      await t.dataSource.query<
        Array<{ role: string; school_id: string | null; email_verified: boolean; school_verified: boolean }>
      >(`SELECT role, school_id, email_verified, school_verified FROM users WHERE email = $1`, [email])
    )[0];

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startWebTestApp({ SMTP_URL: inbox.url, PUBLIC_URL });
    worker = await startTestWorker();
    hooghuis = (
      await SchoolFactory.create(t.dataSource, {
        vestigingscode: '19XH00',
        brin: '19XH',
        name: 'Het Hooghuis',
        city: 'Oss',
        website: 'www.hethooghuis.nl',
      })
    ).id;
    await SchoolFactory.create(t.dataSource, {
      name: 'Hooghe Landen',
      city: 'Amersfoort',
      municipality: 'Amersfoort',
    });
    await SchoolFactory.create(t.dataSource, { name: 'Het Maaslandcollege', city: 'Oss' });
  }, 90_000);

  afterAll(async () => {
    for (const session of sessions) await session.context.close().catch(() => undefined);
    await worker?.close();
    await t?.close();
    await inbox?.close();
  }, 120_000);

  it('logs in to the role’s home or back to `terug` (a path of this site only); a wrong password is told in Dutch', async () => {
    const teacher = await UserFactory.create(t.dataSource, Role.TEACHER, {
      email: 'docent.login@example.nl',
    });
    const company = await UserFactory.create(t.dataSource, Role.COMPANY, {
      email: 'bedrijf.login@example.nl',
    });
    const { page, pageErrors, close } = await open();
    await page.goto('/inloggen');
    await heading(page, 'Inloggen');
    await expectAccessible(page, 'log-in form');

    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul je e-mailadres in.').waitFor();
    expect(await page.getByLabel(/^E-mailadres/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'log-in form with client-side errors');

    await page.getByLabel(/^E-mailadres/).fill(teacher.email);
    await page.getByLabel(/^Wachtwoord/).fill('Fout-wachtwoord-1');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord klopt niet.' });
    await alert.waitFor();
    await expectAccessible(page, 'log-in form with wrong credentials');
    expect(await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).getAttribute('href')).toBe(
      '/wachtwoord-vergeten',
    );
    expect(await page.getByRole('link', { name: 'Nog geen account? Meld je aan' }).getAttribute('href')).toBe(
      '/aanmelden',
    );

    await page.getByLabel(/^Wachtwoord/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/docent');
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    expect(pageErrors).toEqual([]);
    await close();

    // Back to the page asked for; another host is never followed.
    for (const [terug, email, expected] of [
      ['/meldingen?toon=ongelezen', teacher.email, '/meldingen'],
      ['//evil.example/x', company.email, '/bedrijf'],
    ] as const) {
      const session = await open();
      await session.page.goto(`/inloggen?terug=${encodeURIComponent(terug)}`);
      await heading(session.page, 'Inloggen');
      await session.page.getByLabel(/^E-mailadres/).fill(email);
      await session.page.getByLabel(/^Wachtwoord/).fill(TEST_PASSWORD);
      await session.page.getByRole('button', { name: 'Inloggen' }).click();
      await session.page.waitForURL((url) => url.pathname === expected);
      if (expected === '/meldingen') {
        await heading(session.page, 'Meldingen');
        expect(new URL(session.page.url()).search).toBe('?toon=ongelezen');
      }
      await session.close();
    }
  }, 120_000);

  it('signs up a teacher with the keyboard only, the school found by a misspelt name, and confirms the address by the mailed link', async () => {
    const email = 'annie.docent@example.nl';
    const { page, pageErrors, close } = await open();
    await page.goto('/aanmelden');
    await heading(page, 'Aanmelden');
    await expectAccessible(page, 'sign-up form');

    // From the heading (the page focuses it) through the form, by Tab, typing, arrows and Enter only.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Docent van een school');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^Je naam/);
    await page.keyboard.type('Annie de Vries');
    await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^Nieuw wachtwoord/);
    await page.keyboard.type('Techniek-voor-iedereen-1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Techniek-voor-iedereen-1');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^Je school/);
    // Submitting without a school: the error is at the school field, which takes the focus.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Account maken');
    await page.keyboard.press('Enter');
    await page.getByText('Zoek je school en kies hem uit de lijst.').waitFor();
    expect(await focused(page)).toMatch(/^Je school/);
    await expectAccessible(page, 'sign-up form without a school');

    await page.keyboard.type('Hooghuus');
    const school = page.getByRole('combobox', { name: /Je school/ });
    await page.getByRole('option', { name: /Het Hooghuis/ }).waitFor();
    expect(await school.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('status').filter({ hasText: 'gevonden' }).waitFor();
    await expectAccessible(page, 'sign-up form with the school list open');
    await page.keyboard.press('ArrowDown');
    const active = page.getByRole('option', { name: /Het Hooghuis/ });
    expect(await active.getAttribute('aria-selected')).toBe('true');
    expect(await school.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.getByText('Gekozen: Het Hooghuis in Oss (vestigingscode 19XH00).').waitFor();
    expect(await school.inputValue()).toBe('Het Hooghuis');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await heading(page, 'Bevestig je e-mailadres');
    expect(pathOf(page)).toBe('/aanmelden/klaar');
    await page.getByText(`We hebben een e-mail gestuurd naar ${email}`).waitFor();
    await page
      .getByText(/anders bevestigt een collega of de coördinator van je regio je koppeling/i)
      .waitFor();
    await expectAccessible(page, 'sign-up done');
    expect(await userRow(email)).toEqual({
      role: 'TEACHER',
      school_id: hooghuis,
      email_verified: false,
      school_verified: false,
    });

    const mail = await inbox.next(email);
    const path = link('e-mail-bevestigen').exec(mail.text)?.[1];
    expect(path).toBeDefined();
    await page.goto(path!);
    await heading(page, 'E-mailadres bevestigen');
    await page.getByRole('status').filter({ hasText: 'Je e-mailadres is bevestigd.' }).waitFor();
    await page.getByText('Je koppeling aan Het Hooghuis wacht nog op bevestiging').waitFor();
    await expectAccessible(page, 'e-mail confirmed');
    expect((await userRow(email)).email_verified).toBe(true);

    // The link works once.
    await page.goto(path!);
    await page.getByRole('alert').filter({ hasText: 'Je e-mailadres is al bevestigd.' }).waitFor();
    await expectAccessible(page, 'e-mail link used twice');
    await page.goto('/e-mail-bevestigen?token=verzonnen');
    await page.getByRole('alert').filter({ hasText: 'Deze bevestigingslink werkt niet.' }).waitFor();
    expect(pageErrors).toEqual([]);
    await close();
  }, 120_000);

  it('signs up a company with its first location; a missing place is shown beside its field', async () => {
    const { page, close } = await open();
    await page.goto('/aanmelden?als=bedrijf');
    await heading(page, 'Aanmelden');
    expect(await page.getByRole('radio', { name: 'Contactpersoon van een bedrijf' }).isChecked()).toBe(true);
    await expectAccessible(page, 'company sign-up form');

    await page.getByLabel(/^Je naam/).fill('Jan Jansen');
    await page.getByLabel(/^E-mailadres/).fill('jan@brabantsetechniek.nl');
    await page.getByLabel(/^Nieuw wachtwoord/).fill('Techniek-in-Brabant-7');
    await page.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill('Techniek-in-Brabant-7');
    await page.getByLabel(/^Naam van het bedrijf/).fill('Brabantse Techniek BV');
    await page.getByLabel(/^Postcode/).fill('5611AX');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Vul de plaats in.').waitFor();
    await page.getByLabel(/^Plaats/).fill('Eindhoven');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await heading(page, 'Bevestig je e-mailadres');
    await page.getByText('Een coördinator bekijkt je aanmelding.', { exact: false }).waitFor();
    const [row] = await t.dataSource.query<
      Array<{
        role: string;
        name: string;
        approved: boolean;
        location: string;
        postcode: string;
        city: string;
      }>
    >(
      `SELECT u.role, c.name, c.approved, l.name AS location, l.postcode, l.city
         FROM users u JOIN companies c ON c.id = u.company_id JOIN company_locations l ON l.company_id = c.id
        WHERE u.email = 'jan@brabantsetechniek.nl'`,
    );
    expect(row).toEqual({
      role: 'COMPANY',
      name: 'Brabantse Techniek BV',
      approved: false,
      location: 'Hoofdvestiging',
      postcode: '5611AX',
      city: 'Eindhoven',
    });
    await close();
  }, 120_000);

  it('resets a forgotten password through the mailed link, with the password rule beside the field', async () => {
    const email = 'vergeetachtig@example.nl';
    await UserFactory.create(t.dataSource, Role.TEACHER, { email });
    const { page, pageErrors, close } = await open();
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await heading(page, 'Wachtwoord vergeten');
    await page.getByLabel(/^E-mailadres/).fill(email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Als er een account is met ${email}` })
      .waitFor();
    await expectAccessible(page, 'password reset asked');

    const mail = await inbox.next(email);
    const path = link('wachtwoord-herstellen').exec(mail.text)?.[1];
    expect(path).toBeDefined();
    await page.goto(path!);
    await heading(page, 'Nieuw wachtwoord kiezen');
    const password = page.getByLabel(/^Nieuw wachtwoord/);
    await password.fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Het wachtwoord moet minstens 10 tekens hebben.').waitFor();
    await page.getByText('Herhaal het wachtwoord.').waitFor();
    await expectAccessible(page, 'new password refused by the client');

    // The rule the page cannot know (the address's name) comes back from the api, beside the field.
    await password.fill('vergeetachtig-2025');
    await page.getByLabel(/^Herhaal/).fill('vergeetachtig-2025');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Kies een sterker wachtwoord.').waitFor();
    expect(await focused(page)).toMatch(/^Nieuw wachtwoord/);
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-describedby')).toMatch(/-error/);

    await password.fill('Nieuw-en-sterk-2025');
    await page.getByLabel(/^Herhaal/).fill('Nieuw-en-sterk-2025');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Je wachtwoord is gewijzigd en je bent ingelogd.' })
      .waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await expectAccessible(page, 'password reset done');
    const logIn = await t.gql(
      `mutation { logIn(email: "${email}", password: "Nieuw-en-sterk-2025") { user { id } } }`,
    );
    expect(logIn.errors).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await close();
  }, 120_000);

  it('shows the own account with its verification state, changes the password and logs out', async () => {
    const user = await UserFactory.create(t.dataSource, Role.TEACHER, {
      email: 'piet.account@example.nl',
      name: 'Piet Puk',
      schoolId: hooghuis,
      schoolVerified: false,
    });
    const { page, pageErrors, close } = await open();
    await page.goto('/account');
    await heading(page, 'Inloggen');
    await page.getByLabel(/^E-mailadres/).fill(user.email);
    await page.getByLabel(/^Wachtwoord/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await heading(page, 'Mijn account');
    expect(pathOf(page)).toBe('/account');
    for (const text of [
      'Piet Puk',
      'piet.account@example.nl',
      'Docent',
      'Het Hooghuis in Oss (vestigingscode 19XH00)',
    ]) {
      await page.getByText(text, { exact: true }).waitFor();
    }
    await page.getByText('Je koppeling aan de school is nog niet bevestigd.', { exact: false }).waitFor();
    await expectAccessible(page, 'account page');

    await page.getByLabel(/^Huidig wachtwoord/).fill('Niet-mijn-wachtwoord-1');
    await page.getByLabel(/^Nieuw wachtwoord/).fill('Ander-wachtwoord-99');
    await page.getByLabel(/^Herhaal/).fill('Ander-wachtwoord-99');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Je huidige wachtwoord klopt niet.').waitFor();
    expect(await focused(page)).toMatch(/^Huidig wachtwoord/);
    expect(await page.getByLabel(/^Huidig wachtwoord/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'account page with a wrong current password');

    await page.getByLabel(/^Huidig wachtwoord/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd.' }).waitFor();
    const logIn = await t.gql(
      `mutation { logIn(email: "${user.email}", password: "Ander-wachtwoord-99") { user { id } } }`,
    );
    expect(logIn.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Uitloggen op dit apparaat' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();
    expect((await page.context().cookies()).some((c) => c.name === 'techmatch_session')).toBe(false);
    expect(pageErrors).toEqual([]);
    await close();
  }, 120_000);
});
