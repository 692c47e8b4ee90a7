import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { NotificationKind, Role } from '@app/core';
import { NotificationFactory, userToken } from '@app/testing';
import { expectAccessible, openSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// The notifications page: the list a page at a time, marking read (one, all, by following its link) with the
// menu's unread badge following, and the e-mail settings per kind.

describe('notifications page (Chromium)', () => {
  let t: WebTestApp;

  beforeAll(async () => {
    t = await startWebTestApp();
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  const badge = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).waitFor();
  const titles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 3 }).allInnerTexts();
  const focusedText = (page: Page) =>
    page.evaluate<string>(`(document.activeElement && document.activeElement.textContent || '').trim()`);
  const unreadIn = async (userId: string) =>
    Number(
      (
        await t.dataSource.query<Array<{ n: string }>>(
          `SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
          [userId],
        )
      )[0].n,
    );

  it('lists 20 at a time, marks one, one by its link and then all read, and the menu badge follows', async () => {
    const { user, token } = await userToken(t.app, t.dataSource, Role.TEACHER);
    const ids: string[] = [];
    // Melding 1 is the newest; 6 and 13 are read already: 21 unread.
    for (let i = 0; i < 23; i++) {
      const saved = await NotificationFactory.from({
        userId: user.id,
        kind: 'BOOKING_ANSWERED',
        subject: `Melding ${i + 1}`,
        body: `Het bedrijf heeft aanvraag ${i + 1} geaccepteerd.`,
        link: i === 0 ? '/account' : null,
        readAt: i === 5 || i === 12 ? new Date() : null,
      }).insert(t.dataSource);
      await t.dataSource.query(
        `UPDATE notifications SET created_at = now() - $2 * interval '1 minute' WHERE id = $1`,
        [saved.id, i],
      );
      ids.push(saved.id);
    }
    const { page, pageErrors, close } = await openSession(t.browser, t.baseUrl, { token });
    await page.goto('/meldingen');
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await badge(page, 'Meldingen 21 ongelezen');
    await page.getByText('Je hebt 21 ongelezen meldingen.').waitFor();
    const first = await titles(page);
    expect(first).toHaveLength(20);
    expect(first.slice(0, 7)).toEqual([
      'Nieuw: Melding 1',
      'Nieuw: Melding 2',
      'Nieuw: Melding 3',
      'Nieuw: Melding 4',
      'Nieuw: Melding 5',
      'Melding 6',
      'Nieuw: Melding 7',
    ]);
    await page.getByText('Het bedrijf heeft aanvraag 6 geaccepteerd.').waitFor();
    await expectAccessible(page, 'notifications, first page');

    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByRole('status').filter({ hasText: '3 meldingen erbij geladen.' }).waitFor();
    expect(await titles(page)).toHaveLength(23);
    expect(await focusedText(page)).toBe('Nieuw: Melding 21');
    expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Markeer als gelezen: Melding 2', exact: true }).click();
    await badge(page, 'Meldingen 20 ongelezen');
    await page.getByText('Je hebt 20 ongelezen meldingen.').waitFor();
    expect(await focusedText(page)).toBe('Melding 2');
    expect(await unreadIn(user.id)).toBe(20);
    expect(
      (await t.dataSource.query(`SELECT read_at FROM notifications WHERE id = $1`, [ids[1]]))[0].read_at,
    ).not.toBeNull();
    await expectAccessible(page, 'notifications after marking one read');

    await page.getByRole('link', { name: 'Alleen ongelezen' }).click();
    await page.waitForURL((url) => url.search === '?toon=ongelezen');
    await page.getByRole('heading', { level: 2, name: 'Je ongelezen meldingen' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Nieuw: Melding 3' }).waitFor();
    const unread = await titles(page);
    expect(unread).toHaveLength(20);
    expect(unread.every((title) => title.startsWith('Nieuw: '))).toBe(true);
    expect(await page.getByRole('link', { name: 'Alleen ongelezen' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expectAccessible(page, 'unread notifications only');

    // Following a notification's link opens where it is about and marks it read.
    await page.getByRole('link', { name: 'Bekijken: Melding 1', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await badge(page, 'Meldingen 19 ongelezen');
    expect(await unreadIn(user.id)).toBe(19);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Alle meldingen zijn gemarkeerd als gelezen.' })
      .waitFor();
    await badge(page, 'Meldingen');
    await page.getByText('Je hebt geen ongelezen meldingen.').waitFor();
    expect(await unreadIn(user.id)).toBe(0);
    expect(await page.getByRole('button', { name: /Markeer als gelezen/ }).count()).toBe(0);
    await expectAccessible(page, 'notifications all read');
    expect(pageErrors).toEqual([]);
    await close();
  }, 120_000);

  it('switches e-mail per kind of notification with the keyboard, kept in the account’s emailOffKinds', async () => {
    const { user, token } = await userToken(t.app, t.dataSource, Role.TEACHER, {
      emailOffKinds: [NotificationKind.PLACED],
    });
    const { page, pageErrors, close } = await openSession(t.browser, t.baseUrl, { token });
    await page.goto('/meldingen');
    await page.getByText('Je hebt nog geen meldingen.').waitFor();
    const settings = page.getByRole('group', { name: 'Stuur me een e-mail als:' });
    const answered = settings.getByRole('checkbox', {
      name: 'een bedrijf je aanvraag accepteert of afwijst',
    });
    const placed = settings.getByRole('checkbox', { name: 'een school is geplaatst bij een partnerbedrijf' });
    await answered.waitFor();
    expect(await answered.isChecked()).toBe(true);
    expect(await placed.isChecked()).toBe(false);
    // A teacher is not offered the kinds only companies or coordinators get.
    expect(
      await settings.getByRole('checkbox', { name: 'een school een activiteit aanvraagt' }).count(),
    ).toBe(0);
    expect(await settings.getByRole('checkbox').count()).toBe(8);
    await expectAccessible(page, 'e-mail settings');

    await answered.focus();
    await page.keyboard.press('Space');
    // The teacher's kinds, in order: answered, cancelled, completed, match, offer, reminder, expired, placed.
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('E-mailinstellingen opslaan');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Je e-mailinstellingen zijn opgeslagen.' }).waitFor();
    await expectAccessible(page, 'e-mail settings saved');
    const [row] = await t.dataSource.query<Array<{ email_off_kinds: string[] }>>(
      `SELECT email_off_kinds FROM users WHERE id = $1`,
      [user.id],
    );
    expect(row.email_off_kinds).toEqual(['BOOKING_ANSWERED']);

    await page.reload();
    await answered.waitFor();
    expect(await answered.isChecked()).toBe(false);
    expect(await placed.isChecked()).toBe(true);
    expect(pageErrors).toEqual([]);
    await close();
  }, 120_000);
});
