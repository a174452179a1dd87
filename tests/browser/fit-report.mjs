// Stage-fit report for looking at while working: for every simulator
// placement (or those whose name contains the filter), the problems the fit
// test would fail on. Build first.
// Usage: node tests/browser/fit-report.mjs [zh|en|both] [WxH] [name-filter]
import { serveDist, launchChromium, openPage, gotoDeck } from './harness.mjs';
import { measureStageInPage, placementsInPage, showPlacement } from './stageFit.mjs';

const langArg = process.argv[2] ?? 'both';
const [width, height] = (process.argv[3] ?? '1280x720').split('x').map(Number);
const filter = process.argv[4] ?? '';
const langs = langArg === 'both' ? ['zh', 'en'] : [langArg];

const server = await serveDist();
const browser = await launchChromium();
let bad = 0;
let total = 0;
for (const lang of langs) {
  const { page, context } = await openPage(browser, { width, height });
  await gotoDeck(page, `${server.url}?lang=${lang}#/title`);
  await page.evaluate(() => window.__deck.configure({ transition: 'none' }));
  const placements = (await page.evaluate(placementsInPage)).filter((p) => p.name.includes(filter));
  for (const p of placements) {
    total += 1;
    await showPlacement(page, p);
    const problems = await page.evaluate(measureStageInPage);
    const label = `${lang} ${width}x${height} ${p.h}/${p.v} ${p.name}`;
    if (problems.length === 0) {
      console.log(`✓ ${label}`);
    } else {
      bad += 1;
      console.log(`✗ ${label}: ${problems.length} problem(s)`);
      for (const q of problems.slice(0, 8)) console.log(`    ${q.kind}: ${q.what} — ${q.detail}`);
      if (problems.length > 8) console.log(`    … ${problems.length - 8} more`);
    }
  }
  await context.close();
}
console.log(`\n${total - bad}/${total} placements fit on stage`);
await browser.close();
await server.close();
