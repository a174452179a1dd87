// The speaker view speaks the deck's language: its labels are translated,
// "Upcoming" does not cover the preview, and math in the notes renders once.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';

/**
 * Polls `fn` in the popup until it returns true. The popup's document is
 * written by the plugin after it opens (document.write), which can leave a
 * waitForFunction watching the replaced context; a fresh evaluate each time
 * always reads the current one.
 */
async function until(popup, fn, arg, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const ok = await popup.evaluate(fn, arg).catch(() => false);
    if (ok) return;
    if (Date.now() > end) throw new Error(`speaker view: condition not met in ${timeout} ms: ${fn}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const speakerTests = [
  {
    name: 'the speaker view (S) shows its labels in Chinese in the Chinese deck and renders math in the notes once',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}?lang=zh#/memory-basics`);
      // The KV-cache slide's notes carry math ($L$, $n_{kv}$ …): the first slide of the section with a formula in its notes.
      // The notes arrive after the deck is ready, as each slide's data-notes.
      await page.waitForFunction(() => document.querySelector('.reveal .slides section[data-notes]') !== null);
      await page.evaluate(() => {
        const slide = [...document.querySelectorAll('.reveal .slides section:not(.stack)')].find((s) => (s.getAttribute('data-notes') ?? '').includes('class="katex"'));
        const { h, v } = window.__deck.getIndices(slide);
        window.__deck.slide(h, v);
      });
      const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      await until(popup, () => document.querySelector('#upcoming-slide .label')?.textContent === '下一张');
      const labels = await popup.evaluate(() => ({
        time: document.querySelector('.speaker-controls-time .label')?.textContent ?? '',
        notes: document.querySelector('.speaker-controls-notes .label')?.textContent ?? '',
      }));
      assert.match(labels.time, /时间/);
      assert.equal(labels.notes, '备注');
      await until(popup, () => document.querySelector('.speaker-controls-notes .value .katex') !== null && document.querySelector('#upcoming-slide iframe') !== null);
      const math = await popup.evaluate(() => {
        const k = document.querySelector('.speaker-controls-notes .value .katex');
        const mathml = k.querySelector('.katex-mathml');
        const r = mathml?.getBoundingClientRect();
        return { hiddenMathml: !mathml || (r.width <= 1 && r.height <= 1) || getComputedStyle(mathml).display === 'none' };
      });
      assert.ok(math.hiddenMathml, 'the MathML copy is hidden: math shows once');
      const upcoming = await popup.evaluate(() => {
        const label = document.querySelector('#upcoming-slide .label').getBoundingClientRect();
        const frame = document.querySelector('#upcoming-slide iframe')?.getBoundingClientRect();
        return { labelBottom: label.bottom, frameTop: frame?.top ?? Infinity };
      });
      assert.ok(upcoming.labelBottom <= upcoming.frameTop + 1, `"Upcoming" sits above the preview (label bottom ${upcoming.labelBottom}, preview top ${upcoming.frameTop})`);
      await popup.close();
      assertClean(problems, 'speaker view');
      await context.close();
    },
  },
];
