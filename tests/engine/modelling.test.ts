/**
 * Issue #10 item 4, the modelling fixes: ridge points at the TPU paper's
 * precision and unit, softmax charged at the special-function rate,
 * FlashAttention-2's K/V re-reads per query head, FP16 tables and vectors
 * under quantised matrices, the one live-activation peak, chunked prefill's
 * past tokens. Each test compares the engine with an independent computation
 * or a published figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activationPeakBytes, activationPeakDerivation, deviceRidge, getHardware, getModel, inferenceStep, INT4_G128_FP16, layerBuffers,
  layerTensorLifetimes, liveBytesByOp, listHardware, substitutedValue, tensorParallelLayout, weightBytes,
  type ModelSpec,
} from '../../src/engine/index.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('deviceRidge: the TPU paper\'s units (1 MAC = 2 FLOP) and precisions', () => {
  // Jouppi et al. 2017, Table 2 / Figures 5–7: ridge points in MAC ops per weight byte.
  const PAPER = [['tpu-v1', 'int8', 1350], ['haswell-e5-2699-v3', 'fp32', 13], ['k80', 'fp32', 9]] as const;
  it.each(PAPER)('%s: %s peak, within 5%% of the paper\'s %d MAC/B', (id, precision, paper) => {
    const r = deviceRidge(getHardware(id));
    expect(r.precision).toBe(precision);
    expect(rel(r.macsPerByte, paper)).toBeLessThan(0.05);
  });

  it('every preset: FLOP/B is twice MAC/B and equals peak ÷ bandwidth at the stated precision', () => {
    for (const hw of listHardware()) {
      const r = deviceRidge(hw);
      expect(r.flopsPerMac).toBe(2);
      expect(r.flopsPerByte).toBeCloseTo(2 * r.macsPerByte, 9);
      const peak = hw.denseFlopsPerSec[r.precision] as number;
      expect(rel(r.flopsPerByte, peak / hw.memoryBandwidthBytesPerSec)).toBeLessThan(1e-12);
    }
  });
});

describe('softmax at the special-function rate', () => {
  const m7 = getModel('llama-2-7b');
  const h100 = getHardware('h100-sxm');

  it('H100 rate is FA-3\'s 132 SMs × 16 exp/clock × 1.83 GHz (3.9 TOPS, 256× below the FP16 tensor peak)', () => {
    expect(rel(h100.specialFunctionOpsPerSec as number, 132 * 16 * 1.83e9)).toBeLessThan(1e-9);
    expect((h100.denseFlopsPerSec.fp16 as number) / (h100.specialFunctionOpsPerSec as number)).toBeGreaterThan(200);
  });

  it('a long prefill\'s softmax takes at least its exps ÷ the special-function rate, and its exps are one per unmasked score', () => {
    const s = 8192;
    const step = inferenceStep(m7, h100, { phase: 'prefill', batch: 1, tokens: s, efficiency: 'ideal' });
    const softmax = step.ops.find((o) => o.class === 'softmax');
    expect(softmax).toBeDefined();
    const exps = (m7.numHeads * s * (s + 1)) / 2;
    expect(rel(softmax!.specialOps, exps)).toBeLessThan(1e-12);
    expect(softmax!.computeSeconds).toBeGreaterThanOrEqual(exps / (h100.specialFunctionOpsPerSec as number) * (1 - 1e-12));
  });

  it('without a special-function rate a device charges transcendentals at its vector peak (no SFU slowdown)', () => {
    const noSfu = { ...h100, id: 'h100-no-sfu', specialFunctionOpsPerSec: undefined };
    const a = inferenceStep(m7, h100, { phase: 'prefill', batch: 1, tokens: 4096, efficiency: 'realistic' });
    const b = inferenceStep(m7, noSfu, { phase: 'prefill', batch: 1, tokens: 4096, efficiency: 'realistic' });
    const sa = a.ops.find((o) => o.class === 'softmax')!;
    const sb = b.ops.find((o) => o.class === 'softmax')!;
    expect(sa.computeSeconds).toBeGreaterThan(sb.computeSeconds);
  });
});

describe('FlashAttention-2 prefill reads K/V once per query head and query block', () => {
  const h100 = getHardware('h100-sxm');
  it('GQA (Llama-2-70B, 8 query heads per KV head): prefill attention K/V bytes grow with the query heads, decode\'s with the KV heads', () => {
    const m = getModel('llama-2-70b');
    const s = 4096;
    const prefill = inferenceStep(m, h100, { phase: 'prefill', batch: 1, tokens: s, efficiency: 'ideal' });
    const decode = inferenceStep(m, h100, { phase: 'decode', batch: 1, tokens: s, efficiency: 'ideal' });
    const kvBytes = (step: typeof prefill) => step.ops.filter((o) => o.class === 'attn-score' || o.class === 'attn-v').reduce((x, o) => x + o.bytes.kv, 0);
    // Decode: each KV head's s rows of K and V once: 2 · n_kv · s · d_h · 2 bytes per layer.
    expect(rel(kvBytes(decode), 2 * m.numKvHeads * s * m.headDim * 2)).toBeLessThan(0.01);
    // Prefill: every query head streams its KV head's rows up to the diagonal for each of its ⌈s/B_r⌉ query blocks: ≫ the cache itself.
    expect(kvBytes(prefill)).toBeGreaterThan((m.numHeads / m.numKvHeads) * 2 * m.numKvHeads * s * m.headDim * 2);
  });

  it('the re-read grows with the prompt (≈ s²) while the cache grows with s', () => {
    const m = getModel('llama-2-7b');
    const at = (s: number) => inferenceStep(m, h100, { phase: 'prefill', batch: 1, tokens: s, efficiency: 'ideal' })
      .ops.filter((o) => o.class === 'attn-score' || o.class === 'attn-v').reduce((x, o) => x + o.bytes.kv, 0);
    const ratio = at(8192) / at(2048);
    expect(ratio).toBeGreaterThan(10);
    expect(ratio).toBeLessThan(17);
  });
});

describe('quantised matrices keep FP16 norm vectors and embedding tables (configurable)', () => {
  const m = getModel('llama-2-7b');
  it('INT4 weights: the embedding and lm_head tables stay at 16 bits unless embeddingBits says otherwise', () => {
    const tables = m.vocabSize * m.hiddenSize * (m.tieWordEmbeddings ? 1 : 2);
    const fp16Tables = weightBytes(m, INT4_G128_FP16);
    const int4Tables = weightBytes(m, { ...INT4_G128_FP16, embeddingBits: 4 });
    // The tables alone drop from 16 to 4 bits: (16 − 4)/8 bytes per element.
    expect(rel(fp16Tables - int4Tables, (tables * 12) / 8)).toBeLessThan(1e-9);
  });

  it('norm vectors stay FP16 (vectorBits): 4-bit vectors would save exactly their (16 − 4)/8 bytes per element', () => {
    const vectors = (2 * m.numLayers + 1) * m.hiddenSize;
    const d = weightBytes(m, INT4_G128_FP16) - weightBytes(m, { ...INT4_G128_FP16, vectorBits: 4 });
    expect(rel(d, (vectors * 12) / 8)).toBeLessThan(1e-9);
  });
});

describe('one live-activation peak for inference', () => {
  const models = ['llama-2-7b', 'opt-13b', 'mixtral-8x7b', 'llama-2-70b'].map(getModel);

  it('activationPeakBytes (one layer, in-place element-wise ops) is the largest live set of layerTensorLifetimes\' buffers', () => {
    fc.assert(fc.property(
      fc.constantFrom<ModelSpec>(...models), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4096 }), fc.constantFrom<'flash' | 'naive'>('flash', 'naive'),
      (model, batch, tokens, attention) => {
        const l = layerTensorLifetimes(model, { batch, tokens, attention });
        const live = Math.max(...liveBytesByOp(layerBuffers(l, true), l.ops.length));
        const peak = activationPeakBytes(model, batch, tokens, 'fp16', tensorParallelLayout(model, 1), 1, attention);
        expect(rel(peak, live)).toBeLessThan(1e-9);
      },
    ), { seed: 0xacc, numRuns: 60 });
  });

  it('its derivation substitutes back to the number', () => {
    const d = activationPeakDerivation(getModel('llama-2-70b'), { batch: 4, tokens: 1024, tp: 8, attention: 'naive' });
    expect(rel(substitutedValue(d), d.result.value)).toBeLessThan(1e-12);
  });
});

describe('chunked prefill: a chunk after p past tokens', () => {
  const m = getModel('llama-2-7b');
  const h100 = getHardware('h100-sxm');
  it('attends to the past: a 512-token chunk after 3584 past tokens does the attention FLOPs of rows 3585…4096 of a 4096-token prefill', () => {
    const score = (o: { class: string }) => o.class === 'attn-score';
    const full = inferenceStep(m, h100, { phase: 'prefill', batch: 1, tokens: 4096, efficiency: 'ideal' }).ops.find(score)!;
    const head = inferenceStep(m, h100, { phase: 'prefill', batch: 1, tokens: 3584, efficiency: 'ideal' }).ops.find(score)!;
    const chunk = inferenceStep(m, h100, { phase: 'prefill', batch: 1, tokens: 512, pastTokens: 3584, efficiency: 'ideal' }).ops.find(score)!;
    expect(rel(chunk.flops, full.flops - head.flops)).toBeLessThan(1e-9);
  });
});
