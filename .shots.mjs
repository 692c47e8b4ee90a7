import { chromium } from 'playwright-core';
const base = 'http://localhost:3000';
const pages = JSON.parse(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--no-first-run','--disable-background-networking'] });
for (const { email, path, file } of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  if (email) {
    const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($e:String!,$p:String!){logIn(email:$e,password:$p){token}}', variables: { e: email, p: 'Demo-wachtwoord-2026' } }) });
    const token = (await r.json()).data.logIn.token;
    await context.addCookies([{ name: 'techmatch_session', value: token, url: base, httpOnly: true, sameSite: 'Lax' }]);
  }
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: file, fullPage: false });
  console.log('shot', file);
  await context.close();
}
await browser.close();
