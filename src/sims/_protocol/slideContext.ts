import { createContext, useContext, useSyncExternalStore } from 'react';
import { isSlideActive, slideActivityStore } from './slideActivity.ts';

/** The slide (`<section>`) that holds the simulator; SimMount provides it. */
export const SlideElementContext = createContext<Element | null>(null);

/**
 * True while the simulator's slide is the current slide (and always outside
 * a deck, or when printing). Pause animations and timers when it is false.
 */
export function useSlideActive(): boolean {
  const slide = useContext(SlideElementContext);
  return useSyncExternalStore(
    slideActivityStore.subscribe,
    () => isSlideActive(slideActivityStore.getState(), slide),
    () => true,
  );
}
