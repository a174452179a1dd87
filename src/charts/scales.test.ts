import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logTicks, makeScale, niceDomain } from './scales.ts';

describe('makeScale', () => {
  it('makeScale linear maps the domain ends to the range ends', () => {
    const s = makeScale({ kind: 'linear', domain: [0, 100], range: [50, 850] });
    expect(s.toPx(0)).toBe(50);
    expect(s.toPx(100)).toBe(850);
    expect(s.fromPx(450)).toBe(50);
  });
  it('makeScale log puts each decade at the same distance', () => {
    const s = makeScale({ kind: 'log', domain: [1, 1000], range: [0, 300] });
    expect(s.toPx(10)).toBeCloseTo(100, 9);
    expect(s.toPx(100)).toBeCloseTo(200, 9);
  });
  it('makeScale log never returns NaN, even for 0, negatives or a bad domain', () => {
    fc.assert(fc.property(fc.double(), fc.double(), fc.double(), (a, b, v) => {
      const s = makeScale({ kind: 'log', domain: [a, b], range: [0, 500] });
      expect(Number.isFinite(s.toPx(v))).toBe(true);
      expect(s.ticks(5).every((t) => Number.isFinite(t) && t > 0)).toBe(true);
    }));
  });
  it('makeScale linear ticks are nice in the tick unit (GiB)', () => {
    const gib = 2 ** 30;
    const s = makeScale({ kind: 'linear', domain: [0, 80 * gib], range: [0, 800], tickUnit: gib });
    expect(s.ticks(5).map((t) => t / gib)).toEqual([0, 20, 40, 60, 80]);
  });
});

describe('logTicks', () => {
  it('logTicks gives whole powers of ten across many decades, thinned to about the count', () => {
    const ticks = logTicks([1, 1e15], 5);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.every((t) => Number.isInteger(Math.log10(t)))).toBe(true);
    expect(ticks).toContain(1e15);
  });
  it('logTicks uses 1-2-5 steps inside a narrow domain', () => {
    expect(logTicks([10, 60], 5)).toEqual([10, 20, 50]);
  });
  it('logTicks base 2 gives powers of two (batch sizes)', () => {
    expect(logTicks([1, 256], 9, 2)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256]);
  });
});

describe('niceDomain', () => {
  it('niceDomain linear rounds outward and can include zero', () => {
    expect(niceDomain([13, 87], 'linear')).toEqual([10, 90]);
    expect(niceDomain([13, 87], 'linear', { includeZero: true })).toEqual([0, 90]);
  });
  it('niceDomain log snaps to whole decades and ignores non-positive values', () => {
    expect(niceDomain([0, -1, 3, 450], 'log')).toEqual([1, 1000]);
  });
  it('niceDomain falls back to a usable domain when no value is usable', () => {
    expect(niceDomain([NaN, Infinity], 'linear')).toEqual([0, 1]);
    expect(niceDomain([], 'log')).toEqual([1, 10]);
  });
  it('niceDomain covers every finite value it is given (magnitudes under 1e-200 count as 0)', () => {
    const value = fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((v) => (Math.abs(v) < 1e-200 ? 0 : v));
    fc.assert(fc.property(fc.array(value, { minLength: 1 }), (values) => {
      const [a, b] = niceDomain(values, 'linear');
      expect(a).toBeLessThan(b);
      for (const v of values) {
        expect(v).toBeGreaterThanOrEqual(a);
        expect(v).toBeLessThanOrEqual(b);
      }
    }));
  });
});
