// The built page carries a strict Content-Security-Policy (build/cspPlugin.ts):
// only its own origin, no inline script, no eval. The whole lecture must run
// under it: every slide and its simulators, explore, the PNG export, search,
// the speaker view, reading mode and the PDF layout — with zero violations.
import { assert, assertClean } from './assert.mjs';
import { openPage, gotoDeck } from './harness.mjs';
import { placementsInPage, showPlacement } from './stageFit.mjs';

/** The directives the policy must carry, exactly. */
const REQUIRED = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

function parsePolicy(text) {
  const out = {};
  for (const part of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    out[name.toLowerCase()] = values;
  }
  return out;
}

/** Records every CSP violation in every document of the context (pages, popups, frames). */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
}

/** A context whose every page records violations and CSP console messages (the popup's too). */
async function openCspPage(browser, size) {
  const opened = await openPage(browser, size);
  const consoleCsp = [];
  const watch = (p) => p.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) consoleCsp.push(`${p.url()}: ${msg.text()}`);
  });
  watch(opened.page);
  opened.context.on('page', watch);
  await opened.context.addInitScript(recordViolations);
  return { ...opened, consoleCsp };
}

async function violations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
  return all;
}

async function assertNoViolations(page, consoleCsp, where) {
  assert.deepEqual(await violations(page), [], `${where}: securitypolicyviolation events`);
  assert.deepEqual(consoleCsp, [], `${where}: CSP messages in the console`);
}

/** Goes to every slide and waits for the simulators on it to be ready. */
async function walkDeck(page) {
  const slides = await page.evaluate(() => window.__deck.getSlides().map((s) => window.__deck.getIndices(s)));
  assert.ok(slides.length > 20, `the deck has ${slides.length} slides`);
  for (const { h, v } of slides) {
    await page.evaluate(({ h, v }) => window.__deck.slide(h, v ?? 0), { h, v });
    await page.waitForFunction(() => {
      const sims = document.querySelectorAll('section.present:not(.stack) .sim');
      return document.querySelectorAll('section.present:not(.stack) .sim[data-sim-ready="true"]').length === sims.length;
    }, null, { timeout: 15000 }).catch((err) => {
      throw new Error(`slide ${h}/${v}: a simulator never became ready under the policy\n${err.message}`);
    });
  }
  return slides.length;
}

export const cspTests = [
  {
    name: 'csp: the built page has a strict policy (own origin, no inline script, no eval) and no inline script or handler',
    async run({ browser, base }) {
      const { page, problems, context } = await openPage(browser);
      const html = await (await page.request.get(base)).text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html);
      assert.ok(meta, 'index.html carries a CSP meta');
      assert.ok(html.indexOf(meta[0]) < html.search(/<script|<link rel="stylesheet"/i), 'the policy comes before every script and style');
      const policy = parsePolicy(meta[1]);
      for (const [name, values] of Object.entries(REQUIRED)) assert.deepEqual(policy[name], values, `${name}: ${policy[name]?.join(' ')}`);
      const script = policy['script-src'] ?? policy['default-src'];
      assert.equal(script[0], "'self'");
      assert.ok(script.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), `script-src is 'self' plus hashes only: ${script.join(' ')}`);
      for (const values of Object.values(policy)) {
        assert.ok(!values.includes("'unsafe-eval'"), 'no unsafe-eval');
        assert.ok(!values.includes("'strict-dynamic'") && !values.includes('*') && !values.some((v) => /^https?:/.test(v)), `own origin only: ${values.join(' ')}`);
      }
      assert.ok(!script.includes("'unsafe-inline'"), 'no unsafe-inline script');
      // Nothing inline in the page itself: every script has a src, no on* handler, no javascript: URL.
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1]) || m[2].trim() !== '');
      assert.deepEqual(inline.map((m) => m[0].slice(0, 80)), [], 'no inline script in index.html');
      assert.deepEqual(html.match(/\son[a-z]+\s*=/gi) ?? [], [], 'no inline event handler in index.html');
      assert.doesNotMatch(html, /javascript:/i);
      // The browser applies it: the policy's meta is in the live document.
      await gotoDeck(page, `${base}?lang=zh#/title`);
      const live = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
      assert.equal(live, meta[1]);
      // The language's slides are pre-loaded (by the module, not inline): one modulepreload for zh.
      const preload = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')).filter((h) => /\/(zh|en)-[^/]+\.js$/.test(h)));
      assert.equal(preload.length, 1, `one language pre-load: ${preload}`);
      assert.match(preload[0], /\/zh-/);
      assertClean(problems, 'csp meta');
      await context.close();
    },
  },
  ...['zh', 'en'].map((lang) => ({
    name: `csp: every slide, explore, PNG export, search and the speaker view run with zero violations (${lang})`,
    async run({ browser, base }) {
      const { page, problems, context, consoleCsp } = await openCspPage(browser);
      await gotoDeck(page, `${base}?lang=${lang}#/title`);
      const preload = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')).filter((h) => /\/(zh|en)-[^/]+\.js$/.test(h)));
      assert.ok(preload.length === 1 && preload[0].includes(`/${lang}-`), `the ${lang} slides are pre-loaded: ${preload}`);
      await page.evaluate(() => window.__deck.configure({ transition: 'none' }));
      const count = await walkDeck(page);
      await assertNoViolations(page, consoleCsp, `walk of ${count} slides`);

      // Explore and a PNG export (blob: and data: images).
      const placements = await page.evaluate(placementsInPage);
      await showPlacement(page, placements.find((p) => p.name === 'memory-budget'));
      await page.keyboard.press('z');
      const panel = page.locator('.sim-explore');
      await panel.waitFor();
      await panel.locator('[data-action="sim-export"]').click();
      const [file] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-export="png"]').first().click()]);
      assert.match(file.suggestedFilename(), /\.png$/);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await assertNoViolations(page, consoleCsp, 'explore and PNG export');

      // Search.
      await page.keyboard.press('/');
      const input = page.locator('[data-overlay="search"] input[type="search"]');
      await input.waitFor();
      await input.fill('KV');
      await page.locator('[data-search-hit]').first().waitFor();
      await page.keyboard.press('Escape');
      await assertNoViolations(page, consoleCsp, 'search');

      // The speaker view: an about:blank popup that inherits the policy; its inline script is allowed by hash
      // (it builds the slide previews: they exist only if it ran).
      const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      const end = Date.now() + 15000;
      for (;;) {
        const ok = await popup.evaluate(() => document.querySelector('#current-slide iframe') !== null && document.querySelector('#upcoming-slide iframe') !== null).catch(() => false);
        if (ok) break;
        if (Date.now() > end) throw new Error(`speaker view: its script did not build the previews (blocked?) ${consoleCsp.join('\n')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      // Its previews load the deck (own origin, under the same policy).
      await popup.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.querySelector('.reveal .slides section')), null, { timeout: 15000 });
      const popupViolations = await violations(popup);
      await popup.close();
      assert.deepEqual(popupViolations, [], 'speaker view: securitypolicyviolation events');
      await assertNoViolations(page, consoleCsp, 'speaker view');
      assertClean(problems, `csp walk (${lang})`);
      await context.close();
    },
  })),
  {
    name: 'csp: reading mode (?read) and the PDF layout (?print-pdf) run with zero violations',
    async run({ browser, base }) {
      const { page, problems, context, consoleCsp } = await openCspPage(browser, { width: 390, height: 844 });
      await page.goto(`${base}?read&lang=zh`);
      await page.waitForSelector('.read-slide');
      // Mount every simulator: scroll each into view and wait for it.
      const sims = await page.locator('.read .sim').count();
      assert.ok(sims >= 28, `reading mode shows every simulator (${sims})`);
      for (let i = 0; i < sims; i += 1) {
        await page.locator('.read .sim').nth(i).scrollIntoViewIfNeeded();
        await page.waitForFunction((k) => document.querySelectorAll('.read .sim')[k]?.getAttribute('data-sim-ready') === 'true', i, { timeout: 15000 });
      }
      await assertNoViolations(page, consoleCsp, 'reading mode');
      assertClean(problems, 'csp reading mode');
      await context.close();

      const pdf = await openCspPage(browser, { width: 1600, height: 900 });
      await gotoDeck(pdf.page, `${base}?print-pdf`);
      await pdf.page.waitForFunction(() => document.querySelectorAll('.pdf-page').length > 0, null, { timeout: 15000 });
      await pdf.page.waitForFunction(() => [...document.querySelectorAll('.sim')].every((s) => s.getAttribute('data-sim-ready') === 'true'), null, { timeout: 30000 });
      await assertNoViolations(pdf.page, pdf.consoleCsp, 'print-pdf');
      assertClean(pdf.problems, 'csp print-pdf');
      await pdf.context.close();
    },
  },
];
