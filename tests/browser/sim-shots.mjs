// Screenshots of simulator placements for looking at: the stage as the room
// first sees it (fragments hidden), after N clicker presses, or the explore
// view (full page). Build first.
// Usage: node tests/browser/sim-shots.mjs <zh|en> <WxH> <name-filter> [stage|explore|next=N] [out-dir]
import { mkdirSync } from 'node:fs';
import { serveDist, launchChromium, openPage, gotoDeck } from './harness.mjs';
import { placementsInPage, showPlacement } from './stageFit.mjs';

const [lang = 'zh', size = '1280x720', filter = '', mode = 'stage', out = 'screenshots/sims'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launchChromium();
const { page, problems } = await openPage(browser, { width, height });
await gotoDeck(page, `${server.url}?lang=${lang}#/title`);
await page.evaluate(() => window.__deck.configure({ transition: 'none' }));
const placements = (await page.evaluate(placementsInPage)).filter((p) => p.name.includes(filter));
for (const p of placements) {
  await showPlacement(page, p);
  if (mode === 'explore') {
    await page.keyboard.press('z');
    await page.waitForSelector('.sim-explore [data-sim-ready], .sim-explore .ui-sim-frame', { timeout: 10000 }).catch(() => {});
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  } else if (mode.startsWith('next=')) {
    for (let i = 0; i < Number(mode.slice(5)); i += 1) await page.keyboard.press('PageDown');
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  }
  const file = `${out}/${lang}-${size}-${p.h}-${p.v}-${p.name}-${mode}.png`;
  await page.screenshot({ path: file, fullPage: mode === 'explore' });
  console.log(file);
  if (mode === 'explore') await page.keyboard.press('Escape');
}
if (problems.consoleErrors.length || problems.pageErrors.length) console.log(JSON.stringify(problems, null, 1));
await browser.close();
await server.close();
