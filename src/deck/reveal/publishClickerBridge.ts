import type { RevealApi } from 'reveal.js';
import { setClickerBridge } from '../../sims/_protocol/clickerBridge.ts';

const EVENTS = ['fragmentshown', 'fragmenthidden', 'slidechanged'] as const;

/** Gives simulators the part of reveal.js' fragment API their clicker steps need (see ClickerSteps). */
export function publishClickerBridge(deck: RevealApi): void {
  setClickerBridge({
    syncFragments: (slide) => { deck.syncFragments(slide); },
    navigateFragment: (index) => { deck.navigateFragment(index); },
    currentSlide: () => deck.getCurrentSlide() ?? null,
    onFragmentsChange: (listener) => {
      for (const e of EVENTS) deck.on(e, listener);
      return () => { for (const e of EVENTS) deck.off(e, listener); };
    },
  });
}
