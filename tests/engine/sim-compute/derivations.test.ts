// Show-the-work for the compute simulators: each derivation's substituted
// values, evaluated with its formula, reproduce the number the view shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockFusion, blockGraph, computeStrategies, fusionChain, fusionCost, fusionTimeDerivation, FUSION_CHAINS, getHardware, getModel,
  graphCost, graphTimeDerivation, optimiseGraph, passesOfSteps, PASS_ORDER, PASS_STEPS, strategySpeedupDerivation,
  type EngineDerivation,
} from '../../../src/engine/index.ts';

const a100 = getHardware('a100-80gb-sxm');
const value = (d: EngineDerivation, symbol: string): number => {
  const term = d.terms.find((t) => t.symbol === symbol);
  if (!term) throw new Error(`${d.id}: no term ${symbol}`);
  return term.value;
};
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(a), Math.abs(b)));

const scenario = fc.record({
  model: fc.constantFrom('llama-2-7b', 'llama-3-8b', 'opt-13b', 'mixtral-8x7b', 'qwen2.5-0.5b'),
  hw: fc.constantFrom('a100-80gb-sxm', 'h100-sxm', 'l4', 'rtx-4090'),
  phase: fc.constantFrom('prefill', 'decode') as fc.Arbitrary<'prefill' | 'decode'>,
  batch: fc.integer({ min: 1, max: 64 }),
  tokens: fc.integer({ min: 1, max: 8192 }),
  passes: fc.subarray([...PASS_ORDER]),
});

describe('graphTimeDerivation', () => {
  it('graphTimeDerivation: F_c/(P·η_c) + Q_m/(B·η_m) + N_k·t_launch reproduces the graph time, prefill and decode', () => {
    fc.assert(fc.property(scenario, (s) => {
      const hw = getHardware(s.hw);
      const cost = graphCost(optimiseGraph(blockGraph(getModel(s.model), s), s.passes), hw, 'fp16');
      const d = graphTimeDerivation(hw, 'fp16', cost);
      const t = value(d, 'F_c') / (value(d, 'P') * value(d, '\\eta_c')) + value(d, 'Q_m') / (value(d, 'B') * value(d, '\\eta_m'))
        + value(d, 'N_k') * value(d, 't_{launch}');
      close(t, cost.seconds);
      expect(d.result.value).toBe(cost.seconds);
    }), { numRuns: 120 });
  });

  it('graphTimeDerivation of Llama-2-7B prefill on an A100 (mixed bounds) reproduces the block time', () => {
    const cost = graphCost(optimiseGraph(blockGraph(getModel('llama-2-7b'), { phase: 'prefill', batch: 8, tokens: 1024 }), []), a100, 'fp16');
    expect(cost.perKernel.some((k) => k.bound === 'compute')).toBe(true);
    expect(cost.perKernel.some((k) => k.bound === 'memory')).toBe(true);
    const d = graphTimeDerivation(a100, 'fp16', cost);
    close(value(d, 'F_c') / (value(d, 'P') * value(d, '\\eta_c')) + value(d, 'Q_m') / (value(d, 'B') * value(d, '\\eta_m')) + value(d, 'N_k') * value(d, 't_{launch}'), cost.seconds);
  });
});

describe('fusionTimeDerivation', () => {
  it('fusionTimeDerivation: t_c + t_m + K·t_launch reproduces the chain time, unfused and fused, for every chain', () => {
    const m = getModel('llama-2-7b');
    for (const chain of FUSION_CHAINS) {
      for (const tokens of [1, 8, 512, 8192]) {
        const r = fusionCost(fusionChain(m, chain, { tokens, contextTokens: Math.max(tokens, 64), batch: 1 }), a100);
        for (const fused of [false, true]) {
          const d = fusionTimeDerivation(r, fused);
          close(value(d, 't_c') + value(d, 't_m') + value(d, 'K') * value(d, 't_{launch}'), fused ? r.fused.seconds : r.unfused.seconds);
        }
      }
    }
  });
});

describe('strategySpeedupDerivation', () => {
  it('strategySpeedupDerivation: x_0/x_1 (times) or x_1/x_0 (throughput) is the row’s speed-up on every device', () => {
    for (const hw of ['a100-80gb-sxm', 'h100-sxm', 'l4', 'rtx-4090', 'jetson-agx-orin-64gb']) {
      for (const row of computeStrategies(getModel('llama-2-7b'), getHardware(hw), { batch: 32, promptTokens: 512 })) {
        const d = strategySpeedupDerivation(row);
        if (row.speedup === null) { expect(d).toBeNull(); continue; }
        expect(d).not.toBeNull();
        const x0 = value(d!, 'x_0');
        const x1 = value(d!, 'x_1');
        close(row.metric === 'throughput' ? x1 / x0 : x0 / x1, row.speedup);
      }
    }
  });
});

describe('pass steps and blockFusion', () => {
  it('passesOfSteps of all five steps is every engine pass, in order', () => {
    expect(passesOfSteps(PASS_STEPS)).toEqual(PASS_ORDER);
  });

  it('blockFusion is 图6 step 3 → step 4, and a chain’s fusion saving is the same seconds inside the block', () => {
    const m = getModel('llama-2-7b');
    for (const phase of ['prefill', 'decode'] as const) {
      const opts = { phase, batch: 8, tokens: 1024 };
      const graph = blockGraph(m, opts);
      const b = blockFusion(m, a100, 'fp16', opts);
      expect(b.before.seconds).toBe(graphCost(optimiseGraph(graph, passesOfSteps(['fold', 'dce', 'cse'])), a100, 'fp16').seconds);
      expect(b.after.seconds).toBe(graphCost(optimiseGraph(graph, passesOfSteps(['fold', 'dce', 'cse', 'fuse'])), a100, 'fp16').seconds);
      // The SiLU·gate chain alone (图7) is the act and act_mul kernels of the block (图6).
      const T = phase === 'prefill' ? 8 * 1024 : 8;
      const chain = fusionCost(fusionChain(m, 'silu-gate', { tokens: T, contextTokens: 1024, batch: 8 }), a100);
      const kernel = (c: typeof b.before, id: string) => c.perKernel.find((k) => k.nodes.includes(id))!;
      close(kernel(b.before, 'act').seconds + kernel(b.before, 'act_mul').seconds, chain.unfused.seconds);
      close(kernel(b.after, 'act').seconds, chain.fused.seconds);
      expect(kernel(b.after, 'act')).toBe(kernel(b.after, 'act_mul'));
    }
  });
});
