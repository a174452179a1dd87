import { createStore } from 'zustand/vanilla';

/**
 * The explore view: the whole simulator of one slide in a full-window panel
 * (every control, derivation and table), over the deck. Opened with Z, the
 * ⛶ button or the caption's Explore button; Esc or Z closes it; the
 * clicker's PageDown/PageUp close it and move the deck. Stage and explore
 * show the same placement state.
 */
export const exploreStore = createStore<{ readonly slide: Element | null }>(() => ({ slide: null }));

export function exploredSlide(): Element | null {
  return exploreStore.getState().slide;
}

export function isExploreOpen(): boolean {
  return exploreStore.getState().slide !== null;
}

export function openExplore(slide: Element): void {
  exploreStore.setState({ slide }, true);
}

export function closeExplore(): void {
  if (exploreStore.getState().slide !== null) exploreStore.setState({ slide: null }, true);
}

/** Opens the slide's simulator in explore, or closes explore; does nothing on a slide without a simulator. */
export function toggleExplore(slide: Element | null): boolean {
  if (isExploreOpen()) {
    closeExplore();
    return true;
  }
  if (slide === null || slide.querySelector('.sim') === null) return false;
  openExplore(slide);
  return true;
}
