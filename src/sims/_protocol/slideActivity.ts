import { createStore } from 'zustand/vanilla';

/**
 * What the deck tells simulators about slides. `none`: no deck (component
 * tests, a page without reveal.js) — every simulator counts as visible and
 * active. `starting`: the deck is rendering its slides but reveal.js has not
 * said which slide is current yet — nothing is near, so no simulator mounts
 * (and no chunk loads) before the first slide is shown. `print`: the PDF
 * layout — every simulator renders. `deck`: only
 * the current slide is active; the current slide and its neighbours are
 * "near" (their simulators are mounted ahead of time). `read`: the reading
 * mode's one scrolling page — the slides in or near the viewport are near
 * and active.
 */
export interface SlideActivity {
  readonly mode: 'none' | 'starting' | 'deck' | 'print' | 'read';
  readonly current: Element | null;
  readonly near: ReadonlySet<Element>;
}

export const slideActivityStore = createStore<SlideActivity>(() => ({ mode: 'none', current: null, near: new Set() }));

export function setSlideActivity(next: SlideActivity): void {
  slideActivityStore.setState(next, true);
}

export function isSlideActive(activity: SlideActivity, slide: Element | null): boolean {
  if (activity.mode === 'starting') return false;
  if (activity.mode === 'read') return slide !== null && activity.near.has(slide);
  if (activity.mode !== 'deck') return true;
  return slide !== null && slide === activity.current;
}

export function isSlideNear(activity: SlideActivity, slide: Element | null): boolean {
  if (activity.mode === 'starting') return false;
  if (activity.mode !== 'deck' && activity.mode !== 'read') return true;
  return slide !== null && activity.near.has(slide);
}
