/**
 * Show-the-work for 图6's readouts on an optimised block graph: the kernel
 * count, the HBM bytes and the FLOPs, each split so the substituted values
 * add up to the number shown (the time is compute/derivations.ts'
 * graphTimeDerivation).
 */
import type { Derivation } from '../derivation.ts';
import type { GraphCost } from './cost.ts';
import { kernelBytePartsUnchecked } from './kernelParts.ts';
import type { OptimisedGraph } from './types.ts';
import { requireGraphCost, requireOptimisedGraph } from './validateGraph.ts';

export type GraphKernelsDerivation = Derivation<'graph-kernels', 'N_{op}' | 'N_{rm}' | 'N_{f}'>;
export type GraphBytesDerivation = Derivation<'graph-bytes', 'W' | 'R' | 'O'>;
export type GraphFlopsDerivation = Derivation<'graph-flops', 'F_{mm}' | 'F_{ew}'>;

/**
 * Kernels launched: N_k = N_op − N_rm − N_f, N_op the operators of the
 * unoptimised graph, N_rm those a pass removed (folded, dead, duplicate,
 * layout copies), N_f those that joined another operator's kernel (fusion,
 * tiling). Source: 'chen-2018-tvm' (fusion groups operators into one kernel).
 */
export function graphKernelsDerivation(g: OptimisedGraph): GraphKernelsDerivation {
  requireOptimisedGraph('g', g);
  return {
    id: 'graph-kernels',
    tex: 'N_k = N_{op} - N_{rm} - N_{f}',
    evaluate: (v) => v['N_{op}'] - v['N_{rm}'] - v['N_{f}'],
    terms: [
      { symbol: 'N_{op}', value: g.graph.nodes.length, unit: 'count' },
      { symbol: 'N_{rm}', value: g.removed.length, unit: 'count' },
      { symbol: 'N_{f}', value: g.nodes.length - g.kernels.length, unit: 'count' },
    ],
    result: { value: g.kernels.length, unit: 'count' },
    source: 'chen-2018-tvm',
  };
}

/**
 * HBM bytes of the block: Q = W + R + O, summed over kernels: W the weights
 * each kernel reads, R the activations and KV cache it reads from HBM (its
 * external inputs, each once), O what it writes that a later kernel or the
 * step output needs (a fused intermediate never reaches HBM).
 * Sources: 'chen-2018-tvm', 'williams-2009-roofline'.
 */
export function graphBytesDerivation(g: OptimisedGraph, cost: GraphCost): GraphBytesDerivation {
  requireOptimisedGraph('g', g);
  requireGraphCost('cost', cost);
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const consumers = new Map<string, string[]>();
  for (const n of g.nodes) for (const i of n.inputs) consumers.set(i, [...(consumers.get(i) ?? []), n.id]);
  let weights = 0;
  let reads = 0;
  let writes = 0;
  for (const ids of g.kernels) {
    const p = kernelBytePartsUnchecked(g, ids.map((id) => byId.get(id)).filter((n) => n !== undefined), consumers);
    weights += p.weights;
    reads += p.reads;
    writes += p.writes;
  }
  return {
    id: 'graph-bytes',
    tex: 'Q = W + R + O',
    evaluate: (v) => v.W + v.R + v.O,
    terms: [
      { symbol: 'W', value: weights, unit: 'B' },
      { symbol: 'R', value: reads, unit: 'B' },
      { symbol: 'O', value: writes, unit: 'B' },
    ],
    result: { value: cost.bytes, unit: 'B' },
    source: 'chen-2018-tvm',
  };
}

/**
 * FLOPs of the block: F = F_mm + F_ew, the matrix multiplies (2·m·k·n each)
 * and everything else (element-wise, reductions, constants). No pass removes
 * a matrix multiply, which is why the FLOPs barely move.
 * Source: 'kipply-2022-arithmetic'.
 */
export function graphFlopsDerivation(g: OptimisedGraph, cost: GraphCost): GraphFlopsDerivation {
  requireOptimisedGraph('g', g);
  requireGraphCost('cost', cost);
  let matmul = 0;
  let other = 0;
  for (const n of g.nodes) {
    if (n.kind === 'matmul') matmul += n.flops;
    else other += n.flops;
  }
  return {
    id: 'graph-flops',
    tex: 'F = F_{mm} + F_{ew}',
    evaluate: (v) => v['F_{mm}'] + v['F_{ew}'],
    terms: [
      { symbol: 'F_{mm}', value: matmul, unit: 'FLOP' },
      { symbol: 'F_{ew}', value: other, unit: 'FLOP' },
    ],
    result: { value: cost.flops, unit: 'FLOP' },
    source: 'kipply-2022-arithmetic',
  };
}
