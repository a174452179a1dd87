// Deck behaviour in a real browser: deep links, language, keyboard isolation,
// resize, PDF export, bad input. Each test opens its own context.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck, SECTION_IDS } from './harness.mjs';

const currentSlideId = (page) => page.evaluate(() => {
  const s = window.__deck.getCurrentSlide();
  return s.id || s.closest('section[id]')?.id || '';
});
const indices = (page) => page.evaluate(() => window.__deck.getIndices());

/**
 * Navigates the deck to the slide holding the first element matching
 * `selector` (simulators mount when their slide comes near, so the selector
 * names the mount point, e.g. `[data-sim="memory-budget"]`) and waits until a
 * simulator on it is ready.
 */
export async function goToSlideOf(page, selector) {
  const found = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const slide = el.closest('section:not(.stack)') ?? el.closest('section');
    const { h, v } = window.__deck.getIndices(slide);
    window.__deck.slide(h, v);
    return true;
  }, selector);
  assert.ok(found, `no element matches ${selector}`);
  await page.waitForTimeout(350);
  await page.waitForSelector('section.present .sim[data-sim-ready="true"]', { timeout: 15000 });
}

const BUDGET = '[data-sim="memory-budget"]';

export const deckTests = [
  ...['zh', 'en'].map((lang) => ({
    name: `every section is reachable by deep link (${lang})`,
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      for (const id of SECTION_IDS) {
        // A fresh load per link: a hash-only change would not reload the page.
        await page.goto('about:blank');
        await gotoDeck(page, `${base}?lang=${lang}#/${id}`);
        assert.equal(await currentSlideId(page), id, `deep link #/${id}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-CN' : 'en');
        const heading = await page.evaluate(() => window.__deck.getCurrentSlide().querySelector('h1,h2')?.textContent ?? '');
        assert.ok(heading.trim().length > 0, `#/${id} has a heading`);
        if (lang === 'zh') assert.match(heading, /[\u4e00-\u9fff]/, `#/${id} heading is Chinese`);
        else assert.doesNotMatch(heading, /[\u4e00-\u9fff]/, `#/${id} heading is English`);
      }
      assertClean(problems, `deep links (${lang})`);
      await context.close();
    },
  })),
  {
    name: 'contents slide entries jump to their sections',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}#/contents`);
      const links = await page.$$eval('section#contents a[href^="#/"]', (as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, SECTION_IDS.map((id) => `#/${id}`));
      await page.click('section#contents a[href="#/comm-basics"]');
      await page.waitForTimeout(400);
      assert.equal(await currentSlideId(page), 'comm-basics');
      assertClean(problems, 'contents');
      await context.close();
    },
  },
  {
    name: 'language switch toggles, is remembered, and ?lang wins',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}#/importance`);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN', 'default language is zh-CN');
      await page.click('button[data-action="toggle-lang"]');
      await page.waitForFunction(() => document.documentElement.lang === 'en' && window.__deckReady === true);
      await page.waitForTimeout(300);
      assert.equal(await currentSlideId(page), 'importance', 'switching language keeps the slide');
      await gotoDeck(page, `${base}#/importance`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice is remembered');
      await gotoDeck(page, `${base}?lang=zh#/importance`);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN', '?lang=zh overrides the remembered choice');
      assertClean(problems, 'language switch');
      await context.close();
    },
  },
  {
    name: 'unknown ?lang and unknown hash fall back without errors',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}?lang=klingon#/no-such-slide`);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.deepEqual(await indices(page), { h: 0, v: 0, f: undefined }, 'unknown hash → first slide');
      assertClean(problems, 'bad url');
      await context.close();
    },
  },
  {
    name: 'help overlay opens with ? in the current language and closes with Escape',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}?lang=en#/importance`);
      await page.keyboard.press('Shift+Slash');
      const dialog = page.locator('[role="dialog"][data-overlay="help"]');
      await dialog.waitFor({ state: 'visible' });
      assert.doesNotMatch(await dialog.innerText(), /[\u4e00-\u9fff]{4}/, 'English help has no Chinese text');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assertClean(problems, 'help');
      await context.close();
    },
  },
  {
    name: 'a focused slider takes ArrowRight without changing slide',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      // Saved state is read when a simulator's module first loads: reload the page.
      await page.goto(`${base}#/memory-basics`);
      await page.reload();
      await page.waitForFunction(() => window.__deckReady === true);
      await goToSlideOf(page, BUDGET);
      const before = await indices(page);
      const slider = page.locator('section.present .sim input[type="range"]').first();
      await slider.waitFor({ state: 'visible' });
      const v0 = await slider.inputValue();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((v) => document.querySelector('section.present .sim input[type="range"]')?.value !== v, v0);
      // The fragment index may appear once the question registers its clicker step; the slide is what must not change.
      const after = await indices(page);
      assert.deepEqual({ h: after.h, v: after.v }, { h: before.h, v: before.v }, 'slide did not change');
      assert.notEqual(await slider.inputValue(), v0, 'the slider moved');
      assertClean(problems, 'keyboard isolation (slider)');
      await context.close();
    },
  },
  {
    name: 'Space on a simulator button clicks it and does not advance',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      // Saved state is read when a simulator's module first loads: reload the page.
      await page.goto(`${base}#/memory-basics`);
      await page.reload();
      await page.waitForFunction(() => window.__deckReady === true);
      await goToSlideOf(page, BUDGET);
      const before = await indices(page);
      // Reset lives in the explore view; on stage the buttons are the predict-first choices.
      const choice = page.locator('section.present .sim .ui-predict-choices button').first();
      await choice.waitFor();
      assert.equal(await page.locator('section.present .sim .ui-predict-explanation').count(), 0, 'the answer starts closed');
      await choice.focus();
      await page.keyboard.press('Space');
      await page.locator('section.present .sim .ui-predict-explanation').first().waitFor();
      const after = await indices(page);
      // Answering by hand also marks the question's clicker step as taken (its hidden fragment); the slide stays.
      assert.deepEqual({ h: after.h, v: after.v }, { h: before.h, v: before.v }, 'slide did not change');
      assert.equal(await choice.getAttribute('aria-pressed'), 'true', 'Space pressed the choice');
      assertClean(problems, 'keyboard isolation (button)');
      await context.close();
    },
  },
  {
    name: 'the clicker walks a simulator story step by step, in step with its buttons; its first step answers the predict-first question',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}?lang=en#/best-practices`);
      const stepText = () => page.evaluate(() => document.querySelector('section.present:not(.stack) .ui-stepper-count')?.textContent ?? '');
      // The section's first slide has its bullets as fragments; walk past them to the simulator.
      for (let i = 0; i < 20 && !(await page.evaluate(() => !!document.querySelector('section.present:not(.stack) [data-sim="optimisation-stack"]'))); i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(250);
      }
      await page.waitForSelector('section.present:not(.stack) [data-sim="optimisation-stack"][data-sim-ready="true"]');
      const first = await stepText();
      assert.match(first, /^Step 1 of (\d+)$/, 'arriving forwards starts the story at step 1');
      const total = Number(first.match(/of (\d+)/)[1]);
      // The story opens on its predict-first question; the first step of the story answers it.
      const answerShown = () => page.evaluate(() => !!document.querySelector('section.present:not(.stack) .ui-predict-explanation'));
      assert.equal(await answerShown(), false, 'the question is asked before the story answers it');
      const slideBefore = await indices(page);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector('section.present:not(.stack) .ui-stepper-count')?.textContent?.startsWith('Step 2'));
      assert.equal(await stepText(), `Step 2 of ${total}`, 'the clicker advances the story');
      assert.equal(await answerShown(), true, 'and the step reveals the predict-first answer');
      assert.equal((await indices(page)).h, slideBefore.h, 'and stays on the slide');
      await page.locator('section.present:not(.stack) .ui-stepper button').last().click();
      await page.waitForFunction(() => document.querySelector('section.present:not(.stack) .ui-stepper-count')?.textContent?.startsWith('Step 3'));
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => document.querySelector('section.present:not(.stack) .ui-stepper-count')?.textContent?.startsWith('Step 2'));
      assert.equal(await stepText(), `Step 2 of ${total}`, 'the clicker goes back from where the buttons left the story');
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => document.querySelector('section.present:not(.stack) .ui-stepper-count')?.textContent?.startsWith('Step 1'));
      assert.equal(await answerShown(), false, 'going back to the first step hides the answer again');
      assert.equal((await indices(page)).h, slideBefore.h);
      // A step taken in explore, then the clicker over the panel: it closes and the story moves on from explore's step.
      await page.keyboard.press('z');
      const panel = page.locator('.sim-explore[role="dialog"]');
      await panel.waitFor();
      await panel.locator('.ui-stepper button').last().click();
      await page.waitForFunction(() => document.querySelector('.sim-explore .ui-stepper-count')?.textContent?.startsWith('Step 2'));
      await page.keyboard.press('PageDown');
      await panel.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('section.present:not(.stack) .ui-stepper-count')?.textContent?.startsWith('Step 3'));
      assert.equal((await indices(page)).h, slideBefore.h, 'the clicker over explore moved the story, not the slide');
      for (const k of [2, 1]) {
        await page.keyboard.press('ArrowLeft');
        await page.waitForFunction((n) => document.querySelector('section.present:not(.stack) .ui-stepper-count')?.textContent?.startsWith(`Step ${n}`), k);
      }
      for (let i = 1; i < total; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((k) => document.querySelector('section.present:not(.stack) .ui-stepper-count')?.textContent?.startsWith(`Step ${k}`), i + 1);
      }
      assert.equal(await stepText(), `Step ${total} of ${total}`);
      // …and the press after the last step leaves the slide.
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(([h, v]) => { const i = window.__deck.getIndices(); return i.h !== h || i.v !== v; }, [slideBefore.h, slideBefore.v]);
      assertClean(problems, 'clicker steps');
      await context.close();
    },
  },
  {
    name: 'no slide runs past the bottom of the 16:9 slide; on a phone long text slides scroll instead',
    async run({ browser, base }) {
      const overflowing = async (page) => {
        const n = await page.evaluate(() => document.querySelectorAll('.reveal .slides section:not(.stack)').length);
        const out = [];
        for (let i = 0; i < n; i++) {
          const r = await page.evaluate(async (k) => {
            const s = document.querySelectorAll('.reveal .slides section:not(.stack)')[k];
            const { h, v } = window.__deck.getIndices(s);
            window.__deck.slide(h, v, 99);
            // Measure with the slide's fonts (CJK, KaTeX) loaded and laid out.
            await document.fonts.ready;
            await new Promise((ok) => requestAnimationFrame(() => ok()));
            const b = s.querySelector(':scope > .slide-body');
            return { at: `${h}/${v}`, over: b.scrollHeight - b.clientHeight };
          }, i);
          if (r.over > 2) out.push(r);
        }
        return out;
      };
      for (const lang of ['zh', 'en']) {
        const { page, problems, context } = await openPage(browser, { width: 1280, height: 720 });
        await gotoDeck(page, `${base}?lang=${lang}#/title`);
        assert.deepEqual(await overflowing(page), [], `${lang}: every slide fits the projector`);
        assertClean(problems, `fit (${lang})`);
        await context.close();
      }
      const { page, problems, context } = await openPage(browser, { width: 390, height: 844 });
      await gotoDeck(page, `${base}?lang=en#/references`);
      await page.waitForTimeout(300);
      const body = await page.evaluate(() => {
        const b = document.querySelector('section.present:not(.stack) > .slide-body');
        const before = b.scrollTop;
        b.scrollTop = 400;
        return { marked: b.classList.contains('slide-overflows') && b.hasAttribute('data-prevent-swipe'), scrolled: b.scrollTop - before, overflow: getComputedStyle(b).overflowY };
      });
      assert.ok(body.marked, 'the long reference list is marked as scrolling');
      assert.equal(body.overflow, 'auto');
      assert.ok(body.scrolled > 100, `it scrolls (${body.scrolled} px)`);
      assertClean(problems, 'phone scroll');
      await context.close();
    },
  },
  {
    name: 'the deck survives window resizes and simulators still respond',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      // Saved state is read when a simulator's module first loads: reload the page.
      await page.goto(`${base}#/memory-basics`);
      await page.reload();
      await page.waitForFunction(() => window.__deckReady === true);
      await goToSlideOf(page, BUDGET);
      for (const [w, h] of [[390, 844], [1920, 1080], [1280, 720]]) {
        await page.setViewportSize({ width: w, height: h });
        await page.waitForTimeout(300);
        const sim = page.locator('section.present .sim').first();
        const text0 = await sim.innerText();
        const slider = sim.locator('input[type="range"]').first();
        await slider.focus();
        // Home and End reach a different end of the slider each time (PageUp/PageDown belong to the clicker).
        await page.keyboard.press(w === 1920 ? 'Home' : 'End');
        await page.waitForFunction(([k, t0]) => document.querySelectorAll('section.present .sim')[k]?.innerText !== t0, [0, text0]).catch(() => {});
        assert.notEqual(await sim.innerText(), text0, `simulator responded at ${w}×${h}`);
        const box = await sim.boundingBox();
        assert.ok(box && box.width > 0 && box.height > 0, `simulator visible at ${w}×${h}`);
      }
      assertClean(problems, 'resize');
      await context.close();
    },
  },
  {
    name: 'corrupt saved state falls back to the presets with one summarised notice naming the sections in the current language',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      await gotoDeck(page, `${base}#/title`);
      await page.evaluate(() => {
        for (const name of ['memory-budget', 'roofline', 'allreduce', 'optimisation-overview']) {
          localStorage.setItem(`lio.sim.${name}`, '{"state": {"batch": "lots", oops');
        }
        localStorage.setItem('lio.progress', '{"v": 1, "visited": 7}');
      });
      // A new page reads the saved state when it starts (this one keeps running on what it read).
      await page.close();
      const fresh = await context.newPage();
      fresh.on('pageerror', (err) => problems.pageErrors.push(String(err)));
      fresh.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
      await fresh.goto(`${base}#/memory-basics/budget`);
      await fresh.waitForFunction(() => window.__deckReady === true);
      await goToSlideOf(fresh, BUDGET);
      const page2 = fresh;
      const notices = await page2.locator('[data-notice]').allInnerTexts();
      const summaries = notices.filter((n) => /已保存的设置/.test(n));
      assert.equal(summaries.length, 1, `one summary notice (${notices.join(' | ')})`);
      assert.match(summaries[0], /内存优化的基本概念与方法（显存预算）/, 'it names the section and simulator in Chinese');
      assert.match(summaries[0], /学习进度/, 'and the unreadable progress');
      assert.doesNotMatch(summaries[0], /memory-budget|optimisation-overview/, 'never an internal id');
      // It can be dismissed.
      await page2.locator('[data-notice]', { hasText: '已保存的设置' }).locator('button[aria-label]').click();
      assert.equal(await page2.locator('[data-notice]', { hasText: '已保存的设置' }).count(), 0);
      assertClean(problems, 'corrupt state');
      await context.close();
    },
  },
  {
    name: 'PDF export produces one page per slide with each simulator’s stage drawn inside its box, no action buttons',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser, { width: 1600, height: 900 });
      await gotoDeck(page, `${base}?print-pdf`);
      await page.waitForFunction(() => document.querySelectorAll('.pdf-page').length > 0, null, { timeout: 15000 });
      await page.waitForFunction(() => [...document.querySelectorAll('.sim')].every((s) => s.getAttribute('data-sim-ready') === 'true'), null, { timeout: 30000 });
      const slides = await page.evaluate(() => document.querySelectorAll('.pdf-page').length);
      const svgs = await page.evaluate(() => document.querySelectorAll('.pdf-page .sim svg').length);
      const pdf = await page.pdf({ width: '1600px', height: '900px', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // Each simulator prints its stage: nothing overprinted outside its box, nothing cut, no action buttons.
      const overflow = await page.evaluate(() => {
        const out = [];
        for (const sim of document.querySelectorAll('.pdf-page .sim')) {
          const box = sim.getBoundingClientRect();
          const page = sim.closest('.pdf-page').getBoundingClientRect();
          for (const el of sim.querySelectorAll('*')) {
            if (el.children.length > 0 && el.tagName !== 'text') continue;
            const cs = getComputedStyle(el);
            if (cs.display === 'none' || cs.visibility === 'hidden' || el.closest('.sim-clicker-steps')) continue;
            const r = el.getBoundingClientRect();
            if (r.width < 1 || r.height < 1) continue;
            if (r.right > Math.min(box.right, page.right) + 1 || r.bottom > Math.min(box.bottom, page.bottom) + 1 || r.left < box.left - 1 || r.top < box.top - 1) {
              out.push(`${sim.getAttribute('data-sim')}: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
              break;
            }
          }
          for (const el of sim.querySelectorAll('.ui-action, .ui-stepper button')) {
            if (getComputedStyle(el).display !== 'none') { out.push(`${sim.getAttribute('data-sim')}: an action button prints`); break; }
          }
          for (const el of [sim, ...sim.querySelectorAll('*')]) {
            const cs = getComputedStyle(el);
            // Screen-reader-only text (a table's caption, clipped to 1 px) is not content on paper.
            if (el.getBoundingClientRect().width <= 1 || cs.display === 'none') continue;
            if ((cs.overflowY !== 'visible' || cs.overflowX !== 'visible') && (el.scrollHeight - el.clientHeight > 1 || el.scrollWidth - el.clientWidth > 1)) {
              out.push(`${sim.getAttribute('data-sim')}: content cut in ${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`);
              break;
            }
          }
        }
        return out;
      });
      assert.deepEqual(overflow, [], 'simulators overprint or are cut on paper');
      assert.ok(slides >= 20, `print view has ${slides} pages`);
      assert.ok(svgs > 0, 'simulators print as SVG');
      assert.ok(pages >= slides, `PDF has ${pages} pages for ${slides} slides`);
      assertClean(problems, 'print-pdf');
      await context.close();
    },
  },
];
