import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@app/core';
import { expectAccessible, openSession } from './browser';
import { startWebTestApp, type WebTestApp } from './web-app';

// The web app's shell as the api serves it: pages at their paths, headers, the session cookie, the menu.
describe('web app shell (Chromium)', () => {
  let t: WebTestApp;

  beforeAll(async () => {
    t = await startWebTestApp();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('serves every page path as the app with a strict Content-Security-Policy, and assets beside it', async () => {
    const page = await fetch(`${t.baseUrl}/activiteiten?tekst=gastles`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toMatch(/<meta name="techmatch-config" content="\{&quot;tileUrl&quot;:null\}" \/>/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${t.baseUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    // The build's gzipped copy to a client that takes gzip, the plain file to one that does not: the same script.
    const plain = await fetch(`${t.baseUrl}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const gzipped = await fetch(`${t.baseUrl}${script}`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('content-type')).toMatch(/javascript/);
    expect(gzipped.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(gzipped.headers.get('cache-control')).toMatch(/immutable/);
    const code = await plain.text();
    expect(code.length).toBeGreaterThan(1000);
    expect(await gzipped.text()).toBe(code);
    expect((await fetch(`${t.baseUrl}/assets/missing.js`)).status).toBe(404);
    const provinces = await fetch(`${t.baseUrl}/geo/provinces.geojson`);
    expect(provinces.status).toBe(200);
    const geo = (await provinces.json()) as { features: Array<{ properties: { naam: string } }> };
    expect(geo.features).toHaveLength(12);
    expect(geo.features.map((f) => f.properties.naam)).toContain('Noord-Brabant');
    // The api's own paths are not the app's.
    expect((await fetch(`${t.baseUrl}/health`)).headers.get('content-type')).toMatch(/json/);
  });

  it('renders the search page in Dutch with no axe violations and no request leaving localhost', async () => {
    const session = await openSession(t.browser, t.baseUrl);
    await session.page.goto('/activiteiten');
    await session.page.getByRole('heading', { level: 1, name: 'Activiteiten zoeken' }).waitFor();
    expect(await session.page.title()).toBe('Activiteiten zoeken · TechMatch');
    expect(await session.page.getAttribute('html', 'lang')).toBe('nl');
    await expectAccessible(session.page);
    expect(session.pageErrors).toEqual([]);
    await session.close();
  });

  it('shows a page that does not exist as such, and sends a visitor of a role page to log in', async () => {
    const session = await openSession(t.browser, t.baseUrl);
    await session.page.goto('/bestaat-niet');
    await session.page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await session.page.goto('/docent');
    await session.page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(new URL(session.page.url()).pathname).toBe('/inloggen');
    expect(new URL(session.page.url()).searchParams.get('terug')).toBe('/docent');
    await session.close();
  });

  it('logs in through the httpOnly session cookie and out again, which clears it', async () => {
    const token = await t.tokenFor(Role.COORDINATOR, { provinces: ['UTRECHT'] });
    const session = await openSession(t.browser, t.baseUrl, { token });
    await session.page.goto('/coordinator');
    await session.page.getByRole('heading', { level: 1, name: 'Mijn regio' }).waitFor();
    expect(await session.page.evaluate('document.cookie')).toBe('');
    await session.page.getByRole('button', { name: 'Uitloggen' }).click();
    await session.page.getByRole('link', { name: 'Inloggen' }).waitFor();
    expect((await session.context.cookies()).some((c) => c.name === 'techmatch_session')).toBe(false);
    await session.close();
  });
});
