import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getHardware, getModel } from '../../../src/engine/index.ts';
import { blockGraph } from '../../../src/engine/graph/blockGraph.ts';
import { graphCost } from '../../../src/engine/graph/cost.ts';
import { optimiseGraph } from '../../../src/engine/graph/passes.ts';
import { passComparison } from '../../../src/engine/graph/compare.ts';
import { PASS_ORDER, type PassId } from '../../../src/engine/graph/types.ts';

const models = ['llama-2-7b', 'llama-3-8b', 'opt-13b', 'mixtral-8x7b', 'qwen2.5-0.5b'];
const hw = getHardware('a100-80gb-sxm');
const REMOVES_WORK: readonly PassId[] = ['fold', 'dce', 'cse'];

const scenario = fc.record({
  model: fc.constantFrom(...models),
  phase: fc.constantFrom('prefill', 'decode') as fc.Arbitrary<'prefill' | 'decode'>,
  batch: fc.integer({ min: 1, max: 64 }),
  tokens: fc.integer({ min: 1, max: 4096 }),
  passes: fc.subarray([...PASS_ORDER]),
});

describe('graph passes', () => {
  it('each pass added to any set never increases kernels or HBM bytes', () => {
    fc.assert(fc.property(scenario, fc.constantFrom(...PASS_ORDER), (s, extra) => {
      const g = blockGraph(getModel(s.model), s);
      const before = graphCost(optimiseGraph(g, s.passes), hw, 'fp16');
      const after = graphCost(optimiseGraph(g, [...s.passes, extra]), hw, 'fp16');
      expect(after.kernels).toBeLessThanOrEqual(before.kernels);
      expect(after.bytes).toBeLessThanOrEqual(before.bytes * (1 + 1e-12));
    }), { numRuns: 150 });
  });
  it('fusion, layout and tiling preserve FLOPs; fold, DCE and CSE only remove work', () => {
    fc.assert(fc.property(scenario, fc.constantFrom(...PASS_ORDER), (s, extra) => {
      const g = blockGraph(getModel(s.model), s);
      const before = graphCost(optimiseGraph(g, s.passes), hw, 'fp16').flops;
      const after = graphCost(optimiseGraph(g, [...s.passes, extra]), hw, 'fp16').flops;
      if (REMOVES_WORK.includes(extra)) expect(after).toBeLessThanOrEqual(before);
      else expect(Math.abs(after - before)).toBeLessThanOrEqual(before * 1e-12);
    }), { numRuns: 150 });
  });
  it('every pass order-independent: passes listed in any order give the same graph', () => {
    const g = blockGraph(getModel('llama-2-7b'), { phase: 'decode', batch: 4, tokens: 512 });
    const a = graphCost(optimiseGraph(g, [...PASS_ORDER]), hw, 'fp16');
    const b = graphCost(optimiseGraph(g, [...PASS_ORDER].reverse()), hw, 'fp16');
    expect(b.bytes).toBe(a.bytes);
    expect(b.kernels).toBe(a.kernels);
  });
  it('the baseline launches one kernel per operator; all passes leave far fewer', () => {
    const g = blockGraph(getModel('llama-2-7b'), { phase: 'prefill', batch: 1, tokens: 1024 });
    expect(graphCost(optimiseGraph(g, []), hw, 'fp16').kernels).toBe(g.nodes.length);
    expect(graphCost(optimiseGraph(g, PASS_ORDER), hw, 'fp16').kernels).toBeLessThan(g.nodes.length / 2);
  });
  it('the block FLOPs match the engine operator list for the same layer (matmuls dominate; within 1%)', async () => {
    const { inferenceStep } = await import('../../../src/engine/index.ts');
    const m = getModel('llama-2-7b');
    const step = inferenceStep(m, hw, { phase: 'decode', batch: 8, tokens: 1024, efficiency: 'ideal' });
    const perLayer = step.ops.filter((o) => o.count === m.numLayers).reduce((s, o) => s + o.flops, 0);
    const g = graphCost(optimiseGraph(blockGraph(m, { phase: 'decode', batch: 8, tokens: 1024 }), PASS_ORDER), hw, 'fp16');
    expect(Math.abs(g.flops - perLayer) / perLayer).toBeLessThan(0.01);
  });
  it('tiling removes the score matrix: prefill bytes fall by at least the s² score traffic it kept in HBM', () => {
    const rows = passComparison(getModel('llama-2-7b'), hw, 'fp16', { phase: 'prefill', batch: 1, tokens: 2048 });
    const tiling = rows.find((r) => r.pass === 'tiling')!;
    expect(tiling.before.bytes - tiling.after.bytes).toBeGreaterThan(32 * 2048 * 2048 * 2);
  });
  it('blockGraph rejects a zero batch with an EngineError', () => {
    expect(() => blockGraph(getModel('llama-2-7b'), { phase: 'decode', batch: 0, tokens: 10 })).toThrow(/batch/);
  });
});
