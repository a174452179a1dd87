// Site budgets (issue #2): the initial JavaScript the first slide needs
// (gzip), and the time to first paint and to a ready deck, measured in
// Debian's Chromium against the built site. Run `npm run build` first, then
// `npm run bench:site`. A benchmark, not a test: it prints numbers.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, serveDist, openPage, launchChromium } from '../tests/browser/harness.mjs';

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const server = await serveDist();
const browser = await launchChromium();
const runs = [];
let initial = null;
for (let i = 0; i < 7; i += 1) {
  const { page, context } = await openPage(browser);
  const scripts = new Set();
  page.on('response', (r) => { if (r.url().endsWith('.js')) scripts.add(new URL(r.url()).pathname.split('/assets/')[1]); });
  const t0 = Date.now();
  await page.goto(`${server.url}?lang=zh#/title`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__deckReady === true);
  const ready = Date.now() - t0;
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  runs.push({ ready, fcp });
  if (!initial) initial = [...scripts].filter(Boolean).map((f) => `assets/${f}`);
  await context.close();
}
await browser.close();
await server.close();

const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const initialGzip = initial.reduce((s, f) => s + gz(f), 0);
const allJs = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
console.log(`initial JavaScript for the title slide: ${initial.length} files, ${kb(initialGzip)} gzip (budget 250 KB)`);
for (const f of initial) console.log(`  ${f}  ${kb(gz(f))}`);
console.log(`all JavaScript in dist: ${allJs.length} files, ${kb(allJs.reduce((s, f) => s + gz(`assets/${f}`), 0))} gzip (simulators load lazily)`);
console.log(`first contentful paint: median ${med(runs.map((r) => r.fcp)).toFixed(0)} ms over ${runs.length} loads (budget 1000 ms)`);
console.log(`deck ready (reveal initialised): median ${med(runs.map((r) => r.ready))} ms`);
