import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run'] });
const out = '/tmp/shots-comm2';
const errors = [];
const base = { modelId: 'llama-2-70b', hardwareId: 'a100-80gb-sxm', mode: 'tp', phase: 'decode', degree: 8, batch: 16, tokens: 1024, overlap: false, microBatches: 1, topology: 'nvlink', transport: 'rdma' };
const cases = [
  ['tp', {}], ['tpovl-ib-tcp', { overlap: true, topology: 'infiniband', transport: 'tcp', phase: 'prefill' }], ['pp8', { mode: 'pp', microBatches: 8 }],
];
for (const lang of ['zh','en']) for (const [w,h] of [[1280,720],[1920,1080]]) for (const [tag, patch] of cases) for (const name of ['parallel-timeline','comm-strategies']) {
  if (w === 1920 && tag !== 'pp8') continue;
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${lang} ${name}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${lang} ${name}: ${e.message}`));
  await page.addInitScript((st) => { localStorage.setItem('lio.sim.parallel-timeline', JSON.stringify(st)); }, { ...base, ...patch });
  await page.goto(`http://127.0.0.1:4371/?lang=${lang}#/comm-techniques`);
  await page.waitForFunction(() => window.__deckReady === true, null, { timeout: 30000 });
  await page.evaluate((n) => { const el = document.querySelector(`[data-sim="${n}"]`); const sec = el.closest('section'); const i = window.__deck.getIndices(sec); window.__deck.slide(i.h, i.v); }, name);
  await page.waitForSelector(`[data-sim="${name}"][data-sim-ready="true"]`, { timeout: 30000 });
  await page.waitForTimeout(700);
  await page.screenshot({ path: `${out}/${name}-${tag}-${lang}-${w}.png` });
  await page.close();
}
console.log(errors.join('\n') || 'no console errors');
await browser.close();
