// Budgets that can be checked without timing (issue #12 items 1-2): the
// start screen and the ready deck share one layout (no layout shift), and the
// initial JavaScript stays within 150 KB gzip. Speed itself is measured by
// the bench scripts (bench:site, bench:lighthouse, bench:interaction), not
// asserted here.
import { assert, assertClean } from './assert.mjs';
import { DIST, openPage } from './harness.mjs';
import { INITIAL_JS_BUDGET, initialJavaScript } from './initialJs.mjs';

const CLS_BUDGET = 0.05;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export const budgetTests = [
  {
    name: 'budgets: initial JavaScript (index.html’s tags plus the pre-loaded language file) is within 150 KB gzip in both languages',
    async run() {
      for (const { lang, files, total } of initialJavaScript(DIST)) {
        console.log(`    ${lang}: ${kb(total)} gzip in ${files.length} files`);
        assert.ok(total <= INITIAL_JS_BUDGET, `${lang}: ${kb(total)} > 150 KB (${files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')})`);
        assert.ok(files.some((f) => /\/index-/.test(f.file)), 'the count includes the main script');
      }
    },
  },
  ...[['zh', 1280, 720], ['en', 1280, 720], ['zh', 390, 844]].map(([lang, width, height]) => ({
    name: `budgets: no layout shift from the start screen to the ready deck with its notes: CLS ≤ ${CLS_BUDGET} (${lang}, ${width}×${height})`,
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser, { width, height });
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            window.__shifts.push({ value: e.value, input: e.hadRecentInput, sources: (e.sources ?? []).map((s) => `${s.node?.nodeName ?? '?'}.${typeof s.node?.className === 'string' ? s.node.className : ''}`) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${base}?lang=${lang}#/title`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__deckReady === true);
      // The notes arrive after the deck is ready: wait for them, then for two frames.
      await page.waitForFunction(() => document.querySelector('.reveal .slides section[data-notes]') !== null);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
      console.log(`    CLS ${cls.toFixed(3)} (${shifts.length} shifts)`);
      assert.ok(cls <= CLS_BUDGET, `CLS ${cls.toFixed(3)}: ${JSON.stringify(shifts)}`);
      assertClean(problems, 'start-up');
      await context.close();
    },
  })),
];
