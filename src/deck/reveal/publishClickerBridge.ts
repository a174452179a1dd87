import { flushSync } from 'react-dom';
import type { RevealApi } from 'reveal.js';
import { setClickerBridge } from '../../sims/_protocol/clickerBridge.ts';

const EVENTS = ['fragmentshown', 'fragmenthidden', 'slidechanged'] as const;

/** How many deck moves made from inside React's own work (a render's effect) are under way. */
let movesFromReact = 0;
/** Takes the last published bridge's listeners off its deck (a deck published twice would notify twice). */
let unpublish: (() => void) | null = null;

/**
 * Runs a deck move made from a React effect (a simulator's buttons moving
 * its fragments, a language switch restoring the slide). React is already
 * committing then: the simulators' updates render after it, as usual.
 */
export function moveFromReact(move: () => void): void {
  movesFromReact += 1;
  try { move(); } finally { movesFromReact -= 1; }
}

/**
 * Gives simulators the part of reveal.js' fragment API their clicker steps
 * need (see ClickerSteps, ClickerReveal).
 *
 * A fragment change made by the presenter's key renders before the key's
 * handler returns. reveal.js announces fragments with events dispatched
 * inside its keydown handler, and React gives state set there default (not
 * input) priority, rendering it a frame or two later: a second press within
 * that time found the slide without the story steps the first press opened
 * (allreduce's ring story was skipped), or was undone by an effect still
 * holding the old step. Every simulator's listener runs first, then one
 * synchronous render, so no listener is unsubscribed by another's render
 * before it has seen the change.
 */
export function publishClickerBridge(deck: RevealApi): void {
  const listeners = new Set<() => void>();
  const notify = () => {
    const run = () => { for (const listener of [...listeners]) listener(); };
    if (movesFromReact > 0) run();
    else flushSync(run);
  };
  unpublish?.();
  for (const e of EVENTS) deck.on(e, notify);
  unpublish = () => { for (const e of EVENTS) deck.off(e, notify); };
  setClickerBridge({
    syncFragments: (slide) => { deck.syncFragments(slide); },
    navigateFragment: (index) => { moveFromReact(() => deck.navigateFragment(index)); },
    currentSlide: () => deck.getCurrentSlide() ?? null,
    onFragmentsChange: (listener) => {
      const own = () => listener();
      listeners.add(own);
      return () => { listeners.delete(own); };
    },
  });
}
