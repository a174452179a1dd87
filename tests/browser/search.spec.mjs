// Search across slide text and speaker notes, from the toolbar and the / key.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';

const CASES = [
  { lang: 'zh', query: '屋顶线', heading: /屋顶线/ },
  { lang: 'en', query: 'roofline', heading: /[Rr]oofline/ },
];

export const searchTests = CASES.map(({ lang, query, heading }) => ({
  name: `search (/ and the toolbar) finds slides and notes and jumps to the slide (${lang})`,
  async run({ browser, base }) {
    const { page, problems, context } = await openPage(browser);
    await gotoDeck(page, `${base}?lang=${lang}#/title`);
    await page.keyboard.press('/');
    const input = page.locator('[data-overlay="search"] input[type="search"]');
    await input.waitFor();
    await input.fill(query);
    await page.locator('[data-search-hit]').first().waitFor();
    const hits = await page.locator('[data-search-hit]').count();
    assert.ok(hits > 0, `${query} finds slides`);
    await page.keyboard.press('Enter');
    await page.locator('[data-overlay="search"]').waitFor({ state: 'detached' });
    const title = await page.evaluate(() => window.__deck.getCurrentSlide().querySelector('h1, h2')?.textContent ?? '');
    assert.match(title, heading, `Enter jumps to the first hit (${title})`);
    // The toolbar opens it too; a query that matches nothing says so; Escape closes it.
    await page.locator('[data-action="search"]').click();
    await input.fill('zzzqqq');
    await page.locator('[data-overlay="search"] [role="status"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-overlay="search"]').waitFor({ state: 'detached' });
    assertClean(problems, `search (${lang})`);
    await context.close();
  },
}));
