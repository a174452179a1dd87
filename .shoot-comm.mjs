import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const sizes = [[1280, 720], [1920, 1080], [390, 844]];
const targets = [['allreduce', 'figure'], ['allreduce', 'table'], ['comm-methods', 'figure'], ['comm-methods', 'table']];
const errors = [];
for (const lang of ['zh', 'en']) {
  for (const [w, h] of sizes) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${lang} ${w}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`${lang} ${w}: ${e.message}`));
    await page.goto(`http://127.0.0.1:4361/?lang=${lang}#/comm-basics`);
    await page.waitForFunction(() => window.__deckReady === true, null, { timeout: 30000 });
    for (const [name, view] of targets) {
      const idx = await page.evaluate(([name, view]) => {
        const el = [...document.querySelectorAll(`[data-sim="${name}"]`)].find((e) => (e.querySelector(`[data-view]`)?.getAttribute('data-view') ?? view) === view || true);
        const all = [...document.querySelectorAll(`[data-sim="${name}"]`)];
        const target = all[view === 'table' ? 1 : 0] ?? el;
        const section = target.closest('section');
        return window.__deck.getIndices(section);
      }, [name, view]);
      await page.evaluate((i) => window.__deck.slide(i.h, i.v), idx);
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `/tmp/shots-comm/${name}-${view}-${lang}-${w}.png` });
    }
    await page.close();
  }
}
console.log(errors.join('\n') || 'no console errors');
await browser.close();
