// Interaction latency (issue #12 item 3; simulator standard §8): for every
// simulator placement, on stage and in its explore view, what a control
// change costs until the frame that shows it, in Debian's Chromium against
// dist/. Each sample changes one of the view's controls (sliders stepped,
// segmented options and selects moved to their next option, switches
// toggled), round-robin over every control the view shows, at a different offset after
// the previous frame (0 to 16 ms, spread evenly: real input arrives at any
// point of a frame), and measures
//   - work: the main thread's time for the change — the event (React renders,
//     commits and runs effects of a discrete event before dispatch returns;
//     only comm-methods' explore-only chunk sweep is deliberately left for
//     the tasks after the frame, useEngineSteps) with its style and layout forced at once, plus
//     the frame that shows it, from its requestAnimationFrame callback until
//     the frame's resize observers, any re-render they cause, and paint are
//     done. A change whose work fits in 16.7 ms is on screen at the next frame.
//   - wall: from the event to the end of that frame, including the wait for
//     the display's next frame (headless Chromium here adds most of a frame
//     even to a change that costs nothing).
// Budget on work: median ≤ 16.7 ms and p95 ≤ 33 ms per simulator and view.
// Run `npm run build` first, then `npm run bench:interaction [name-filter]` (BENCH_LANG=en
// for the English deck; default Chinese).
// Prints numbers; not a test. Per view max(SAMPLES, PER_CONTROL × controls) changes
// (defaults 24 and 3).
import { serveDist, launchChromium, openPage, gotoDeck } from '../tests/browser/harness.mjs';

const SAMPLES = Number(process.env.SAMPLES ?? 24);
const LANG = process.env.BENCH_LANG === 'en' ? 'en' : 'zh';
const PER_CONTROL = Number(process.env.PER_CONTROL ?? 3);
const filter = process.argv[2] ?? '';

/** Runs in the page: changes controls inside `root` and measures each change. */
function measureInPage({ selector, minSamples, perControl }) {
  const root = document.querySelector(selector);
  if (!root) return { error: `no ${selector}` };
  const usable = (el) => !el.disabled && el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"], .ui-derivation');
  const find = () => [
    ...[...root.querySelectorAll('input[type="range"]')].filter(usable).map((el) => ({ kind: 'slider', el })),
    ...[...root.querySelectorAll('[role="radiogroup"]')].filter((g) => [...g.querySelectorAll('[role="radio"]')].filter(usable).length > 1).map((el) => ({ kind: 'segmented', el })),
    ...[...root.querySelectorAll('select')].filter((s) => usable(s) && s.options.length > 1).map((el) => ({ kind: 'select', el })),
    ...[...root.querySelectorAll('input[type="checkbox"]')].filter(usable).map((el) => ({ kind: 'switch', el })),
  ];
  const controls = find();
  if (controls.length === 0) return { controls: [] };
  const samples = Math.max(minSamples, perControl * controls.length);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const setSelect = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
  const change = ({ kind, el }, j) => {
    if (kind === 'slider') {
      const step = Number(el.step) || 1;
      const up = Math.floor(j / controls.length) % 2 === 0;
      let next = Number(el.value) + (up ? step : -step);
      if (next > Number(el.max) || next < Number(el.min)) next = Number(el.value) + (up ? -step : step);
      setValue.call(el, String(next));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (kind === 'segmented') {
      const radios = [...el.querySelectorAll('[role="radio"]')].filter(usable);
      const at = radios.findIndex((r) => r.getAttribute('aria-checked') === 'true');
      radios[(at + 1) % radios.length]?.click();
    } else if (kind === 'select') {
      const options = [...el.options].filter((o) => !o.disabled);
      const at = options.findIndex((o) => o.value === el.value);
      setSelect.call(el, options[(at + 1) % options.length].value);
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      el.click();
    }
  };
  // The frame's begin (its requestAnimationFrame callback) and end (a message
  // posted from there arrives after the frame's style, layout and paint).
  const frameTimes = () => new Promise((ok) => requestAnimationFrame(() => {
    const begin = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => ok({ begin, end: performance.now() });
    channel.port2.postMessage(0);
  }));
  const frame = () => new Promise((ok) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => ok(performance.now());
    channel.port2.postMessage(0);
  }));
  return (async () => {
    const out = [];
    const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));
    await frame();
    for (let j = 0; j < samples; j += 1) {
      await wait((j * 7) % 17);
      // A change may re-render or replace controls: look them up again each time.
      const now = find();
      if (now.length === 0) break;
      const c = now[j % now.length];
      const t0 = performance.now();
      change(c, j);
      const sync = performance.now() - t0;
      // React renders, commits and runs the effects of a discrete event before dispatch returns
      // (only useEngineSteps' sweeps wait for the frame); style and layout are then forced here, so what is left for
      // the frame is its resize observers, any re-render they cause, and paint.
      void document.documentElement.offsetHeight;
      const t1 = performance.now();
      const { begin, end } = await frameTimes();
      out.push({ kind: `${c.kind}${j % now.length}`, sync, toFrame: end - t0, work: (t1 - t0) + (end - begin) });
      await frame();
    }
    return out.length ? { controls: controls.map((c) => c.kind), out } : { controls: [] };
  })();
}

const server = await serveDist();
const browser = await launchChromium();
const { page } = await openPage(browser, { width: 1280, height: 720 });
await gotoDeck(page, `${server.url}?lang=${LANG}#/title`);
await page.evaluate(() => window.__deck.configure({ transition: 'none' }));
// Start on a settled page, as a lecture does: the service worker has cached the site and the main
// thread has been idle (idle callbacks with ≥ 40 ms to spare) for a second in a row.
await page.evaluate(async () => {
  await navigator.serviceWorker?.ready;
  await new Promise((done) => {
    let since = performance.now();
    const tick = (deadline) => {
      if (deadline.timeRemaining() < 40) since = performance.now();
      if (performance.now() - since >= 1000) done();
      else requestIdleCallback(tick);
    };
    requestIdleCallback(tick);
  });
});
const count = await page.evaluate(() => document.querySelectorAll('.reveal .slides .sim').length);
const rows = [];
const all = { stage: [], explore: [] };
const allWall = { stage: [], explore: [] };
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
for (let i = 0; i < count; i += 1) {
  const name = await page.evaluate((k) => {
    const el = document.querySelectorAll('.reveal .slides .sim')[k];
    const { h, v } = window.__deck.getIndices(el.closest('section:not(.stack)'));
    window.__deck.slide(h, v);
    return `${el.getAttribute('data-sim')}${el.getAttribute('data-view') && el.getAttribute('data-view') !== 'default' ? `:${el.getAttribute('data-view')}` : ''} (${h}/${v})`;
  }, i);
  if (!name.includes(filter)) continue;
  await page.waitForFunction((k) => document.querySelectorAll('.reveal .slides .sim')[k]?.getAttribute('data-sim-ready') === 'true', i, { timeout: 20000 });
  // Mark this placement so the in-page code can find it.
  await page.evaluate((k) => {
    document.querySelectorAll('[data-bench]').forEach((e) => e.removeAttribute('data-bench'));
    document.querySelectorAll('.reveal .slides .sim')[k].setAttribute('data-bench', '');
  }, i);
  const row = { sim: name };
  for (const view of ['stage', 'explore']) {
    if (view === 'explore') {
      await page.evaluate(() => document.activeElement?.blur?.());
      await page.keyboard.press('z');
      const opened = await page.waitForSelector('.sim-explore', { timeout: 5000 }).then(() => true, () => false);
      if (!opened) { row.explore = '— (no explore)'; continue; }
    }
    const result = await page.evaluate(measureInPage, { selector: view === 'stage' ? '[data-bench]' : '.sim-explore', minSamples: SAMPLES, perControl: PER_CONTROL });
    if (view === 'explore') {
      await page.keyboard.press('Escape');
      await page.waitForSelector('.sim-explore', { state: 'detached', timeout: 5000 }).catch(() => undefined);
    }
    if (!result.out) { row[`${view} controls`] = '—'; continue; }
    if (process.env.DETAIL) console.log(name, view, result.out.map((s) => `${s.kind}:${s.work.toFixed(0)}`).join(' '));
    const toFrame = result.out.map((s) => s.toFrame);
    const work = result.out.map((s) => s.work).filter(Number.isFinite);
    all[view].push(...work);
    allWall[view].push(...toFrame);
    const kinds = result.controls.reduce((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});
    row[`${view} controls`] = `${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')} (${result.out.length})`;
    row[`${view} work med`] = q(work, 0.5).toFixed(1);
    row[`${view} work p95`] = q(work, 0.95).toFixed(1);
    row[`${view} wall med`] = q(toFrame, 0.5).toFixed(1);
  }
  rows.push(row);
}
console.log(`${LANG}: control change → main-thread work until its frame is painted (work), and wall time to that frame including the wait for the display's next frame (wall), ms; per view max(${SAMPLES}, ${PER_CONTROL} per control) changes (count in brackets); budget on work: median ≤ 16.7, p95 ≤ 33:`);
console.table(rows);
for (const view of ['stage', 'explore']) {
  const xs = all[view];
  if (xs.length) console.log(`${view}: all changes — work median ${q(xs, 0.5).toFixed(1)} ms, p95 ${q(xs, 0.95).toFixed(1)} ms; wall median ${q(allWall[view], 0.5).toFixed(1)} ms, p95 ${q(allWall[view], 0.95).toFixed(1)} ms`);
}
const over = rows.filter((r) => ['stage', 'explore'].some((v) => Number(r[`${v} work med`]) > 16.7 || Number(r[`${v} work p95`]) > 33));
console.log(over.length ? `over budget: ${over.map((r) => r.sim).join(', ')}` : 'every simulator within budget (work median ≤ 16.7 ms, p95 ≤ 33 ms), stage and explore');
await browser.close();
await server.close();
