import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const sims = process.argv.slice(2);
const sizes = [[1280, 720], [1920, 1080], [390, 844]];
for (const lang of ['zh', 'en']) {
  for (const [w, h] of sizes) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:4357/?lang=${lang}#/compute-techniques`);
    await page.waitForFunction(() => window.__deckReady === true, null, { timeout: 20000 });
    for (const sim of sims) {
      const [name, panel] = sim.split(':');
      await page.evaluate((n) => { const el = document.querySelector(`[data-sim="${n}"]`); const s = el.closest('section:not(.stack)'); const { h, v } = window.__deck.getIndices(s); window.__deck.slide(h, v); }, name);
      await page.waitForFunction((n) => document.querySelector(`[data-sim="${n}"]`)?.getAttribute('data-sim-ready') === 'true', name, { timeout: 15000 });
      if (panel) {
        await page.evaluate((p) => { const raw = localStorage.getItem('lio.sim.batching'); }, panel);
        const labels = { curve: ['吞吐-延迟', 'Throughput–latency'], stream: ['静态 vs 连续批处理', 'Static vs continuous'], parallel: ['副本 vs 张量并行', 'Replicas vs TP'], pipeline: ['任务流水线', 'Task pipeline'] }[panel];
        await page.locator(`section.present [data-sim="${name}"] [role="radio"]`, { hasText: labels[lang === 'zh' ? 0 : 1] }).first().evaluate((el) => el.click());
      }
      await page.waitForTimeout(700);
      await page.screenshot({ path: `/tmp/shots-c2/${name}${panel ? '-' + panel : ''}-${lang}-${w}.png` });
      const text = await page.locator(`[data-sim="${name}"]`).innerText();
      if (/NaN|Infinity|undefined/.test(text)) console.log('BAD TEXT', name, panel, lang, w);
    }
    if (errors.length) console.log(lang, w, 'errors:', errors.slice(0, 5));
    await page.close();
  }
}
await browser.close();
