// Accessibility (issue #12 item 4): axe-core on every slide, on the stage and
// in the explore view, in both languages; every simulator usable from the
// keyboard alone; prefers-reduced-motion honoured; contrast checked on the
// projector theme; every chart carries a spoken summary with numbers.
//
// axe-core's source is evaluated in the page over CDP (page.evaluate of the
// source string): the built page's Content-Security-Policy forbids inline
// <script>. One page per language walks the whole deck; each axe run is
// scoped to the present slide plus the page chrome, or to the explore panel.
// What the color-contrast rule leaves incomplete (text over images, SVG or
// overlapping boxes, translucent text, symbols) is then measured from the
// pixels by contrastReview.mjs, and fails the test like a violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';
import { placementsInPage, showPlacement } from './stageFit.mjs';
import { reviewIncompleteContrast, describeContrast } from './contrastReview.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const IMPACTS = ['minor', 'moderate', 'serious', 'critical'];
const FAIL_IMPACTS = new Set(['serious', 'critical']);

// The page chrome that is on screen with every slide: reveal's controls,
// slide number and progress bar, the deck's toolbar and notices.
const CHROME = [
  ['.reveal > .controls'], ['.reveal > .slide-number'], ['.reveal > .progress'],
  ['.deck-toolbar'], ['.deck-notices'],
];
// Rules that cannot apply to a slide fragment scoped this way: the page's
// <html lang>, <title>, landmarks and the single <main>/<h1> are properties of
// the whole document (checked once, on the first slide, with the whole page).
const DOCUMENT_RULES = ['document-title', 'html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'landmark-one-main', 'page-has-heading-one', 'region', 'bypass', 'meta-viewport', 'meta-refresh'];

async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe === 'object')) return;
  await page.evaluate(AXE_SOURCE);
  // The contrast check skips ::before/::after backgrounds (its slowest part, 3-4× the rest): no
  // pseudo-element paints behind text in this deck (the only ones with a background are reveal's
  // arrow strokes, which hold no text, and its unused cube/page transitions and scroll view).
  // (Options are replaced whole: keep the check's own thresholds.)
  await page.evaluate(() => {
    const options = window.axe._audit.checks['color-contrast'].options;
    window.axe.configure({ checks: [{ id: 'color-contrast', options: { ...options, ignorePseudo: true } }] });
  });
}

/**
 * Runs axe on `include` (a list of selectors, each as axe wants it: [selector]); returns a summary.
 * Fast path: no CSS preload (only css-orientation-lock needs it: checked with the page rules), no
 * selectors; when something is found the run is repeated with selectors to name the elements.
 * `pageRules`: instead, only the rules about the whole document, on the whole document.
 */
async function runAxe(page, include, { pageRules = false } = {}) {
  const fast = await axeOnce(page, include, pageRules, false);
  return fast.violations.length === 0 ? fast : axeOnce(page, include, pageRules, true);
}

function axeOnce(page, include, pageRules, named) {
  return page.evaluate(async ({ include, documentRules, pageRules, named }) => {
    // Incomplete results in full too (their elements, by reference, not by selector): the colour
    // contrast the rule could not decide is then measured from the pixels (contrastReview.mjs).
    const options = { resultTypes: ['violations', 'incomplete'], elementRef: true, preload: pageRules, selectors: named, ancestry: false, xpath: false, iframes: false };
    let context;
    if (pageRules) {
      context = document;
      options.runOnly = { type: 'rule', values: [...documentRules, 'css-orientation-lock'] };
    } else {
      context = { include: include.filter(([sel]) => document.querySelector(sel) !== null) };
      options.rules = Object.fromEntries([...documentRules, 'css-orientation-lock'].map((id) => [id, { enabled: false }]));
    }
    const result = await window.axe.run(context, options);
    const ruleOf = (list, id) => list.find((r) => r.id === id);
    window.__contrastIncomplete = (ruleOf(result.incomplete, 'color-contrast')?.nodes ?? [])
      .map((n) => ({ element: n.element, data: [...n.any, ...n.all, ...n.none].find((c) => c.id === 'color-contrast')?.data ?? {} }));
    return {
      violations: result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => ({ target: (n.target ?? []).join(' '), summary: (n.failureSummary ?? '').split('\n').slice(1, 3).join(' '), html: n.html.slice(0, 160) })),
      })),
      contrast: {
        passes: ruleOf(result.passes, 'color-contrast') ? 1 : 0,
        violations: ruleOf(result.violations, 'color-contrast')?.nodes.length ?? 0,
        incomplete: ruleOf(result.incomplete, 'color-contrast')?.nodes.length ?? 0,
      },
    };
  }, { include, documentRules: DOCUMENT_RULES, pageRules, named });
}

/** Every chart in `root`: its role and spoken name. */
function chartsIn(page, rootSelector) {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} svg.ui-chart`)].map((svg) => ({
    role: svg.getAttribute('role'),
    label: (svg.getAttribute('aria-label') ?? (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')).trim(),
    hidden: svg.closest('[aria-hidden="true"]') !== null,
    interactive: svg.querySelector('[tabindex="0"], a[href]') !== null,
    // A predict-first question not yet answered: the summary must not give the answer away.
    masked: svg.closest('.sim, .sim-explore')?.querySelector('.ui-predict:not(:has(.ui-predict-explanation))') != null,
    sim: svg.closest('[data-sim],[data-explore]')?.getAttribute('data-sim') ?? svg.closest('[data-explore]')?.getAttribute('data-explore') ?? '?',
  })), rootSelector);
}

const settle = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

async function openDeck(browser, base, lang, contextOptions = {}) {
  const opened = await openPage(browser, { width: 1280, height: 720 });
  if (Object.keys(contextOptions).length > 0) {
    await opened.context.close();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, ...contextOptions });
    const page = await context.newPage();
    const problems = { consoleErrors: [], pageErrors: [], offsiteRequests: [] };
    page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
    Object.assign(opened, { context, page, problems });
  }
  await gotoDeck(opened.page, `${base}?lang=${lang}#/title`);
  await opened.page.evaluate(() => window.__deck.configure({ transition: 'none' }));
  return opened;
}

/** Goes to slide (h, v) with every fragment hidden and waits until its simulators are ready. */
async function showSlide(page, h, v) {
  await page.evaluate(({ h, v }) => window.__deck.slide(h, v, -1), { h, v });
  await page.waitForFunction(() => {
    const slide = document.querySelector('.reveal .slides section.present:not(.stack)');
    return slide !== null && [...slide.querySelectorAll('.sim')].every((s) => s.getAttribute('data-sim-ready') === 'true');
  }, null, { timeout: 15000 });
  await settle(page);
}

async function openExploreView(page) {
  await page.keyboard.press('z');
  await page.waitForFunction(() => {
    const panel = document.querySelector('.sim-explore[role="dialog"]');
    return panel !== null && [...panel.querySelectorAll('.sim')].every((s) => s.getAttribute('data-sim-ready') === 'true');
  }, null, { timeout: 15000 });
  await settle(page);
}

async function closeExploreView(page) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('.sim-explore') === null, null, { timeout: 5000 });
}

function tally(into, violations) {
  for (const v of violations) into[v.impact ?? 'minor'] += v.nodes.length;
}

const NUMBER = /\d/;
const HAN = /\p{Script=Han}/u;

function chartProblems(charts, lang, where) {
  const out = [];
  for (const c of charts) {
    if (c.hidden) continue;
    // An image, or a group when the chart holds marks a keyboard user visits (an image has no parts).
    if (c.role !== 'img' && !(c.role === 'group' && c.interactive)) out.push(`${where} ${c.sim}: chart role is ${c.role}`);
    if (c.label.length < 12) out.push(`${where} ${c.sim}: chart name "${c.label}" is empty or generic`);
    else if (!NUMBER.test(c.label) && !c.masked) out.push(`${where} ${c.sim}: chart name has no number: "${c.label.slice(0, 80)}"`);
    else if (lang === 'zh' && !HAN.test(c.label)) out.push(`${where} ${c.sim}: chart name is not in Chinese: "${c.label.slice(0, 80)}"`);
    else if (lang === 'en' && HAN.test(c.label)) out.push(`${where} ${c.sim}: chart name is not in English: "${c.label.slice(0, 80)}"`);
  }
  return out;
}

function axeWalk(lang) {
  return {
    name: `a11y: axe-core on every slide (present slide + page chrome) and every explore view, no serious or critical violation; every chart has a spoken summary with numbers; colour contrast checked (${lang})`,
    async run({ browser, base }) {
      const { page, problems, context } = await openDeck(browser, base, lang);
      await injectAxe(page);
      const slides = await page.evaluate(() => window.__deck.getSlides().map((s) => ({ ...window.__deck.getIndices(s), sims: s.querySelectorAll('.sim').length, id: s.id })));
      const counts = { stage: Object.fromEntries(IMPACTS.map((k) => [k, 0])), explore: Object.fromEntries(IMPACTS.map((k) => [k, 0])) };
      const failing = [];
      const byRule = new Map();
      const chartIssues = [];
      let charts = 0;
      const contrast = { runs: 0, ran: 0, incompleteOnly: 0, nodesIncomplete: 0 };
      // The nodes the rule left incomplete, measured from the pixels (contrastReview.mjs).
      const review = { incomplete: 0, reviewed: 0, passed: 0, failed: [], unmeasurable: [], reasons: new Map(), all: [], timing: {} };
      const reviewContrast = async (view, where) => {
        const r = await reviewIncompleteContrast(page, { view, where, timing: review.timing });
        review.incomplete += r.incomplete;
        for (const x of r.results) {
          review.all.push(x);
          const reason = x.reason || '(none)';
          review.reasons.set(reason, (review.reasons.get(reason) ?? 0) + 1);
          if (x.status === 'unmeasurable') { review.unmeasurable.push(x); continue; }
          review.reviewed += 1;
          if (x.status === 'pass') review.passed += 1;
          else review.failed.push(x);
        }
      };
      let explored = 0;
      const samples = new Map();
      let masked = 0;
      const record = (view, where, res) => {
        tally(counts[view], res.violations);
        contrast.runs += 1;
        if (res.contrast.passes > 0 || res.contrast.violations > 0) contrast.ran += 1;
        else if (res.contrast.incomplete > 0) contrast.incompleteOnly += 1;
        contrast.nodesIncomplete += res.contrast.incomplete;
        for (const v of res.violations) {
          const key = `${v.impact} ${v.id} (${view})`;
          if (!byRule.has(key)) byRule.set(key, []);
          byRule.get(key).push(...v.nodes.map((n) => `${where}: ${n.target} — ${n.summary} ${n.html}`));
          if (FAIL_IMPACTS.has(v.impact)) failing.push(`${where} ${view}: ${v.impact} ${v.id} — ${v.help} — ${v.nodes.slice(0, 2).map((n) => n.target).join(', ')}`);
        }
      };
      // The document-wide rules (lang, title, landmarks, one h1 …) once, on the whole page.
      const pageRun = await runAxe(page, null, { pageRules: true });
      tally(counts.stage, pageRun.violations);
      for (const v of pageRun.violations) {
        byRule.set(`${v.impact} ${v.id} (page)`, v.nodes.map((n) => `page: ${n.target} — ${n.summary} ${n.html}`));
        if (FAIL_IMPACTS.has(v.impact)) failing.push(`page: ${v.impact} ${v.id} — ${v.help} — ${v.nodes.slice(0, 2).map((n) => n.target).join(', ')}`);
      }
      const time = { nav: 0, stage: 0, open: 0, explore: 0, close: 0, review: 0 };
      let t0 = Date.now();
      const lap = (k) => { const t = Date.now(); time[k] += t - t0; t0 = t; };
      for (const s of slides) {
        t0 = Date.now();
        await showSlide(page, s.h, s.v);
        lap('nav');
        const where = `${s.h}/${s.v} #${s.id}`;
        record('stage', where, await runAxe(page, [['.reveal .slides section.present:not(.stack)'], ...CHROME]));
        lap('stage');
        await reviewContrast('stage', where);
        lap('review');
        const stageCharts = await chartsIn(page, '.reveal .slides section.present:not(.stack)');
        for (const c of stageCharts) if (!c.hidden && !samples.has(c.sim) && samples.size < 5 && NUMBER.test(c.label)) samples.set(c.sim, c.label);
        masked += stageCharts.filter((c) => c.masked && !NUMBER.test(c.label)).length;
        charts += stageCharts.length;
        chartIssues.push(...chartProblems(stageCharts, lang, `${where} stage`));
        if (s.sims === 0) continue;
        lap('stage');
        await openExploreView(page);
        lap('open');
        explored += 1;
        record('explore', where, await runAxe(page, [['.sim-explore']]));
        lap('explore');
        await reviewContrast('explore', where);
        lap('review');
        const exploreCharts = await chartsIn(page, '.sim-explore');
        charts += exploreCharts.length;
        chartIssues.push(...chartProblems(exploreCharts, lang, `${where} explore`));
        await closeExploreView(page);
        lap('close');
      }
      if (process.env.A11Y_VERBOSE) console.log(`    time ${lang}: ${JSON.stringify(time)} (review: ${JSON.stringify(review.timing)})`);
      const line = (c) => `critical ${c.critical}, serious ${c.serious}, moderate ${c.moderate}, minor ${c.minor}`;
      console.log(`    axe ${lang}: ${slides.length} slides — stage: ${line(counts.stage)}; ${explored} explore views — ${line(counts.explore)}`);
      console.log(`    colour contrast ${lang}: rule decided on ${contrast.ran}/${contrast.runs} runs (${contrast.nodesIncomplete} nodes left incomplete); ${charts} charts checked`);
      const counted = (items, key) => [...items.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map())].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      console.log(`    colour contrast ${lang}, the incomplete nodes measured from the pixels: ${review.incomplete} nodes; ${review.reviewed} measured: ${review.passed} pass, ${review.failed.length} fail; ${review.unmeasurable.length} could not be measured${review.unmeasurable.length > 0 ? ` (${counted(review.unmeasurable, (u) => u.why.replace(/ (by|of) .*/, ' $1 …'))})` : ''}; axe's reasons: ${counted(review.all, (x) => x.reason || '(none)')}`);
      const measured = review.all.filter((x) => x.status !== 'unmeasurable');
      const closest = measured.sort((x, y) => x.ratio / x.required - y.ratio / y.required)[0];
      if (closest) console.log(`      lowest margin: ${describeContrast(closest)}`);
      for (const f of review.failed) console.log(`      FAIL ${describeContrast(f)}`);
      if (process.env.A11Y_VERBOSE) for (const x of review.all) console.log(`      ${x.status} ${describeContrast(x)}`);
      console.log(`    charts ${lang}: ${charts} checked; ${masked} summaries without numbers on stage, each behind an unanswered predict-first question`);
      for (const [sim, label] of samples) console.log(`    chart summary (${lang}) ${sim}: ${label.slice(0, 160)}`);
      if (process.env.A11Y_VERBOSE) {
        for (const [key, nodes] of byRule) console.log(`      ${key}: ${nodes.length}\n        ${[...new Set(nodes)].slice(0, 6).join('\n        ')}`);
      } else {
        for (const [key, nodes] of byRule) console.log(`      ${key}: ${nodes.length}`);
      }
      assert.equal(explored, slides.filter((s) => s.sims > 0).length);
      assert.deepEqual(failing, [], `serious or critical axe violations (${lang})`);
      assert.ok(contrast.ran >= contrast.runs * 0.9, `the color-contrast rule decided on only ${contrast.ran}/${contrast.runs} runs (the rest left everything incomplete)`);
      assert.deepEqual(chartIssues, [], `charts without a meaningful spoken summary (${lang})`);
      assert.deepEqual(review.failed.map(describeContrast), [], `text below its contrast ratio, measured from the pixels where axe could not decide (${lang})`);
      // The review must measure what axe left: not a check that quietly measures nothing.
      assert.ok(review.unmeasurable.length <= review.incomplete * 0.05, `${review.unmeasurable.length}/${review.incomplete} incomplete contrast nodes could not be measured (${lang})`);
      assertClean(problems, `a11y axe (${lang})`);
      await context.close();
    },
  };
}

// One simulator of each kind of control, each driven from the keyboard alone.
const KEYBOARD_SAMPLE = [
  { name: 'memory-budget', kind: 'slider' },
  { name: 'memory-reuse', kind: 'segmented' },
  { name: 'compute-strategies', kind: 'select' },
  { name: 'comm-methods', kind: 'toggle' },
  { name: 'case-studies', kind: 'step story' },
];

/** In the page: every element a Tab should reach in the present slide's simulator figure (and its caption). */
function tabStopsInPage(k) {
  const figure = document.querySelectorAll('.reveal .slides .sim')[k].closest('.sim-figure');
  const focusable = 'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]';
  const shown = (el) => { const r = el.getBoundingClientRect(); const cs = getComputedStyle(el); return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden'; };
  return [...figure.querySelectorAll(focusable)]
    .filter((el) => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert], [aria-hidden="true"]') && shown(el))
    .map((el) => { el.setAttribute('data-a11y-stop', ''); return el.outerHTML.slice(0, 90); });
}

/** Text of the simulator without the given control (what a change should update). */
const simText = (page, k) => page.evaluate((k) => document.querySelectorAll('.reveal .slides .sim')[k].innerText, k);

async function focusedInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    el.setAttribute('data-a11y-reached', '');
    return { inFigure: el.closest('section.present .sim-figure') !== null, tag: el.tagName, type: el.getAttribute('type'), role: el.getAttribute('role') };
  });
}

/** Presses Tab until focus is on an element matching `selector` inside the present figure; returns false after `max` presses. */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) && document.activeElement.closest('section.present .sim-figure') !== null, selector)) return true;
  }
  return false;
}

const KIND_CONTROL = {
  slider: 'input[type="range"]',
  segmented: '[role="radio"]',
  select: 'select',
  toggle: 'input[type="checkbox"], [role="switch"]',
  'step story': '.ui-stepper button:not([disabled])',
};

const keyboardTest = {
  name: 'a11y: keyboard only — from a fresh page Tab reaches every control of a simulator; arrows/Space/Enter change it and its readout; Z opens explore, Esc closes it, PageDown moves the deck (slider, segmented, select, toggle, step story)',
  async run({ browser, base }) {
    const failures = [];
    const opened = await openPage(browser, { width: 1280, height: 720 });
    const { page, problems, context } = opened;
    await gotoDeck(page, `${base}?lang=en#/title`);
    const placements = await page.evaluate(placementsInPage);
    const slideIds = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides .sim')].map((s) => s.closest('section').id));
    for (const sample of KEYBOARD_SAMPLE) {
      const p = placements.find((q) => q.name === sample.name);
      const where = `${sample.name} (${sample.kind})`;
      // A fresh page on the simulator's slide: nothing focused, nothing clicked.
      await page.goto(`${base}?lang=en&fresh=${sample.name}#/${slideIds[p.index]}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__deckReady === true, null, { timeout: 15000 });
      await page.waitForFunction((k) => document.querySelectorAll('.reveal .slides .sim')[k]?.getAttribute('data-sim-ready') === 'true', p.index, { timeout: 15000 });
      await settle(page);
      const stops = await page.evaluate(tabStopsInPage, p.index);
      // Tab through the page until focus has been through the figure and left it again.
      let entered = false;
      for (let i = 0; i < 120; i += 1) {
        await page.keyboard.press('Tab');
        const f = await focusedInfo(page);
        if (f?.inFigure) entered = true;
        else if (entered) break;
      }
      const missed = await page.evaluate(() => [...document.querySelectorAll('[data-a11y-stop]:not([data-a11y-reached])')].map((el) => el.outerHTML.slice(0, 90)));
      if (!entered) failures.push(`${where}: Tab never reached the simulator`);
      else if (missed.length > 0) failures.push(`${where}: Tab never reached ${missed.length}/${stops.length}: ${missed.slice(0, 3).join(' | ')}`);
      // Now change the control of this kind from the keyboard.
      if (!(await tabTo(page, KIND_CONTROL[sample.kind]))) { failures.push(`${where}: no ${sample.kind} control reached by Tab`); continue; }
      const before = await simText(page, p.index);
      const valueOf = () => page.evaluate(() => { const el = document.activeElement; return el.type === 'checkbox' ? String(el.checked) : el.getAttribute('role') === 'radio' ? document.activeElement.closest('[role="radiogroup"]')?.querySelector('[aria-checked="true"]')?.textContent : 'value' in el && el.tagName !== 'BUTTON' ? el.value : null; });
      const value = await valueOf();
      const key = { slider: 'ArrowRight', segmented: 'ArrowRight', select: 'ArrowDown', toggle: 'Space', 'step story': 'Enter' }[sample.kind];
      const indicesBefore = await page.evaluate(() => window.__deck.getIndices());
      await page.keyboard.press(key);
      const changed = await page.waitForFunction(({ k, before }) => document.querySelectorAll('.reveal .slides .sim')[k].innerText !== before, { k: p.index, before }, { timeout: 3000 }).then(() => true, () => false);
      if (!changed) failures.push(`${where}: ${key} on the ${sample.kind} changed nothing on the simulator`);
      if (sample.kind !== 'step story' && (await valueOf()) === value) failures.push(`${where}: ${key} did not change the ${sample.kind}'s value (${value})`);
      const indicesAfter = await page.evaluate(() => window.__deck.getIndices());
      if (indicesAfter.h !== indicesBefore.h || indicesAfter.v !== indicesBefore.v) failures.push(`${where}: ${key} on a control moved the deck`);
      // Z opens explore (from the control), Esc closes it.
      await page.keyboard.press('z');
      const opened = await page.waitForSelector('.sim-explore[role="dialog"]', { timeout: 3000 }).then(() => true, () => false);
      if (!opened) { failures.push(`${where}: Z with focus on the ${sample.kind} did not open explore`); continue; }
      const focusInPanel = await page.evaluate(() => document.querySelector('.sim-explore')?.contains(document.activeElement));
      if (!focusInPanel) failures.push(`${where}: focus is not in the explore panel when it opens`);
      // Tab stays in the modal panel.
      await page.keyboard.press('Tab');
      if (!(await page.evaluate(() => document.querySelector('.sim-explore')?.contains(document.activeElement)))) failures.push(`${where}: Tab left the explore dialog`);
      await page.keyboard.press('Escape');
      const closed = await page.waitForFunction(() => document.querySelector('.sim-explore') === null, null, { timeout: 3000 }).then(() => true, () => false);
      if (!closed) { failures.push(`${where}: Esc did not close explore`); continue; }
      // The clicker's key moves the deck.
      const at = await page.evaluate(() => window.__deck.getIndices());
      await page.keyboard.press('PageDown');
      const moved = await page.waitForFunction((b) => { const a = window.__deck.getIndices(); return a.h !== b.h || a.v !== b.v || (a.f ?? -1) !== (b.f ?? -1); }, at, { timeout: 3000 }).then(() => true, () => false);
      if (!moved) failures.push(`${where}: PageDown after explore did not move the deck`);
    }
    for (const f of failures) console.log(`    ${f}`);
    assert.deepEqual(failures, [], 'keyboard-only use of the simulators');
    assertClean(problems, 'a11y keyboard');
    await context.close();
  },
};

/** In the page: every element (of `root`) whose computed transition or animation lasts longer than 0.01 s. */
function movingInPage(root) {
  const seconds = (list) => Math.max(0, ...list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)) || 0));
  const out = [];
  const scope = document.querySelector(root);
  if (!scope) return [`${root} missing`];
  for (const el of [scope, ...scope.querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      const t = cs.transitionProperty !== 'none' ? seconds(cs.transitionDuration) : 0;
      const a = cs.animationName !== 'none' ? seconds(cs.animationDuration) * (cs.animationIterationCount === 'infinite' ? Infinity : 1) : 0;
      if (t > 0.01 || a > 0.01) out.push(`${el.tagName.toLowerCase()}.${String(el.className?.baseVal ?? el.className).split(' ')[0]}${pseudo ?? ''} transition ${cs.transitionDuration} animation ${cs.animationName} ${cs.animationDuration}`);
    }
  }
  return out;
}

const reducedMotionTest = {
  name: 'a11y: prefers-reduced-motion — no slide transition (and it follows the setting), no CSS transition or animation anywhere, the ring all-reduce player does not animate',
  async run({ browser, base }) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = { consoleErrors: [], pageErrors: [], offsiteRequests: [] };
    page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
    await gotoDeck(page, `${base}?lang=zh#/title`);
    const motion = () => page.evaluate(() => { const c = window.__deck.getConfig(); return `${c.transition}/${c.backgroundTransition}`; });
    assert.equal(await motion(), 'none/none', 'reveal.js has no slide transition under reduced motion');
    const moving = [];
    const placements = await page.evaluate(placementsInPage);
    const slides = await page.evaluate(() => window.__deck.getSlides().map((s) => ({ ...window.__deck.getIndices(s), id: s.id })));
    // The title, a slide of text with fragments, and simulators of several kinds (stage and explore).
    const names = ['allreduce', 'memory-budget', 'kv-paging', 'comm-methods'];
    const visits = [slides[0], slides.find((s) => s.id === 'contents') ?? slides[1], ...names.map((n) => placements.find((q) => q.name === n))];
    for (const v of visits) {
      await showSlide(page, v.h, v.v);
      // Fragments shown too (their transitions would run now).
      await page.evaluate(() => { while (window.__deck.availableFragments().next) window.__deck.nextFragment(); });
      moving.push(...(await page.evaluate(movingInPage, 'body')).map((m) => `${v.id ?? v.name}: ${m}`));
      if (!v.name) continue;
      await openExploreView(page);
      moving.push(...(await page.evaluate(movingInPage, '.sim-explore')).map((m) => `${v.name} explore: ${m}`));
      if (v.name === 'allreduce') {
        // The ring player (the chart's third view): step it and play it; nothing slides between steps.
        await page.locator('.sim-explore [role="radio"]', { hasText: /环形逐步|Ring steps/ }).first().click();
        await page.waitForSelector('.sim-explore .allreduce-ring-buttons', { timeout: 5000 }).catch(() => {});
        // A step button that can move (the clicker walk above may have left the ring at its last step).
        const step = page.locator('.sim-explore .allreduce-ring-buttons button:not([aria-pressed]):not([disabled])').first();
        if ((await step.count()) === 0) moving.push('allreduce explore: no ring player found');
        else {
          await step.click();
          await page.locator('.sim-explore .allreduce-ring-buttons button[aria-pressed]').click();
          const inline = await page.evaluate(() => [...document.querySelectorAll('.sim-explore svg.ui-chart *')].filter((el) => el.style?.transition).length);
          if (inline > 0) moving.push(`allreduce ring player: ${inline} elements carry a transition`);
          moving.push(...(await page.evaluate(movingInPage, '.sim-explore')).map((m) => `allreduce ring playing: ${m}`));
          await page.locator('.sim-explore .allreduce-ring-buttons button[aria-pressed]').click();
        }
      }
      await closeExploreView(page);
    }
    for (const m of moving.slice(0, 20)) console.log(`    ${m}`);
    assert.deepEqual(moving, [], 'elements that still move under reduced motion');
    // The app follows a change of the setting while it runs.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.waitForFunction(() => window.__deck.getConfig().transition !== 'none', null, { timeout: 3000 });
    assert.equal(await motion(), 'slide/fade', 'with motion allowed again the slide transition is back');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForFunction(() => window.__deck.getConfig().transition === 'none', null, { timeout: 3000 });
    assertClean(problems, 'a11y reduced motion');
    await context.close();
  },
};

// The walk above sees each slide as the room first sees it. Words also fade in states a click or a
// hover makes: a graph pass's removed nodes, the technique map's other families, the bars not hovered.
const fadedStatesTest = {
  name: 'a11y: colour contrast in the faded states a click or hover makes (removed graph nodes, dimmed technique families, bars not hovered)',
  async run({ browser, base }) {
    const { page, problems, context } = await openDeck(browser, base, 'en');
    await injectAxe(page);
    const placements = await page.evaluate(placementsInPage);
    const present = '.reveal .slides section.present:not(.stack)';
    const failures = [];
    const report = [];
    const check = async (what, faded) => {
      const n = await page.evaluate(faded);
      assert.ok(n > 0, `${what}: the faded state is on screen`);
      const res = await runAxe(page, [[present]]);
      for (const v of res.violations.filter((x) => x.id === 'color-contrast')) failures.push(`${what}: axe ${v.impact} color-contrast — ${v.nodes.slice(0, 3).map((x) => x.target).join(', ')}`);
      const r = await reviewIncompleteContrast(page, { view: 'stage', where: what });
      const measured = r.results.filter((x) => x.status !== 'unmeasurable');
      for (const f of measured.filter((x) => x.status === 'fail')) failures.push(`FAIL ${describeContrast(f)}`);
      report.push(`${what}: ${n} faded, ${measured.length} measured`);
    };
    // 图6: the clicker walks the passes; the last one leaves nodes removed (struck through, faded).
    const graph = placements.find((q) => q.name === 'graph-optimizer');
    await showPlacement(page, graph);
    for (let i = 0; i < 12 && (await page.evaluate(() => window.__deck.availableFragments().next)); i++) {
      await page.keyboard.press('PageDown');
      await settle(page);
    }
    await check('graph-optimizer after every pass', () => document.querySelectorAll('section.present [data-removed="true"]').length);
    // The technique map with one family highlighted: the others dimmed.
    const map = placements.find((q) => q.name === 'technique-map');
    await showPlacement(page, map);
    await page.locator(`${present} .sim [role="radio"]`, { hasText: /Memory/ }).first().click();
    await settle(page);
    await check('technique-map, memory highlighted', () => document.querySelectorAll('section.present .tm-dimmed').length);
    // 图2, its answer opened by the clicker (the bars are masked until then): the pointer on one memory segment; the others fade.
    const budget = placements.find((q) => q.name === 'memory-budget');
    await showPlacement(page, budget);
    await page.keyboard.press('PageDown');
    await page.waitForSelector(`${present} .ui-predict-explanation`);
    const box = await page.locator(`${present} svg.ui-chart rect[stroke="var(--ui-bg, #fff)"]`).first().boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await settle(page);
    await check('memory-budget, one segment hovered', () => [...document.querySelectorAll('section.present svg.ui-chart g[opacity="0.35"]')].length);
    await page.mouse.move(0, 0);
    console.log(`    ${report.join('; ')}`);
    assert.deepEqual(failures, [], 'text below its contrast minimum in a faded state');
    assertClean(problems, 'faded states');
    await context.close();
  },
};

export const a11yTests = [axeWalk('zh'), axeWalk('en'), keyboardTest, reducedMotionTest, fadedStatesTest];
