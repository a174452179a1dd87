import { describe, expect, it } from 'vitest';
import {
  decodeTimeDerivation, fitDerivation, getHardware, getModel, inferenceStep, kvCacheDerivation, kvCacheBytes,
  largestBatchThatFits, longestContextThatFits, memoryBreakdown, ridgePoint, ridgePointDerivation, servingEstimate,
  weightBytes, weightBytesDerivation,
} from '../../src/engine/index.ts';

const m = getModel('llama-2-13b');
const rtx = getHardware('rtx-4090');
const a100 = getHardware('a100-80gb-sxm');

describe('memory fit', () => {
  it('Llama-2-13B in FP16 does not fit one 24 GB card; in INT4 it does', () => {
    expect(memoryBreakdown(m, rtx, { batch: 1, tokens: 1024 }).fits).toBe(false);
    expect(memoryBreakdown(m, rtx, { batch: 1, tokens: 1024, weights: 'int4' }).fits).toBe(true);
    expect(largestBatchThatFits(m, rtx, { tokens: 1024 })).toBe(0);
  });
  it('largestBatchThatFits returns the exact boundary: b fits and b + 1 does not', () => {
    const b = largestBatchThatFits(m, a100, { tokens: 2048 });
    expect(b).toBeGreaterThan(0);
    expect(memoryBreakdown(m, a100, { batch: b, tokens: 2048 }).fits).toBe(true);
    expect(memoryBreakdown(m, a100, { batch: b + 1, tokens: 2048 }).fits).toBe(false);
  });
  it('longestContextThatFits returns the exact boundary below the cap', () => {
    const n = longestContextThatFits(m, a100, { batch: 64, maxTokens: 1 << 20 });
    expect(memoryBreakdown(m, a100, { batch: 64, tokens: n }).fits).toBe(true);
    expect(memoryBreakdown(m, a100, { batch: 64, tokens: n + 1 }).fits).toBe(false);
  });
  it('memoryBreakdown per GPU shrinks the weights about tp-fold', () => {
    const one = memoryBreakdown(getModel('llama-2-70b'), a100, { batch: 1, tokens: 128, tp: 1 });
    const four = memoryBreakdown(getModel('llama-2-70b'), a100, { batch: 1, tokens: 128, tp: 4 });
    expect(one.weights / four.weights).toBeCloseTo(4, 2);
    expect(one.kv / four.kv).toBeCloseTo(4, 10);
  });
  it('servingEstimate: total = TTFT + mean TPOT × output tokens', () => {
    const s = servingEstimate(getModel('llama-3-8b'), a100, { batch: 4, promptTokens: 256, outputTokens: 100 });
    expect(s.totalSeconds).toBeCloseTo(s.ttftSeconds + s.tpotSeconds * 100, 12);
    const mid = inferenceStep(getModel('llama-3-8b'), a100, { phase: 'decode', batch: 4, tokens: 306 }).seconds;
    expect(s.tpotSeconds / mid).toBeCloseTo(1, 2);
  });
});

describe('derivations carry the same numbers as the functions', () => {
  it('weightBytesDerivation, kvCacheDerivation, ridgePointDerivation, decodeTimeDerivation, fitDerivation', () => {
    expect(weightBytesDerivation(m, 'fp16').result.value).toBe(weightBytes(m, 'fp16'));
    expect(kvCacheDerivation(m, { tokens: 100, batch: 2 }).result.value).toBe(kvCacheBytes(m, { tokens: 100, batch: 2 }));
    expect(ridgePointDerivation(a100, 'fp16').result.value).toBe(ridgePoint(a100, 'fp16'));
    expect(decodeTimeDerivation(m, a100, { batch: 1, tokens: 512 }).result.value)
      .toBe(inferenceStep(m, a100, { phase: 'decode', batch: 1, tokens: 512 }).seconds);
    expect(fitDerivation(m, a100, { batch: 1, tokens: 512 }).result.value).toBe(memoryBreakdown(m, a100, { batch: 1, tokens: 512 }).free);
  });
});
