// Every simulator placed in slides/: it mounts, shows no error, no NaN or
// Infinity, responds to its first control, in both languages.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';

// NaN, ±Infinity or undefined printed as a value (AMD's "Infinity Fabric" link is a name, not a number).
const BAD_NUMBER = /\bNaN\b|[-−]?\bInfinity\b(?! Fabric)|\bundefined\b/;

async function visitEverySim(page, lang) {
  const count = await page.evaluate(() => document.querySelectorAll('.reveal .slides .sim').length);
  assert.ok(count > 0, 'the deck places simulators');
  const seen = [];
  const withReset = new Set();
  const totalSlides = await page.evaluate(() => window.__deck.getTotalSlides());
  for (let i = 0; i < count; i += 1) {
    const name = await page.evaluate((k) => {
      const el = document.querySelectorAll('.reveal .slides .sim')[k];
      const slide = el.closest('section:not(.stack)');
      const { h, v } = window.__deck.getIndices(slide);
      window.__deck.slide(h, v);
      return el.getAttribute('data-sim');
    }, i);
    const sim = page.locator('.reveal .slides .sim').nth(i);
    await page.waitForFunction((k) => document.querySelectorAll('.reveal .slides .sim')[k]?.getAttribute('data-sim-ready') === 'true', i, { timeout: 15000 });
    // The deck's error boundary (a crash) and engine errors shown by the simulator itself.
    // A field message such as "does not fit" is a result, not an error.
    assert.equal(await sim.locator('.sim-error, .ui-notice-error').count(), 0, `${name} (${lang}) shows no error`);
    const text = await sim.innerText();
    assert.doesNotMatch(text, BAD_NUMBER, `${name} (${lang}) prints no NaN/Infinity/undefined`);
    // A chart or table; or a chart masked until its question is answered (a labelled image placeholder),
    // the technique map's links (a nav) or an exercise (a form).
    assert.ok((await sim.locator('svg, table, [role="img"], nav, form').count()) > 0, `${name} (${lang}) draws a chart, table, map or exercise`);
    const control = sim.locator('input[type="range"]:not(:disabled), select:not(:disabled)').first();
    if (await control.count()) {
      const tag = await control.evaluate((el) => el.tagName);
      if (tag === 'SELECT') {
        const options = await control.locator('option').evaluateAll((os) => os.map((o) => o.value));
        const cur = await control.inputValue();
        const next = options.find((o) => o !== cur);
        if (next !== undefined) await control.selectOption(next);
      } else {
        // A slider may start at either end of its range: try both.
        await control.focus();
        await page.keyboard.press('End');
        await page.waitForTimeout(100);
        if ((await sim.innerText()) === text) await page.keyboard.press('Home');
      }
      await page.waitForTimeout(100);
      assert.notEqual(await sim.innerText(), text, `${name} (${lang}) responds to its first control`);
      assert.doesNotMatch(await sim.innerText(), BAD_NUMBER, `${name} (${lang}) still prints no NaN after a change`);
    }
    // Every placement opens its explore view (Z), which holds Reset; Reset restores the preset, Escape closes.
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('z');
    const panel = page.locator('.sim-explore[role="dialog"]');
    await panel.waitFor({ timeout: 10000 }).catch((err) => { throw new Error(`${name} (${lang}): Z opened no explore view\n${err.message}`); });
    assert.equal(await panel.locator('.sim-error, .ui-notice-error').count(), 0, `${name} (${lang}) explore shows no error`);
    assert.doesNotMatch(await panel.innerText(), BAD_NUMBER, `${name} (${lang}) explore prints no NaN/Infinity/undefined`);
    const reset = panel.locator('[data-action="sim-reset"]');
    if (await reset.count()) {
      await reset.first().click();
      withReset.add(name);
    }
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    const details = sim.locator('.ui-stat button, [aria-expanded="false"]');
    if (await details.count()) await details.first().dispatchEvent('click');
    assert.equal(await page.evaluate(() => window.__deck.getTotalSlides()), totalSlides, `${name} (${lang}) adds no slides (no <section> inside a simulator)`);
    seen.push(name);
  }
  const noReset = [...new Set(seen)].filter((n) => !withReset.has(n));
  // Reset belongs to simulators with settings; the technique map's one switch only highlights.
  assert.deepEqual(noReset.filter((n) => n !== 'technique-map'), [], `every simulator has a Reset button (data-action="sim-reset") in its explore view (${lang})`);
  return seen;
}

export const simTests = ['zh', 'en'].map((lang) => ({
  name: `every simulator mounts, responds and logs no errors (${lang})`,
  async run({ browser, base }) {
    const { page, problems, context } = await openPage(browser);
    await gotoDeck(page, `${base}?lang=${lang}#/title`);
    const seen = await visitEverySim(page, lang);
    assert.ok(seen.length > 0);
    assertClean(problems, `simulators (${lang})`);
    await context.close();
  },
}));
