import { createStore } from 'zustand/vanilla';

/**
 * "Expand simulator": a slide whose simulator is expanded hides its text
 * (heading, lede) so the simulator gets the whole 16:9 slide — for a dense
 * simulator on a projector. The state is per slide and kept while the deck
 * is open; the slide's `<section>` carries the class `sim-expanded`.
 */
export const simExpandStore = createStore<{ readonly expanded: ReadonlySet<Element> }>(() => ({ expanded: new Set() }));

export const EXPANDED_CLASS = 'sim-expanded';

export function isSimExpanded(slide: Element | null): boolean {
  return slide !== null && simExpandStore.getState().expanded.has(slide);
}

export function setSimExpanded(slide: Element, on: boolean): void {
  const next = new Set(simExpandStore.getState().expanded);
  if (on) next.add(slide);
  else next.delete(slide);
  slide.classList.toggle(EXPANDED_CLASS, on);
  simExpandStore.setState({ expanded: next }, true);
  // Charts that measure their box re-measure on resize.
  window.dispatchEvent(new Event('resize'));
}

/** Toggles the slide's expansion; does nothing on a slide without a simulator. */
export function toggleSimExpanded(slide: Element | null): boolean {
  if (slide === null || slide.querySelector('.sim') === null) return false;
  setSimExpanded(slide, !isSimExpanded(slide));
  return true;
}
