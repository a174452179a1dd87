// Interaction latency (simulator standard §8): for every simulator placement,
// the time from a control change (the first slider, stepped with the keyboard)
// to the next painted frame, in Debian's Chromium against dist/. Run
// `npm run build` first, then `npm run bench:interaction`. Prints numbers; not a test.
import { serveDist, launchChromium, openPage, gotoDeck } from '../tests/browser/harness.mjs';

const server = await serveDist();
const browser = await launchChromium();
const { page } = await openPage(browser, { width: 1600, height: 900 });
await gotoDeck(page, `${server.url}?lang=zh#/title`);
const count = await page.evaluate(() => document.querySelectorAll('.reveal .slides .sim').length);
const rows = [];
for (let i = 0; i < count; i += 1) {
  const name = await page.evaluate((k) => {
    const el = document.querySelectorAll('.reveal .slides .sim')[k];
    const { h, v } = window.__deck.getIndices(el.closest('section:not(.stack)'));
    window.__deck.slide(h, v);
    return el.getAttribute('data-sim');
  }, i);
  await page.waitForFunction((k) => document.querySelectorAll('.reveal .slides .sim')[k]?.getAttribute('data-sim-ready') === 'true', i, { timeout: 20000 });
  await page.waitForTimeout(300);
  const samples = await page.evaluate(async (k) => {
    const sim = document.querySelectorAll('.reveal .slides .sim')[k];
    const range = sim.querySelector('input[type="range"]:not(:disabled)');
    if (!range) return null;
    // React renders a discrete 'input' event synchronously: the time until
    // dispatchEvent returns is the render + commit; the next animation frame
    // then lays out and paints it.
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const out = [];
    for (let j = 0; j < 12; j += 1) {
      range.focus();
      const t0 = performance.now();
      range.dispatchEvent(new KeyboardEvent('keydown', { key: j % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
      const step = Number(range.step) || 1;
      const next = Math.min(Number(range.max), Math.max(Number(range.min), Number(range.value) + (j % 2 ? -step : step)));
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(range, String(next));
      range.dispatchEvent(new Event('input', { bubbles: true }));
      const sync = performance.now() - t0;
      await frame();
      out.push([sync, performance.now() - t0]);
    }
    return out;
  }, i);
  if (samples) {
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1);
    const max = (xs) => Math.max(...xs).toFixed(1);
    const sync = samples.map((x) => x[0]);
    const toFrame = samples.map((x) => x[1]);
    rows.push({ sim: name, 'render median': med(sync), 'render max': max(sync), 'to next frame median': med(toFrame) });
  } else rows.push({ sim: name, 'render median': '— (no slider)' });
}
console.log('control change → React render + commit, and → next animation frame (ms; one 60 Hz frame = 16.7 ms):');
console.table(rows);
await browser.close();
await server.close();
