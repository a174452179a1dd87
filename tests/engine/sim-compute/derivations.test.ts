// Show-the-work for the compute simulators: each derivation's substituted
// values, evaluated with its formula, reproduce the number the view shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockFusion, blockGraph, computeStrategies, fusionChain, fusionCost, fusionTimeDerivation, FUSION_CHAINS, getHardware, getModel,
  graphBytesDerivation, graphCost, graphFlopsDerivation, graphKernelsDerivation, graphTimeDerivation, optimiseGraph, passesOfSteps,
  passStepComparison, PASS_ORDER, PASS_STEPS, strategySpeedupDerivation, inferenceStep, layoutThroughputDerivation, pipelineMakespanDerivation,
  replicasVsTp, requestStream, schedulePipeline, servingIterationDerivation, servingMemoryDerivation, servingThroughput, servingThroughputDerivation,
  simulateBatching, stageSeconds, stepTimeDerivation, streamThroughputDerivation, streamTtftDerivation,
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

describe('graph kernels, bytes and FLOPs derivations', () => {
  it('graphKernelsDerivation, graphBytesDerivation and graphFlopsDerivation add up to the graph cost for any passes', () => {
    fc.assert(fc.property(scenario, (s) => {
      const hw = getHardware(s.hw);
      const g = optimiseGraph(blockGraph(getModel(s.model), s), s.passes);
      const cost = graphCost(g, hw, 'fp16');
      const k = graphKernelsDerivation(g);
      expect(value(k, 'N_{op}') - value(k, 'N_{rm}') - value(k, 'N_{f}')).toBe(cost.kernels);
      expect(k.result.value).toBe(cost.kernels);
      const q = graphBytesDerivation(g, cost);
      close(value(q, 'W') + value(q, 'R') + value(q, 'O'), cost.bytes);
      const f = graphFlopsDerivation(g, cost);
      close(value(f, 'F_{mm}') + value(f, 'F_{ew}'), cost.flops);
    }), { numRuns: 120 });
  });

  it('graphFlopsDerivation: matrix multiplies are nearly all of Llama-2-7B’s FLOPs, prefill and decode', () => {
    for (const phase of ['prefill', 'decode'] as const) {
      const g = optimiseGraph(blockGraph(getModel('llama-2-7b'), { phase, batch: 8, tokens: 1024 }), []);
      const f = graphFlopsDerivation(g, graphCost(g, a100, 'fp16'));
      expect(value(f, 'F_{mm}') / f.result.value).toBeGreaterThan(0.95);
    }
  });
});

describe('passStepComparison', () => {
  it('passStepComparison chains the five steps from the unoptimised block to all passes on', () => {
    const m = getModel('llama-2-7b');
    const opts = { phase: 'decode' as const, batch: 8, tokens: 1024 };
    const rows = passStepComparison(m, a100, 'fp16', opts);
    expect(rows.map((r) => r.step)).toEqual([...PASS_STEPS]);
    const g = blockGraph(m, opts);
    expect(rows[0]!.before.seconds).toBe(graphCost(optimiseGraph(g, []), a100, 'fp16').seconds);
    expect(rows[4]!.after.seconds).toBe(graphCost(optimiseGraph(g, [...PASS_ORDER]), a100, 'fp16').seconds);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.before).toBe(rows[i - 1]!.after);
    // The fusion step is blockFusion.
    expect(rows[3]!.before.seconds / rows[3]!.after.seconds).toBe(blockFusion(m, a100, 'fp16', opts).speedup);
  });
});

describe('serving and batching derivations', () => {
  it('stepTimeDerivation: t_c + t_m + t_launch + t_comm is the step time, prefill and decode, with and without TP', () => {
    fc.assert(fc.property(
      fc.constantFrom('llama-2-7b', 'llama-2-13b', 'mixtral-8x7b'), fc.constantFrom('prefill', 'decode') as fc.Arbitrary<'prefill' | 'decode'>,
      fc.integer({ min: 1, max: 256 }), fc.integer({ min: 16, max: 4096 }), fc.constantFrom(1, 2, 4),
      (id, phase, batch, tokens, tp) => {
        const m = getModel(id);
        const d = stepTimeDerivation(m, a100, { phase, batch, tokens, tp });
        const t = inferenceStep(m, a100, { phase, batch, tokens, tp }).seconds;
        expect(value(d, 't_c') + value(d, 't_m') + value(d, 't_{launch}') + value(d, 't_{comm}')).toBe(t);
        expect(d.result.value).toBe(t);
      },
    ), { numRuns: 60 });
  });

  it('servingThroughputDerivation, servingIterationDerivation and servingMemoryDerivation reproduce servingThroughput at any concurrency', () => {
    const m = getModel('llama-2-13b');
    for (const concurrency of [1, 8, 64, 128, 512]) {
      const opts = { gpus: 1, inputTokens: 512, outputTokens: 256, concurrency };
      const r = servingThroughput(m, a100, opts);
      const tp = servingThroughputDerivation(r, opts);
      if (r.fits) close((value(tp, 'R') * ((value(tp, 'C') * value(tp, 'O')) / (value(tp, 'O') - 1))) / value(tp, 't'), r.tokensPerSecond);
      const it = servingIterationDerivation(r.tpotParts, 'TPOT');
      expect(value(it, 't_c') + value(it, 't_m') + value(it, 't_{launch}') + value(it, 't_{comm}')).toBe(r.tpotSeconds);
      const ttft = servingIterationDerivation(r.ttftParts, 'TTFT');
      expect(value(ttft, 't_c') + value(ttft, 't_m') + value(ttft, 't_{launch}') + value(ttft, 't_{comm}')).toBe(r.ttftSeconds);
      const mem = servingMemoryDerivation(r);
      expect(value(mem, 'W') + value(mem, 'C') * value(mem, 'n') * value(mem, 'k') + value(mem, 'A') + value(mem, 'S')).toBe(r.memory.total);
      expect(r.memory.total <= r.memory.usable).toBe(r.fits);
    }
  });

  it('servingThroughput: batch 512 of Llama-2-13B does not fit an 80 GB card, and by the memory the derivation shows', () => {
    const r = servingThroughput(getModel('llama-2-13b'), a100, { gpus: 1, inputTokens: 512, outputTokens: 256, concurrency: 512 });
    expect(r.fits).toBe(false);
    expect(r.tokensPerSecond).toBe(0);
    expect(r.memory.total - r.memory.usable).toBeGreaterThan(100 * 2 ** 30);
  });

  it('stream derivations reproduce the simulated throughput and mean TTFT', () => {
    const stream = requestStream({ count: 24, ratePerSecond: 4, seed: 7, promptTokens: [32, 512], outputTokens: [8, 256] });
    for (const policy of ['static', 'continuous'] as const) {
      const r = simulateBatching(getModel('llama-2-13b'), a100, stream, { policy, slots: 8 });
      const tput = streamThroughputDerivation(r);
      expect(value(tput, 'N') / value(tput, 'T')).toBe(r.tokensPerSecond);
      const ttft = streamTtftDerivation(r);
      expect(value(ttft, '\\sum t_{first}') / value(ttft, 'n')).toBe(r.meanTtftSeconds);
    }
  });

  it('pipelineMakespanDerivation: J·Σt_s sequential, Σt_s + (J−1)·t_max pipelined', () => {
    const times = stageSeconds(getModel('llama-2-13b'), a100, { batch: 8, promptTokens: 512, outputTokens: 32, cpuSecondsPerToken: 80e-9 });
    for (const jobs of [1, 4, 8]) {
      const seq = pipelineMakespanDerivation(schedulePipeline(times, jobs, 'sequential'), jobs);
      close(value(seq, 'J') * value(seq, '\\sum t_s'), seq.result.value);
      const pipe = pipelineMakespanDerivation(schedulePipeline(times, jobs, 'pipelined'), jobs);
      close(value(pipe, '\\sum t_s') + (value(pipe, 'J') - 1) * value(pipe, 't_{max}'), pipe.result.value);
    }
  });

  it('layoutThroughputDerivation: b·N/t is each layout’s throughput', () => {
    for (const row of replicasVsTp(getModel('llama-2-13b'), a100, { gpus: 8, perGpuBatch: 8, promptTokens: 512, contextTokens: 640 })) {
      const d = layoutThroughputDerivation(row, 8, 8);
      expect((value(d, 'b') * value(d, 'N')) / value(d, 't')).toBe(row.tokensPerSecond);
    }
  });
});
