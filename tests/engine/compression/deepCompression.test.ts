import { describe, expect, it } from 'vitest';
import {
  DEEP_COMPRESSION_NETWORKS, deepCompressionRatio, weightSharingDerivation, weightSharingRatio, type DeepCompressionNetworkId,
} from '../../../src/engine/compression/index.ts';

const DC = "Han, Mao, Dally, 'Deep Compression' (ICLR 2016, arXiv 1510.00149)";
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('Deep Compression golden values', () => {
  it(`DC-01: LeNet-300-100 dense FP32 parameters = 1,066,440 B ≈ 1070 KB (KB = 1000 B) within 0.5% (${DC}, Table 1; Table 2 total 266K)`, () => {
    const net = DEEP_COMPRESSION_NETWORKS['lenet-300-100'];
    expect(net.parameters).toBe(266610);
    expect(relErr(net.parameters * 4, 1070000)).toBeLessThanOrEqual(0.005);
  });

  it(`DC-05: AlexNet compressed to 2.88% is 35× within 1% (${DC}, Tables 1–5, compress rate P+Q+H total)`, () => {
    const net = DEEP_COMPRESSION_NETWORKS.alexnet;
    expect(relErr(1 / net.published.ratePQH, 35)).toBeLessThanOrEqual(0.01);
  });

  it(`DC-13: weightSharingRatio(16 weights, 32 bits, 4 clusters) = 16·32/(16·2 + 4·32) = 3.2 exactly (${DC}, Sec. 3 eq. 1)`, () => {
    expect(weightSharingRatio({ weights: 16, bits: 32, clusters: 4 })).toBe(3.2);
    expect(weightSharingDerivation({ weights: 16, bits: 32, clusters: 4 }).result.value).toBe(3.2);
  });

  it(`DC-15: AlexNet pruning keeps 11% of weights → 9× within 2% (${DC}, Table 4 total)`, () => {
    expect(relErr(1 / 0.11, 9)).toBeLessThanOrEqual(0.02);
    // The same from the per-layer table: pruned weights only, no index cost.
    expect(relErr(deepCompressionRatio('alexnet', { stage: 'P' }).ratio, 9)).toBeLessThanOrEqual(0.02);
  });
});

// Published network ratios (Table 1 and the total rows of Tables 2–5).
const published: [DeepCompressionNetworkId, number, number, number][] = [
  ['lenet-300-100', 12, 32, 40],
  ['lenet-5', 12, 33, 39],
  ['alexnet', 9, 27, 35],
  ['vgg-16', 13, 31, 49],
];

describe('deepCompressionRatio from the per-layer tables', () => {
  for (const [id, p, pq, pqh] of published) {
    it(`${id}: pruning ratio within 2% of ${p}× (weights% are printed to 1%)`, () => {
      expect(relErr(deepCompressionRatio(id, { stage: 'P' }).ratio, p)).toBeLessThanOrEqual(0.02);
    });
    it(`${id}: prune + quantise with index padding within 6% of ${pq}×`, () => {
      expect(relErr(deepCompressionRatio(id, { stage: 'PQ', padding: true }).ratio, pq)).toBeLessThanOrEqual(0.06);
    });
    it(`${id}: prune + quantise + Huffman with index padding within 10% of ${pqh}×`, () => {
      expect(relErr(deepCompressionRatio(id, { stage: 'PQH', padding: true }).ratio, pqh)).toBeLessThanOrEqual(0.10);
    });
  }

  it('deepCompressionRatio with padding is never above the ratio without it', () => {
    for (const [id] of published) {
      expect(deepCompressionRatio(id, { padding: true }).ratio).toBeLessThanOrEqual(deepCompressionRatio(id, { padding: false }).ratio);
    }
  });

  it('deepCompressionRatio reproduces AlexNet conv1 P+Q rate 32.6% within 2% (dense layer: no padding matters)', () => {
    const conv1 = deepCompressionRatio('alexnet', { stage: 'PQ' }).layers[0]!;
    expect(relErr(conv1.rate, 0.326)).toBeLessThanOrEqual(0.02);
  });
});
