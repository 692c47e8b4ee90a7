import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Role } from '@app/core';
import { TEST_PASSWORD, UserFactory } from '@app/testing';
import { openSession, type WebSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// The web app's session across an access token's expiry, and logging out on every device, in real Chromium. The
// access token lives 4 seconds here, so that the suite sees it run out.

describe('web sessions (Chromium)', () => {
  let t: WebTestApp;
  const sessions: WebSession[] = [];

  const open = async (token?: string) => {
    const session = await openSession(t.browser, t.baseUrl, { token });
    sessions.push(session);
    return session;
  };
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const cookie = async (page: Page, name: string) =>
    (await page.context().cookies()).find((c) => c.name === name)?.value;

  beforeAll(async () => {
    t = await startWebTestApp({ ACCESS_TOKEN_TTL: '4' });
  });
  afterAll(async () => {
    // close() also fails the suite when a page asked a host other than localhost.
    for (const session of sessions) await session.close();
    await t?.close();
  });

  it('keeps the person logged in when the access token runs out, and logs out on every device', async () => {
    const user = await UserFactory.from({ role: Role.TEACHER, name: 'Saskia Verloop' })
      .withPassword()
      .insert(t.dataSource);
    const { page, pageErrors } = await open();
    await page.goto('/account');
    await heading(page, 'Inloggen');
    await page.getByLabel(/^E-mailadres/).fill(user.email);
    await page.getByLabel(/^Wachtwoord/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await heading(page, 'Mijn account');
    const firstRefresh = await cookie(page, 'techmatch_refresh');
    expect(firstRefresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await page.evaluate('document.cookie')).toBe('');

    // The access cookie's Max-Age passes: the browser drops it; the refresh cookie stays.
    const deadline = Date.now() + 15_000;
    while ((await cookie(page, 'techmatch_session')) && Date.now() < deadline) await page.waitForTimeout(250);
    expect(await cookie(page, 'techmatch_session')).toBeUndefined();

    // Nothing for the person to notice: the page loads as before, and the api set new cookies on the way.
    await page.reload();
    await heading(page, 'Mijn account');
    await page.getByText('Saskia Verloop', { exact: true }).waitFor();
    expect(await cookie(page, 'techmatch_session')).toBeTruthy();
    expect(await cookie(page, 'techmatch_refresh')).not.toBe(firstRefresh);

    // Another device of the same person.
    const phoneLogIn = await t.gql(
      `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token refreshToken } }`,
      { e: user.email, p: TEST_PASSWORD },
    );
    const phone = await open(phoneLogIn.data?.logIn.token as string);
    // Its refresh cookie too, as logIn sets it: the 4-second access token may be gone before the page loads.
    await phone.context.addCookies([
      {
        name: 'techmatch_refresh',
        value: phoneLogIn.data?.logIn.refreshToken as string,
        url: t.baseUrl,
        httpOnly: true,
        sameSite: 'Lax',
      },
    ]);
    await phone.page.goto('/account');
    await heading(phone.page, 'Mijn account');

    await page.getByRole('button', { name: 'Uitloggen op alle apparaten' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();
    expect(await cookie(page, 'techmatch_refresh')).toBeUndefined();
    await phone.page.reload();
    await heading(phone.page, 'Inloggen');
    const open_ = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`,
      [user.id],
    );
    expect(open_[0].n).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
