// Site budgets (issue #12 item 2): the initial JavaScript — everything
// index.html makes the browser fetch before the first slide (its script and
// modulepreload tags, and the language file its pre-load module asks for) —
// in gzip, against the 150 KB budget; then what Chromium actually fetched
// before the deck was ready, and the time to first paint and to a ready deck.
// Run `npm run build` first, then `npm run bench:site`. A benchmark, not a
// test: it prints numbers.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, serveDist, openPage, launchChromium } from '../tests/browser/harness.mjs';
import { INITIAL_JS_BUDGET, gzipSize, initialJavaScript } from '../tests/browser/initialJs.mjs';

const gz = (file) => gzipSize(DIST, file);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// 1. What index.html names: script tags, modulepreload links, and the language file the pre-load module adds.
console.log('initial JavaScript (index.html\'s script and modulepreload tags, plus the language file it pre-loads), gzip:');
let worst = 0;
for (const { lang, files, total } of initialJavaScript(DIST)) {
  worst = Math.max(worst, total);
  console.log(`  ${lang}: ${kb(total)} (${files.map((f) => `${f.file.replace('assets/', '')} ${kb(f.gzip)}`).join(', ')})`);
}
console.log(`  largest: ${kb(worst)} — budget 150 KB: ${worst <= INITIAL_JS_BUDGET ? 'within' : 'OVER'}`);

// 2. What Chromium fetched before reveal.js reported the deck ready, and the timings.
const server = await serveDist();
const browser = await launchChromium();
const runs = [];
let fetched = null;
for (let i = 0; i < 7; i += 1) {
  const { page, context } = await openPage(browser);
  const scripts = [];
  let ready = false;
  page.on('response', (r) => { if (!ready && r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname.split('/assets/')[1]); });
  const t0 = Date.now();
  await page.goto(`${server.url}?lang=zh#/title`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__deckReady === true);
  ready = true;
  runs.push({ ready: Date.now() - t0, fcp: await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN) });
  if (!fetched) fetched = scripts.filter(Boolean).map((f) => `assets/${f}`);
  await context.close();
}
await browser.close();
await server.close();

const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const allJs = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
console.log(`fetched before the deck was ready (zh, title slide): ${fetched.length} files, ${kb(fetched.reduce((s, f) => s + gz(f), 0))} gzip`);
for (const f of fetched) console.log(`  ${f}  ${kb(gz(f))}`);
console.log(`all JavaScript in dist: ${allJs.length} files, ${kb(allJs.reduce((s, f) => s + gz(`assets/${f}`), 0))} gzip (simulators, notes, search load lazily)`);
console.log(`first contentful paint: median ${med(runs.map((r) => r.fcp)).toFixed(0)} ms over ${runs.length} loads`);
console.log(`deck ready (reveal initialised): median ${med(runs.map((r) => r.ready))} ms`);
