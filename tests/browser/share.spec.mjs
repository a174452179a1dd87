// Share links: the link a simulator's "Copy link" gives opens its slide with
// its settings (stage and explore), in both languages; a broken or hostile
// link falls back to the preset with one notice and injects nothing.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';
import { placementsInPage, showPlacement } from './stageFit.mjs';

async function budgetBatch(page) {
  return page.locator('section.present:not(.stack) .sim[data-sim="memory-budget"] input[type="range"]').first().getAttribute('aria-valuenow');
}

export const shareTests = [
  ...['zh', 'en'].map((lang) => ({
    name: `a share link round-trips a simulator's settings to a fresh browser, on its slide, stage and explore (${lang})`,
    async run({ browser, base }) {
      const first = await openPage(browser);
      await gotoDeck(first.page, `${base}?lang=${lang}#/title`);
      await first.page.evaluate(() => window.__deck.configure({ transition: 'none' }));
      const p = (await first.page.evaluate(placementsInPage)).find((q) => q.name === 'memory-budget');
      await showPlacement(first.page, p);
      const sim = first.page.locator('section.present:not(.stack) .sim[data-sim="memory-budget"]');
      await sim.locator('.ui-stop', { hasText: /^32$/ }).click();
      await sim.locator('[role="radio"]', { hasText: 'INT4' }).click();
      await first.page.locator('section.present:not(.stack) [data-action="sim-share"]').click();
      const url = await first.page.locator('section.present:not(.stack) [data-share-url]').inputValue();
      assert.match(url, /[?&]sim=memory-budget/);
      assert.match(url, /#\/memory-basics\/budget$/);
      assertClean(first.problems, `share link made (${lang})`);
      await first.context.close();

      // A new browser (no saved state) opens the link.
      const second = await openPage(browser);
      await gotoDeck(second.page, url);
      await second.page.waitForSelector('section.present:not(.stack) .sim[data-sim="memory-budget"][data-sim-ready="true"]');
      assert.equal(await second.page.evaluate(() => window.__deck.getCurrentSlide().id), 'memory-basics/budget', 'the link lands on the slide');
      assert.equal(await budgetBatch(second.page), '32', 'with the batch from the link');
      assert.equal(await second.page.locator('section.present:not(.stack) [role="radio"][aria-checked="true"]', { hasText: 'INT4' }).count(), 1, 'and the weight format');
      await second.page.keyboard.press('z');
      await second.page.locator('.sim-explore').waitFor();
      assert.equal(await second.page.locator('.sim-explore input[type="range"]').first().getAttribute('aria-valuenow'), '32', 'explore shows the same state');
      assert.doesNotMatch(await second.page.evaluate(() => window.location.search), /state=/, 'the address drops the state once applied');
      assertClean(second.problems, `share link opened (${lang})`);
      await second.context.close();
    },
  })),
  {
    name: 'broken, hostile and unknown share links fall back to the preset with at most one notice and inject nothing',
    async run({ browser, base }) {
      const links = [
        '?lang=en&sim=memory-budget&state=1~batch.99999#/memory-basics/budget',
        '?lang=en&sim=memory-budget&state=9~batch.32#/memory-basics/budget',
        '?lang=en&sim=memory-budget&state=1~batch.3#/memory-basics/budget',
        `?lang=en&sim=memory-budget&state=${encodeURIComponent('1~modelId.<img src=x onerror=alert(1)>')}#/memory-basics/budget`,
        '?lang=en&sim=%3Cscript%3E&state=1#/memory-basics/budget',
        '?lang=en&sim=no-such-sim&state=1~batch.32#/memory-basics/budget',
        `?lang=en&sim=memory-budget&state=1~${'x'.repeat(5000)}#/memory-basics/budget`,
        '?lang=en&sim=memory-budget&state=1~__proto__.1~constructor.%7B%7D#/memory-basics/budget',
      ];
      for (const link of links) {
        const { page, problems, context } = await openPage(browser);
        await gotoDeck(page, `${base}${link}`);
        await page.waitForSelector('section.present:not(.stack) .sim[data-sim="memory-budget"][data-sim-ready="true"]');
        const batch = await budgetBatch(page);
        const notices = await page.locator('[data-notice]').allInnerTexts();
        const linkNotices = notices.filter((n) => /link/i.test(n));
        const injected = await page.evaluate(() => document.querySelectorAll('img[src="x"]').length + [...document.scripts].filter((s) => /alert\(1\)/.test(s.textContent ?? '')).length);
        const polluted = await page.evaluate(() => ({}).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'batch'));
        assert.ok(['1', '3'].includes(batch), `${link}: the preset (or the valid part): batch ${batch}`);
        assert.ok(linkNotices.length <= 1, `${link}: at most one notice (${notices.join(' | ')})`);
        if (!link.includes('batch.3#')) assert.equal(linkNotices.length, 1, `${link}: one notice says the link was not read`);
        assert.equal(injected, 0, `${link}: nothing injected`);
        assert.equal(polluted, false, `${link}: Object.prototype untouched`);
        assertClean(problems, `hostile link ${link.slice(0, 40)}`);
        await context.close();
      }
    },
  },
];
