/**
 * servingThroughput (issue #10 item 2): steady-state continuous batching.
 * Properties over random deployments, and agreement with inferenceStep where
 * the two describe the same iteration.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EngineError, getHardware, getModel, inferenceStep, INT4_G128_FP16, resolveEfficiency, servingThroughput,
  type HardwareSpec, type ModelSpec, type ServingThroughputOptions,
} from '../../src/engine/index.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

interface Deployment { model: ModelSpec; hw: HardwareSpec; tp: number; weights: ServingThroughputOptions['weights'] }
const deployments: Deployment[] = [
  { model: getModel('llama-2-7b'), hw: getHardware('a100-80gb-sxm'), tp: 1, weights: 'fp16' },
  { model: getModel('llama-2-7b'), hw: getHardware('l4'), tp: 1, weights: INT4_G128_FP16 },
  { model: getModel('llama-2-70b'), hw: getHardware('h100-sxm'), tp: 4, weights: 'fp8' },
  { model: getModel('llama-2-70b'), hw: getHardware('a100-80gb-sxm'), tp: 8, weights: 'fp16' },
  { model: getModel('mixtral-8x7b'), hw: getHardware('h100-sxm'), tp: 2, weights: 'fp16' },
];
const arbDeployment = fc.constantFrom(...deployments);
const arbLengths = fc.record({ inputTokens: fc.integer({ min: 1, max: 3000 }), outputTokens: fc.integer({ min: 1, max: 1000 }) });

const run = (d: Deployment, o: Partial<ServingThroughputOptions> & Pick<ServingThroughputOptions, 'inputTokens' | 'outputTokens'>) =>
  servingThroughput(d.model, d.hw, { gpus: d.tp, tp: d.tp, weights: d.weights, ...o });

describe('servingThroughput properties', () => {
  it("'ideal' bounds 'realistic': more tokens/s, less TTFT and TPOT at the same concurrency", () => {
    fc.assert(fc.property(arbDeployment, arbLengths, fc.integer({ min: 1, max: 64 }), (d, len, concurrency) => {
      const ideal = run(d, { ...len, concurrency, efficiency: 'ideal' });
      const real = run(d, { ...len, concurrency, efficiency: 'realistic' });
      expect(ideal.tokensPerSecond).toBeGreaterThanOrEqual(real.tokensPerSecond);
      expect(ideal.ttftSeconds).toBeLessThanOrEqual(real.ttftSeconds);
      expect(ideal.tpotSeconds).toBeLessThanOrEqual(real.tpotSeconds);
    }), { seed: 0x5e7, numRuns: 60 });
  });

  it('throughput never falls as concurrency grows while it fits (so the largest fitting concurrency is the fastest)', () => {
    fc.assert(fc.property(arbDeployment, arbLengths, fc.integer({ min: 1, max: 128 }), fc.integer({ min: 1, max: 64 }), (d, len, c, extra) => {
      for (const efficiency of ['ideal', 'realistic'] as const) {
        const a = run(d, { ...len, concurrency: c, efficiency });
        const b = run(d, { ...len, concurrency: c + extra, efficiency });
        if (!b.fits) { expect(b.tokensPerSecond).toBe(0); continue; }
        expect(b.tokensPerSecond).toBeGreaterThanOrEqual(a.tokensPerSecond * (1 - 1e-12));
      }
    }), { seed: 0xc0c, numRuns: 60 });
  });

  it('the default concurrency fits and one more sequence does not (or breaks a latency limit)', () => {
    fc.assert(fc.property(arbDeployment, arbLengths, fc.constantFrom(undefined, 0.05, 0.2), (d, len, tpotLimitSeconds) => {
      let r;
      try {
        r = run(d, { ...len, ...(tpotLimitSeconds ? { tpotLimitSeconds } : {}) });
      } catch (e) {
        // A TPOT limit that even one sequence misses is an error naming the limit.
        expect(e).toBeInstanceOf(EngineError);
        expect((e as EngineError).field).toBe('tpotLimitSeconds');
        return;
      }
      if (!r.fits) { expect(r.tokensPerSecond).toBe(0); return; }
      const next = run(d, { ...len, concurrency: r.concurrency + 1 });
      expect(!next.fits || (tpotLimitSeconds !== undefined && next.tpotSeconds > tpotLimitSeconds)).toBe(true);
    }), { seed: 0xdef, numRuns: 40 });
  });

  it('one sequence: TPOT is inferenceStep\'s decode at the mean context and TTFT its prefill of the prompt', () => {
    fc.assert(fc.property(arbDeployment, arbLengths.filter((l) => l.outputTokens % 2 === 0 && l.outputTokens > 1), fc.constantFrom('ideal', 'realistic' as const), (d, len, efficiency) => {
      const r = run(d, { ...len, concurrency: 1, efficiency });
      const step = (phase: 'prefill' | 'decode', tokens: number) =>
        inferenceStep(d.model, d.hw, { phase, batch: 1, tokens, tp: d.tp, weights: d.weights, efficiency }).seconds;
      expect(rel(r.tpotSeconds, step('decode', len.inputTokens + len.outputTokens / 2))).toBeLessThan(0.02);
      expect(rel(r.ttftSeconds, step('prefill', len.inputTokens))).toBeLessThan(0.02);
    }), { seed: 0x1, numRuns: 40 });
  });
});

describe('servingThroughput options', () => {
  const m70 = getModel('llama-2-70b');
  const h100 = getHardware('h100-sxm');

  it('computePrecision: FP8 matmuls shorten a compute-bound TTFT on H100; A100 has no FP8 and says so', () => {
    const at = (computePrecision: 'fp8' | 'fp16') =>
      servingThroughput(m70, h100, { gpus: 8, tp: 8, weights: 'fp8', inputTokens: 3900, outputTokens: 100, concurrency: 1, computePrecision, efficiency: 'ideal' }).ttftSeconds;
    expect(at('fp16') / at('fp8')).toBeGreaterThan(1.5);
    expect(() => servingThroughput(m70, getHardware('a100-80gb-sxm'), { gpus: 8, tp: 8, inputTokens: 100, outputTokens: 100, computePrecision: 'fp8' }))
      .toThrow(EngineError);
  });

  it("'ideal' hides the tensor-parallel collectives under the kernels: without that overlap TPOT is longer", () => {
    const ideal = resolveEfficiency('ideal');
    const opts = { gpus: 8, tp: 8, inputTokens: 1000, outputTokens: 200, concurrency: 64 } as const;
    const hidden = servingThroughput(m70, h100, { ...opts, efficiency: 'ideal' });
    const exposed = servingThroughput(m70, h100, { ...opts, efficiency: { ...ideal, communicationOverlap: 0 } });
    expect(exposed.tpotSeconds).toBeGreaterThan(hidden.tpotSeconds);
  });

  it.each([
    ['inputTokens', { gpus: 1, inputTokens: 4000, outputTokens: 200 }],
    ['gpus', { gpus: 3, tp: 2, inputTokens: 100, outputTokens: 100 }],
    ['tpotLimitSeconds', { gpus: 8, tp: 8, inputTokens: 100, outputTokens: 100, tpotLimitSeconds: 1e-6 }],
    ['outputTokens', { gpus: 1, inputTokens: 100, outputTokens: 0 }],
  ] as const)('rejects an impossible %s with an EngineError naming it', (field, opts) => {
    try {
      servingThroughput(m70, h100, opts as ServingThroughputOptions);
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      expect((e as EngineError).field).toBe(field);
      return;
    }
    throw new Error(`no EngineError for ${field}`);
  });

  it('a 70B model in FP16 on one 80 GB GPU does not fit: zero throughput, flagged, bound by capacity', () => {
    const r = servingThroughput(m70, h100, { gpus: 1, inputTokens: 100, outputTokens: 100 });
    expect(r.fits).toBe(false);
    expect(r.tokensPerSecond).toBe(0);
    expect(r.bound).toBe('capacity');
  });
});
