// Reading mode (?read) on a phone: the whole lecture as one page built from
// the slides — every section, the notes and the simulators — with each
// chart before its controls and nothing scrolling inside anything else
// (a wide table may scroll sideways).
import { assert, assertClean } from './assert.mjs';
import { openPage, SECTION_IDS } from './harness.mjs';

export const readingTests = ['zh', 'en'].map((lang) => ({
  name: `reading mode at 390×844 shows every section, notes and simulator on one page, charts first, no inner scrolling (${lang})`,
  async run({ browser, base }) {
    const { page, problems, context } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}?read&lang=${lang}`);
    await page.waitForSelector('.read-slide');
    const counts = await page.evaluate(() => ({
      sections: [...document.querySelectorAll('.read-section')].map((s) => s.id),
      sims: document.querySelectorAll('.read .sim').length,
      notes: document.querySelectorAll('.read-notes').length,
      slides: document.querySelectorAll('.read-slide').length,
    }));
    assert.deepEqual(counts.sections, SECTION_IDS, 'every section in order');
    assert.ok(counts.sims >= 28, `every simulator placement (${counts.sims})`);
    assert.ok(counts.notes >= counts.slides - 2, `speaker notes shown (${counts.notes} of ${counts.slides} slides)`);
    // A simulator mounts when the reader scrolls to it.
    const sim = page.locator('.read .sim[data-sim="memory-budget"]').first();
    await sim.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.read .sim[data-sim="memory-budget"]')?.getAttribute('data-sim-ready') === 'true', null, { timeout: 15000 });
    const layout = await page.evaluate(() => {
      const root = document.querySelector('.read .sim[data-sim="memory-budget"]');
      const chart = root.querySelector('.ui-sim-chart')?.getBoundingClientRect();
      const controls = root.querySelector('.ui-sim-controls')?.getBoundingClientRect();
      const scrollers = [];
      for (const el of document.querySelectorAll('.read-main *')) {
        if (!(el instanceof HTMLElement) || el.closest('table, .ui-table-scroll, .katex-display')) continue;
        const cs = getComputedStyle(el);
        const y = (cs.overflowY === 'auto' || cs.overflowY === 'scroll') && el.scrollHeight - el.clientHeight > 1;
        const x = (cs.overflowX === 'auto' || cs.overflowX === 'scroll') && el.scrollWidth - el.clientWidth > 1;
        if (x || y) scrollers.push(`${el.tagName.toLowerCase()}.${el.className}`);
      }
      return { chartFirst: chart && controls ? chart.top < controls.top : null, scrollers, pageWider: document.documentElement.scrollWidth > window.innerWidth + 1 };
    });
    assert.equal(layout.chartFirst, true, 'the chart comes before its controls');
    assert.deepEqual(layout.scrollers, [], 'nothing scrolls inside something else');
    assert.equal(layout.pageWider, false, 'the page does not scroll sideways');
    // The toolbar's way back to the slides keeps the language.
    const back = await page.locator('[data-action="to-slides"]').getAttribute('href');
    assert.match(back, new RegExp(`lang=${lang}`));
    assert.doesNotMatch(back, /[?&]read/);
    assertClean(problems, `reading mode (${lang})`);
    await context.close();
  },
}));
