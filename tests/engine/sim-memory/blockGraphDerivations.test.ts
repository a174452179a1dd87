import { describe, expect, it } from 'vitest';
import { getModel } from '../../../src/engine/index.ts';
import { BLOCK_FUSIONS, blockPeakActivationBytes, fusionSavings, transformerBlockGraph, type BlockFusionId } from '../../../src/engine/memory/blockGraph.ts';
import {
  blockPeakDerivation, blockWeightDerivation, fusionStoredDerivation, fusionTrafficDerivation,
} from '../../../src/engine/memory/blockGraphDerivations.ts';

const term = (d: { terms: readonly { symbol: string; value: number }[] }, s: string) => d.terms.find((t) => t.symbol === s)?.value ?? Number.NaN;
const rel = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

const cases = [
  { model: 'llama-2-7b', phase: 'prefill' as const, batch: 1, tokens: 4096 },
  { model: 'llama-2-7b', phase: 'decode' as const, batch: 8, tokens: 2048 },
  { model: 'opt-13b', phase: 'prefill' as const, batch: 2, tokens: 512 },
  { model: 'mixtral-8x7b', phase: 'prefill' as const, batch: 1, tokens: 1024 },
];
const fusionSets: BlockFusionId[][] = [[], ['flash-attention'], ['norm-into-proj', 'residual-epilogue'], [...BLOCK_FUSIONS]];

describe('block graph derivations reproduce the block graph numbers', () => {
  for (const c of cases) {
    const model = getModel(c.model);
    const graph = transformerBlockGraph(model, c);
    for (const f of fusionSets) {
      const name = `${c.model} ${c.phase} [${f.join(',')}]`;
      it(`fusionStoredDerivation: a·(T·W + N_S) = materialisedBytesSaved (${name})`, () => {
        const d = fusionStoredDerivation(graph, f);
        expect(d.result.value).toBe(fusionSavings(graph, f).materialisedBytesSaved);
        expect(rel(term(d, 'a') * (term(d, 'T') * term(d, 'W') + term(d, 'N_S')), d.result.value)).toBeLessThan(1e-12);
      });
      it(`fusionTrafficDerivation: a·(T·W_rw + N_S,rw) = trafficBytesSaved (${name})`, () => {
        const d = fusionTrafficDerivation(graph, f);
        expect(d.result.value).toBe(fusionSavings(graph, f).trafficBytesSaved);
        expect(rel(term(d, 'a') * (term(d, 'T') * term(d, 'W_{rw}') + term(d, 'N_{S,rw}')), d.result.value)).toBeLessThan(1e-12);
      });
      it(`blockPeakDerivation: a·(T·W + N_S) = blockPeakActivationBytes (${name})`, () => {
        const d = blockPeakDerivation(graph, f);
        expect(d.result.value).toBe(blockPeakActivationBytes(graph, new Set(f)));
        expect(rel(term(d, 'a') * (term(d, 'T') * term(d, 'W') + term(d, 'N_S')), d.result.value)).toBeLessThan(1e-12);
      });
    }
    it(`blockWeightDerivation: P·b/8 = Σ operator weight bytes (${c.model})`, () => {
      const d = blockWeightDerivation(model, graph);
      expect(d.result.value).toBe(graph.nodes.reduce((s, n) => s + n.weightBytes, 0));
      expect(rel((term(d, 'P') * term(d, 'b')) / 8, d.result.value)).toBeLessThan(1e-12);
      expect(term(d, 'b')).toBe(16);
    });
  }

  it('the unfused prefill peak of Llama-2-7B at 4096 tokens is reached with the score matrices live', () => {
    const d = blockPeakDerivation(transformerBlockGraph(getModel('llama-2-7b'), cases[0]!), []);
    expect(d.params?.tensors).toContain('scores');
    expect(term(d, 'N_S')).toBeGreaterThan(0);
  });

  it('nothing fused saves nothing', () => {
    const graph = transformerBlockGraph(getModel('llama-2-7b'), cases[0]!);
    expect(fusionStoredDerivation(graph, []).result.value).toBe(0);
    expect(fusionTrafficDerivation(graph, []).result.value).toBe(0);
  });

  it('a grouped INT4 block counts its scales in b', () => {
    const model = getModel('llama-2-7b');
    const graph = transformerBlockGraph(model, { ...cases[0]!, weights: { bits: 4, groupSize: 128, scaleBits: 16 } });
    const d = blockWeightDerivation(model, graph, { bits: 4, groupSize: 128, scaleBits: 16 });
    expect(term(d, 'b')).toBeCloseTo(4 + 16 / 128, 3);
    expect(rel((term(d, 'P') * term(d, 'b')) / 8, d.result.value)).toBeLessThan(1e-12);
  });
});
