import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressionPipeline, expectedFillersPerNonzero, sparseIndexCost, weightSharingRatio } from '../../../src/engine/compression/index.ts';

describe('sparse index cost', () => {
  it('bitmask costs one bit per position', () => {
    expect(sparseIndexCost({ weights: 8000, density: 0.1, format: 'bitmask' }).indexBytes).toBe(1000);
  });

  it('csr costs a column index per non-zero plus rows + 1 pointers (2a + n + 1 numbers)', () => {
    const c = sparseIndexCost({ weights: 100, density: 0.2, format: 'csr', rows: 10 });
    expect(c.indexBytes + c.metadataBytes).toBe((20 + 11) * 4);
  });

  it('2:4 keeps half the values with 2 bits of metadata per kept value (12.5% of FP16 values)', () => {
    const c = sparseIndexCost({ weights: 4096, density: 0.5, format: '2:4' });
    expect(c.metadataBytes).toBe(512);
    expect(c.metadataBytes / (c.entries * 2)).toBe(0.125);
  });

  it('expectedFillersPerNonzero = q^M/(1 − q^M): AlexNet fc6 at 9% with 4-bit indices ≈ 0.28', () => {
    expect(expectedFillersPerNonzero(0.09, 4)).toBeCloseTo(0.2211 / 0.7789, 3);
    expect(expectedFillersPerNonzero(1, 4)).toBe(0);
  });

  it('expectedFillersPerNonzero never increases with more index bits', () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 }), (d, b) => {
      expect(expectedFillersPerNonzero(d, b + 1)).toBeLessThanOrEqual(expectedFillersPerNonzero(d, b));
    }));
  });
});

describe('compressionPipeline', () => {
  it('components sum to the total and the ratio is original ÷ total', () => {
    const r = compressionPipeline({ weights: 1e6 }, { prune: { density: 0.1, index: 'relative', indexBits: 5 }, quantize: { bits: 5 }, huffman: true });
    const { values, indices, codebook, metadata } = r.bytes;
    expect(values + indices + codebook + metadata).toBeCloseTo(r.totalBytes, 6);
    expect(r.ratio).toBeCloseTo(4e6 / r.totalBytes, 9);
    expect(r.bytes.codebook).toBe(32 * 4);
  });

  it('Huffman never makes the pipeline larger', () => {
    const steps = { prune: { density: 0.08, index: 'relative' as const, indexBits: 5 }, quantize: { bits: 6 } };
    expect(compressionPipeline({ weights: 235200 }, { ...steps, huffman: true }).totalBytes)
      .toBeLessThanOrEqual(compressionPipeline({ weights: 235200 }, steps).totalBytes);
  });

  it('quantising without a codebook has ratio ≥ 1 for any bits ≤ 32', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 1, max: 32 }), (n, bits) => {
      expect(compressionPipeline({ weights: n }, { quantize: { bits, codebook: false } }).ratio).toBeGreaterThanOrEqual(1);
    }));
  });

  it('bitmask pruning has ratio ≥ 1 whenever d·bits + 1 ≤ 32 (the mask costs 1 bit per weight)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 32 }), (n, d, bits) => {
      fc.pre(d * bits + 1 <= 32);
      const r = compressionPipeline({ weights: n }, { prune: { density: d, index: 'bitmask' }, quantize: { bits, codebook: false } });
      expect(r.ratio).toBeGreaterThanOrEqual(1 - 1e-9);
      expect(Number.isFinite(r.ratio)).toBe(true);
    }));
  });

  it('weightSharingRatio ≥ 1 whenever n·log₂k + k·b ≤ n·b', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 65536 }), (n, b, k) => {
      fc.pre(k <= n && n * Math.log2(k) + k * b <= n * b);
      expect(weightSharingRatio({ weights: n, bits: b, clusters: k })).toBeGreaterThanOrEqual(1);
    }));
  });

  it('returns finite numbers for any valid slider position', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 1e8 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 }),
      fc.constantFrom('bitmask', 'csr', 'relative' as const), fc.boolean(),
      (n, d, bits, index, huffman) => {
        const r = compressionPipeline({ weights: n }, { prune: { density: d, index }, quantize: { bits }, huffman });
        for (const v of [r.totalBytes, r.ratio, r.bytes.values, r.bytes.indices]) expect(Number.isFinite(v)).toBe(true);
      }), { numRuns: 60, examples: [[1, 1, 1, 'relative', true], [1e8, 1, 12, 'relative', true], [1, 0, 1, 'csr', true]] });
  });
});
