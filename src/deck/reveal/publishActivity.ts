import type { RevealApi } from 'reveal.js';
import { setSlideActivity } from '../../sims/_protocol/slideActivity.ts';

/** Tells simulators which slide is current and which are next to it (mounted ahead of time). */
export function publishActivity(deck: RevealApi): void {
  const slides = deck.getSlides();
  const current = deck.getCurrentSlide() ?? null;
  const index = current ? slides.indexOf(current) : -1;
  const near = new Set<Element>();
  for (const i of [index - 1, index, index + 1]) {
    const slide = slides[i];
    if (slide) near.add(slide);
  }
  setSlideActivity({ mode: 'deck', current, near });
}
