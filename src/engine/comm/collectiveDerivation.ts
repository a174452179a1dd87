/** The α-β-γ cost of a collective as a Derivation a simulator can show with live numbers. */
import type { Derivation, DerivationTerm } from '../derivation.ts';
import { collectiveCost } from './collectiveCost.ts';
import type { CollectiveAlgorithm, CollectiveParams } from './collectiveTypes.ts';

// Closed forms for power-of-two p, written with B = 1/β (bytes/s per direction).
const allReduceTex: Record<CollectiveAlgorithm, string> = {
  ring: '2(p-1)\\alpha + 2\\frac{p-1}{p}\\frac{n}{B} + \\frac{p-1}{p}\\,n\\gamma',
  tree: '2\\lceil\\log_2 p\\rceil\\left(\\alpha + \\frac{n}{B}\\right) + \\lceil\\log_2 p\\rceil\\,n\\gamma',
  'recursive-doubling': '\\log_2 p\\left(\\alpha + \\frac{n}{B} + n\\gamma\\right)',
  'halving-doubling': '2\\log_2 p\\,\\alpha + 2\\frac{p-1}{p}\\frac{n}{B} + \\frac{p-1}{p}\\,n\\gamma',
  hierarchical: '2(g-1)\\alpha + 2\\frac{g-1}{g}\\frac{n}{B} + 2(N-1)\\alpha\' + 2\\frac{N-1}{N}\\frac{n/g}{B\'} + \\ldots\\gamma',
};

export type CollectiveSymbol = 'p' | 'n' | '\\alpha' | 'B' | 'm' | 'w' | 'r' | '\\gamma^{-1}';
/** params.collective and params.algorithm name the collective and its algorithm. */
export type CollectiveDerivation = Derivation<'collective', CollectiveSymbol>;

/**
 * Derivation of `collectiveTime`: the closed form (all-reduce) or the generic
 * T = mα + w/B + rγ, with m sequential messages, w bytes sent in sequence by
 * one rank and r bytes it reduces, all taken from `collectiveCost`.
 */
export function collectiveDerivation(params: CollectiveParams): CollectiveDerivation {
  const cost = collectiveCost(params);
  const messages = cost.phases.reduce((a, x) => a + x.messages, 0);
  const wire = cost.phases.reduce((a, x) => a + x.wireBytes, 0);
  const gamma = params.reduceSecondsPerByte ?? 0;
  const generic = gamma > 0 ? 'm\\alpha + \\frac{w}{B} + r\\gamma' : 'm\\alpha + \\frac{w}{B}';
  const closed = params.collective === 'all-reduce' ? `${allReduceTex[params.algorithm]} = ` : '';
  const terms: DerivationTerm<CollectiveSymbol>[] = [
    { symbol: 'p', value: params.ranks, unit: 'count' },
    { symbol: 'n', value: params.bytes, unit: 'B' },
    { symbol: '\\alpha', value: params.latency, unit: 's' },
    { symbol: 'B', value: params.bandwidth, unit: 'B/s' },
    { symbol: 'm', value: messages, unit: 'count' },
    { symbol: 'w', value: wire, unit: 'B' },
  ];
  if (gamma > 0) {
    const reduced = cost.phases.reduce((a, x) => a + x.reducedBytes, 0);
    terms.push(
      { symbol: 'r', value: reduced, unit: 'B' },
      { symbol: '\\gamma^{-1}', value: 1 / gamma, unit: 'B/s' },
    );
  }
  return {
    id: 'collective',
    tex: `T = ${closed}${generic}`,
    terms,
    result: { value: cost.seconds, unit: 's' },
    source: params.algorithm === 'ring' && params.collective === 'all-reduce' ? 'patarasuk-yuan-2009-ring' : 'thakur-2005-mpich-collectives',
    params: { collective: params.collective, algorithm: params.algorithm },
  };
}
