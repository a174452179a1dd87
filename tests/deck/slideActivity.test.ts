import { describe, expect, it } from 'vitest';
import { isSlideActive, isSlideNear, type SlideActivity } from '../../src/sims/_protocol/slideActivity.ts';

const slide = {} as Element;
const other = {} as Element;

describe('slide activity', () => {
  it('isSlideNear is false for every slide while the deck is starting, so no simulator chunk loads early', () => {
    const starting: SlideActivity = { mode: 'starting', current: null, near: new Set() };
    expect(isSlideNear(starting, slide)).toBe(false);
    expect(isSlideActive(starting, slide)).toBe(false);
  });

  it('isSlideNear is true only for the slides the deck reports near once it runs', () => {
    const deck: SlideActivity = { mode: 'deck', current: slide, near: new Set([slide]) };
    expect(isSlideNear(deck, slide)).toBe(true);
    expect(isSlideNear(deck, other)).toBe(false);
    expect(isSlideActive(deck, other)).toBe(false);
  });

  it('every simulator renders in the print layout and outside a deck', () => {
    expect(isSlideNear({ mode: 'print', current: null, near: new Set() }, slide)).toBe(true);
    expect(isSlideNear({ mode: 'none', current: null, near: new Set() }, slide)).toBe(true);
  });
});
