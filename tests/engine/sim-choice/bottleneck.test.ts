import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, getHardware, getModel, inferenceStep, memoryBreakdown } from '../../../src/engine/index.ts';
import {
  baselineStepOptions, bottleneckAnalysis, compressedCommunicationSeconds, lowPrecisionCompute, remedySpeedupDerivation, stepMemoryOptions, stepSplitDerivation,
  type BottleneckScenario, type OptimisationFamily,
} from '../../../src/engine/serving/bottleneck.ts';

const a100 = getHardware('a100-80gb-sxm');
const m13 = getModel('llama-2-13b');
const m70 = getModel('llama-2-70b');

// The simulator's curated stops: each one should make a different family win (section 8 slide "优化策略比较").
const stops: { name: string; model: string; scenario: BottleneckScenario; winner: OptimisationFamily; bound: string }[] = [
  { name: 'batch-1 decode on one GPU', model: 'llama-2-13b', scenario: { phase: 'decode', batch: 1, tokens: 1024, tp: 1 }, winner: 'memory', bound: 'memory' },
  { name: 'long-prompt prefill on one GPU', model: 'llama-2-13b', scenario: { phase: 'prefill', batch: 1, tokens: 4096, tp: 1 }, winner: 'compute', bound: 'compute' },
  { name: 'TP 8 prefill over PCIe', model: 'llama-2-70b', scenario: { phase: 'prefill', batch: 1, tokens: 2048, tp: 8, interconnect: 'pcie-4-x16' }, winner: 'communication', bound: 'communication' },
  { name: 'Llama-2-70B TP 2 decode (the slide default)', model: 'llama-2-70b', scenario: { phase: 'decode', batch: 1, tokens: 1024, tp: 2 }, winner: 'memory', bound: 'memory' },
];

describe('bottleneckAnalysis', () => {
  for (const s of stops) {
    it(`bottleneckAnalysis of ${s.name}: bound ${s.bound}, ${s.winner} family wins`, () => {
      const a = bottleneckAnalysis(getModel(s.model), a100, s.scenario);
      expect(a.step.bound).toBe(s.bound);
      expect(a.bestFamily).toBe(s.winner);
      expect(a.bestSpeedup).toBeGreaterThan(1.5);
    });
  }

  it('bottleneckAnalysis baseline is the FP16, unfused-attention inferenceStep', () => {
    const sc: BottleneckScenario = { phase: 'decode', batch: 8, tokens: 2048, tp: 2 };
    const a = bottleneckAnalysis(m70, a100, sc);
    expect(a.step.seconds).toBe(inferenceStep(m70, a100, { ...sc, attention: 'naive' }).seconds);
    expect(baselineStepOptions(sc).attention).toBe('naive');
  });

  it('bottleneckAnalysis remedy splits sum to their step time and speed-up = baseline ÷ remedy', () => {
    fc.assert(fc.property(
      fc.constantFrom<'prefill' | 'decode'>('prefill', 'decode'), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 16, max: 4000 }), fc.constantFrom(1, 2, 4, 8),
      (phase, batch, tokens, tp) => {
        const a = bottleneckAnalysis(m70, a100, { phase, batch, tokens, tp, interconnect: 'pcie-4-x16' });
        for (const r of a.remedies) {
          if (!r.applicable) continue;
          const s = r.split!;
          const sum = s.computeSeconds + s.memorySeconds + s.communicationSeconds + s.launchSeconds;
          expect(Math.abs(sum - r.seconds!) / r.seconds!).toBeLessThan(1e-12);
          expect(Math.abs(r.speedup! - a.step.seconds / r.seconds!)).toBeLessThan(1e-12);
        }
      },
    ), { numRuns: 30 });
  });

  it('bottleneckAnalysis memory remedy never slows a step and never adds memory', () => {
    fc.assert(fc.property(fc.constantFrom<'prefill' | 'decode'>('prefill', 'decode'), fc.integer({ min: 1, max: 128 }), fc.integer({ min: 16, max: 4000 }), (phase, batch, tokens) => {
      const a = bottleneckAnalysis(m13, a100, { phase, batch, tokens, tp: 1 });
      const mem = a.remedies.find((r) => r.id === 'int4-weights-fp8-kv')!;
      expect(mem.seconds!).toBeLessThanOrEqual(a.step.seconds * (1 + 1e-9));
      expect(mem.memory!.total).toBeLessThan(a.memory.total);
    }), { numRuns: 40 });
  });

  it('bottleneckAnalysis has no communication remedy on one GPU and no faster link on the device’s own link', () => {
    const one = bottleneckAnalysis(m13, a100, { phase: 'decode', batch: 1, tokens: 512, tp: 1 });
    expect(one.remedies.filter((r) => r.family === 'communication').every((r) => !r.applicable)).toBe(true);
    expect(one.familySpeedup.communication).toBe(1);
    const nv = bottleneckAnalysis(m70, a100, { phase: 'decode', batch: 1, tokens: 512, tp: 4 });
    expect(nv.remedies.find((r) => r.id === 'faster-link')!.applicable).toBe(false);
    const pcie = bottleneckAnalysis(m70, a100, { phase: 'decode', batch: 1, tokens: 512, tp: 4, interconnect: 'pcie-4-x16' });
    expect(pcie.remedies.find((r) => r.id === 'faster-link')!.applicable).toBe(true);
  });

  it('bottleneckAnalysis rejects an unknown phase with an EngineError', () => {
    expect(() => bottleneckAnalysis(m13, a100, { phase: 'train' as never, batch: 1, tokens: 1, tp: 1 })).toThrow(EngineError);
  });
});

describe('compressedCommunicationSeconds', () => {
  it('compressedCommunicationSeconds is 0 on one GPU', () => {
    const step = inferenceStep(m13, a100, { phase: 'decode', batch: 1, tokens: 128 });
    expect(compressedCommunicationSeconds(step, a100)).toBe(0);
  });

  it('compressedCommunicationSeconds roughly halves bandwidth-bound all-reduces over PCIe', () => {
    const step = inferenceStep(m70, a100, { phase: 'prefill', batch: 1, tokens: 2048, tp: 8, interconnect: 'pcie-4-x16' });
    const c = compressedCommunicationSeconds(step, a100, { interconnect: 'pcie-4-x16' });
    expect(c / step.communicationSeconds).toBeGreaterThan(0.5);
    expect(c / step.communicationSeconds).toBeLessThan(0.56);
  });

  it('compressedCommunicationSeconds cannot beat latency: tiny decode messages barely change', () => {
    const step = inferenceStep(m70, a100, { phase: 'decode', batch: 1, tokens: 512, tp: 8, interconnect: 'pcie-4-x16' });
    const c = compressedCommunicationSeconds(step, a100, { interconnect: 'pcie-4-x16' });
    expect(c / step.communicationSeconds).toBeGreaterThan(0.9);
  });

  it('compressedCommunicationSeconds with INT4 is below INT8', () => {
    const step = inferenceStep(m70, a100, { phase: 'prefill', batch: 1, tokens: 1024, tp: 4 });
    expect(compressedCommunicationSeconds(step, a100, { to: 'int4' })).toBeLessThan(compressedCommunicationSeconds(step, a100, { to: 'int8' }));
  });
});

describe('lowPrecisionCompute and stepSplitDerivation', () => {
  it('lowPrecisionCompute picks FP8 on H100 and RTX 4090, INT8 on A100 and Orin', () => {
    expect(lowPrecisionCompute(getHardware('h100-sxm'))).toBe('fp8');
    expect(lowPrecisionCompute(getHardware('rtx-4090'))).toBe('fp8');
    expect(lowPrecisionCompute(a100)).toBe('int8');
    expect(lowPrecisionCompute(getHardware('jetson-agx-orin-64gb'))).toBe('int8');
  });

  it('stepSplitDerivation result equals the step time and its four parts sum to it', () => {
    const sc: BottleneckScenario = { phase: 'prefill', batch: 2, tokens: 1024, tp: 2 };
    const d = stepSplitDerivation(m70, a100, sc);
    const parts = d.terms.filter((t) => ['t_c', 't_m', 't_{comm}', 't_{launch}'].includes(t.symbol)).reduce((s, t) => s + t.value, 0);
    expect(Math.abs(parts - d.result.value) / d.result.value).toBeLessThan(1e-12);
    expect(d.result.value).toBe(bottleneckAnalysis(m70, a100, sc).step.seconds);
  });
});

describe('remedySpeedupDerivation', () => {
  it('remedySpeedupDerivation reproduces each applicable remedy’s speed-up: t / t′ = S', () => {
    const a = bottleneckAnalysis(m70, a100, { phase: 'prefill', batch: 1, tokens: 2048, tp: 8, interconnect: 'pcie-4-x16' });
    for (const r of a.remedies) {
      const d = remedySpeedupDerivation(a, r.id);
      if (r.speedup === null) {
        expect(d).toBeNull();
        continue;
      }
      const [t, t1] = d!.terms.map((x) => x.value) as [number, number];
      expect(d!.result.value).toBe(r.speedup);
      expect(t / t1).toBeCloseTo(r.speedup, 12);
      expect(d!.source).toBe(r.source);
    }
  });

  it('stepMemoryOptions gives the memory the analysis reports for the baseline', () => {
    const sc: BottleneckScenario = { phase: 'decode', batch: 16, tokens: 4096, tp: 2 };
    const a = bottleneckAnalysis(m70, a100, sc);
    expect(memoryBreakdown(m70, a100, stepMemoryOptions(baselineStepOptions(sc)))).toEqual(a.memory);
  });
});
