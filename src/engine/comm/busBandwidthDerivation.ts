/**
 * "Show the work" for nccl-tests' two bandwidths and for the latency/bandwidth
 * crossover of a collective, with the live values substituted.
 *
 * algbw = n / T; busbw = algbw × 2(p−1)/p for all-reduce (nccl-tests
 * doc/PERFORMANCE.md writes the rank count as n). The crossover n⋆ is the
 * message size at which the α terms equal the β (+γ) terms of collectiveCost;
 * for the ring it is n⋆ = pα·B (= pα/β), since 2(p−1)α = 2(p−1)/p · n⋆/B.
 */
import type { Derivation } from '../derivation.ts';
import { busBandwidthFactor } from './busBandwidth.ts';
import { collectiveCost, collectiveCrossoverBytes } from './collectiveCost.ts';
import type { CollectiveParams } from './collectiveTypes.ts';
import { requireObject } from '../errors.ts';

/** The all-reduce factor 2(p−1)/p, or f(p) for the other collectives; params.collective and params.algorithm name them. */
export type BusBandwidthSymbol = 'n' | 'T' | '\\text{algbw}' | 'p' | '\\frac{2(p-1)}{p}' | 'f(p)';
export type BusBandwidthDerivation = Derivation<'busbw', BusBandwidthSymbol>;
/** params.collective and params.algorithm name the collective. */
export type CrossoverDerivation = Derivation<'crossover', 'p' | '\\alpha' | 'B' | 'm\\,\\alpha' | 'w_1/B'>;

/** busbw = (n / T) × factor(p) for the collective described by `params`. */
export function busBandwidthDerivation(params: CollectiveParams): BusBandwidthDerivation {
  requireObject('params', params);
  const seconds = collectiveCost(params).seconds;
  const factor = busBandwidthFactor(params.collective, params.ranks);
  const algbw = seconds > 0 ? params.bytes / seconds : 0;
  const allReduce = params.collective === 'all-reduce';
  const factorTex = allReduce ? '\\frac{2(p-1)}{p}' as const : 'f(p)' as const;
  // One rank takes no time and carries nothing: algbw is shown as 0, not n/0.
  const algbwOf = (v: Readonly<Record<BusBandwidthSymbol, number>>) => (v.T > 0 ? v.n / v.T : 0);
  return {
    id: 'busbw',
    tex: `\\text{busbw} = \\underbrace{\\frac{n}{T}}_{\\text{algbw}} \\times ${factorTex}`,
    evaluate: allReduce ? (v) => algbwOf(v) * ((2 * (v.p - 1)) / v.p) : (v) => algbwOf(v) * v['f(p)'],
    terms: [
      { symbol: 'n', value: params.bytes, unit: 'B' },
      { symbol: 'T', value: seconds, unit: 's' },
      { symbol: '\\text{algbw}', value: algbw, unit: 'B/s' },
      { symbol: 'p', value: params.ranks, unit: 'count' },
      { symbol: factorTex, value: factor, unit: 'ratio' },
    ],
    result: { value: algbw * factor, unit: 'B/s' },
    source: 'nccl-tests-performance',
    params: { collective: params.collective, algorithm: params.algorithm },
  };
}

/** n⋆ where the α terms equal the β (+γ) terms. */
export function crossoverDerivation(params: Omit<CollectiveParams, 'bytes'>): CrossoverDerivation {
  requireObject('params', params);
  const perByte = collectiveCost({ ...params, bytes: 1 });
  const nStar = collectiveCrossoverBytes(params);
  // The ring's closed form holds for p > 1 without a reduction cost; otherwise the generic ratio (α terms over per-byte β + γ terms) is shown.
  const ring = params.algorithm === 'ring' && params.collective === 'all-reduce' && params.ranks > 1 && !((params.reduceSecondsPerByte ?? 0) > 0);
  return {
    id: 'crossover',
    tex: ring
      ? 'n^* : 2(p-1)\\alpha = 2\\frac{p-1}{p}\\frac{n^*}{B} \\;\\Rightarrow\\; n^* = p\\,\\alpha\\,B'
      : 'n^* = \\frac{m\\,\\alpha}{w_1/B}',
    evaluate: ring
      ? (v) => v.p * v['\\alpha'] * v.B
      : (v) => (v['w_1/B'] > 0 ? v['m\\,\\alpha'] / v['w_1/B'] : 0),
    terms: [
      { symbol: 'p', value: params.ranks, unit: 'count' },
      { symbol: '\\alpha', value: params.latency, unit: 's' },
      { symbol: 'B', value: params.bandwidth, unit: 'B/s' },
      { symbol: 'm\\,\\alpha', value: perByte.latencySeconds, unit: 's' },
      { symbol: 'w_1/B', value: perByte.bandwidthSeconds + perByte.reduceSeconds, unit: 's' },
    ],
    result: { value: nStar, unit: 'B' },
    source: ring ? 'patarasuk-yuan-2009-ring' : 'thakur-2005-mpich-collectives',
    params: { collective: params.collective, algorithm: params.algorithm },
  };
}
