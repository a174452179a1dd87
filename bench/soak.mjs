// Long sessions (issue #12 item 6): 20 full tours of the built deck (every
// slide and fragment with the clicker; every simulator changed on stage,
// opened in explore, changed, reset and closed), with the JS heap after a
// forced GC and the live listeners, timers, animation frames, observers, DOM
// nodes and reveal.js instances after each tour. Run `npm run build` first,
// then `npm run bench:soak` (SOAK_TOURS=n for another count, SOAK_TRACE=1 to
// name the registration sites of whatever grows, SOAK_OPTIMIZERS=off for the
// control run with V8's optimising compilers, Maglev and Turbofan, switched
// off: what the heap grows by then is not compiled code). Exits non-zero when a
// budget is broken: heap growth from tour 2 to the last ≥ 10 %, or any
// counter above its tour-2 value after a later tour.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, serveDist, openPage, gotoDeck } from '../tests/browser/harness.mjs';
import { heapBreakdown } from '../tests/browser/heapBreakdown.mjs';
import { installSoak, soakSession, runTour, measure, verdict, growth, tableRow, mb, FLAT_COUNTERS, DOM_NODES_SLACK } from '../tests/browser/soakTour.mjs';

const TOURS = Number(process.env.SOAK_TOURS ?? 20);
const LANG = process.env.SOAK_LANG ?? 'zh';
const trace = process.env.SOAK_TRACE === '1';
const optimizers = process.env.SOAK_OPTIMIZERS !== 'off';
const HEAP_BUDGET = 0.10;

const server = await serveDist();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, `--js-flags=--expose-gc${optimizers ? '' : ' --no-maglev --no-turbofan'}`, '--enable-precise-memory-info'],
  headless: true,
});
let code;
try {
  const { context, page, problems } = await openPage(browser, { width: 1280, height: 720 });
  await installSoak(context, { trace });
  await gotoDeck(page, `${server.url}?lang=${LANG}#/title`);
  await page.evaluate(() => window.__deck.configure({ transition: 'none' }));
  const cdp = await soakSession(context, page);
  // Requests made during each tour (the deck's files are cached after the first visit; a tour should fetch little).
  let requests = [];
  page.on('request', (r) => requests.push(r.url().replace(server.url, '')));
  const rows = [];
  const measures = [];
  const breakdowns = [];
  const started = Date.now();
  console.log(`soak: ${TOURS} tours of the deck (${LANG}, 1280×720), ${trace ? 'with' : 'without'} registration sites${optimizers ? '' : ', V8 optimising compilers (Maglev, Turbofan) off'}`);
  for (let i = 0; i < TOURS; i += 1) {
    requests = [];
    const stats = await runTour(page, { explore: 'all', tourIndex: i });
    const fetched = requests;
    const m = await measure(page, cdp);
    measures.push(m);
    rows.push({ stats, m });
    // Heap snapshots after tour 2 and the last tour: how much of the growth is compiled code.
    if (i === 1 || i === TOURS - 1) breakdowns.push(await heapBreakdown(cdp));
    if (i === 0) console.log(`  a tour: ${stats.presses} PageDown presses, ${stats.slides} slides, ${stats.fragments} fragment steps, ${stats.sims} simulators (${stats.stageChanges} stage controls changed), ${stats.explores} explore views opened (${stats.exploreChanges} controls changed there, ${stats.resets} resets)`);
    if (stats.stuck.length) console.log(`  tour ${i + 1}: PageDown not taken at first (pressed again) at ${stats.stuck.join(', ')}`);
    if (i >= 2) {
      const b2 = rows[1].stats.perSlide;
      const diff = [...new Set([...Object.keys(b2), ...Object.keys(stats.perSlide)])].filter((k) => (b2[k] ?? 0) !== (stats.perSlide[k] ?? 0));
      if (diff.length) console.log(`    fragment steps differ from tour 2 on ${diff.map((k) => `${k} (${b2[k] ?? 0} → ${stats.perSlide[k] ?? 0})`).join(', ')}`);
    }
    const prev = measures[i - 1];
    const grew = i >= 2 ? growth(measures[1], m) : prev ? growth(prev, m) : [];
    console.log(`  tour ${i + 1}: ${(stats.ms / 1000).toFixed(1)} s, heap ${mb(m.heapUsed)} MB, listeners ${m.listeners}, timeouts ${m.timeouts}, intervals ${m.intervals}, rAF ${m.rafPending}, elements ${m.elements}, nodes ${m.domNodes}, requests ${fetched.length}${i === 1 && fetched.length ? ` (${[...new Set(fetched)].slice(0, 6).join(', ')})` : ''}${grew.length ? `\n    ${i >= 2 ? 'vs tour 2' : 'vs tour 1'}: ${grew.slice(0, 12).join(', ')}${grew.length > 12 ? ` (+${grew.length - 12})` : ''}` : ''}`);
  }
  console.table(rows.map(({ stats, m }, i) => tableRow(i, stats, m)));
  const broken = verdict(measures, { baseline: 1, heapBudget: HEAP_BUDGET });
  const b = measures[1];
  const last = measures[measures.length - 1];
  const pct = ((last.heapUsed / b.heapUsed - 1) * 100).toFixed(1);
  console.log(`\nheap after a forced GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage): tour 2 ${mb(b.heapUsed)} MB, tour ${measures.length} ${mb(last.heapUsed)} MB (${pct >= 0 ? '+' : ''}${pct} %; budget < ${HEAP_BUDGET * 100} %)`);
  if (breakdowns.length === 2) {
    const [x, y] = breakdowns;
    const part = (k) => `${mb(x[k])} → ${mb(y[k])} MB (${y[k] >= x[k] ? '+' : ''}${((y[k] - x[k]) / 1024).toFixed(0)} KB, ${y[k] >= x[k] ? '+' : ''}${((y[k] / x[k] - 1) * 100).toFixed(1)} %)`;
    console.log(`heap snapshots, tour 2 → tour ${measures.length} (JS heap objects only; Blink's own are not in the heap above):`);
    console.log(`  compiled code (machine code, relocation and deoptimisation data; ${x.compiledObjects} → ${y.compiledObjects} objects): ${part('compiled')}`);
    console.log(`  bytecode, feedback and other function data: ${part('bytecode')}`);
    console.log(`  everything else (the app's objects, strings, arrays, closures, DOM wrappers): ${part('other')}`);
  }
  console.log(`performance.memory.usedJSHeapSize (window.gc()): tour 2 ${mb(b.perfMemory)} MB, tour ${measures.length} ${mb(last.perfMemory)} MB`);
  console.log(`live listeners ${b.listeners} → ${last.listeners} (window ${b.windowListeners} → ${last.windowListeners}, document ${b.documentListeners} → ${last.documentListeners}, whole DOM tree ${b.treeListeners} → ${last.treeListeners}, CDP jsEventListeners ${b.domJsListeners} → ${last.domJsListeners}); timeouts ${b.timeouts} → ${last.timeouts}, intervals ${b.intervals} → ${last.intervals}, pending rAF ${b.rafPending} → ${last.rafPending}, observed targets ${b.observed} → ${last.observed}; elements ${b.elements} → ${last.elements}, all connected nodes ${b.nodesConnected} → ${last.nodesConnected}, CDP nodes ${b.domNodes} → ${last.domNodes}, documents ${b.domDocuments} → ${last.domDocuments}; .reveal ${b.reveal} → ${last.reveal} (initialised ${last.revealReady}, top-level sections ${b.topSlides} → ${last.topSlides})`);
  console.log(`compared: every counter (${FLAT_COUNTERS.join(', ')}) after each of tours 3–${measures.length} against tour 2 (no growth allowed); CDP DOM nodes tour ${measures.length} vs tour 2 (at most ${DOM_NODES_SLACK} up: it counts detached nodes not yet collected); exactly one initialised .reveal; heap tour ${measures.length} vs tour 2.`);
  const errs = [...problems.pageErrors, ...problems.consoleErrors];
  if (errs.length) broken.push(`page errors: ${errs.slice(0, 3).join(' | ')}`);
  console.log(`${TOURS} tours in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (broken.length) console.log(`\nFAIL:\n  ${broken.join('\n  ')}`);
  else console.log('\nPASS: heap within budget; listeners, timers, rAF, observers, DOM and reveal instances flat from tour 2 on');
  code = broken.length ? 1 : 0;
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
process.exit(code);
