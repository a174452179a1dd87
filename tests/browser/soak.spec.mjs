// Long sessions, the short version (issue #12 item 6): three tours of the
// deck with the soak's own code (soakTour.mjs: every slide and fragment with
// the clicker, every simulator waited for; on every other simulator slide,
// alternating by tour, a stage control changed and explore opened, changed,
// reset and closed, so tours 1–2 exercise each one once and tour 3 repeats
// tour 1 — a full tour takes too long for CI on two cores). Fails if live event
// listeners, timers, pending animation frames, observers, DOM nodes or
// reveal.js instances grow from tour 2 to tour 3. The heap (after CDP's
// forced GC) is printed, not asserted: `npm run bench:soak` holds its budget
// over 20 tours.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';
import { installSoak, soakSession, runTour, measure, verdict, growth, mb } from './soakTour.mjs';

export const soakTests = [{
  name: 'soak: three tours of the deck (every slide, fragment and simulator; explore) leave listeners, timers, animation frames, DOM nodes and reveal instances flat from tour 2 to tour 3',
  async run({ browser, base }) {
    const { context, page, problems } = await openPage(browser, { width: 1280, height: 720 });
    await installSoak(context, { trace: false });
    await gotoDeck(page, `${base}?lang=zh#/title`);
    await page.evaluate(() => window.__deck.configure({ transition: 'none' }));
    const cdp = await soakSession(context, page);
    const measures = [];
    const lines = [];
    for (let i = 0; i < 3; i += 1) {
      const stats = await runTour(page, { explore: 'alternate', tourIndex: i });
      const m = await measure(page, cdp);
      measures.push(m);
      if (stats.stuck.length) lines.push(`tour ${i + 1}: PageDown not taken at first (pressed again) at ${stats.stuck.join(', ')}`);
      lines.push(`tour ${i + 1}: ${(stats.ms / 1000).toFixed(1)} s, ${stats.slides} slides, ${stats.fragments} fragments, ${stats.sims} simulators, ${stats.stageChanges} changed, ${stats.explores} explored; heap ${mb(m.heapUsed)} MB, listeners ${m.listeners} (DOM tree ${m.treeListeners}, window ${m.windowListeners}), timeouts ${m.timeouts}, intervals ${m.intervals}, rAF ${m.rafPending}, elements ${m.elements}, .reveal ${m.reveal}`);
      assert.equal(stats.slides, await page.evaluate(() => window.__deck.getTotalSlides()), `tour ${i + 1} visits every slide`);
    }
    const [, b, c] = measures;
    lines.push(`heap after a forced GC: tour 2 ${mb(b.heapUsed)} MB, tour 3 ${mb(c.heapUsed)} MB (${((c.heapUsed / b.heapUsed - 1) * 100).toFixed(1)} %, not asserted)`);
    console.log(lines.map((l) => `    ${l}`).join('\n'));
    const broken = verdict(measures, { baseline: 1, heapBudget: null });
    assert.deepEqual(broken, [], `counters that grew from tour 2 to tour 3 (${growth(b, c).slice(0, 10).join(', ')})`);
    assertClean(problems, 'soak');
    await context.close();
  },
}];
