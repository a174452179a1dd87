import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, fitDerivation, getHardware, getModel, INT4_G128_FP16, largestBatchThatFits, memoryBreakdown, servingThroughput } from '../../../src/engine/index.ts';
import {
  allowedWeightFormats, chooseStrategy, DECISION_NODES, estimateChoice, STRATEGY_RULES, type AccuracyTolerance, type DeploymentConstraints, type RuleId,
} from '../../../src/engine/serving/strategyChoice.ts';
import { isSourceKey } from '../../../src/engine/sources/index.ts';

const chat: DeploymentConstraints = { gpus: 1, tpotTargetSeconds: 0.05, ttftTargetSeconds: 1, concurrency: 32, promptTokens: 512, outputTokens: 256, tolerance: 'int8' };

interface Row {
  readonly name: string;
  readonly model: string;
  readonly hardware: string;
  readonly constraints: DeploymentConstraints;
  readonly rules: readonly RuleId[];
  readonly weights: string;
  readonly kv: 'fp16' | 'fp8';
  readonly tp: number;
  readonly fits: boolean;
}

const label = (w: unknown) => (typeof w === 'string' ? w : 'int4-g128');

// Constraint sets → the recommendation the procedure must give (the rows of 表12, plus edge cases).
const table: readonly Row[] = [
  { name: 'online chat, 13B on one A100', model: 'llama-2-13b', hardware: 'a100-80gb-sxm', constraints: chat,
    rules: ['flash-attention', 'continuous-batching', 'paged-kv'], weights: 'fp16', kv: 'fp16', tp: 1, fits: true },
  { name: 'very large model, 70B on 8 A100 over NVLink', model: 'llama-2-70b', hardware: 'a100-80gb-sxm', constraints: { ...chat, gpus: 8, promptTokens: 1024 },
    rules: ['flash-attention', 'quantise-weights', 'tensor-parallel', 'continuous-batching', 'paged-kv', 'nvlink-domain'], weights: 'int8', kv: 'fp16', tp: 4, fits: true },
  { name: 'FP16 only, 70B on 8 A100 over PCIe', model: 'llama-2-70b', hardware: 'a100-80gb-sxm',
    constraints: { ...chat, gpus: 8, interconnect: 'pcie-4-x16', concurrency: 8, promptTokens: 1024, tolerance: 'fp16' },
    rules: ['flash-attention', 'tensor-parallel', 'continuous-batching', 'paged-kv', 'overlap-comm'], weights: 'fp16', kv: 'fp16', tp: 4, fits: true },
  { name: 'on-device, Llama-3-8B on Jetson Orin', model: 'llama-3-8b', hardware: 'jetson-agx-orin-64gb',
    constraints: { gpus: 1, tpotTargetSeconds: 0.05, ttftTargetSeconds: 2, concurrency: 1, promptTokens: 512, outputTokens: 128, tolerance: 'int4' },
    rules: ['flash-attention', 'quantise-weights'], weights: 'int4-g128', kv: 'fp16', tp: 1, fits: true },
  { name: 'long-context Q&A, Llama-3-8B on H100', model: 'llama-3-8b', hardware: 'h100-sxm',
    constraints: { ...chat, concurrency: 16, promptTokens: 7000, outputTokens: 1000, ttftTargetSeconds: 2 },
    rules: ['flash-attention', 'continuous-batching', 'paged-kv', 'fp8-kv'], weights: 'fp16', kv: 'fp8', tp: 1, fits: true },
  { name: '70B on one RTX 4090 even at INT4: a smaller model', model: 'llama-2-70b', hardware: 'rtx-4090',
    constraints: { ...chat, concurrency: 1, tolerance: 'int4' },
    rules: ['flash-attention', 'smaller-model'], weights: 'int4-g128', kv: 'fp16', tp: 1, fits: false },
  { name: '70B on four RTX 4090: INT4 and TP 2 over PCIe', model: 'llama-2-70b', hardware: 'rtx-4090',
    constraints: { ...chat, gpus: 4, concurrency: 1, tpotTargetSeconds: 0.1, ttftTargetSeconds: 2, tolerance: 'int4' },
    rules: ['flash-attention', 'quantise-weights', 'tensor-parallel', 'overlap-comm'], weights: 'int4-g128', kv: 'fp16', tp: 2, fits: true },
];

describe('chooseStrategy (table of constraint sets)', () => {
  for (const row of table) {
    it(`chooseStrategy for ${row.name} recommends ${row.rules.join(' + ')}`, () => {
      const r = chooseStrategy(getModel(row.model), getHardware(row.hardware), row.constraints);
      expect(r.rules).toEqual(row.rules);
      expect(label(r.recommended.config.weights)).toBe(row.weights);
      expect(r.recommended.config.kv).toBe(row.kv);
      expect(r.recommended.config.tp).toBe(row.tp);
      expect(r.meets.fits).toBe(row.fits);
    });
  }
});

describe('chooseStrategy', () => {
  const m13 = getModel('llama-2-13b');
  const a100 = getHardware('a100-80gb-sxm');

  it('chooseStrategy walks every decision node once, in order', () => {
    const r = chooseStrategy(m13, a100, chat);
    expect(r.steps.map((s) => s.node)).toEqual(DECISION_NODES);
  });

  it('chooseStrategy skips every node after "fit" when nothing fits', () => {
    const r = chooseStrategy(getModel('llama-2-70b'), getHardware('rtx-4090'), { ...chat, tolerance: 'int4' });
    expect(r.steps.slice(2).every((s) => s.skipped)).toBe(true);
  });

  it('chooseStrategy numbers are estimateChoice of its own configuration', () => {
    const r = chooseStrategy(m13, a100, chat);
    const e = estimateChoice(m13, a100, r.recommended.config, a100.intraNodeLink);
    expect(r.recommended.tpotSeconds).toBe(e.tpotSeconds);
    // One answer per question: the numbers the chooser decides on are servingThroughput's steady state, the ones 图12/表12 show.
    const st = servingThroughput(m13, a100, { gpus: 1, tp: 1, weights: 'fp16', kv: 'fp16', inputTokens: chat.promptTokens, outputTokens: chat.outputTokens, concurrency: e.batch });
    expect(e.tpotSeconds).toBe(st.tpotSeconds);
    expect(e.ttftSeconds).toBe(st.ttftSeconds);
    expect(e.tokensPerSecond).toBe(st.tokensPerSecond);
  });

  it('chooseStrategy says "meets TPOT" only when the steady-state TPOT it reports is within the target', () => {
    fc.assert(fc.property(
      fc.constantFrom('llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b'), fc.constantFrom('a100-80gb-sxm', 'h100-sxm', 'l4'),
      fc.constantFrom(1, 2, 4, 8), fc.constantFrom<AccuracyTolerance>('int4', 'int8', 'fp16'), fc.integer({ min: 1, max: 128 }), fc.double({ min: 0.005, max: 0.5, noNaN: true }),
      (model, hw, gpus, tolerance, concurrency, tpot) => {
        const m = getModel(model);
        const h = getHardware(hw);
        const c = { ...chat, gpus, tolerance, concurrency, tpotTargetSeconds: tpot };
        const r = chooseStrategy(m, h, c);
        const e = r.recommended;
        if (!r.meets.tpot) return;
        const st = servingThroughput(m, h, { gpus: e.config.tp, tp: e.config.tp, weights: e.config.weights, kv: e.config.kv, inputTokens: c.promptTokens, outputTokens: c.outputTokens, concurrency: e.batch });
        expect(st.tpotSeconds).toBeLessThanOrEqual(tpot);
      },
    ), { numRuns: 25 });
  });

  it('chooseStrategy for the very large model (70B, 8× A100, 32 requests, TPOT ≤ 50 ms) meets its target in steady state: INT8 on TP 4, not TP 2 at 61.6 ms', () => {
    const m = getModel('llama-2-70b');
    const r = chooseStrategy(m, a100, { ...chat, gpus: 8, promptTokens: 1024 });
    expect(r.meets).toEqual({ fits: true, tpot: true, ttft: true, concurrency: true });
    expect(r.recommended.batch).toBe(32);
    expect(r.recommended.tpotSeconds!).toBeLessThanOrEqual(0.05);
    const tp2 = servingThroughput(m, a100, { gpus: 2, tp: 2, weights: 'int8', kv: 'fp16', inputTokens: 1024, outputTokens: 256, concurrency: 32 });
    expect(tp2.tpotSeconds).toBeGreaterThan(0.05);
  });

  it('chooseStrategy says honestly when no option meets the TPOT target and recommends the closest it found', () => {
    const m = getModel('llama-2-70b');
    const r = chooseStrategy(m, a100, { ...chat, gpus: 8, promptTokens: 1024, tpotTargetSeconds: 0.005, tolerance: 'fp16' });
    expect(r.meets.fits).toBe(true);
    expect(r.meets.tpot).toBe(false);
    expect(r.recommended.tpotSeconds!).toBeGreaterThan(0.005);
    // The closest: FP16 on the most GPUs at one request; nothing the options allow is faster.
    expect(r.recommended.config.tp).toBe(8);
    expect(r.recommended.batch).toBe(1);
    for (const tp of [2, 4]) {
      const other = servingThroughput(m, a100, { gpus: tp, tp, weights: 'fp16', kv: 'fp16', inputTokens: 1024, outputTokens: 256, concurrency: 1 });
      expect(other.tpotSeconds).toBeGreaterThanOrEqual(r.recommended.tpotSeconds!);
    }
  });

  it('chooseStrategy baseline is FP16 on one GPU with contiguous KV: memory caps its batch', () => {
    const r = chooseStrategy(m13, a100, chat);
    const limit = largestBatchThatFits(m13, a100, { tokens: 4096, weights: 'fp16', kv: 'fp16', tp: 1, attention: 'naive' });
    expect(r.baseline.batch).toBe(Math.min(chat.concurrency, limit));
    expect(r.baseline.batch).toBeLessThan(chat.concurrency);
  });

  it('chooseStrategy caps the batch when TPOT at the wanted concurrency misses the target', () => {
    const r = chooseStrategy(m13, a100, { ...chat, concurrency: 256, tpotTargetSeconds: 0.03 });
    expect(r.rules).toContain('cap-batch');
    expect(r.recommended.tpotSeconds!).toBeLessThanOrEqual(0.03);
    expect(r.meets.concurrency).toBe(false);
  });

  it('chooseStrategy never goes below the accuracy tolerance nor above the GPUs available', () => {
    const tolerances: AccuracyTolerance[] = ['int4', 'int8', 'fp16'];
    fc.assert(fc.property(
      fc.constantFrom('llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b'), fc.constantFrom('a100-80gb-sxm', 'rtx-4090', 'h100-sxm'),
      fc.constantFrom(1, 2, 4, 8), fc.constantFrom(...tolerances), fc.integer({ min: 1, max: 128 }), fc.double({ min: 0.005, max: 0.5, noNaN: true }),
      (model, hw, gpus, tolerance, concurrency, tpot) => {
        const r = chooseStrategy(getModel(model), getHardware(hw), { ...chat, gpus, tolerance, concurrency, tpotTargetSeconds: tpot });
        expect(r.recommended.config.tp).toBeLessThanOrEqual(gpus);
        expect(allowedWeightFormats(tolerance)).toContainEqual(r.recommended.config.weights);
        if (tolerance === 'fp16') expect(r.recommended.config.kv).toBe('fp16');
        if (r.meets.fits) expect(r.recommended.tpotSeconds).not.toBeNull();
      },
    ), { numRuns: 25 });
  });

  it('chooseStrategy rejects prompt + output beyond the model window with an EngineError', () => {
    expect(() => chooseStrategy(m13, a100, { ...chat, promptTokens: 4000, outputTokens: 200 })).toThrow(EngineError);
  });

  it('allowedWeightFormats grows from FP16 to INT4 as the tolerance loosens', () => {
    expect(allowedWeightFormats('fp16')).toEqual(['fp16']);
    expect(allowedWeightFormats('int8')).toEqual(['fp16', 'int8']);
    expect(allowedWeightFormats('int4')).toEqual(['fp16', 'int8', INT4_G128_FP16]);
  });

  it('STRATEGY_RULES each have a known source (or none); their words are in src/i18n', () => {
    for (const rule of Object.values(STRATEGY_RULES)) {
      if (rule.source !== null) expect(isSourceKey(rule.source)).toBe(true);
    }
  });
});

describe('estimateChoice memoryOptions', () => {
  it('estimateChoice memoryOptions give the memory it reports, so fitDerivation shows its work', () => {
    const m = getModel('llama-2-13b');
    const hw = getHardware('a100-80gb-sxm');
    const r = chooseStrategy(m, hw, { gpus: 1, tpotTargetSeconds: 0.05, ttftTargetSeconds: 1, concurrency: 32, promptTokens: 512, outputTokens: 256, tolerance: 'int8' });
    for (const e of [r.recommended, r.baseline]) {
      expect(memoryBreakdown(m, hw, e.memoryOptions)).toEqual(e.memory);
      expect(fitDerivation(m, hw, e.memoryOptions).result.value).toBe(e.memory.free);
    }
  });
});
