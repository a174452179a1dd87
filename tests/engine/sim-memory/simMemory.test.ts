import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineError, getHardware, getModel, kvCacheBytes, weightBytes, INT4_G128_FP16 } from '../../../src/engine/index.ts';
import { llmCompression } from '../../../src/engine/compression/llmCompression.ts';
import { decodeBytesPerStep } from '../../../src/engine/memory/decodeBytes.ts';
import { BLOCK_FUSIONS, blockPeakActivationBytes, fusionSavings, partitionBlock, transformerBlockGraph } from '../../../src/engine/memory/blockGraph.ts';

const llama7 = getModel('llama-2-7b');
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('decodeBytesPerStep', () => {
  it('reads the FP16 KV cache of the whole context once (vLLM Sec. 3: 2·L·n_kv·d_h·2 B per token)', () => {
    const r = decodeBytesPerStep(llama7, getHardware('a100-80gb-sxm'), { batch: 4, contextTokens: 1000 });
    expect(rel(r.kv, kvCacheBytes(llama7, { tokens: 1000, batch: 4 }))).toBeLessThan(0.01);
  });
  it('reads the layer weights once per step, close to the FP16 checkpoint minus the embedding table', () => {
    const r = decodeBytesPerStep(llama7, getHardware('a100-80gb-sxm'), { batch: 1, contextTokens: 1 });
    const table = 32000 * 4096 * 2;
    expect(rel(r.weights, weightBytes(llama7, 'fp16') - table)).toBeLessThan(0.001);
  });
  it('perToken halves when batch doubles at a tiny context (weights are shared)', () => {
    const hw = getHardware('h100-sxm');
    const a = decodeBytesPerStep(llama7, hw, { batch: 8, contextTokens: 1 }).perToken;
    const b = decodeBytesPerStep(llama7, hw, { batch: 16, contextTokens: 1 }).perToken;
    expect(b / a).toBeGreaterThan(0.49);
    expect(b / a).toBeLessThan(0.52);
  });
  it('rejects batch 0 with an EngineError naming batch', () => {
    expect(() => decodeBytesPerStep(llama7, getHardware('l4'), { batch: 0, contextTokens: 1 })).toThrow(EngineError);
  });
});

describe('llmCompression', () => {
  it('with no technique equals the FP16 weight bytes', () => {
    expect(llmCompression(llama7, {}).totalBytes).toBe(weightBytes(llama7, 'fp16'));
  });
  it('INT4 group-128 FP16 scales matches weightBytes (embeddings and norm vectors kept in FP16)', () => {
    const r = llmCompression(llama7, { quantize: { bits: 4, groupSize: 128, scaleBits: 16 } });
    expect(rel(r.totalBytes, weightBytes(llama7, INT4_G128_FP16))).toBeLessThan(1e-9);
    expect(r.bytes.scales / (r.bytes.values)).toBeCloseTo(16 / 128 / 4, 6);
  });
  it('50% unstructured FP16 pruning with 16-bit CSR indices saves nothing (values + indices = dense)', () => {
    const r = llmCompression(llama7, { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } });
    expect(r.ratio).toBeLessThan(1);
    expect(r.bytes.indices).toBe(r.bytes.values);
  });
  it('2:4 metadata is 2 bits per kept value: 1/8 of FP16 kept values', () => {
    const r = llmCompression(llama7, { prune: { kind: '2:4' } });
    expect(r.bytes.metadata / r.bytes.values).toBeCloseTo(2 / 16, 9);
  });
  it('storage never grows when density falls (bitmask)', () => {
    fc.assert(fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: 0.01, max: 0.04, noNaN: true }), (d, step) => {
      const hi = llmCompression(llama7, { prune: { kind: 'unstructured', density: Math.min(1, d + step), index: 'bitmask' } }).totalBytes;
      const lo = llmCompression(llama7, { prune: { kind: 'unstructured', density: d, index: 'bitmask' } }).totalBytes;
      return lo <= hi;
    }), { numRuns: 30 });
  });
  it('a 16-entry codebook costs 16 FP16 values per matrix', () => {
    const r = llmCompression(llama7, { quantize: { bits: 4, codebook: true } });
    expect(r.bytes.codebook).toBe(7 * 32 * 16 * 2);
  });
  it('Huffman without quantisation is an EngineError', () => {
    expect(() => llmCompression(llama7, { huffman: true })).toThrow(EngineError);
  });
});

describe('transformerBlockGraph', () => {
  const prefill = transformerBlockGraph(llama7, { phase: 'prefill', batch: 1, tokens: 2048 });
  it('naive-attention scores are b·n_h·s²·2 bytes in prefill', () => {
    expect(prefill.tensors.find((t) => t.id === 'scores')?.bytes).toBe(32 * 2048 * 2048 * 2);
  });
  it('fusing attention saves the score and probability matrices', () => {
    const s = fusionSavings(prefill, ['flash-attention']);
    expect(s.materialisedBytesSaved).toBe(2 * 32 * 2048 * 2048 * 2);
    expect(s.peakAfter).toBeLessThan(s.peakBefore);
  });
  it('the block weights sum to the per-layer parameters in FP16', () => {
    const w = prefill.nodes.reduce((s, n) => s + n.weightBytes, 0);
    const perLayer = (weightBytes(llama7, 'fp16') - 2 * 32000 * 4096 * 2 - 4096 * 2) / 32;
    expect(rel(w, perLayer)).toBeLessThan(1e-9);
  });
  it('every fusion set lowers or keeps the peak (property)', () => {
    fc.assert(fc.property(fc.subarray([...BLOCK_FUSIONS]), (fs) =>
      blockPeakActivationBytes(prefill, new Set(fs)) <= blockPeakActivationBytes(prefill)), { numRuns: 16 });
  });
  it('partitionBlock keeps every subgraph within budget unless it is a single oversize operator', () => {
    fc.assert(fc.property(fc.double({ min: 1e6, max: 5e9, noNaN: true }), (budget) => {
      const parts = partitionBlock(prefill, budget);
      const all = parts.flatMap((p) => p.nodes);
      return all.length === prefill.nodes.length && parts.every((p) => p.peakBytes <= budget || (p.overBudget && (p.nodes.length === 1 || p.nodes.join() === 'gate,up')));
    }), { numRuns: 40 });
  });
  it('partitionBlock never separates the parallel gate and up projections', () => {
    for (const budget of [1e6, 3e7, 1e8, 3e8, 1e9]) {
      const parts = partitionBlock(prefill, budget);
      expect(parts.some((p) => p.nodes.includes('gate') !== p.nodes.includes('up'))).toBe(false);
    }
  });
  it('a budget above the whole block gives one subgraph', () => {
    expect(partitionBlock(prefill, 1e12)).toHaveLength(1);
  });
});
