/**
 * "Show the work" for tensor-parallel communication in one forward pass
 * (tensorParallel.ts): the traffic, 2L all-reduces of b·s·h·a bytes each,
 *   V = 2L · b·s·h·a,
 * and its time on a ring of p ranks,
 *   T = 2L · T_AR,  T_AR = 2(p−1)α + 2(p−1)/p · n/B,  n = b·s·h·a.
 * Source: 'shoeybi-2019-megatron' (two all-reduces per layer in the forward
 * pass); the ring's cost from 'patarasuk-yuan-2009-ring'.
 */
import type { Derivation } from '../derivation.ts';
import { tensorParallelCommTime, tensorParallelTraffic, type TensorParallelTrafficParams } from './tensorParallel.ts';
import { requireObject } from '../errors.ts';

export type TensorParallelSymbol = 'L' | 'b' | 's' | 'h' | 'a' | 'n' | 'p' | '\\alpha' | 'B' | 'N_{AR}' | 'T_{AR}';
export type TensorParallelTrafficDerivation = Derivation<'tp-traffic', TensorParallelSymbol>;
export type TensorParallelCommDerivation = Derivation<'tp-comm', TensorParallelSymbol>;

function sizeTerms(x: TensorParallelTrafficParams) {
  return [
    { symbol: 'L' as const, value: x.layers, unit: 'count' as const },
    { symbol: 'b' as const, value: x.batch, unit: 'count' as const },
    { symbol: 's' as const, value: x.tokens, unit: 'count' as const },
    { symbol: 'h' as const, value: x.hidden, unit: 'count' as const },
    { symbol: 'a' as const, value: x.bytesPerElement, unit: 'B' as const },
  ];
}

type Values = Readonly<Record<TensorParallelSymbol, number>>;

/** N_AR as the TeX defines it: 2L, + 1 with the embedding's all-reduce, 0 on one GPU. */
function allReduceCount(x: TensorParallelTrafficParams): { tex: string; count: (v: Values) => number } {
  if (x.tp === 1) return { tex: 'N_{AR} = 0 \\;(p = 1)', count: () => 0 };
  if (x.includeEmbedding) return { tex: 'N_{AR} = 2L + 1', count: (v) => 2 * v.L + 1 };
  return { tex: 'N_{AR} = 2L', count: (v) => 2 * v.L };
}

/** V = N_AR · b·s·h·a with N_AR = 2L (+ 1 for the embedding's all-reduce; 0 without tensor parallelism). */
export function tensorParallelTrafficDerivation(x: TensorParallelTrafficParams): TensorParallelTrafficDerivation {
  requireObject('x', x);
  const t = tensorParallelTraffic(x);
  const n = allReduceCount(x);
  return {
    id: 'tp-traffic',
    tex: `V = N_{AR}\\cdot b\\,s\\,h\\,a,\\quad ${n.tex}`,
    evaluate: (v) => n.count(v) * v.b * v.s * v.h * v.a,
    terms: [...sizeTerms(x), { symbol: 'p', value: x.tp, unit: 'count' }, { symbol: 'N_{AR}', value: t.allReduces, unit: 'count' }],
    result: { value: t.payloadBytes, unit: 'B' },
    source: 'shoeybi-2019-megatron',
  };
}

/** T = N_AR · T_AR on a ring (see the module comment). */
export function tensorParallelCommDerivation(x: TensorParallelTrafficParams & { readonly latency: number; readonly bandwidth: number }): TensorParallelCommDerivation {
  requireObject('x', x);
  const c = tensorParallelCommTime(x);
  const count = allReduceCount(x);
  return {
    id: 'tp-comm',
    tex: `T = N_{AR}\\,T_{AR},\\quad T_{AR} = 2(p-1)\\alpha + 2\\frac{p-1}{p}\\frac{n}{B},\\quad n = b\\,s\\,h\\,a,\\quad ${count.tex}`,
    evaluate: (v) => count.count(v) * (2 * (v.p - 1) * v['\\alpha'] + ((2 * (v.p - 1)) / v.p) * ((v.b * v.s * v.h * v.a) / v.B)),
    terms: [
      ...sizeTerms(x),
      { symbol: 'n', value: c.traffic.bytesPerAllReduce, unit: 'B' },
      { symbol: 'p', value: x.tp, unit: 'count' },
      { symbol: '\\alpha', value: x.latency, unit: 's' },
      { symbol: 'B', value: x.bandwidth, unit: 'B/s' },
      { symbol: 'N_{AR}', value: c.traffic.allReduces, unit: 'count' },
      { symbol: 'T_{AR}', value: c.secondsPerAllReduce, unit: 's' },
    ],
    result: { value: c.seconds, unit: 's' },
    source: 'shoeybi-2019-megatron',
  };
}
