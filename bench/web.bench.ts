import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { searchReindex } from '../scripts/search-reindex';
import { deleteQueueKeys, seed, startApi } from './processes';
import { makeQueries, postGraphql, querySources } from './search-queries';
import { quantile } from './stats';

// npm run bench:web [-- --url http://localhost:3000 --queries 50 --loads 10 --seed 21]
// The figures of issue 13 in Chromium: the search page's largest contentful paint, the time from the last
// keystroke to updated results, and the JavaScript the first page loads (gzipped). Without --url it seeds a
// database of its own with the demo seed (node dist/scripts/seed.js --reset), indexes it and starts the api on
// it, serving dist/web; with --url it measures a running demo. Each figure comes with a baseline measured in the
// same run: the LCP of a static page with the same heading, and the bare GraphQL round trip of the same search.

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const QUERIES = Number(arg('queries') ?? 50);
const LOADS = Number(arg('loads') ?? 10);
const QUERY_SEED = Number(arg('seed') ?? 21);
const GIVEN_URL = arg('url');
const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/techmatch_bench_web';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIR = resolve(process.env.WEB_DIR ?? 'dist/web');
// The pause after which the search page searches what was typed (TYPING_PAUSE_MS of its SearchBox).
const PAGE_TYPING_PAUSE_MS = 150;
// Between keys: a quick typist, faster than the page's pause, so that only the last text is searched.
const KEY_DELAY_MS = 60;
const WARM_UP = 5;
const AIMS = { lcpMs: 1000, typingP95Ms: 300, firstPageKb: 200 };

// The page's globals, as the callbacks run inside Chromium use them (the bench compiles without the DOM library).
declare const window: { lastKey: number; shown: Array<{ text: string; at: number }> };

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] };
};
const kb = (bytes: number) => bytes / 1000;

// The search page's own document (apps/web/src/areas/public/pages/search/queries.ts), for the bare round trip.
const SEARCH_DOCUMENT = `
  query SearchActivities($input: ActivitySearchInput!) {
    searchActivities(input: $input) {
      total page pageSize
      hits { distanceKm highlight activity { id title description type levels delivery costEuros startsAt
        averageRating reviewCount location { id city location { lat lon } company { id name } } } }
      facets { field values { value count } }
    }
  }`;

/** The scripts index.html loads (module scripts and preloads), each gzipped as a server would send it. */
function firstPageScripts(): Array<{ file: string; bytes: number; gzipped: number }> {
  const html = readFileSync(resolve(WEB_DIR, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((match) => match[1]);
  return [...new Set(files)].map((file) => {
    const code = readFileSync(resolve(WEB_DIR, `.${file}`));
    return { file, bytes: code.length, gzipped: gzipSync(code).length };
  });
}

/** A page with only the search page's heading, served from this process: the floor of a paint on localhost. */
async function staticPage(): Promise<{ url: string; server: Server }> {
  const html =
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Leeg</title></head>' +
    '<body><h1>Activiteiten zoeken</h1></body></html>';
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

// The latest largest-contentful-paint candidate of the page (ms since navigation started, and what it painted),
// and the first contentful paint.
const LATEST_LCP = `new Promise((done) => new PerformanceObserver((list) => {
  const entries = list.getEntries();
  const last = entries[entries.length - 1];
  const element = last.element;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  done({
    lcp: last.startTime,
    fcp: fcp ? fcp.startTime : NaN,
    element: element ? element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '') : '?',
  });
}).observe({ type: 'largest-contentful-paint', buffered: true }))`;

// Resolves once the next frame has been rendered (a task posted from its requestAnimationFrame callback).
const AFTER_NEXT_FRAME = `new Promise((done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(null);
  channel.port2.postMessage(null);
}))`;

interface Paint {
  lcp: number;
  fcp: number;
  element: string;
}

/**
 * Opens `url` in a fresh context (cold cache) and returns the largest contentful paint once `ready` holds, as
 * Chromium reports it, with the JavaScript the page fetched.
 */
async function loadOnce(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<Paint & { scripts: Map<string, number> }> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      void response.body().then(
        (body) => scripts.set(new URL(response.url()).pathname, gzipSync(body).length),
        () => undefined,
      );
    }
  });
  try {
    await page.goto(url);
    await ready(page);
    // The results are in the page; the candidate of their paint comes with the frame that draws them.
    await page.evaluate(AFTER_NEXT_FRAME);
    const paint = await page.evaluate<Paint>(LATEST_LCP);
    return { ...paint, scripts };
  } finally {
    await context.close();
  }
}

/**
 * Types each text into the search box of one open search page, a key at a time, and measures from the last key
 * to the first frame after the page put up the results of that text (the results section names the text its
 * results answer; a mutation observer notes when that changes, so the figure does not depend on how quickly
 * Playwright asks).
 */
async function typeQueries(page: Page, texts: string[]): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Zoek op onderwerp, bedrijf of plaats' });
  await page.evaluate(WATCH_RESULTS);
  const times: number[] = [];
  for (const text of texts) {
    await box.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text, { delay: KEY_DELAY_MS });
    const handle = await page.waitForFunction(
      (expected) => {
        const shown = window.shown.find((entry) => entry.text === expected && entry.at > window.lastKey);
        return shown ? shown.at - window.lastKey : false;
      },
      text.trim(),
      { timeout: 15_000 },
    );
    times.push(Number(await handle.jsonValue()));
    await page.evaluate(() => (window.shown = []));
  }
  return times;
}

// Notes the time of every key press, and when the first frame after each change of the text the shown results
// answer has been rendered: a requestAnimationFrame callback runs before that frame's style, layout and paint, so
// the time is taken in a task posted from it, which runs once the frame is done (timing at the callback itself
// left the rendering of the results out).
const WATCH_RESULTS = `(() => {
  window.lastKey = 0;
  window.shown = [];
  document.addEventListener('keydown', () => { window.lastKey = performance.now(); }, true);
  const afterFrame = (note) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => note(performance.now());
    channel.port2.postMessage(null);
  });
  new MutationObserver((records) => {
    for (const record of records) {
      const text = record.target.getAttribute('data-results-for');
      if (text !== null) afterFrame((at) => window.shown.push({ text, at }));
    }
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-results-for'] });
})()`;

/** The same searches as bare GraphQL requests from the same page (fetch, no rendering). */
async function roundTrips(page: Page, texts: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const text of texts) {
    const body = JSON.stringify({
      query: SEARCH_DOCUMENT,
      variables: { input: { query: text.trim(), page: 1, pageSize: 20 } },
    });
    times.push(
      await page.evaluate(async (request) => {
        const started = performance.now();
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request,
        });
        await response.json();
        return performance.now() - started;
      }, body),
    );
  }
  return times;
}

/**
 * Fifty texts as teachers type them: the bench's search queries (typos and half-typed words included), and five
 * others to warm up with (so that no measured text finds the server's caches warm from the warm-up).
 */
async function typedTexts(databaseUrl: string): Promise<{ measured: string[]; warmUp: string[] }> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, { extra: { max: 2 } }));
  await dataSource.initialize();
  try {
    const { samples, points } = await querySources(dataSource);
    const texts: string[] = [];
    for (const input of makeQueries((QUERIES + WARM_UP) * 4, QUERY_SEED, samples, points)) {
      const text = input.query?.trim();
      if (text && !texts.includes(text)) texts.push(text);
      if (texts.length === QUERIES + WARM_UP) break;
    }
    return { measured: texts.slice(0, QUERIES), warmUp: texts.slice(QUERIES) };
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const env = validateEnvironment();
  const queuePrefix = `bench-web-${process.pid}`;
  const processEnv = { DATABASE_URL, REDIS_URL: env.REDIS_URL, QUEUE_PREFIX: queuePrefix, WEB_DIR };
  let baseUrl = GIVEN_URL?.replace(/\/$/, '');
  let stopApi: (() => Promise<void>) | undefined;
  console.log(`Web benchmark (issue 13) in Chromium (${CHROMIUM})`);
  if (!baseUrl) {
    console.log(`Seeding ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')} with the demo seed`);
    const seconds = await seed(processEnv);
    console.log(`seed: ${seconds.toFixed(1)} s`);
    await searchReindex(DATABASE_URL, (line) => console.log(line));
    const api = await startApi(processEnv);
    baseUrl = api.url.replace(/\/graphql$/, '');
    stopApi = api.stop;
  }
  const { measured: texts, warmUp } = await typedTexts(GIVEN_URL ? env.DATABASE_URL : DATABASE_URL);
  const { total } = (
    await postGraphql<{ searchActivities: { total: number } }>(`${baseUrl}/graphql`, SEARCH_DOCUMENT, {
      input: { pageSize: 1 },
    })
  ).searchActivities;
  console.log(
    `${total} published activities; ${texts.length} typed queries, e.g. ${texts.slice(0, 4).join(' | ')}`,
  );

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const empty = await staticPage();
  try {
    // 1. JavaScript of the first page: what index.html names, and what the browser fetched for /activiteiten.
    const named = firstPageScripts();
    const namedGzip = named.reduce((sum, script) => sum + script.gzipped, 0);

    // 2. Largest contentful paint, cold cache, against the static page of the same heading.
    const appLoads: number[] = [];
    const appFirstPaints: number[] = [];
    const lcpElements = new Map<string, number>();
    const staticLoads: number[] = [];
    let fetched = new Map<string, number>();
    const searchReady = (page: Page) => page.locator('[data-results-for]').waitFor({ timeout: 30_000 });
    await loadOnce(browser, `${baseUrl}/activiteiten`, searchReady); // warms the api and the disk
    for (let i = 0; i < LOADS; i += 1) {
      const app = await loadOnce(browser, `${baseUrl}/activiteiten`, searchReady);
      appLoads.push(app.lcp);
      appFirstPaints.push(app.fcp);
      lcpElements.set(app.element, (lcpElements.get(app.element) ?? 0) + 1);
      fetched = app.scripts;
      staticLoads.push((await loadOnce(browser, empty.url, (page) => page.locator('h1').waitFor())).lcp);
    }
    const fetchedGzip = [...fetched.values()].reduce((sum, n) => sum + n, 0);

    // 3. Typing: last keystroke to the results of the typed text, against the bare GraphQL round trip.
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/activiteiten`);
    await searchReady(page);
    await typeQueries(page, warmUp);
    const typing = await typeQueries(page, texts);
    const trips = await roundTrips(page, texts);
    await context.close();

    const lcp = stats(appLoads);
    const lcpStatic = stats(staticLoads);
    const typed = stats(typing);
    const trip = stats(trips);
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;
    console.log('\nfirst page JavaScript (gzipped)');
    for (const script of named) {
      console.log(
        `  ${script.file.padEnd(40)} ${kb(script.bytes).toFixed(1).padStart(7)} kB -> ${kb(script.gzipped).toFixed(1)} kB`,
      );
    }
    console.log(
      `  index.html loads ${kb(namedGzip).toFixed(1)} kB; the browser fetched ${kb(fetchedGzip).toFixed(1)} kB ` +
        `in ${fetched.size} script(s) for /activiteiten  (aim <= ${AIMS.firstPageKb} kB) ` +
        met(kb(Math.max(namedGzip, fetchedGzip)) <= AIMS.firstPageKb),
    );
    console.log(`\n${'figure'.padEnd(52)}    n    p50       p95       max   ratio p50`);
    const row = (name: string, n: number, s: ReturnType<typeof stats>, ratio: string, verdict = '') =>
      console.log(
        `${name.padEnd(52)} ${String(n).padStart(4)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.max)} ${ratio.padStart(8)}  ${verdict}`,
      );
    row('LCP static page, same heading (baseline)', LOADS, lcpStatic, 'x1.0');
    row(
      'LCP /activiteiten, cold cache',
      LOADS,
      lcp,
      `x${(lcp.p50 / lcpStatic.p50).toFixed(1)}`,
      `p50 < ${AIMS.lcpMs} ms ${met(lcp.p50 < AIMS.lcpMs)}`,
    );
    row(
      'FCP /activiteiten, cold cache',
      LOADS,
      stats(appFirstPaints),
      `x${(stats(appFirstPaints).p50 / lcpStatic.p50).toFixed(1)}`,
    );
    console.log(
      `  the largest paint was ${[...lcpElements].map(([element, n]) => `${element} (${n}x)`).join(', ')}`,
    );
    row('GraphQL round trip of the same search (baseline)', trips.length, trip, 'x1.0');
    row(
      `last keystroke -> results drawn (${PAGE_TYPING_PAUSE_MS} ms pause incl.)`,
      typing.length,
      typed,
      `x${(typed.p50 / trip.p50).toFixed(1)}`,
      `p95 < ${AIMS.typingP95Ms} ms ${met(typed.p95 < AIMS.typingP95Ms)}`,
    );
    console.log(
      `load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(', ')} (wall-clock figures grow with the load of a shared machine)`,
    );
  } finally {
    await browser.close();
    empty.server.close();
    await stopApi?.();
    if (stopApi) await deleteQueueKeys(env.REDIS_URL, queuePrefix);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
