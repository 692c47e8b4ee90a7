import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startTestApp, type TestApp } from '../utils/test-app';

/** The api on a fresh test database, serving the built web app, and one Chromium for the suite. */
export interface WebTestApp extends TestApp {
  baseUrl: string;
  browser: Browser;
}

export async function startWebTestApp(extraEnv: Record<string, string> = {}): Promise<WebTestApp> {
  if (!existsSync(resolve('dist/web/index.html'))) {
    throw new Error('dist/web is missing: npm test builds it (npm run build:web) before the suites run');
  }
  const t = await startTestApp(extraEnv);
  const browser = await launchBrowser();
  const baseUrl = t.url.replace(/\/graphql$/, '');
  return {
    ...t,
    baseUrl,
    browser,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}
