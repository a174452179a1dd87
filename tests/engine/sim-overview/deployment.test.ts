import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, getHardware, getModel, INT4_G128_FP16, largestBatchThatFits, memoryBreakdown, servingEstimate } from '../../../src/engine/index.ts';
import { deploymentEstimate, type DeploymentConfig } from '../../../src/engine/serving/deploymentEstimate.ts';
import { kvReservedTokens } from '../../../src/engine/serving/kvReservation.ts';
import { readingSpeedTpotSeconds } from '../../../src/engine/serving/readingSpeed.ts';
import { servingEnergy } from '../../../src/engine/energy/servingEnergy.ts';

const m = getModel('llama-2-13b');
const a100 = getHardware('a100-80gb-sxm');
const base: DeploymentConfig = { weights: 'fp16', kv: 'fp16', batch: 64, paged: false, tp: 1, attention: 'flash', promptTokens: 512, outputTokens: 256 };

describe('kvReservedTokens', () => {
  it('kvReservedTokens reserves the maximum length without paging and whole 16-token blocks with it', () => {
    expect(kvReservedTokens({ promptTokens: 512, outputTokens: 256, maxLength: 4096, paged: false })).toBe(4096);
    expect(kvReservedTokens({ promptTokens: 512, outputTokens: 256, maxLength: 4096, paged: true })).toBe(768);
    expect(kvReservedTokens({ promptTokens: 7, outputTokens: 1, maxLength: 2048, paged: true })).toBe(16);
  });
  it('kvReservedTokens with paging wastes less than one block', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), (p, o) => {
      const r = kvReservedTokens({ promptTokens: p, outputTokens: o, maxLength: 4096, paged: true });
      return r >= p + o && r - (p + o) < 16 && r % 16 === 0;
    }));
  });
  it('kvReservedTokens rejects a request longer than the maximum length', () => {
    expect(() => kvReservedTokens({ promptTokens: 4000, outputTokens: 200, maxLength: 4096, paged: true })).toThrow(EngineError);
  });
});

describe('deploymentEstimate', () => {
  it('deploymentEstimate admits min(requested, largestBatchThatFits at the reserved length, activations of the prompt prefill)', () => {
    const contiguous = deploymentEstimate(m, a100, base);
    expect(contiguous.batchLimit).toBe(largestBatchThatFits(m, a100, { tokens: 4096, stepTokens: 512, attention: 'flash', tp: 1, weights: 'fp16', kv: 'fp16' }));
    expect(contiguous.memory.activations).toBeLessThan(memoryBreakdown(m, a100, { batch: contiguous.batch, tokens: 4096 }).activations);
    expect(contiguous.batch).toBe(Math.min(64, contiguous.batchLimit));
    expect(contiguous.limitedByMemory).toBe(true);
    const paged = deploymentEstimate(m, a100, { ...base, paged: true });
    expect(paged.batch).toBe(64);
    expect(paged.limitedByMemory).toBe(false);
  });
  it('deploymentEstimate: paging lets more requests run and raises tokens/s for Llama-2-13B on an A100 80GB', () => {
    const contiguous = deploymentEstimate(m, a100, base);
    const paged = deploymentEstimate(m, a100, { ...base, paged: true });
    expect(paged.batch).toBeGreaterThan(2 * contiguous.batch);
    expect(paged.serving!.tokensPerSecond).toBeGreaterThan(contiguous.serving!.tokensPerSecond);
  });
  it('deploymentEstimate timing equals servingEstimate at the admitted batch', () => {
    const d = deploymentEstimate(m, a100, { ...base, paged: true, batch: 8, weights: INT4_G128_FP16 });
    const s = servingEstimate(m, a100, { batch: 8, promptTokens: 512, outputTokens: 256, weights: INT4_G128_FP16, kv: 'fp16', tp: 1, attention: 'flash' });
    expect(d.serving!.tpotSeconds).toBeCloseTo(s.tpotSeconds, 12);
    expect(d.memory.total).toBe(memoryBreakdown(m, a100, d.memoryOptions).total);
  });
  it('deploymentEstimate reports batch 0 and no timing when one request does not fit', () => {
    const d = deploymentEstimate(getModel('llama-2-70b'), a100, { ...base, batch: 1 });
    expect(d.batch).toBe(0);
    expect(d.serving).toBeNull();
    expect(d.memory.fits).toBe(false);
  });
  it('deploymentEstimate: memory fits whenever a batch runs (any batch, weights, paging)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), fc.constantFrom('fp16', 'int8', 'int4') , fc.boolean(), (b, w, paged) => {
      const d = deploymentEstimate(m, a100, { ...base, batch: b, weights: w as 'fp16', paged });
      return d.batch === 0 || (d.memory.fits && d.batch <= b && Number.isFinite(d.serving!.tokensPerSecond));
    }), { numRuns: 25 });
  });
});

describe('servingEnergy', () => {
  it('servingEnergy per token falls when the batch grows (weights read once for the whole batch)', () => {
    const e1 = servingEnergy(m, a100, { batch: 1, promptTokens: 512, outputTokens: 256 });
    const e16 = servingEnergy(m, a100, { batch: 16, promptTokens: 512, outputTokens: 256 });
    expect(e16.joulesPerToken).toBeLessThan(e1.joulesPerToken / 4);
  });
  it('servingEnergy at batch 1 is dominated by DRAM traffic (Horowitz: 160 pJ/B vs 1.5 pJ per FP16 MAC)', () => {
    const e = servingEnergy(m, a100, { batch: 1, promptTokens: 512, outputTokens: 256 });
    expect(e.dramShare).toBeGreaterThan(0.5);
    expect(e.prefillJoules + e.decodeJoules).toBeCloseTo(e.joulesPerToken * 256, 6);
  });
  it('servingEnergy decode part ≈ 2 bytes/param × 160 pJ/B per token at batch 1 (weights dominate)', () => {
    const e = servingEnergy(m, a100, { batch: 1, promptTokens: 16, outputTokens: 16 });
    const weightOnly = 13.0e9 * 2 * 160e-12;
    expect(Math.abs(e.decodeJoules / 16 - weightOnly) / weightOnly).toBeLessThan(0.1);
  });
  it('servingEnergy is never NaN or Infinity for valid input', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 2048 }), fc.integer({ min: 1, max: 512 }), (b, p, o) =>
      Number.isFinite(servingEnergy(m, a100, { batch: b, promptTokens: p, outputTokens: o }).joulesPerToken)), { numRuns: 20 });
  });
});

describe('readingSpeedTpotSeconds', () => {
  it('readingSpeedTpotSeconds: 238 words/min × 4/3 tokens/word → 189 ms per token (Brysbaert 2019; OpenAI rule of thumb)', () => {
    expect(Math.abs(readingSpeedTpotSeconds() - 0.189) / 0.189).toBeLessThan(0.005);
  });
  it('readingSpeedTpotSeconds rejects a zero reading rate', () => {
    expect(() => readingSpeedTpotSeconds(0)).toThrow(EngineError);
  });
});
