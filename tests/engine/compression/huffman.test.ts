import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entropyBits, huffmanCode, quantizedWeightProbabilities, relativeIndexProbabilities } from '../../../src/engine/compression/index.ts';

describe('huffmanCode', () => {
  it('gives the textbook lengths for frequencies 45, 13, 12, 16, 9, 5', () => {
    const c = huffmanCode([45, 13, 12, 16, 9, 5]);
    expect(c.lengths).toEqual([1, 3, 3, 3, 4, 4]);
    expect(c.averageBits).toBeCloseTo(2.24, 12);
  });

  it('produces a canonical prefix-free code', () => {
    const c = huffmanCode([5, 1, 1, 2, 8, 0, 3]);
    const used = c.codes.filter((x) => x !== '');
    for (const a of used) for (const b of used) if (a !== b) expect(b.startsWith(a)).toBe(false);
    expect(c.codes[5]).toBe('');
    expect(c.codes[4]).toBe('0');
  });

  it('is deterministic: equal frequencies give the same code every time', () => {
    expect(huffmanCode([1, 1, 1, 1, 1]).codes).toEqual(huffmanCode([1, 1, 1, 1, 1]).codes);
  });

  it('average length lies in [entropy, entropy + 1) whenever two or more symbols occur', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 64 }), (freqs) => {
      fc.pre(freqs.filter((f) => f > 0).length >= 2);
      const c = huffmanCode(freqs);
      expect(c.averageBits).toBeGreaterThanOrEqual(c.entropyBits - 1e-9);
      expect(c.averageBits).toBeLessThan(c.entropyBits + 1);
      expect(c.entropyBits).toBeCloseTo(entropyBits(freqs), 12);
    }));
  });

  it('Kraft sum of the code lengths is exactly 1 (a full binary tree)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 40 }), (freqs) => {
      const kraft = huffmanCode(freqs).lengths.reduce((a, l) => a + 2 ** -l, 0);
      expect(kraft).toBeCloseTo(1, 12);
    }));
  });
});

describe('modelled symbol distributions', () => {
  it('quantizedWeightProbabilities sums to 1 and is bimodal after pruning (empty middle bins)', () => {
    const p = quantizedWeightProbabilities({ bits: 5, density: 0.1 });
    expect(p).toHaveLength(32);
    expect(p.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 12);
    expect(p[15]! + p[16]!).toBeLessThan(1e-9);
  });

  it('relativeIndexProbabilities sums to 1 and Huffman-codes below the fixed index width', () => {
    const p = relativeIndexProbabilities({ density: 0.09, indexBits: 4 });
    expect(p.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 12);
    expect(huffmanCode(p).averageBits).toBeLessThan(4);
  });

  it('relativeIndexProbabilities at density 1 puts all mass on distance 1 (regression: 0·∞ gave NaN)', () => {
    const p = relativeIndexProbabilities({ density: 1, indexBits: 3 });
    expect(p).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(huffmanCode(p).averageBits).toBe(1);
  });

  it('both distributions are finite and sum to 1 across the density range, including the ends', () => {
    fc.assert(fc.property(
      fc.oneof(fc.constantFrom(1, Number.MIN_VALUE, 1e-12, 1 - 1e-12), fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true })),
      fc.integer({ min: 1, max: 8 }),
      (d, bits) => {
        for (const p of [relativeIndexProbabilities({ density: d, indexBits: bits }), quantizedWeightProbabilities({ bits, density: d })]) {
          expect(p.every(Number.isFinite)).toBe(true);
          expect(p.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 9);
        }
      }));
  });
});
