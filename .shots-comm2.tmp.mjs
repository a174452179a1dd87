import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run'] });
const out = '/tmp/shots-comm2';
const errors = [];
for (const lang of ['zh','en']) for (const [w,h] of [[1280,720],[390,844]]) for (const name of ['parallel-timeline','comm-strategies']) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${lang} ${name}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${lang} ${name}: ${e.message}`));
  await page.goto(`http://127.0.0.1:4371/?lang=${lang}#/comm-techniques`);
  await page.waitForFunction(() => window.__deckReady === true, null, { timeout: 30000 });
  await page.evaluate((n) => { const el = document.querySelector(`[data-sim="${n}"]`); const sec = el.closest('section'); const i = window.__deck.getIndices(sec); window.__deck.slide(i.h, i.v); }, name);
  await page.waitForSelector(`[data-sim="${name}"][data-sim-ready="true"]`, { timeout: 30000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${name}-${lang}-${w}.png` });
  if (name === 'parallel-timeline' && w === 1280) {
    await page.evaluate(() => { const s = JSON.parse(localStorage.getItem('lio.sim.parallel-timeline') || '{}'); });
  }
  await page.close();
}
console.log(errors.join('\n') || 'no console errors');
await browser.close();
