import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';

/**
 * What a simulator may ask of the deck's fragment machinery, so a story in
 * steps can be driven by the presenter's clicker (reveal.js fragments) without
 * the simulator importing reveal.js. The deck publishes it once reveal.js is
 * ready; outside a deck (component tests) it stays null and steps are driven
 * by the on-screen buttons only.
 */
export interface ClickerBridge {
  /** reveal.js' `syncFragments`: index fragments added after start-up. */
  readonly syncFragments: (slide: HTMLElement) => void;
  /** reveal.js' `navigateFragment` on the current slide (−1: none shown). */
  readonly navigateFragment: (index: number) => void;
  readonly currentSlide: () => Element | null;
  /** Subscribes to fragmentshown / fragmenthidden / slidechanged; returns the unsubscribe. */
  readonly onFragmentsChange: (listener: () => void) => () => void;
}

export const clickerBridgeStore = createStore<{ readonly bridge: ClickerBridge | null }>(() => ({ bridge: null }));

export function setClickerBridge(bridge: ClickerBridge | null): void {
  clickerBridgeStore.setState({ bridge }, true);
}

/** The deck's fragment API, or null outside a deck. */
export function useClickerBridge(): ClickerBridge | null {
  return useSyncExternalStore(clickerBridgeStore.subscribe, () => clickerBridgeStore.getState().bridge, () => null);
}
