// Screenshots of every slide, for looking at: `node tests/browser/screenshots.mjs [zh|en] [WxH] [filter] [explore]`.
// `explore`: each simulator's explore view (the Z key), into screenshots/<lang>-<W>x<H>-explore/.
// Writes screenshots/<lang>-<W>x<H>/<h>-<v>-<id>.png from the built site in dist/.
import { mkdirSync } from 'node:fs';
import { serveDist, launchChromium, openPage, gotoDeck } from './harness.mjs';

const lang = process.argv[2] ?? 'zh';
const [width, height] = (process.argv[3] ?? '1280x720').split('x').map(Number);
const filter = process.argv[4] ?? '';
const explore = process.argv[5] === 'explore';
const out = `screenshots/${lang}-${width}x${height}${explore ? '-explore' : ''}`;
mkdirSync(out, { recursive: true });

const server = await serveDist();
const browser = await launchChromium();
const { page, problems } = await openPage(browser, { width, height });
page.on('crash', () => console.log('PAGE CRASHED'));
page.on('close', () => console.log('page closed'));
await gotoDeck(page, `${server.url}?lang=${lang}#/title`);
const slides = await page.evaluate(() => window.__deck.getSlides().map((s) => {
  const { h, v } = window.__deck.getIndices(s);
  return { h, v, id: s.id || s.querySelector('[data-sim]')?.getAttribute('data-sim') || '' };
}));
for (const s of slides) {
  const name = `${String(s.h).padStart(2, '0')}-${s.v}-${s.id}`;
  if (filter && !name.includes(filter)) continue;
  // All fragments shown, so the picture is the slide's full content.
  await page.evaluate(({ h, v }) => window.__deck.slide(h, v, 99), s);
  await page.waitForTimeout(400);
  await page.waitForFunction(() => [...document.querySelectorAll('section.present .sim')].every((e) => e.getAttribute('data-sim-ready') === 'true'), null, { timeout: 15000 }).catch(() => {});
  if (explore) await page.evaluate(() => document.querySelector('section.present:not(.stack) [data-action="sim-explore"]')?.click());
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png` });
}
console.log(`${slides.length} slides → ${out}`);
if (problems.consoleErrors.length || problems.pageErrors.length || problems.offsiteRequests.length) console.log(JSON.stringify(problems, null, 1));
await browser.close();
await server.close();
