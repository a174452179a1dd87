import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, getHardware, getModel, INT4_G128_FP16, servingEstimate } from '../../../src/engine/index.ts';
import { deploymentEstimate } from '../../../src/engine/serving/deploymentEstimate.ts';
import { inferenceStep } from '../../../src/engine/serving/inferenceStep.ts';
import { overlappedServing } from '../../../src/engine/serving/overlappedServing.ts';
import {
  practiceLevel, practiceStack, RECOMMENDED_PRACTICE_ORDER, type PracticeId, type PracticeSettings,
} from '../../../src/engine/serving/practiceStack.ts';

const m13 = getModel('llama-2-13b');
const a100 = getHardware('a100-40gb-sxm');
const orin = getHardware('jetson-agx-orin-64gb');
const settings: PracticeSettings = {
  weights: 'int8', batch: 64, tpotTargetSeconds: 0.025, overlapFraction: 1, promptTokens: 512, outputTokens: 256, maxLength: 4096,
};
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('overlappedServing', () => {
  const step = { weights: 'int8' as const, kv: 'fp16' as const, tp: 2, attention: 'flash' as const, batch: 16, promptTokens: 512, outputTokens: 128 };

  it('overlappedServing with overlapFraction 0 equals servingEstimate', () => {
    const o = overlappedServing(m13, a100, { ...step, overlapFraction: 0 });
    const s = servingEstimate(m13, a100, step);
    expect(o.tpotSeconds).toBe(s.tpotSeconds);
    expect(o.ttftSeconds).toBe(s.ttftSeconds);
  });

  it('overlappedServing on one GPU is unchanged by any overlap fraction', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (f) => {
      const o = overlappedServing(m13, a100, { ...step, tp: 1, overlapFraction: f });
      return o.tpotSeconds === o.serial.tpotSeconds && o.decodeHiddenSeconds === 0;
    }), { numRuns: 10 });
  });

  it('overlappedServing TPOT never rises as the overlap fraction grows', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return overlappedServing(m13, a100, { ...step, overlapFraction: hi }).tpotSeconds <= overlappedServing(m13, a100, { ...step, overlapFraction: lo }).tpotSeconds;
    }), { numRuns: 10 });
  });

  it('overlappedServing with full overlap hides the whole decode all-reduce time when other work is longer', () => {
    const o = overlappedServing(m13, a100, { ...step, overlapFraction: 1 });
    const first = inferenceStep(m13, a100, { ...step, phase: 'decode', tokens: 513 });
    expect(first.seconds - first.communicationSeconds).toBeGreaterThan(first.communicationSeconds);
    expect(rel(o.decodeHiddenSeconds, first.communicationSeconds)).toBeLessThan(1e-12);
    expect(rel(o.serial.tpotSeconds - o.tpotSeconds, first.communicationSeconds)).toBeLessThan(1e-9);
  });

  it('overlappedServing derivation result is the TPOT it returns', () => {
    const o = overlappedServing(m13, a100, { ...step, overlapFraction: 0.5 });
    expect(o.tpotDerivation.result.value).toBe(o.tpotSeconds);
  });

  it('overlappedServing rejects an overlap fraction above 1', () => {
    expect(() => overlappedServing(m13, a100, { ...step, overlapFraction: 1.5 })).toThrow(EngineError);
  });
});

describe('practiceStack', () => {
  it('practiceStack level 0 is the unoptimised deployment (FP16, batch 1, contiguous KV, naive attention, one GPU)', () => {
    const [base] = practiceStack(m13, a100, RECOMMENDED_PRACTICE_ORDER, settings);
    const d = deploymentEstimate(m13, a100, { weights: 'fp16', kv: 'fp16', batch: 1, paged: false, tp: 1, attention: 'naive', promptTokens: 512, outputTokens: 256, maxLength: 4096 });
    expect(base?.tpotSeconds).toBe(d.serving?.tpotSeconds);
    expect(base?.memoryPerGpuBytes).toBe(d.memory.total);
  });

  it('practiceStack has one level per practice plus the baseline', () => {
    expect(practiceStack(m13, a100, RECOMMENDED_PRACTICE_ORDER, settings)).toHaveLength(RECOMMENDED_PRACTICE_ORDER.length + 1);
  });

  it('practiceStack ends at the same deployment whatever the order', () => {
    const ref = practiceStack(m13, a100, RECOMMENDED_PRACTICE_ORDER, settings).at(-1);
    fc.assert(fc.property(fc.shuffledSubarray([...RECOMMENDED_PRACTICE_ORDER], { minLength: 6, maxLength: 6 }), (order) => {
      const last = practiceStack(m13, a100, order as PracticeId[], settings).at(-1);
      return last?.tpotSeconds === ref?.tpotSeconds && last?.memoryPerGpuBytes === ref?.memoryPerGpuBytes && last?.tp === ref?.tp;
    }), { numRuns: 6 });
  });

  it('practiceLevel quantising weights lowers TPOT at batch 1 (decode reads fewer bytes)', () => {
    const base = practiceLevel(m13, a100, [], settings);
    const q = practiceLevel(m13, a100, ['quantise-weights'], settings);
    const q4 = practiceLevel(m13, a100, ['quantise-weights'], { ...settings, weights: INT4_G128_FP16 });
    expect(q.tpotSeconds as number).toBeLessThan(base.tpotSeconds as number);
    expect(q4.tpotSeconds as number).toBeLessThan(q.tpotSeconds as number);
    expect(q.bound).toBe('memory');
  });

  it('practiceLevel batching raises throughput and TPOT together (the throughput/latency trade-off)', () => {
    const before = practiceLevel(m13, a100, ['quantise-weights', 'kv-fp8'], settings);
    const after = practiceLevel(m13, a100, ['quantise-weights', 'kv-fp8', 'batching'], settings);
    expect(after.deployment.batch).toBeGreaterThan(1);
    expect(after.tokensPerSecond as number).toBeGreaterThan(5 * (before.tokensPerSecond as number));
    expect(after.tpotSeconds as number).toBeGreaterThan(before.tpotSeconds as number);
  });

  it('practiceLevel with batching gives TTFT as one request\'s prefill (continuous batching admits it alone)', () => {
    const l = practiceLevel(m13, a100, ['batching'], settings);
    const one = inferenceStep(m13, a100, { phase: 'prefill', batch: 1, tokens: 512, weights: 'fp16', kv: 'fp16', attention: 'naive' });
    expect(rel(l.ttftSeconds as number, one.seconds)).toBeLessThan(1e-12);
    expect(l.ttftSeconds as number).toBeLessThan(l.timing?.ttftSeconds as number);
  });

  it('practiceLevel tensor parallelism takes the fewest GPUs that meet the TPOT target', () => {
    const all: PracticeId[] = ['quantise-weights', 'kv-fp8', 'batching', 'fused-attention', 'tensor-parallel'];
    const tight = practiceLevel(m13, a100, all, settings);
    expect(tight.tp).toBe(2);
    expect(tight.tpReason).toBe('meets-target');
    expect(tight.tpotSeconds as number).toBeLessThanOrEqual(settings.tpotTargetSeconds);
    const loose = practiceLevel(m13, a100, all, { ...settings, tpotTargetSeconds: 1 });
    expect(loose.tp).toBe(1);
    expect(loose.tpReason).toBe('already-met');
  });

  it('practiceLevel tensor parallelism on a device without a GPU link stays on one chip', () => {
    const l = practiceLevel(getModel('llama-3.2-3b'), orin, ['tensor-parallel', 'overlap'], settings);
    expect(l.tp).toBe(1);
    expect(l.tpReason).toBe('no-link');
    expect(l.tpotSeconds).toBe(practiceLevel(getModel('llama-3.2-3b'), orin, [], settings).tpotSeconds);
  });

  it('practiceLevel reports capacity as the bound when not even one request fits', () => {
    const l = practiceLevel(getModel('llama-3-70b'), a100, ['quantise-weights'], { ...settings, maxLength: 8192 });
    expect(l.fits).toBe(false);
    expect(l.bound).toBe('capacity');
    expect(l.tpotSeconds).toBeNull();
  });

  it('practiceStack rejects a practice listed twice and an unknown practice', () => {
    expect(() => practiceStack(m13, a100, ['kv-fp8', 'kv-fp8'], settings)).toThrow(EngineError);
    expect(() => practiceLevel(m13, a100, ['turbo' as PracticeId], settings)).toThrow(EngineError);
  });
});

describe('chooseTensorParallel', () => {
  it('practiceStack plans the tensor-parallel degree once, so it does not change between later steps', async () => {
    const { chooseTensorParallel } = await import('../../../src/engine/serving/practiceStack.ts');
    const order: PracticeId[] = ['quantise-weights', 'tensor-parallel', 'fused-attention', 'batching', 'overlap'];
    const s: PracticeSettings = { weights: 'int8', batch: 32, tpotTargetSeconds: 0.05, overlapFraction: 1, promptTokens: 6000, outputTokens: 400, maxLength: 8192 };
    const m70 = getModel('llama-3-70b');
    const plan = chooseTensorParallel(m70, a100, order, s);
    const levels = practiceStack(m70, a100, order, s);
    for (const l of levels.slice(2)) expect(l.tp).toBe(plan.tp);
    const last = levels.at(-1)!;
    expect(last.deployment.batch).toBe(32);
    expect(last.meetsTarget).toBe(true);
  });
});
