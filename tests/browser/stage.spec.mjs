// Simulators in the lecture hall (issue: stage and explore views, clicker):
// every placement fits its slide; the clicker always moves the deck, also
// after a mouse click on a control; predict-first answers stay masked until
// opened; the explore view shows the whole simulator and gives the keys back.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';
import { measureStageInPage, placementsInPage, showPlacement } from './stageFit.mjs';

const indices = (page) => page.evaluate(() => window.__deck.getIndices());

async function openDeck(browser, base, lang, size) {
  const opened = await openPage(browser, size);
  await gotoDeck(opened.page, `${base}?lang=${lang}#/title`);
  await opened.page.evaluate(() => window.__deck.configure({ transition: 'none' }));
  return opened;
}

/**
 * In the page: the cells of a simulator's grid (under the `index`-th match of `selector`) that have
 * content but span less than the grid's width. On a phone the narrow layout stacks them in one
 * column; a simulator's own wide-screen grid must not outrank it.
 */
function narrowCellsInPage({ selector, index, where }) {
  const root = document.querySelectorAll(selector)[index];
  if (!root) return [`${where}: not found`];
  return [...root.querySelectorAll('.ui-sim-grid')].flatMap((grid) => {
    const gw = grid.getBoundingClientRect().width;
    return [...grid.children].filter((c) => c.childElementCount > 0 && c.getBoundingClientRect().width < gw * 0.95)
      .map((c) => `${where}: ${c.className.replace(/ui-sim-/g, '')} ${Math.round((c.getBoundingClientRect().width / gw) * 100)} % of the width (columns ${getComputedStyle(grid).gridTemplateColumns})`);
  });
}

const FIT_RUNS = [['zh', 1280, 720], ['en', 1280, 720], ['zh', 1920, 1080], ['en', 1920, 1080]];

export const stageTests = [
  ...FIT_RUNS.map(([lang, width, height]) => ({
    name: `every simulator placement fits its slide on stage at ${width}×${height}: nothing hidden, outside, overlapping or under 12 px (${lang})`,
    async run({ browser, base }) {
      const { page, problems, context } = await openDeck(browser, base, lang, { width, height });
      const placements = await page.evaluate(placementsInPage);
      assert.ok(placements.length >= 28, `the deck places ${placements.length} simulators`);
      const failures = [];
      let smallest = Infinity;
      for (const p of placements) {
        await showPlacement(page, p);
        const found = await page.evaluate(measureStageInPage);
        smallest = Math.min(smallest, await page.evaluate(() => {
          const scale = window.__deck.getScale();
          let min = Infinity;
          for (const el of document.querySelectorAll('section.present:not(.stack) .sim *')) {
            if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
            const r = el.getBoundingClientRect();
            if (r.width < 1 || r.height < 1 || el.closest('.sim-clicker-steps')) continue;
            const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
            const vb = svg?.viewBox?.baseVal;
            const box = svg?.getBoundingClientRect();
            const k = svg && vb?.width ? Math.min(box.width / vb.width, box.height / vb.height) : scale;
            min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) * k);
          }
          return min;
        }));
        const mismatch = await page.evaluate(() => [...document.querySelectorAll('section.present:not(.stack) [data-derivation-mismatch]')].map((e) => e.getAttribute('data-derivation-mismatch')));
        if (mismatch.length > 0) failures.push(`${p.h}/${p.v} ${p.name}: a derivation does not reproduce its readout (${mismatch.join('; ')})`);
        if (found.length > 0) failures.push(`${p.h}/${p.v} ${p.name}: ${found.slice(0, 4).map((q) => `${q.kind} ${q.what} ${q.detail}`).join(' | ')}${found.length > 4 ? ` (+${found.length - 4})` : ''}`);
      }
      console.log(`    ${placements.length - failures.length}/${placements.length} placements fit (${lang}, ${width}×${height}); smallest text ${smallest.toFixed(1)} px`);
      assert.deepEqual(failures, [], `placements that do not fit on stage (${lang} ${width}×${height})`);
      assertClean(problems, `stage fit (${lang})`);
      await context.close();
    },
  })),
  {
    name: 'after a mouse click on a control in any simulator, the clicker’s PageDown moves the deck and not the control',
    async run({ browser, base }) {
      const { page, problems, context } = await openDeck(browser, base, 'zh', { width: 1280, height: 720 });
      const placements = await page.evaluate(placementsInPage);
      const swallowed = [];
      for (const p of placements) {
        await showPlacement(page, p);
        // Pinned to this placement: after PageDown the present slide is another one.
        const control = page.locator('.reveal .slides .sim').nth(p.index).locator('input[type="range"], select, [role="radio"], .ui-stop').first();
        if ((await control.count()) === 0) continue;
        // A mouse user picks from a select's list (the list closes); everything else is clicked.
        if ((await control.evaluate((el) => el.tagName)) === 'SELECT') {
          const options = await control.locator('option').evaluateAll((os) => os.map((o) => o.value));
          await control.focus();
          await control.selectOption(options[1] ?? options[0]);
        } else {
          await control.click();
        }
        const valueOf = () => control.evaluate((el) => ('value' in el ? el.value : el.getAttribute('aria-checked')));
        const value = await valueOf();
        const before = await indices(page);
        // On the deck's last slide (with no fragment left) the clicker's key is PageUp.
        const last = await page.evaluate(() => window.__deck.isLastSlide() && !window.__deck.availableFragments().next);
        await page.keyboard.press(last ? 'PageUp' : 'PageDown');
        const moved = await page.waitForFunction((b) => {
          const a = window.__deck.getIndices();
          return a.h !== b.h || a.v !== b.v || (a.f ?? -1) !== (b.f ?? -1);
        }, before, { timeout: 3000 }).then(() => true, () => false);
        if (!moved) swallowed.push(`${p.h}/${p.v} ${p.name}`);
        else if ((await control.count()) > 0 && (await valueOf()) !== value) swallowed.push(`${p.h}/${p.v} ${p.name} (the control moved too)`);
      }
      assert.deepEqual(swallowed, [], 'PageDown presses swallowed by a simulator control');
      assertClean(problems, 'clicker after a click');
      await context.close();
    },
  },
  {
    name: 'the clicker’s presses in a burst land where the same presses one by one land, on every simulator slide (no press skips a story the answer opens, none is undone)',
    async run({ browser, base }) {
      const { page, problems, context } = await openDeck(browser, base, 'en', { width: 1280, height: 720 });
      const placements = await page.evaluate(placementsInPage);
      const slides = [...new Map(placements.map((p) => [`${p.h}/${p.v}`, p])).values()];
      // The slide as the room sees it: where the deck is, which of the slide's fragments show, which answers are open.
      const seen = () => page.evaluate(() => {
        const { h, v, f } = window.__deck.getIndices();
        const slide = document.querySelector('section.present:not(.stack)');
        const fragments = [...slide.querySelectorAll('.fragment')].map((e) => (e.classList.contains('visible') ? 1 : 0)).join('');
        return `${h}/${v}/${f ?? -1} ${fragments} open=${slide.querySelectorAll('.ui-predict-open').length}`;
      });
      const settle = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))));
      const failures = [];
      let pressesWalked = 0;
      for (const p of slides) {
        // One by one, a frame apart and settled: the presses that stay on this slide, and what each shows.
        await showPlacement(page, p);
        const walked = [];
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('PageDown');
          await settle();
          const { h, v } = await indices(page);
          if (h !== p.h || v !== p.v) break;
          walked.push(await seen());
        }
        pressesWalked += walked.length;
        if (walked.length === 0) continue;
        // The same presses within one task (a double press is never slower than that), from the same
        // start: arriving from the next slide, then jumping back to the start from where the burst ended.
        for (const from of ['the next slide', 'the burst’s end']) {
          await showPlacement(page, p);
          await page.evaluate((n) => {
            for (let i = 0; i < n; i++) {
              for (const type of ['keydown', 'keyup']) document.dispatchEvent(new KeyboardEvent(type, { key: 'PageDown', code: 'PageDown', keyCode: 34, which: 34, bubbles: true }));
            }
          }, walked.length);
          await settle();
          const burst = await seen();
          if (burst !== walked.at(-1)) failures.push(`${p.h}/${p.v} ${p.name} from ${from}: ${walked.length} presses one by one show ${walked.at(-1)}, in a burst ${burst}`);
        }
      }
      console.log(`    ${slides.length} simulator slides, ${pressesWalked} presses that stay on them compared one by one and in a burst`);
      assert.ok(pressesWalked > slides.length, 'the walk pressed through fragments, not only from slide to slide');
      assert.deepEqual(failures, [], 'slides where a burst of presses lands elsewhere than the same presses one by one');
      assertClean(problems, 'clicker bursts');
      await context.close();
    },
  },
  {
    name: 'predict-first: the answer is masked on stage until the clicker opens it; a student’s answer survives a reload',
    async run({ browser, base }) {
      const { page, problems, context } = await openDeck(browser, base, 'en', { width: 1280, height: 720 });
      const p = (await page.evaluate(placementsInPage)).find((q) => q.name === 'memory-budget');
      await showPlacement(page, p);
      const stage = page.locator('section.present:not(.stack) .sim');
      const label = () => stage.locator('svg.ui-chart').first().getAttribute('aria-label');
      assert.doesNotMatch(await label(), /fit/, 'the chart hides the answer before the question is answered');
      assert.ok((await stage.locator('.ui-stat-masked').count()) > 0, 'readouts that answer the question are masked');
      assert.equal(await stage.locator('.ui-takeaway').count(), 0, 'the takeaway waits for the answer');
      const before = await indices(page);
      await page.keyboard.press('PageDown');
      await page.waitForFunction(() => document.querySelector('section.present:not(.stack) .ui-predict-explanation') !== null, null, { timeout: 3000 });
      assert.deepEqual({ h: (await indices(page)).h, v: (await indices(page)).v }, { h: before.h, v: before.v }, 'the first press opens the answer on the same slide');
      assert.match(await label(), /does not fit/, 'the chart shows the answer');
      assert.equal(await stage.locator('.ui-stat-masked').count(), 0);
      const box = await stage.locator('.ui-predict-explanation').boundingBox();
      assert.ok(box && box.y + box.height <= 720, 'the opened answer is inside the visible stage');
      await page.keyboard.press('PageUp');
      await page.waitForFunction(() => document.querySelector('section.present:not(.stack) .ui-stat-masked') !== null, null, { timeout: 3000 });
      // A student answers with a click: it stays answered after a reload.
      await stage.getByRole('button', { name: 'No', exact: true }).click();
      await page.waitForFunction(() => document.querySelector('section.present:not(.stack) .ui-predict-explanation') !== null);
      await page.reload();
      await page.waitForFunction(() => window.__deckReady === true);
      await page.waitForSelector('section.present:not(.stack) .sim[data-sim-ready="true"]');
      assert.equal(await page.locator('section.present:not(.stack) .ui-stat-masked').count(), 0, 'the answered question stays answered');
      assert.ok(await page.locator('section.present:not(.stack) .ui-predict-explanation').count() > 0);
      assertClean(problems, 'predict-first');
      await context.close();
    },
  },
  ...['zh', 'en'].map((lang) => ({
    name: `explore: Z opens the whole simulator over the deck, sharing the stage's state; Esc closes; PageDown closes and moves (${lang})`,
    async run({ browser, base }) {
      const { page, problems, context } = await openDeck(browser, base, lang, { width: 1280, height: 720 });
      const p = (await page.evaluate(placementsInPage)).find((q) => q.name === 'memory-budget');
      await showPlacement(page, p);
      const stageControls = await page.locator('section.present:not(.stack) .sim input, section.present:not(.stack) .sim select, section.present:not(.stack) .sim [role="radio"]').count();
      await page.keyboard.press('z');
      const panel = page.locator('.sim-explore[role="dialog"]');
      await panel.waitFor();
      const exploreControls = await panel.locator('input, select, [role="radio"]').count();
      assert.ok(exploreControls > stageControls, `explore shows every control (${exploreControls} > ${stageControls} on stage)`);
      assert.ok(await panel.locator('textarea').count() > 0, 'explore has the paste-a-config box');
      // One state: a change in explore shows on stage.
      await panel.locator('.ui-stop', { hasText: /^32$/ }).first().click();
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      const stageBatch = await page.locator('section.present:not(.stack) .sim [role="slider"], section.present:not(.stack) .sim input[type="range"]').first().getAttribute('aria-valuenow');
      assert.equal(stageBatch, '32', 'the stage shows the batch chosen in explore');
      // The caption's Explore button opens it too, labelled in the current language.
      const button = page.locator('section.present:not(.stack) [data-action="sim-explore"]');
      assert.match(await button.innerText(), lang === 'zh' ? /探索/ : /Explore/);
      await button.click();
      await panel.waitFor();
      await page.keyboard.press('z');
      await panel.waitFor({ state: 'detached' });
      // The clicker is never stuck: PageDown over the panel closes it and moves the deck.
      await page.keyboard.press('z');
      await panel.waitFor();
      const before = await indices(page);
      await page.keyboard.press('PageDown');
      await panel.waitFor({ state: 'detached' });
      await page.waitForFunction((b) => { const a = window.__deck.getIndices(); return a.h !== b.h || a.v !== b.v || (a.f ?? -1) !== (b.f ?? -1); }, before, { timeout: 3000 });
      // Z on a slide without a simulator does nothing.
      await page.evaluate(() => window.__deck.slide(0));
      await page.keyboard.press('z');
      assert.equal(await page.locator('.sim-explore').count(), 0);
      // Reset for the next test's preset.
      await page.evaluate(() => localStorage.clear());
      assertClean(problems, `explore (${lang})`);
      await context.close();
    },
  })),
  ...['zh', 'en'].map((lang) => ({
    name: `on a phone (390×844): every simulator stacks chart, controls, readouts and footer in one full-width column, on stage and in explore; the explore header shows its title and all its actions on screen (${lang})`,
    async run({ browser, base }) {
      const { page, problems, context } = await openDeck(browser, base, lang, { width: 390, height: 844 });
      const offscreen = [];
      const squeezed = [];
      let opened = 0;
      for (const p of await page.evaluate(placementsInPage)) {
        await showPlacement(page, p);
        squeezed.push(...(await page.evaluate(narrowCellsInPage, { selector: '.reveal .slides .sim', index: p.index, where: `${p.h}/${p.v} ${p.name} stage` })));
        await page.evaluate(() => document.activeElement?.blur?.());
        await page.keyboard.press('z');
        const panel = page.locator('.sim-explore[role="dialog"]');
        if (!(await panel.waitFor({ timeout: 3000 }).then(() => true, () => false))) continue;
        opened += 1;
        squeezed.push(...(await page.evaluate(narrowCellsInPage, { selector: '.sim-explore[role="dialog"]', index: 0, where: `${p.h}/${p.v} ${p.name} explore` })));
        offscreen.push(...(await panel.evaluate((el) => [...el.querySelectorAll('.sim-explore-head h2, .sim-explore-head button')]
          .filter((b) => { const r = b.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth + 0.5; })
          .map((b) => `${el.getAttribute('data-explore')}: "${b.textContent.trim()}"`))));
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
      }
      assert.ok(opened > 30, `explore opened for the stage placements (${opened})`);
      assert.deepEqual(squeezed, [], 'simulator cells narrower than the phone column');
      assert.deepEqual(offscreen, [], 'explore header parts outside the phone screen');
      assertClean(problems, `explore on a phone (${lang})`);
      await context.close();
    },
  })),
];
