import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyToValue, positionToValue, valueToPosition } from './sliderScale.ts';

const log = { min: 1, max: 1024, step: 1, log: true };
const lin = { min: 0, max: 100, step: 5 };

describe('slider scale', () => {
  it('valueToPosition puts the geometric middle of a log track at 0.5', () => {
    expect(valueToPosition(32, log)).toBeCloseTo(0.5, 9);
  });
  it('positionToValue inverts valueToPosition on the step grid', () => {
    for (const v of [1, 2, 8, 32, 128, 1024]) expect(positionToValue(valueToPosition(v, log), log)).toBe(v);
  });
  it('positionToValue stays within [min, max] for any position', () => {
    fc.assert(fc.property(fc.double(), (p) => {
      for (const scale of [log, lin]) {
        const v = positionToValue(p, scale);
        expect(v).toBeGreaterThanOrEqual(scale.min);
        expect(v).toBeLessThanOrEqual(scale.max);
      }
    }));
  });
  it('keyToValue moves a linear slider by one step and Home/End to the ends', () => {
    expect(keyToValue('ArrowRight', 50, lin)).toBe(55);
    expect(keyToValue('ArrowDown', 50, lin)).toBe(45);
    expect(keyToValue('Home', 50, lin)).toBe(0);
    expect(keyToValue('End', 50, lin)).toBe(100);
    expect(keyToValue('PageUp', 50, lin)).toBe(60);
  });
  it('keyToValue always moves a log slider with an integer step off its low end', () => {
    expect(keyToValue('ArrowRight', 1, log)).toBe(2);
    expect(keyToValue('ArrowLeft', 2, log)).toBe(1);
  });
  it('keyToValue moves up for up keys and down for down keys, within range', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1024 }), (v) => {
      const up = keyToValue('ArrowUp', v, log);
      const down = keyToValue('ArrowDown', v, log);
      expect(up).toBeGreaterThanOrEqual(v);
      expect(down).toBeLessThanOrEqual(v);
      if (v < 1024) expect(up).toBeGreaterThan(v);
      if (v > 1) expect(down).toBeLessThan(v);
      expect(up).toBeLessThanOrEqual(1024);
      expect(down).toBeGreaterThanOrEqual(1);
    }));
  });
});
