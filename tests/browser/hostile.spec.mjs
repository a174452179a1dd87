// Hostile input in the browser (issue #12 item 7, issue #11 "Bad input"):
// 1,000 generated share links (query, hash and share-state strings) and 200
// pasted configs against the built site, seeded (tests/browser/hostileInputs.mjs).
// After each: no page error, nothing injected, Object.prototype unchanged, at
// most one notice and in the page's language, the deck still navigates, no
// NaN/Infinity/undefined on the present slide. One page serves every hash
// case (location.hash in place); a query is read at start-up, so those cases
// reload. Prints the counts for the README.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';
import { hostileConfigs, hostileUrls, PWNED } from './hostileInputs.mjs';

const SEED = Number(process.env.HOSTILE_SEED ?? 17);
const URLS = Number(process.env.HOSTILE_URLS ?? 1000);
const RELOADS = Number(process.env.HOSTILE_RELOADS ?? 16);
const CONFIGS = Number(process.env.HOSTILE_CONFIGS ?? 200);

/** Installed before the page's own scripts: a watch on what the page adds, and one check that runs in the page. */
function installProbe(pwned) {
  const protoNames = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  const cjk = /[\u3400-\u9fff]/;
  const present = () => document.querySelector('.reveal section.present:not(.stack)') ?? document.querySelector('.reveal section.present');
  const found = [];
  const origin = location.origin;
  /** What makes an element injected: a script, frame or plugin, an on* handler, a javascript:/data:text/html address, an image from elsewhere. */
  const inspect = (el) => {
    // The parser's own (index.html's) scripts come while the document is loading; any later one was added.
    if (/^(script|iframe|frame|object|embed)$/.test(el.localName) && document.readyState !== 'loading') found.push(`<${el.localName}> added`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}> in the page`);
      else if (/^(href|src|action|formaction|xlink:href)$/.test(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)) found.push(`<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`);
    }
    if (el.localName === 'img') {
      const src = el.getAttribute('src') ?? '';
      let local;
      try { local = src !== 'x' && (src.startsWith('data:image/') || new URL(src, location.href).origin === origin); } catch { local = false; }
      if (!local) found.push(`<img src="${src.slice(0, 40)}"> injected`);
    }
  };
  const scan = (root) => {
    if (root.nodeType !== 1) return;
    inspect(root);
    for (const el of root.querySelectorAll('*')) inspect(el);
  };
  // Every element the page adds or changes is inspected as it happens (cheaper than scanning the page after each case).
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') inspect(r.target);
      else for (const n of r.addedNodes) scan(n);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  // A task boundary without setTimeout's nesting clamp (React and reveal.js finish their work before it).
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const nextTask = () => new Promise((ok) => { waiting.push(ok); channel.port2.postMessage(0); });
  const errors = [];
  window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
  window.__h17 = {
    /**
     * Puts `address` (a query, not re-read: the page reads its query at start-up) and `hash` in the
     * address with history.replaceState and tells the page as the browser would (a hashchange
     * event), without waiting the ~40 ms the browser takes to queue its own; then lets React settle.
     */
    async go(address, hash) {
      const before = location.href;
      history.replaceState(history.state, '', (address || location.pathname + location.search) + (hash.startsWith('#') ? hash : `#${hash}`));
      window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: before, newURL: location.href }));
      await nextTask();
    },
    /** Problems in the page now, as strings (empty when all is well). `full` also scans every element. */
    check({ where = 'present', navigate = true, full = false } = {}) {
      if (full) for (const el of document.querySelectorAll('body *')) inspect(el);
      const problems = [...found.splice(0), ...errors.splice(0)];
      if (window[pwned] !== undefined) problems.push('a script-like payload ran');
      const proto = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
      if (({}).polluted !== undefined || Object.keys(Object.prototype).length !== 0 || proto !== protoNames || Object.getPrototypeOf({}) !== Object.prototype) {
        problems.push(`Object.prototype changed: ${Object.keys(Object.prototype).join(',')}`);
      }
      const notices = [...document.querySelectorAll('[data-notice]')].map((n) => n.textContent ?? '');
      if (notices.length > 1) problems.push(`${notices.length} notices: ${notices.join(' | ')}`);
      const zh = document.documentElement.lang.startsWith('zh');
      for (const n of notices) if (cjk.test(n) !== zh) problems.push(`notice not in the page language (${document.documentElement.lang}): ${n.slice(0, 80)}`);
      const slide = where === 'explore' ? document.querySelector('.sim-explore') : present();
      let text = '';
      if (slide) {
        // What the page prints: text nodes, not what a reader typed (textarea) or code.
        const walk = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('textarea, script, style, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
        for (let n = walk.nextNode(); n; n = walk.nextNode()) text += `${n.data} `;
      }
      const bad = /(?<![A-Za-z])(NaN|Infinity|undefined)(?![A-Za-z])/.exec(text);
      if (bad) problems.push(`"${bad[0]}" printed: …${text.slice(Math.max(0, bad.index - 60), bad.index + 20).replace(/\s+/g, ' ')}…`);
      if (navigate) {
        const deck = window.__deck;
        if (!deck) problems.push('no deck');
        else {
          // One step and back in the same task: reveal.js moves (and says so) but the page renders only where it ends.
          const before = JSON.stringify(deck.getIndices());
          const back = deck.isLastSlide() && deck.availableFragments().next === false;
          if (back) deck.prev();
          else deck.next();
          const moved = JSON.stringify(deck.getIndices()) !== before;
          if (back) deck.next();
          else deck.prev();
          if (!moved) problems.push(`the deck does not move from ${before}`);
          else if (JSON.stringify(deck.getIndices()) !== before) problems.push(`the deck does not come back to ${before}`);
        }
      }
      return { problems, notices: notices.length };
    },
    /** Many hash cases in one call (no round trip per case); stops at the first case with a problem. */
    async hashCases(cases) {
      const results = [];
      for (const c of cases) {
        await this.go(c.address, c.hash);
        const r = this.check({ full: c.full });
        results.push({ id: c.id, ...r });
        if (r.problems.length > 0) break;
        // Back to the title (no simulator near it) after a link that moved the deck: the next case starts light.
        const at = window.__deck.getIndices();
        if (at.h !== 0 || at.v !== 0) {
          window.__deck.slide(0, 0);
          await nextTask();
        }
      }
      return results;
    },
  };
}

function fail(where, problems, pageProblems) {
  const all = [...problems, ...pageProblems.pageErrors.map((e) => `page error: ${e}`), ...pageProblems.consoleErrors.map((e) => `console error: ${e}`)];
  if (all.length > 0) assert.fail(`${where}\n      ${all.slice(0, 6).join('\n      ')}`);
}

const show = (s, n = 90) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);

async function setUp(browser, base, lang, hash = '#/title') {
  const opened = await openPage(browser);
  await opened.page.addInitScript(installProbe, PWNED);
  await gotoDeck(opened.page, `${base}?lang=${lang}${hash}`);
  await opened.page.evaluate(() => window.__deck.configure({ transition: 'none', backgroundTransition: 'none' }));
  return opened;
}

/** Hash cases on one page per language: location.hash in place, the check in the page. */
async function hashCases(browser, base, cases, lang, tally) {
  const { page, problems, context } = await setUp(browser, base, lang);
  const mine = cases.filter((c) => c.lang === lang);
  const BATCH = 50;
  for (let i = 0; i < mine.length; i += BATCH) {
    const slice = mine.slice(i, i + BATCH);
    // Each batch's last case also scans every element (the watch sees additions as they happen).
    const batch = slice.map((c) => ({ id: c.id, address: c.address, hash: c.hash, full: c === slice.at(-1) }));
    const results = await page.evaluate((cs) => window.__h17.hashCases(cs), batch);
    for (const result of results) {
      const c = mine.find((x) => x.id === result.id);
      tally.notices += result.notices;
      fail(`url #${c.id} (${lang}) ${show(c.address + c.hash)}`, result.problems, problems);
      tally.urls += 1;
    }
    fail(`urls #${batch[0].id}…#${batch.at(-1).id} (${lang})`, [], problems);
  }
  assertClean(problems, `hash cases (${lang})`);
  await context.close();
}

/** Query cases: read once at start-up, so each reloads (one page, reused). */
async function queryCases(browser, base, cases, tally) {
  const { page, problems, context } = await setUp(browser, base, 'en');
  for (const c of cases) {
    await page.goto(`${base}${c.search}${c.hash}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__deckReady === true, null, { polling: 25, timeout: 15000 });
    await page.evaluate(() => window.__deck.configure({ transition: 'none', backgroundTransition: 'none' }));
    // A link to a simulator's slide: wait for the simulator (it applies the link's state when it is made).
    await page.waitForFunction(() => {
      const s = document.querySelector('.reveal section.present:not(.stack)');
      return !s || !s.querySelector('.sim') || s.querySelector('.sim[data-sim-ready="true"]') !== null;
    }, null, { polling: 25, timeout: 5000 }).catch(() => {});
    const result = await page.evaluate(() => window.__h17.check({ full: true }));
    tally.notices += result.notices;
    tally.queryNotices += result.notices;
    fail(`url #${c.id} (reload) ${show(c.search + c.hash, 160)}`, result.problems, problems);
    tally.urls += 1;
    tally.reloads += 1;
  }
  assertClean(problems, 'query cases');
  await context.close();
}

async function openPaste(page) {
  await page.evaluate(() => window.__deck.slide(...Object.values(window.__h17.budget)));
  await page.waitForSelector('.reveal section.present:not(.stack) .sim[data-sim="memory-budget"][data-sim-ready="true"]');
  if (await page.locator('.sim-explore').count() === 0) await page.keyboard.press('z');
  await page.locator('.sim-explore').waitFor();
  const details = page.locator('.sim-explore details:has(textarea)');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

/** Pasted configs into memory-budget's paste-a-config box, in explore. */
async function configCases(browser, base, configs, lang, tally) {
  const { page, problems, context } = await setUp(browser, base, lang, '#/memory-basics/budget');
  await page.evaluate(() => { window.__h17.budget = window.__deck.getIndices(); delete window.__h17.budget.f; });
  await openPaste(page);
  for (const c of configs) {
    const result = await page.evaluate(async (text) => {
      const box = document.querySelector('.sim-explore details textarea');
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
      setter.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((ok) => setTimeout(ok, 0));
      box.closest('.ui-paste').querySelector('button').click();
      await new Promise((ok) => setTimeout(ok, 0));
      await new Promise((ok) => setTimeout(ok, 0));
      const status = box.closest('.ui-paste').querySelector('.ui-field-message')?.textContent ?? '';
      const out = window.__h17.check({ where: 'explore', navigate: false });
      const zh = document.documentElement.lang.startsWith('zh');
      if (status.trim() === '') out.problems.push('no message after Apply');
      else if (status.startsWith('✕') && zh && !/[\u3400-\u9fff]/.test(status)) out.problems.push(`message not in Chinese: ${status.slice(0, 80)}`);
      else if (status.startsWith('✕') && !zh && /^✕\s*[\u3400-\u9fff]/.test(status)) out.problems.push(`message not in English: ${status.slice(0, 80)}`);
      out.applied = status.startsWith('✓');
      return out;
    }, c.text);
    tally.configs += 1;
    if (result.applied) tally.applied += 1;
    tally.notices += result.notices;
    fail(`config #${c.id} (${lang}, ${c.label}) ${show(c.text)}`, result.problems, problems);
    // The deck still moves: close explore, next/prev, open it again (every 10th case and the last, to stay fast).
    if (c.id % 10 === 9 || c === configs.at(-1)) {
      await page.keyboard.press('Escape');
      await page.locator('.sim-explore').waitFor({ state: 'detached' });
      const nav = await page.evaluate(() => window.__h17.check());
      fail(`after config #${c.id} (${lang}): the deck`, nav.problems, problems);
      await page.evaluate(() => window.__h17.check());
      await openPaste(page);
    }
  }
  assertClean(problems, `config cases (${lang})`);
  await context.close();
}

export const hostileTests = [
  {
    name: `hostile input: ${URLS} generated share links and ${CONFIGS} pasted configs (seed ${SEED}) crash nothing, inject nothing, leave Object.prototype alone, show at most one notice in the page language, and the deck still moves`,
    async run({ browser, base }) {
      const t0 = Date.now();
      const urls = hostileUrls(URLS, SEED, RELOADS);
      const configs = hostileConfigs(CONFIGS, SEED + 1000);
      const tally = { urls: 0, reloads: 0, configs: 0, applied: 0, notices: 0, queryNotices: 0 };
      await queryCases(browser, base, urls.filter((c) => c.kind === 'query'), tally);
      const tQuery = Date.now();
      const hashOnly = urls.filter((c) => c.kind === 'hash');
      for (const lang of ['zh', 'en']) await hashCases(browser, base, hashOnly, lang, tally);
      const tHash = Date.now();
      const half = Math.ceil(configs.length / 2);
      await configCases(browser, base, configs.slice(0, half), 'zh', tally);
      await configCases(browser, base, configs.slice(half), 'en', tally);
      const tEnd = Date.now();
      const s = (ms) => (ms / 1000).toFixed(1);
      console.log(`    hostile: ${tally.urls} URLs (${tally.urls - tally.reloads} in place by hash, ${tally.reloads} reloaded for their query) in ${s(tHash - t0)} s (reloads ${s(tQuery - t0)} s); `
        + `${tally.configs} pasted configs (${tally.applied} accepted, ${tally.configs - tally.applied} rejected with a message) in ${s(tEnd - tHash)} s; `
        + `notices shown: ${tally.notices} (${tally.queryNotices} from reloaded links); total ${s(tEnd - t0)} s`);
      assert.equal(tally.urls, URLS);
      assert.equal(tally.configs, CONFIGS);
    },
  },
];
