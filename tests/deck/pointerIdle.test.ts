import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindPointerIdle } from '../../src/deck/controllers/pointerIdle.ts';

describe('bindPointerIdle', () => {
  afterEach(() => vi.useRealTimers());

  it('marks the page idle after the delay and wakes it on pointer movement', () => {
    vi.useFakeTimers();
    const root = document.createElement('div');
    const unbind = bindPointerIdle(1000, root);
    expect(root.classList.contains('deck-pointer-idle')).toBe(false);
    vi.advanceTimersByTime(1001);
    expect(root.classList.contains('deck-pointer-idle')).toBe(true);
    window.dispatchEvent(new Event('pointermove'));
    expect(root.classList.contains('deck-pointer-idle')).toBe(false);
    unbind();
    vi.advanceTimersByTime(5000);
    expect(root.classList.contains('deck-pointer-idle')).toBe(false);
  });
});
