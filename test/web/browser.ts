import axe, { type ElementContext } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Real Chromium for the web app's end-to-end suites: Debian's package, driven by Playwright (its own browser
// download cannot work here). Every request to a host other than localhost fails the test that made it.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export interface WebSession {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave localhost (each fails the test in `close`). */
  foreignRequests: string[];
  /** Errors the page's scripts threw or logged with console.error. */
  pageErrors: string[];
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A fresh browser context on the app at `baseUrl`, logged in when a session token is given (the api's httpOnly
 * cookie, as logIn sets it). `close()` throws when the page asked any other host for anything or threw.
 */
export async function openSession(
  browser: Browser,
  baseUrl: string,
  options: { token?: string; locale?: string } = {},
): Promise<WebSession> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: options.locale ?? 'nl-NL' });
  // Below Jest's own timeout, so that a wait that fails says what it waited for.
  context.setDefaultTimeout(15_000);
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    foreignRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  if (options.token) {
    await context.addCookies([
      { name: 'techmatch_session', value: options.token, url: baseUrl, httpOnly: true, sameSite: 'Lax' },
    ]);
  }
  const page = await context.newPage();
  waitForAppAfterNavigation(page);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    async close() {
      await context.close();
      if (foreignRequests.length) {
        throw new Error(`The page asked other hosts than localhost: ${foreignRequests.join(', ')}`);
      }
    },
  };
}

/**
 * The api sends the search page rendered, inert until the app has started and drawn it anew (server-render.tsx
 * of the web app). Clicks and typing already wait for that (Playwright acts only on what is not inert), but bare
 * key presses do not: after each navigation the page's methods wait, as a visitor would, until the page is live.
 */
function waitForAppAfterNavigation(page: Page): void {
  const live = () => page.locator('#root > [inert]').waitFor({ state: 'detached' });
  for (const method of ['goto', 'reload', 'goBack', 'goForward'] as const) {
    const navigate = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
    (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const response = await navigate(...args);
      await live();
      return response;
    };
  }
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Loads axe into each frame of the page's current document that does not have it yet. */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (await frame.evaluate('typeof window.axe === "object"')) continue;
    await frame.evaluate(axe.source);
    await frame.evaluate('axe.configure({ allowedOrigins: ["<same_origin>"] })');
  }
}

/**
 * Fails with the list of violations when axe finds any WCAG 2.1 A or AA problem on the page once nothing on it is
 * busy loading.
 * Axe is loaded once per document (a page of the app moves on without reloading, so most checks find it there)
 * rather than twice per check as AxeBuilder does, and its results describe only the violations in full: loading
 * axe took most of a check's time. The rules that run are the same.
 */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  // A region that is still loading is dimmed on purpose (the search results while a new search runs); check the
  // page as it settles, not the moment between two answers.
  // A locator, not waitForFunction: that evaluates its string in the page, which the app's CSP forbids.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 10_000 });
  await injectAxe(page);
  const violations = await page.evaluate(async (tags) => {
    // Run in the page (the tests compile without the DOM types).
    const { axe: inPage, document } = globalThis as unknown as { axe: typeof axe; document: ElementContext };
    const options = { runOnly: { type: 'tag' as const, values: tags }, resultTypes: ['violations' as const] };
    return (await inPage.run(document, options)).violations;
  }, WCAG_21_AA);
  if (violations.length) {
    const lines = violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
    throw new Error(`axe found ${violations.length} violation(s) on ${label}:\n  ${lines.join('\n  ')}`);
  }
}
