// Resume and progress: the title slide offers to continue where the reader
// left off; the contents slide shows each section's progress.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';

export const progressTests = [
  {
    name: 'the title slide offers to continue where the reader left off, and the contents show each section’s progress',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}?lang=en#/compute-basics/roofline`);
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('lio.progress') ?? '{}').last === 'compute-basics/roofline');
      await page.evaluate(() => window.__deck.slide(0));
      const resume = page.locator('[data-action="resume"]');
      await resume.waitFor();
      assert.match(await resume.innerText(), /Continue where you left off[\s\S]*[Rr]oofline/);
      await resume.click();
      await page.waitForFunction(() => window.__deck.getCurrentSlide().id === 'compute-basics/roofline');
      // The contents slide: compute-basics has two of its slides seen (its first slide was never shown: 1 + roofline).
      await page.evaluate(() => window.__deck.slide(1));
      const badge = page.locator('[data-progress="compute-basics"]');
      await badge.waitFor();
      assert.match(await badge.innerText(), /^1\/6 slides seen$/);
      assert.match(await page.locator('[data-progress="importance"]').innerText(), /^0\/\d+ slides seen$/);
      await resume.waitFor({ state: 'detached' });
      assertClean(problems, 'resume and progress');
      await context.close();
    },
  },
];
