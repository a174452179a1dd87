/** The α-β-γ cost of a collective as a Derivation a simulator can show with live numbers. */
import type { Derivation, DerivationTerm } from '../derivation.ts';
import { collectiveCost } from './collectiveCost.ts';
import type { CollectiveAlgorithm, CollectiveParams } from './collectiveTypes.ts';
import { requireObject } from '../errors.ts';

// All-reduce closed forms (exact for power-of-two p; ring and tree for any p), written with B = 1/β (bytes/s per direction).
const allReduceTex: Record<Exclude<CollectiveAlgorithm, 'hierarchical'>, string> = {
  ring: '2(p-1)\\alpha + 2\\frac{p-1}{p}\\frac{n}{B} + \\frac{p-1}{p}\\,n\\gamma',
  tree: '2\\lceil\\log_2 p\\rceil\\left(\\alpha + \\frac{n}{B}\\right) + \\lceil\\log_2 p\\rceil\\,n\\gamma',
  'recursive-doubling': '\\log_2 p\\left(\\alpha + \\frac{n}{B} + n\\gamma\\right)',
  'halving-doubling': '2\\log_2 p\\,\\alpha + 2\\frac{p-1}{p}\\frac{n}{B} + \\frac{p-1}{p}\\,n\\gamma',
};

export type CollectiveSymbol = 'p' | 'n' | '\\alpha' | 'B' | 'm' | 'w' | 'r' | '\\gamma^{-1}' | 'g' | "\\alpha'" | "B'" | "m'" | "w'";
/** params.collective and params.algorithm name the collective and its algorithm. */
export type CollectiveDerivation = Derivation<'collective', CollectiveSymbol>;

const isPowerOfTwo = (p: number): boolean => (p & (p - 1)) === 0;

/**
 * Derivation of `collectiveTime`: the closed form (all-reduce) and the generic
 *   T = mα + w/B + rγ,
 * with m sequential messages, w bytes sent in sequence by one rank and r bytes
 * it reduces, all taken from `collectiveCost`. The closed form is shown where
 * it is exact: ring and tree for any p, recursive and halving-doubling for
 * power-of-two p (otherwise MPICH folds the extra ranks in first). A
 * hierarchical collective runs its inter-node phases on another link, so it
 * is shown on two links: T = mα + w/B + m'α' + w'/B' + rγ, g ranks per node,
 * m', w' the messages and bytes on the inter-node link (α', B').
 */
export function collectiveDerivation(params: CollectiveParams): CollectiveDerivation {
  requireObject('params', params);
  const cost = collectiveCost(params);
  const hierarchical = params.algorithm === 'hierarchical';
  const intraPhases = cost.phases.filter((x) => !x.inter);
  const interPhases = cost.phases.filter((x) => x.inter === true);
  const messages = intraPhases.reduce((a, x) => a + x.messages, 0);
  const wire = intraPhases.reduce((a, x) => a + x.wireBytes, 0);
  const gamma = params.reduceSecondsPerByte ?? 0;
  const reduceTex = gamma > 0 ? ' + r\\gamma' : '';
  const generic = hierarchical
    ? `m\\alpha + \\frac{w}{B} + m'\\alpha' + \\frac{w'}{B'}${reduceTex}`
    : `m\\alpha + \\frac{w}{B}${reduceTex}`;
  const algorithm = params.algorithm;
  const closedExact = params.collective === 'all-reduce' && algorithm !== 'hierarchical' && params.ranks > 1
    && (algorithm === 'ring' || algorithm === 'tree' || isPowerOfTwo(params.ranks));
  const closed = closedExact ? `${allReduceTex[algorithm]} = ` : '';
  const terms: DerivationTerm<CollectiveSymbol>[] = [
    { symbol: 'p', value: params.ranks, unit: 'count' },
    { symbol: 'n', value: params.bytes, unit: 'B' },
    { symbol: '\\alpha', value: params.latency, unit: 's' },
    { symbol: 'B', value: params.bandwidth, unit: 'B/s' },
    { symbol: 'm', value: messages, unit: 'count' },
    { symbol: 'w', value: wire, unit: 'B' },
  ];
  if (hierarchical) {
    terms.push(
      { symbol: 'g', value: params.ranksPerNode ?? params.ranks, unit: 'count' },
      { symbol: "\\alpha'", value: params.interLatency ?? params.latency, unit: 's' },
      { symbol: "B'", value: params.interBandwidth ?? params.bandwidth, unit: 'B/s' },
      { symbol: "m'", value: interPhases.reduce((a, x) => a + x.messages, 0), unit: 'count' },
      { symbol: "w'", value: interPhases.reduce((a, x) => a + x.wireBytes, 0), unit: 'B' },
    );
  }
  if (gamma > 0) {
    const reduced = cost.phases.reduce((a, x) => a + x.reducedBytes, 0);
    terms.push(
      { symbol: 'r', value: reduced, unit: 'B' },
      { symbol: '\\gamma^{-1}', value: 1 / gamma, unit: 'B/s' },
    );
  }
  type Values = Readonly<Record<CollectiveSymbol, number>>;
  const oneLink = (v: Values) => v.m * v['\\alpha'] + v.w / v.B;
  const links = hierarchical ? (v: Values) => oneLink(v) + v["m'"] * v["\\alpha'"] + v["w'"] / v["B'"] : oneLink;
  return {
    id: 'collective',
    tex: `T = ${closed}${generic}`,
    evaluate: gamma > 0 ? (v) => links(v) + v.r / v['\\gamma^{-1}'] : links,
    terms,
    result: { value: cost.seconds, unit: 's' },
    source: params.algorithm === 'ring' && params.collective === 'all-reduce' ? 'patarasuk-yuan-2009-ring' : 'thakur-2005-mpich-collectives',
    params: { collective: params.collective, algorithm: params.algorithm },
  };
}
