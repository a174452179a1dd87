import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const sizes = [[1280, 720], [1920, 1080], [390, 844]];
for (const lang of ['zh', 'en']) for (const [w, h] of sizes) for (const panel of ['curve', 'stream', 'parallel', 'pipeline']) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:4357/?lang=${lang}#/compute-techniques`);
  await page.evaluate((p) => localStorage.setItem('lio.sim.batching', JSON.stringify({ panel: p })), panel);
  await page.reload();
  await page.waitForFunction(() => window.__deckReady === true, null, { timeout: 20000 });
  await page.evaluate(() => { const el = document.querySelector('[data-sim="batching"]'); const s = el.closest('section:not(.stack)'); const { h, v } = window.__deck.getIndices(s); window.__deck.slide(h, v); });
  await page.waitForFunction(() => document.querySelector('[data-sim="batching"]')?.getAttribute('data-sim-ready') === 'true', null, { timeout: 15000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots-c2/batching-${panel}-${lang}-${w}.png` });
  const text = await page.locator('[data-sim="batching"]').innerText();
  if (/NaN|Infinity|undefined/.test(text)) console.log('BAD TEXT', panel, lang, w);
  if (errors.length) console.log(lang, w, panel, 'errors:', errors.slice(0, 5));
  await page.close();
}
await browser.close();
