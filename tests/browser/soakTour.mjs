// Long sessions (issue #12 item 6): one "tour" of the deck and the counters
// read after it, shared by bench/soak.mjs (20 tours) and soak.spec.mjs (3).
//
// A tour starts on the title slide and presses the clicker's PageDown through
// every slide and every fragment to the end of the deck; on each slide with a
// simulator it changes a stage control, opens explore (Z), changes a control
// there, presses Reset there and closes it (Escape); then it goes back to the
// title. The page side of the tour (soakDriver.mjs) finds the controls and
// waits for the deck; from Node go only real input (CDP key presses and mouse
// clicks) and one small evaluate per step. After each tour `measure` forces
// garbage collection and reads the JS heap, live event listeners, timers,
// pending animation frames, observers, DOM nodes and reveal.js instances.

import { soakDriver } from './soakDriver.mjs';

/**
 * Installed with page.addInitScript before any page script runs: wraps
 * addEventListener/removeEventListener, the timer and animation-frame
 * functions and the three observers, and keeps what is live.
 * Targets and observers are held weakly (WeakRef and WeakMap), so the
 * bookkeeping never keeps a node or closure alive that the page dropped;
 * counts are taken after a forced GC.
 */
export function soakInstrument({ trace = false } = {}) {
  if (window.__soak) return;
  const site = () => {
    if (!trace) return '';
    const lines = String(new Error().stack).split('\n').slice(3, 7).map((l) => l.trim().replace(/^at /, '').replace(/https?:\/\/[^/]+/, ''));
    return lines.join(' < ');
  };

  // --- event listeners ------------------------------------------------------
  const ET = EventTarget.prototype;
  const origAdd = ET.addEventListener;
  const origRemove = ET.removeEventListener;
  /** target -> Map<key, record>; key = type|capture and the listener (a per-target array per key). */
  const byTarget = new WeakMap();
  const targets = new Set(); // WeakRef(target), pruned on snapshot
  const captureOf = (o) => (typeof o === 'boolean' ? o : Boolean(o && o.capture));
  const recordsOf = (target, create) => {
    let m = byTarget.get(target);
    if (!m && create) {
      m = new Map();
      byTarget.set(target, m);
      targets.add(new WeakRef(target));
    }
    return m;
  };
  const find = (list, listener) => list?.findIndex((r) => r.listener === listener) ?? -1;
  const drop = (target, type, listener, capture) => {
    const m = recordsOf(target, false);
    const key = `${type}|${capture}`;
    const list = m?.get(key);
    const i = find(list, listener);
    if (i < 0) return null;
    const [r] = list.splice(i, 1);
    if (list.length === 0) m.delete(key);
    return r;
  };
  ET.addEventListener = function addEventListener(type, listener, options) {
    origAdd.call(this, type, listener, options);
    if (listener == null) return;
    const target = this ?? window;
    const capture = captureOf(options);
    const signal = typeof options === 'object' && options ? options.signal : undefined;
    if (signal?.aborted) return;
    const m = recordsOf(target, true);
    const key = `${type}|${capture}`;
    const list = m.get(key) ?? [];
    if (find(list, listener) >= 0) return; // a duplicate registration is a no-op
    const r = { listener, site: site() };
    list.push(r);
    m.set(key, list);
    if (typeof options === 'object' && options?.once) {
      // The browser drops a once-listener when it fires: so do we.
      r.onceHook = () => drop(target, type, listener, capture);
      origAdd.call(target, type, r.onceHook, { once: true, capture });
    }
    if (signal) {
      r.abortHook = () => drop(target, type, listener, capture);
      origAdd.call(signal, 'abort', r.abortHook, { once: true });
      r.signal = signal;
    }
  };
  ET.removeEventListener = function removeEventListener(type, listener, options) {
    origRemove.call(this, type, listener, options);
    const target = this ?? window;
    const capture = captureOf(options);
    const r = drop(target, type, listener, capture);
    if (r?.onceHook) origRemove.call(target, type, r.onceHook, { capture });
    if (r?.abortHook) origRemove.call(r.signal, 'abort', r.abortHook);
  };

  // --- timers ---------------------------------------------------------------
  const timeouts = new Map(); // id -> { due, site }
  const intervals = new Map(); // id -> { delay, site }
  const oSetTimeout = window.setTimeout;
  const oClearTimeout = window.clearTimeout;
  const oSetInterval = window.setInterval;
  const oClearInterval = window.clearInterval;
  window.setTimeout = function setTimeout(fn, delay, ...args) {
    if (typeof fn !== 'function') return oSetTimeout.call(window, fn, delay, ...args);
    let id = 0;
    id = oSetTimeout.call(window, (...a) => { timeouts.delete(id); fn(...a); }, delay, ...args);
    timeouts.set(id, { due: performance.now() + (Number(delay) || 0), site: site() });
    return id;
  };
  window.setInterval = function setInterval(fn, delay, ...args) {
    const id = oSetInterval.call(window, fn, delay, ...args);
    intervals.set(id, { delay: Number(delay) || 0, site: site() });
    return id;
  };
  // clearTimeout and clearInterval are interchangeable in browsers.
  window.clearTimeout = function clearTimeout(id) { timeouts.delete(id); intervals.delete(id); oClearTimeout.call(window, id); };
  window.clearInterval = function clearInterval(id) { timeouts.delete(id); intervals.delete(id); oClearInterval.call(window, id); };

  // --- animation frames -----------------------------------------------------
  const frames = new Map(); // id -> site
  let framesRun = 0;
  const oRaf = window.requestAnimationFrame;
  const oCaf = window.cancelAnimationFrame;
  window.requestAnimationFrame = function requestAnimationFrame(fn) {
    let id = 0;
    id = oRaf.call(window, (t) => { frames.delete(id); framesRun += 1; fn(t); });
    frames.set(id, site());
    return id;
  };
  window.cancelAnimationFrame = function cancelAnimationFrame(id) { frames.delete(id); oCaf.call(window, id); };

  // --- observers ------------------------------------------------------------
  const observers = []; // { kind, ref: WeakRef(observer), targets: Set<WeakRef(node)>, site }
  for (const kind of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver']) {
    const Orig = window[kind];
    if (!Orig) continue;
    const oObserve = Orig.prototype.observe;
    const oUnobserve = Orig.prototype.unobserve;
    const oDisconnect = Orig.prototype.disconnect;
    const recs = new WeakMap();
    const recOf = (o) => {
      let r = recs.get(o);
      if (!r) { r = { kind, ref: new WeakRef(o), targets: new Map(), site: site() }; recs.set(o, r); observers.push(r); }
      return r;
    };
    Orig.prototype.observe = function observe(node, ...rest) {
      const r = recOf(this);
      if (![...r.targets.values()].some((w) => w.deref() === node)) r.targets.set(Symbol('target'), new WeakRef(node));
      return oObserve.call(this, node, ...rest);
    };
    if (oUnobserve) {
      Orig.prototype.unobserve = function unobserve(node) {
        const r = recOf(this);
        for (const [k, w] of r.targets) if (w.deref() === node) r.targets.delete(k);
        return oUnobserve.call(this, node);
      };
    }
    Orig.prototype.disconnect = function disconnect() {
      recOf(this).targets.clear();
      return oDisconnect.call(this);
    };
  }

  const nameOf = (t) => {
    if (t === window) return 'window';
    if (t === document) return 'document';
    if (t instanceof Element) return t.tagName.toLowerCase();
    return t?.constructor?.name ?? '?';
  };

  window.__soak = {
    /** Resolves after `n` painted frames (the page's own rAF, not counted). */
    frames(n = 2) {
      return new Promise((ok) => {
        const step = (k) => (k <= 0 ? ok() : oRaf.call(window, () => step(k - 1)));
        step(n);
      });
    },
    /**
     * Resolves once the slides have had `n` painted frames in a row without a
     * DOM change (a simulator re-rendering after the clicker opened its answer
     * adds its story's fragments), or after `max` ms.
     */
    quiet(n = 1, max = 3000) {
      return new Promise((ok) => {
        const root = document.querySelector('.reveal .slides') ?? document.body;
        let changed = false;
        let calm = 0;
        const mo = new MutationObserver(() => { changed = true; });
        mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        const end = performance.now() + max;
        const tick = () => {
          calm = changed ? 0 : calm + 1;
          changed = false;
          if (calm >= n || performance.now() > end) { mo.disconnect(); ok(calm >= n); } else oRaf.call(window, tick);
        };
        oRaf.call(window, tick);
      });
    },
    /** Pending timeouts due within `ms` from now (what settles on its own). */
    timeoutsDueWithin(ms) {
      const limit = performance.now() + ms;
      let n = 0;
      for (const t of timeouts.values()) if (t.due <= limit) n += 1;
      return n;
    },
    /** Animation-frame callbacks run during `n` frames: a loop that keeps requesting frames runs ≥ n. */
    async framesRunDuring(n = 5) {
      const before = framesRun;
      await this.frames(n);
      return framesRun - before;
    },
    snapshot() {
      let live = 0;
      let attached = 0;
      const perTarget = {};
      const sites = {};
      for (const ref of [...targets]) {
        const t = ref.deref();
        if (t === undefined) { targets.delete(ref); continue; }
        const m = byTarget.get(t);
        if (!m || m.size === 0) continue;
        const connected = !(t instanceof Node) || t.isConnected;
        for (const [key, list] of m) {
          live += list.length;
          if (connected) attached += list.length;
          const k = `${nameOf(t)}:${key.split('|')[0]}${connected ? '' : ' (detached)'}`;
          perTarget[k] = (perTarget[k] ?? 0) + list.length;
          if (trace) for (const r of list) sites[`listener ${k} @ ${r.site}`] = (sites[`listener ${k} @ ${r.site}`] ?? 0) + 1;
        }
      }
      let observed = 0;
      const observerKinds = {};
      for (let i = observers.length - 1; i >= 0; i -= 1) {
        const r = observers[i];
        const o = r.ref.deref();
        if (o === undefined) { observers.splice(i, 1); continue; }
        let n = 0;
        for (const [k, w] of r.targets) { if (w.deref() === undefined) r.targets.delete(k); else n += 1; }
        if (n === 0) continue;
        observed += n;
        observerKinds[r.kind] = (observerKinds[r.kind] ?? 0) + n;
        if (trace) sites[`observer ${r.kind} @ ${r.site}`] = (sites[`observer ${r.kind} @ ${r.site}`] ?? 0) + n;
      }
      if (trace) {
        for (const t of timeouts.values()) sites[`timeout @ ${t.site}`] = (sites[`timeout @ ${t.site}`] ?? 0) + 1;
        for (const t of intervals.values()) sites[`interval @ ${t.site}`] = (sites[`interval @ ${t.site}`] ?? 0) + 1;
        for (const s of frames.values()) sites[`raf @ ${s}`] = (sites[`raf @ ${s}`] ?? 0) + 1;
      }
      const reveal = document.querySelectorAll('.reveal');
      return {
        listeners: live,
        listenersAttached: attached,
        perTarget,
        timeouts: timeouts.size,
        intervals: intervals.size,
        rafPending: frames.size,
        observed,
        observerKinds,
        elements: document.getElementsByTagName('*').length,
        nodesConnected: (() => { let n = 0; const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); while (w.nextNode()) n += 1; return n; })(),
        reveal: reveal.length,
        revealReady: document.querySelectorAll('.reveal.ready').length,
        revealDecks: window.__deck?.isReady?.() ? 1 : 0,
        topSlides: document.querySelectorAll('.reveal .slides > section').length,
        backgrounds: document.querySelectorAll('.reveal > .backgrounds').length,
        explorePanels: document.querySelectorAll('.sim-explore').length,
        sites,
      };
    },
  };
}

const PRESENT = 'section.present:not(.stack)';

/** Installs the soak's page scripts (instrumentation first, then the tour's page side) before any page script runs. */
export async function installSoak(context, { trace = false } = {}) {
  await context.addInitScript(soakInstrument, { trace });
  await context.addInitScript(soakDriver);
}

/**
 * Changes one control inside the k-th simulator of the present slide (k ≥ 0)
 * or the explore panel (k = -1) with real input: an arrow key on a slider
 * (the other way if the first did nothing), a mouse click on an unchecked
 * segmented option, ArrowDown or ArrowUp on a focused select. Returns whether
 * the control changed.
 */
async function changeControl(page, k) {
  const pick = await page.evaluate((i) => window.__soakTour.pick(i), k);
  if (!pick) return false;
  if (pick.kind === 'slider') {
    await page.keyboard.press('ArrowRight');
    if (!(await page.evaluate(() => window.__soakTour.changed()))) await page.keyboard.press('ArrowLeft');
  } else if (pick.kind === 'segment') {
    await page.mouse.click(pick.x, pick.y);
  } else {
    await page.keyboard.press(pick.key);
  }
  return page.evaluate(() => { const c = window.__soakTour.changed(); window.__soakTour.done(); return c; });
}

/** On the present slide: every simulator ready; a stage control changed in each; explore opened, a control changed, Reset, closed. */
async function exerciseSlide(page, stats, { explore }) {
  const n = await page.evaluate(() => window.__soakTour.simsReady());
  if (n === 0) return;
  stats.sims += n;
  if (!explore) return;
  for (let k = 0; k < n; k += 1) if (await changeControl(page, k)) stats.stageChanges += 1;
  await page.keyboard.press('z');
  const at = async () => { const i = await page.evaluate(() => window.__deck.getIndices()); return `${i.h}/${i.v}`; };
  if (!(await page.evaluate(() => window.__soakTour.exploreOpen()))) throw new Error(`slide ${await at()}: Z opened no explore view`);
  stats.explores += 1;
  if (await changeControl(page, -1)) stats.exploreChanges += 1;
  const reset = await page.evaluate(() => window.__soakTour.resetPoint());
  if (reset) {
    await page.mouse.click(reset.x, reset.y);
    await page.evaluate(() => window.__soakTour.blur());
    stats.resets += 1;
  }
  await page.keyboard.press('Escape');
  if (!(await page.evaluate(() => window.__soakTour.exploreClosed()))) throw new Error(`slide ${await at()}: Escape did not close explore`);
}

/**
 * One tour (see the top of the file). `explore`: which simulator slides get
 * the stage change and the explore round — 'all' (default), or 'alternate'
 * (every other one, by tour parity, so two consecutive tours cover them all;
 * the others are walked, their simulators waited for, not touched).
 */
export async function runTour(page, { explore = 'all', tourIndex = 0 } = {}) {
  const started = Date.now();
  await page.evaluate(() => window.__soakTour.toTitle());
  const stats = { presses: 0, slides: 1, fragments: 0, sims: 0, stageChanges: 0, explores: 0, exploreChanges: 0, resets: 0, ms: 0, stuck: [], perSlide: {} };
  let simSlide = 0;
  // Before the next press, reveal.js has indexed every fragment on the slide
  // (a simulator's story steps and predict-first answer are fragments it adds
  // once rendered), so every tour takes the same clicker path.
  const visit = async () => {
    const hasSim = await page.evaluate((sel) => document.querySelector(`${sel} .sim`) !== null, PRESENT);
    if (hasSim) {
      // 'alternate' (the CI version): a slide left out of this tour's explore round is only walked and waited for.
      const doExplore = explore === 'all' || (simSlide + tourIndex) % 2 === 0;
      simSlide += 1;
      await exerciseSlide(page, stats, { explore: doExplore });
    }
    await page.evaluate(() => window.__soakTour.indexed());
  };
  await visit();
  // One round trip per press after the key: the page waits until the deck
  // moved, the slides are quiet for a frame and every fragment is indexed.
  const settle = (b) => page.evaluate(async ({ b, sel }) => {
    const frame = () => window.__soak.frames(1);
    const t0 = performance.now();
    const movedNow = () => { const a = window.__deck.getIndices(); return a.h !== b.h || a.v !== b.v || (a.f ?? -1) !== (b.f ?? -1); };
    while (!movedNow() && performance.now() - t0 < 5000) await frame();
    const moved = movedNow();
    // The clicker opened a predict-first answer: the simulator shows its
    // explanation (and, in the same render, may add its story's steps as
    // fragments) — wait for it, as a presenter waits for the answer.
    const answered = () => [...document.querySelectorAll(`${sel} .sim-reveal.visible`)]
      .every((f) => f.closest('.sim')?.querySelector('.ui-predict-explanation') != null);
    const t2 = performance.now();
    while (!answered() && performance.now() - t2 < 5000) await frame();
    await window.__soak.quiet(2);
    const t1 = performance.now();
    while (![...document.querySelectorAll(`${sel} .fragment`)].every((f) => f.hasAttribute('data-fragment-index')) && performance.now() - t1 < 5000) await frame();
    return { moved, at: window.__deck.getIndices(), end: window.__deck.isLastSlide() && !window.__deck.availableFragments().next };
  }, { b, sel: PRESENT });
  let state = await page.evaluate(() => window.__soakTour.state());
  while (!state.end) {
    const before = state.at;
    await page.keyboard.press('PageDown');
    stats.presses += 1;
    let r = await settle(before);
    if (!r.moved) {
      // Said, not hidden: a press the deck did not take is pressed once more.
      const where = `${before.h}/${before.v}/${before.f ?? '-'}`;
      stats.stuck.push(where);
      await page.keyboard.press('PageDown');
      r = await settle(before);
      if (!r.moved) throw new Error(`PageDown at ${where} did not move the deck (twice)`);
    }
    const after = r.at;
    if (after.h !== before.h || after.v !== before.v) {
      stats.slides += 1;
      await visit();
      state = await page.evaluate(() => window.__soakTour.state());
    } else {
      stats.fragments += 1;
      const key = `${after.h}/${after.v}`;
      stats.perSlide[key] = (stats.perSlide[key] ?? 0) + 1;
      state = r;
    }
    if (stats.presses > 5000) throw new Error('the tour never reached the end of the deck');
  }
  await page.evaluate(() => window.__soakTour.toTitle());
  stats.ms = Date.now() - started;
  return stats;
}

/** Opens a CDP session for `measure` (garbage collection, heap, DOM counters, listeners as the browser sees them). */
export async function soakSession(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  return cdp;
}

/**
 * Forces garbage collection and reads every counter. Timeouts due within 10 s
 * (a notice that expires, a debounce) are waited for first, up to 12 s, so a
 * measurement never catches one in flight; a timer that keeps re-arming
 * itself shows as pending.
 */
export async function measure(page, cdp) {
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.evaluate(async () => {
    const end = performance.now() + 12000;
    while (window.__soak.timeoutsDueWithin(10000) > 0 && performance.now() < end) await window.__soak.frames(6);
  });
  const rafRunDuring5 = await page.evaluate(() => window.__soak.framesRunDuring(5));
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => { if (typeof window.gc === 'function') window.gc(); });
    await cdp.send('HeapProfiler.collectGarbage');
  }
  await page.evaluate(() => window.__soak.frames(2));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const perfMemory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  const dom = await cdp.send('Memory.getDOMCounters');
  const group = 'soak';
  const objectId = async (expression) => (await cdp.send('Runtime.evaluate', { expression, objectGroup: group })).result.objectId;
  const win = await cdp.send('DOMDebugger.getEventListeners', { objectId: await objectId('window') });
  const doc = await cdp.send('DOMDebugger.getEventListeners', { objectId: await objectId('document') });
  const tree = await cdp.send('DOMDebugger.getEventListeners', { objectId: await objectId('document'), depth: -1, pierce: true });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
  const inPage = await page.evaluate(() => window.__soak.snapshot());
  return {
    heapUsed: heap.usedSize,
    perfMemory,
    domDocuments: dom.documents,
    domNodes: dom.nodes,
    domJsListeners: dom.jsEventListeners,
    windowListeners: win.listeners.length,
    documentListeners: doc.listeners.length,
    treeListeners: tree.listeners.length,
    rafRunDuring5,
    ...inPage,
  };
}

/** The counters that must not grow from the baseline tour on (allow no growth). */
export const FLAT_COUNTERS = [
  'listeners', 'windowListeners', 'documentListeners', 'treeListeners', 'domJsListeners',
  'timeouts', 'intervals', 'rafPending', 'observed',
  'elements', 'nodesConnected', 'domDocuments',
  'reveal', 'topSlides', 'backgrounds', 'explorePanels',
];

/** CDP Memory.getDOMCounters nodes may differ by this many from the baseline to the last tour. */
export const DOM_NODES_SLACK = 20;

/**
 * Compares every later tour with the baseline (tour 2: tour 1 mounts every
 * simulator, and a simulator stays mounted once shown). Returns the broken
 * budgets as strings; `heapBudget` is the allowed heap growth from the
 * baseline to the last tour (a fraction), or null for none.
 */
export function verdict(rows, { baseline = 1, heapBudget = null } = {}) {
  const broken = [];
  const base = rows[baseline];
  if (!base) return [`need at least ${baseline + 1} tours`];
  for (const key of FLAT_COUNTERS) {
    for (let i = baseline + 1; i < rows.length; i += 1) {
      if (rows[i][key] > base[key]) {
        broken.push(`${key}: ${base[key]} after tour ${baseline + 1}, ${rows[i][key]} after tour ${i + 1}`);
        break;
      }
    }
  }
  // CDP's node count also holds detached nodes something still references
  // (seen: +2 between two tours, with every connected node count equal): a
  // few either way, where a leaked simulator or panel is ≥ 150 nodes a tour.
  const lastNodes = rows[rows.length - 1].domNodes;
  if (lastNodes - base.domNodes > DOM_NODES_SLACK) broken.push(`domNodes (CDP): ${base.domNodes} after tour ${baseline + 1}, ${lastNodes} after tour ${rows.length} (more than ${DOM_NODES_SLACK} up)`);
  if (base.reveal !== 1 || base.revealReady !== 1 || base.revealDecks !== 1) broken.push(`reveal instances: ${base.reveal} .reveal, ${base.revealReady} initialised (want exactly 1)`);
  if (heapBudget !== null) {
    const last = rows[rows.length - 1];
    const growth = last.heapUsed / base.heapUsed - 1;
    if (growth >= heapBudget) broken.push(`heap: ${mb(base.heapUsed)} MB after tour ${baseline + 1}, ${mb(last.heapUsed)} MB after tour ${rows.length} (+${(growth * 100).toFixed(1)} %, budget < ${(heapBudget * 100).toFixed(0)} %)`);
  }
  return broken;
}

/** What grew between two measurements, per listener target/type and (when traced) per registration site. */
export function growth(a, b) {
  const out = [];
  for (const field of ['perTarget', 'sites']) {
    const keys = new Set([...Object.keys(a[field] ?? {}), ...Object.keys(b[field] ?? {})]);
    for (const k of keys) {
      const d = (b[field]?.[k] ?? 0) - (a[field]?.[k] ?? 0);
      if (d !== 0) out.push(`${d > 0 ? '+' : ''}${d} ${k}`);
    }
  }
  return out;
}

export const mb = (bytes) => (bytes / 1048576).toFixed(2);

/** One table row per tour. */
export function tableRow(i, stats, m) {
  return {
    tour: i + 1,
    's': (stats.ms / 1000).toFixed(1),
    'heap MB': mb(m.heapUsed),
    listeners: m.listeners,
    'win/doc/tree': `${m.windowListeners}/${m.documentListeners}/${m.treeListeners}`,
    'cdp listeners': m.domJsListeners,
    'timeouts/intervals': `${m.timeouts}/${m.intervals}`,
    'rAF pending (run in 5 frames)': `${m.rafPending} (${m.rafRunDuring5})`,
    observed: m.observed,
    'elements (all nodes)': `${m.elements} (${m.nodesConnected})`,
    'cdp nodes/docs': `${m.domNodes}/${m.domDocuments}`,
    'reveal (ready, top sections)': `${m.reveal} (${m.revealReady}, ${m.topSlides})`,
  };
}
