import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attainableFlops, getHardware, getModel, inferenceStep, kvCacheBytes, listHardware, listModels, memoryBreakdown, modelFromHfConfig,
  peakFlops, PRECISIONS, ridgePoint, weightBytes, type HardwareSpec, type ModelSpec, type Precision,
} from '../../src/engine/index.ts';

const models = listModels();
const fp16Hardware = listHardware().filter((h) => h.denseFlopsPerSec.fp16 !== undefined);
const arbModel = fc.constantFrom(...models);
const arbHw = fc.constantFrom(...fp16Hardware);
const arbPhase = fc.constantFrom('prefill' as const, 'decode' as const);
const arbBatch = fc.integer({ min: 1, max: 256 });
const arbTokens = fc.integer({ min: 1, max: 8192 });
const arbEff = fc.constantFrom('ideal' as const, 'realistic' as const);
const runs = { numRuns: 150 };

const step = (m: ModelSpec, hw: HardwareSpec, phase: 'prefill' | 'decode', batch: number, tokens: number, extra: object = {}) =>
  inferenceStep(m, hw, { phase, batch, tokens, ...extra });

describe('properties of inferenceStep', () => {
  it('inferenceStep time never drops when batch grows', () => {
    fc.assert(fc.property(arbModel, arbHw, arbPhase, arbBatch, arbTokens, arbEff, (m, hw, phase, b, n, efficiency) => {
      expect(step(m, hw, phase, b + 1, n, { efficiency }).seconds).toBeGreaterThanOrEqual(step(m, hw, phase, b, n, { efficiency }).seconds);
    }), runs);
  });
  it('inferenceStep time never drops when context grows', () => {
    fc.assert(fc.property(arbModel, arbHw, arbPhase, arbBatch, arbTokens, (m, hw, phase, b, n) => {
      expect(step(m, hw, phase, b, n + 7).seconds).toBeGreaterThanOrEqual(step(m, hw, phase, b, n).seconds);
    }), runs);
  });
  it('inferenceStep time and FLOPs never drop when layers are added', () => {
    fc.assert(fc.property(arbModel, arbHw, arbPhase, arbBatch, arbTokens, (m, hw, phase, b, n) => {
      const deeper = { ...m, numLayers: m.numLayers + 1 };
      const a = step(m, hw, phase, b, n);
      const c = step(deeper, hw, phase, b, n);
      expect(c.seconds).toBeGreaterThan(a.seconds);
      expect(c.flops).toBeGreaterThan(a.flops);
    }), runs);
  });
  it('inferenceStep time never drops when weight bits grow', () => {
    fc.assert(fc.property(arbModel, arbHw, arbPhase, arbBatch, arbTokens, fc.integer({ min: 1, max: 15 }), (m, hw, phase, b, n, bits) => {
      expect(step(m, hw, phase, b, n, { weights: { bits: bits + 1 } }).seconds)
        .toBeGreaterThanOrEqual(step(m, hw, phase, b, n, { weights: { bits } }).seconds);
    }), runs);
  });
  it('inferenceStep time never drops when memory bandwidth drops', () => {
    fc.assert(fc.property(arbModel, arbHw, arbPhase, arbBatch, arbTokens, fc.double({ min: 0.05, max: 1, noNaN: true }), (m, hw, phase, b, n, f) => {
      const slower = { ...hw, memoryBandwidthBytesPerSec: hw.memoryBandwidthBytesPerSec * f };
      expect(step(m, slower, phase, b, n).seconds).toBeGreaterThanOrEqual(step(m, hw, phase, b, n).seconds);
    }), runs);
  });
  it('inferenceStep parts sum to totals (ops → flops/bytes; compute + memory + launch + comm → seconds)', () => {
    fc.assert(fc.property(arbModel, arbPhase, arbBatch, arbTokens, fc.constantFrom(1, 2), (m, phase, b, n, tp) => {
      const r = step(m, getHardware('h100-sxm'), phase, b, n, { tp });
      let flops = 0;
      let bytes = 0;
      let seconds = r.communicationSeconds;
      for (const o of r.ops) {
        flops += o.count * o.flops;
        bytes += o.count * o.bytes.total;
        seconds += o.count * o.seconds;
        expect(o.bytes.total).toBeCloseTo(o.bytes.weights + o.bytes.activations + o.bytes.kv, 6);
      }
      expect(flops).toBeCloseTo(r.flops, 0);
      expect(bytes / r.bytes).toBeCloseTo(1, 12);
      expect(seconds / r.seconds).toBeCloseTo(1, 12);
      expect((r.computeSeconds + r.memorySeconds + r.launchSeconds + r.communicationSeconds) / r.seconds).toBeCloseTo(1, 12);
    }), runs);
  });
  it('inferenceStep returns finite, non-negative numbers for any valid input', () => {
    fc.assert(fc.property(arbModel, arbHw, arbPhase, fc.integer({ min: 1, max: 1 << 16 }), fc.integer({ min: 1, max: 1 << 20 }),
      fc.constantFrom('fp32', 'fp16', 'int8', 'int4') as fc.Arbitrary<'fp32' | 'fp16' | 'int8' | 'int4'>, (m, hw, phase, b, n, w) => {
        const r = step(m, hw, phase, b, n, { weights: w, kv: w });
        for (const v of [r.seconds, r.flops, r.bytes, r.computeSeconds, r.memorySeconds, r.launchSeconds]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        for (const o of r.ops) expect(Number.isFinite(o.seconds) && Number.isFinite(o.intensity)).toBe(true);
      }), runs);
  });
});

describe('properties of memory', () => {
  it('kvCacheBytes doubles when batch doubles and grows with tokens', () => {
    fc.assert(fc.property(arbModel, arbBatch, arbTokens, (m, b, n) => {
      expect(kvCacheBytes(m, { tokens: n, batch: 2 * b })).toBeCloseTo(2 * kvCacheBytes(m, { tokens: n, batch: b }), 0);
      expect(kvCacheBytes(m, { tokens: n + 1, batch: b })).toBeGreaterThan(kvCacheBytes(m, { tokens: n, batch: b }));
    }), runs);
  });
  it('weightBytes grows with bits', () => {
    fc.assert(fc.property(arbModel, fc.integer({ min: 1, max: 31 }), (m, bits) => {
      expect(weightBytes(m, { bits: bits + 1 })).toBeGreaterThan(weightBytes(m, { bits }));
    }), runs);
  });
  it('memoryBreakdown parts sum to the total and grow with batch', () => {
    fc.assert(fc.property(arbModel, arbHw, arbBatch, arbTokens, (m, hw, b, n) => {
      const r = memoryBreakdown(m, hw, { batch: b, tokens: n });
      expect((r.weights + r.kv + r.activations + r.workspace) / r.total).toBeCloseTo(1, 12);
      expect(memoryBreakdown(m, hw, { batch: b + 1, tokens: n }).total).toBeGreaterThan(r.total);
    }), runs);
  });
});

describe('properties of the roofline', () => {
  const pairs = listHardware().flatMap((h) => PRECISIONS.filter((p) => h.denseFlopsPerSec[p] !== undefined).map((p) => [h, p] as [HardwareSpec, Precision]));
  const arbPair = fc.constantFrom(...pairs);
  it('attainableFlops never exceeds the peak and never decreases with intensity', () => {
    fc.assert(fc.property(arbPair, fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), ([hw, p], i, di) => {
      const a = attainableFlops(hw, p, i);
      expect(a).toBeLessThanOrEqual(peakFlops(hw, p));
      expect(attainableFlops(hw, p, i + di)).toBeGreaterThanOrEqual(a);
    }), runs);
  });
  it('attainableFlops is continuous at the ridge point', () => {
    fc.assert(fc.property(arbPair, ([hw, p]) => {
      const r = ridgePoint(hw, p);
      const eps = r * 1e-9;
      expect(attainableFlops(hw, p, r) / peakFlops(hw, p)).toBeCloseTo(1, 12);
      expect(attainableFlops(hw, p, r - eps) / attainableFlops(hw, p, r + eps)).toBeCloseTo(1, 6);
    }), runs);
  });
});

it('getModel returns the same preset object every time (cached constants stay valid)', () => {
  expect(getModel('llama-2-7b')).toBe(getModel('llama-2-7b'));
});

describe('properties over arbitrary configs', () => {
  const arbConfig = fc.record({
    kv: fc.integer({ min: 1, max: 8 }),
    group: fc.integer({ min: 1, max: 8 }),
    headDim: fc.constantFrom(32, 64, 128),
    layers: fc.integer({ min: 1, max: 96 }),
    ffMult: fc.integer({ min: 1, max: 8 }),
    vocab: fc.integer({ min: 1, max: 200000 }),
    experts: fc.option(fc.integer({ min: 2, max: 16 }), { nil: undefined }),
  });
  it('inferenceStep and memoryBreakdown stay finite for any valid config.json', () => {
    fc.assert(fc.property(arbConfig, arbPhase, arbBatch, arbTokens, (c, phase, b, n) => {
      const heads = c.kv * c.group;
      const hidden = heads * c.headDim;
      const config = {
        model_type: c.experts ? 'mixtral' : 'llama', hidden_size: hidden, num_hidden_layers: c.layers, num_attention_heads: heads,
        num_key_value_heads: c.kv, intermediate_size: hidden * c.ffMult, vocab_size: c.vocab, max_position_embeddings: 8192,
        ...(c.experts ? { num_local_experts: c.experts, num_experts_per_tok: 2 } : {}),
      };
      const m = modelFromHfConfig(config);
      const r = inferenceStep(m, getHardware('h100-sxm'), { phase, batch: b, tokens: n });
      const mem = memoryBreakdown(m, getHardware('h100-sxm'), { batch: b, tokens: n });
      for (const v of [r.seconds, r.flops, r.bytes, mem.total, mem.free]) expect(Number.isFinite(v)).toBe(true);
    }), runs);
  });
});
