// The page side of the soak's tour (soakTour.mjs): finds what the tour acts
// on and waits for the deck, so the Node side only sends real input (CDP key
// presses and mouse clicks) and one small evaluate per step.
//
// Why in the page: a tour driven with Playwright locators runs Playwright's
// injected selector engine and actionability checks thousands of times a
// tour, in the page's own JavaScript heap. That code kept tiering up (V8's
// Maglev and Turbofan) tour after tour and was counted as the app's heap
// growth. Here the harness's page code is a few short functions.

/** Installed with page.addInitScript (after soakInstrument): defines window.__soakTour. */
export function soakDriver() {
  if (window.__soakTour) return;
  const PRESENT = 'section.present:not(.stack)';
  // soakInstrument's frames() waits on the unwrapped requestAnimationFrame: the driver's waits are not the page's frames.
  const frame = () => window.__soak.frames(1);
  /** Waits, a painted frame at a time, until `pred()` holds; false after `max` ms. */
  const until = async (pred, max = 5000) => {
    const end = performance.now() + max;
    while (!pred()) {
      if (performance.now() > end) return false;
      await frame();
    }
    return true;
  };
  const sims = () => [...document.querySelectorAll(`${PRESENT} .sim`)];
  const panel = () => document.querySelector('.sim-explore[role="dialog"]');
  const indexed = () => [...document.querySelectorAll(`${PRESENT} .fragment`)].every((f) => f.hasAttribute('data-fragment-index'));
  const blur = () => document.activeElement?.blur?.();
  const where = () => { const i = window.__deck.getIndices(); return `${i.h}/${i.v}`; };
  /** The viewport centre of `el` once scrolled into view, if a click there lands on it. */
  const clickPoint = (el) => {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) throw new Error(`slide ${where()}: ${el.outerHTML.slice(0, 80)} is covered at (${x.toFixed(0)}, ${y.toFixed(0)}) by ${hit?.outerHTML.slice(0, 80)}`);
    return { x, y };
  };
  // The control being changed (one at a time): its element and value before.
  let current = null;

  window.__soakTour = {
    /** Back to the title slide, without transitions. */
    async toTitle() {
      if (window.__deck.getConfig().transition !== 'none') window.__deck.configure({ transition: 'none' });
      window.__deck.slide(0, 0);
      const ok = await until(() => { const i = window.__deck.getIndices(); return i.h === 0 && i.v === 0; });
      if (!ok) throw new Error('the deck did not go back to the title slide');
    },
    state() {
      return { at: window.__deck.getIndices(), end: window.__deck.isLastSlide() && !window.__deck.availableFragments().next };
    },
    /** How many simulators the present slide holds, once every one is ready (throws if one never is). */
    async simsReady() {
      const n = sims().length;
      if (n === 0) return 0;
      const ok = await until(() => { const all = sims(); return all.length > 0 && all.every((s) => s.getAttribute('data-sim-ready') === 'true'); }, 15000);
      if (!ok) throw new Error(`slide ${where()}: a simulator never became ready`);
      return sims().length;
    },
    /** Every fragment on the present slide indexed by reveal.js (a simulator adds its story's steps once rendered). */
    indexed: () => until(indexed),
    /**
     * Picks one control to change inside the k-th simulator of the present
     * slide (k ≥ 0) or inside the explore panel (k = -1): the first enabled
     * slider (focused: the tour presses an arrow key), else the first
     * unchecked segmented option (its click point), else the first select
     * with another option (focused: the tour presses ArrowDown or ArrowUp).
     * Returns { kind, x?, y? } or null when there is nothing to change.
     */
    pick(k) {
      blur();
      current = null;
      const scope = k < 0 ? panel() : sims()[k];
      if (!scope) throw new Error(`slide ${where()}: no ${k < 0 ? 'explore panel' : `simulator ${k}`}`);
      const range = scope.querySelector('input[type="range"]:not(:disabled)');
      if (range) {
        range.scrollIntoView({ block: 'nearest' });
        range.focus();
        current = { el: range, before: range.value };
        return { kind: 'slider' };
      }
      const radio = scope.querySelector('[role="radio"][aria-checked="false"]:not(:disabled)');
      if (radio) {
        current = { el: radio, before: 'false', read: () => radio.getAttribute('aria-checked') };
        return { kind: 'segment', ...clickPoint(radio) };
      }
      for (const select of scope.querySelectorAll('select:not(:disabled)')) {
        if (select.options.length < 2) continue;
        select.scrollIntoView({ block: 'nearest' });
        select.focus();
        const last = select.selectedIndex === select.options.length - 1;
        current = { el: select, before: select.value };
        return { kind: 'select', key: last ? 'ArrowUp' : 'ArrowDown' };
      }
      return null;
    },
    /** Whether the picked control changed (its value, or a segment now checked). */
    changed() {
      if (!current) return false;
      const now = current.read ? current.read() : current.el.value;
      return now !== current.before;
    },
    /** Ends a change: blurs the control, so the clicker's keys go to the deck. */
    done() {
      current = null;
      blur();
    },
    /** Waits for the explore panel and its simulator's controls; false if none opened. */
    exploreOpen: () => until(() => (panel()?.querySelector('.sim-explore-body')?.childElementCount ?? 0) > 0, 10000),
    /** The explore panel's Reset button's click point, or null without one. */
    resetPoint() {
      const reset = panel()?.querySelector('[data-action="sim-reset"]');
      return reset ? clickPoint(reset) : null;
    },
    exploreClosed: () => until(() => document.querySelector('.sim-explore') === null, 10000),
    blur,
  };
}
