/**
 * Collective communication time in the α-β-γ model.
 *
 * T = (number of sequential messages)·α + (bytes a rank sends in sequence)·β
 *     + (bytes a rank reduces)·γ
 * with α the per-message latency (s), β = 1/bandwidth (s/B per link
 * direction), γ the reduction cost (s/B), p ranks and n bytes (meaning per
 * collective: see CollectiveParams).
 *
 * Formulas from Thakur, Rabenseifner & Gropp 2005 (the MPICH algorithms) and
 * Patarasuk & Yuan 2009 (ring all-reduce). The model ignores: link
 * contention beyond one message per direction per step, switch hops, the
 * pipelining of chunks inside an algorithm (NCCL's pipelined trees and
 * channels), protocol overhead, and load imbalance from n not dividing by p.
 *
 * Non-power-of-two p (MPICH's approach): recursive doubling and
 * halving-doubling first fold the r = p − 2^⌊log₂p⌋ extra ranks into partners
 * (one extra message of n bytes, reduced), run on 2^⌊log₂p⌋ ranks, then send
 * the result back (one more message of n bytes). All-gather by recursive
 * doubling uses Bruck's algorithm's cost (⌈log₂p⌉ messages) for any p. Ring
 * and binomial-tree formulas hold for any p (with ⌈log₂p⌉ tree levels).
 */
import { EngineError, requireOneOf, requirePositiveInt, requireObject, requireInRange, requireNonNegative, requirePositive } from '../errors.ts';
import {
  ALGORITHMS, COLLECTIVES,
  type CollectiveCost, type CollectiveParams, type CollectivePhase, type CommRegime,
} from './collectiveTypes.ts';
import { LIMITS, requireCount } from '../limits.ts';

interface Link { readonly alpha: number; readonly beta: number; readonly gamma: number }

const phase = (name: string, link: Link, messages: number, wireBytes: number, reducedBytes: number): CollectivePhase => ({
  name,
  messages,
  wireBytes,
  reducedBytes,
  latencySeconds: messages * link.alpha,
  bandwidthSeconds: wireBytes * link.beta,
  reduceSeconds: reducedBytes * link.gamma,
});

const log2Ceil = (p: number): number => Math.ceil(Math.log2(p));
const log2Floor = (p: number): number => Math.floor(Math.log2(p));
const isPowerOfTwo = (p: number): boolean => (p & (p - 1)) === 0;

/** Fold-in and fold-out steps that reduce a non-power-of-two group to 2^⌊log₂p⌋ ranks. */
function foldPhases(link: Link, p: number, n: number, reduce: boolean): { pre: CollectivePhase[]; post: CollectivePhase[]; pp: number } {
  if (isPowerOfTwo(p)) return { pre: [], post: [], pp: p };
  return {
    pre: [phase('fold extra ranks in', link, 1, n, reduce ? n : 0)],
    post: [phase('send result to extra ranks', link, 1, n, 0)],
    pp: 2 ** log2Floor(p),
  };
}

function ringPhases(collective: CollectiveParams['collective'], link: Link, p: number, n: number): CollectivePhase[] {
  const share = ((p - 1) / p) * n;
  switch (collective) {
    case 'all-reduce':
      return [phase('reduce-scatter', link, p - 1, share, share), phase('all-gather', link, p - 1, share, 0)];
    case 'all-gather':
      return [phase('all-gather', link, p - 1, share, 0)];
    case 'reduce-scatter':
      return [phase('reduce-scatter', link, p - 1, share, share)];
    case 'broadcast':
      return [phase('binomial scatter', link, log2Ceil(p), share, 0), phase('ring all-gather', link, p - 1, share, 0)];
    case 'reduce':
      return [phase('ring reduce-scatter', link, p - 1, share, share), phase('binomial gather', link, log2Ceil(p), share, 0)];
    case 'all-to-all':
      return [phase('pairwise exchange', link, p - 1, share, 0)];
    case 'p2p':
      return [phase('send', link, 1, n, 0)];
  }
}

function treePhases(collective: CollectiveParams['collective'], link: Link, p: number, n: number): CollectivePhase[] {
  const levels = log2Ceil(p);
  const share = ((p - 1) / p) * n;
  switch (collective) {
    case 'all-reduce':
      return [phase('binomial reduce', link, levels, levels * n, levels * n), phase('binomial broadcast', link, levels, levels * n, 0)];
    case 'all-gather':
      return [phase('binomial gather', link, levels, share, 0), phase('binomial broadcast', link, levels, levels * n, 0)];
    case 'reduce-scatter':
      return [phase('binomial reduce', link, levels, levels * n, levels * n), phase('binomial scatter', link, levels, share, 0)];
    case 'broadcast':
      return [phase('binomial broadcast', link, levels, levels * n, 0)];
    case 'reduce':
      return [phase('binomial reduce', link, levels, levels * n, levels * n)];
    case 'all-to-all':
      throw new EngineError('unknownOption', { field: 'algorithm', value: 'tree', reason: 'noTreeAllToAll', options: ['ring', 'recursive-doubling', 'halving-doubling'] });
    case 'p2p':
      return [phase('send', link, 1, n, 0)];
  }
}

function doublingPhases(collective: CollectiveParams['collective'], algorithm: 'recursive-doubling' | 'halving-doubling', link: Link, p: number, n: number): CollectivePhase[] {
  switch (collective) {
    case 'all-reduce': {
      const { pre, post, pp } = foldPhases(link, p, n, true);
      const steps = log2Floor(pp);
      if (algorithm === 'recursive-doubling') {
        return [...pre, phase('recursive doubling', link, steps, steps * n, steps * n), ...post];
      }
      const share = ((pp - 1) / pp) * n;
      return [...pre, phase('recursive-halving reduce-scatter', link, steps, share, share), phase('recursive-doubling all-gather', link, steps, share, 0), ...post];
    }
    case 'all-gather':
      return [phase(isPowerOfTwo(p) ? 'recursive doubling' : 'Bruck all-gather', link, log2Ceil(p), ((p - 1) / p) * n, 0)];
    case 'reduce-scatter': {
      const { pre, pp } = foldPhases(link, p, n, true);
      const share = ((pp - 1) / pp) * n;
      const tail = isPowerOfTwo(p) ? [] : [phase('send shares to extra ranks', link, 1, n / p, 0)];
      return [...pre, phase('recursive halving', link, log2Floor(pp), share, share), ...tail];
    }
    case 'broadcast': {
      const share = ((p - 1) / p) * n;
      return [phase('binomial scatter', link, log2Ceil(p), share, 0), phase('recursive-doubling all-gather', link, log2Ceil(p), share, 0)];
    }
    case 'reduce': {
      const { pre, pp } = foldPhases(link, p, n, true);
      const share = ((pp - 1) / pp) * n;
      return [...pre, phase('recursive-halving reduce-scatter', link, log2Floor(pp), share, share), phase('binomial gather', link, log2Floor(pp), share, 0)];
    }
    case 'all-to-all':
      return [phase('Bruck all-to-all', link, log2Ceil(p), (n / 2) * log2Ceil(p), 0)];
    case 'p2p':
      return [phase('send', link, 1, n, 0)];
  }
}

/**
 * Two-level collective: g = ranksPerNode ranks in each of N = p/g nodes.
 * All-reduce = intra-node ring reduce-scatter (n) + inter-node ring all-reduce
 * of each rank's n/g shard among the N ranks with the same local index +
 * intra-node ring all-gather (n). Assumes one inter-node link per rank
 * (rail-optimised, as DGX nodes have one NIC per GPU).
 */
function hierarchicalPhases(params: CollectiveParams, intra: Link, p: number, n: number): CollectivePhase[] {
  const g = requirePositiveInt('ranksPerNode', params.ranksPerNode);
  if (p % g !== 0) throw new EngineError('notDivisible', { field: 'ranks', value: p, divisor: 'ranksPerNode', divisorValue: g });
  const nodes = p / g;
  const inter: Link = {
    alpha: params.interLatency === undefined ? intra.alpha : requireInRange('interLatency', requireNonNegative('interLatency', params.interLatency), 0, COMM_LIMITS.latencySeconds),
    beta: 1 / (params.interBandwidth === undefined ? 1 / intra.beta : requireInRange('interBandwidth', requirePositive('interBandwidth', params.interBandwidth), COMM_LIMITS.minBytesPerSec, COMM_LIMITS.maxBytesPerSec)),
    gamma: intra.gamma,
  };
  const intraShare = ((g - 1) / g) * n;
  const shard = n / g;
  const interShare = ((nodes - 1) / nodes) * shard;
  const named = (ps: CollectivePhase[], prefix: string) => ps.map((x) => ({ ...x, name: `${prefix}: ${x.name}` }));
  // Phases on the inter-node link are marked, so a derivation can show their α' and B' apart.
  const onInter = (ps: CollectivePhase[]) => ps.map((x) => ({ ...x, inter: true }));
  switch (params.collective) {
    case 'all-reduce':
      return [
        phase('intra-node reduce-scatter', intra, g - 1, intraShare, intraShare),
        ...onInter(named(ringPhases('all-reduce', inter, nodes, shard), 'inter-node all-reduce')),
        phase('intra-node all-gather', intra, g - 1, intraShare, 0),
      ];
    case 'all-gather':
      return [...onInter([phase('inter-node all-gather', inter, nodes - 1, interShare, 0)]), phase('intra-node all-gather', intra, g - 1, intraShare, 0)];
    case 'reduce-scatter':
      return [phase('intra-node reduce-scatter', intra, g - 1, intraShare, intraShare), ...onInter([phase('inter-node reduce-scatter', inter, nodes - 1, interShare, interShare)])];
    case 'broadcast':
      return [...onInter(named(treePhases('broadcast', inter, nodes, n), 'inter-node')), ...named(treePhases('broadcast', intra, g, n), 'intra-node')];
    case 'reduce':
      return [...named(treePhases('reduce', intra, g, n), 'intra-node'), ...onInter(named(treePhases('reduce', inter, nodes, n), 'inter-node'))];
    case 'all-to-all':
      return [phase('intra-node pairwise exchange', intra, g - 1, ((g - 1) / p) * n, 0), ...onInter([phase('inter-node pairwise exchange', inter, p - g, ((p - g) / p) * n, 0)])];
    case 'p2p':
      return nodes > 1 ? onInter([phase('send', inter, 1, n, 0)]) : [phase('send', intra, 1, n, 0)];
  }
}

/**
 * What a collective accepts, far beyond any real cluster, so every time it
 * forms is finite: up to 10^24 bytes (a yottabyte), links from 1 B/s to
 * 10^17 B/s, latencies up to 10^6 s, a reduction at most 1 s per byte.
 */
export const COMM_LIMITS = {
  bytes: 1e24,
  minBytesPerSec: 1,
  maxBytesPerSec: 1e17,
  latencySeconds: 1e6,
  reduceSecondsPerByte: 1,
} as const;

const sum = (phases: readonly CollectivePhase[], key: 'latencySeconds' | 'bandwidthSeconds' | 'reduceSeconds'): number =>
  phases.reduce((acc, x) => acc + x[key], 0);

/** Validated α-β-γ cost with its per-phase breakdown (see the module comment for formulas and sources). */
export function collectiveCost(params: CollectiveParams): CollectiveCost {
  requireObject('params', params);
  const collective = requireOneOf('collective', params.collective, COLLECTIVES);
  const algorithm = requireOneOf('algorithm', params.algorithm, ALGORITHMS);
  const p = requireCount('ranks', params.ranks, LIMITS.gpus);
  const n = requireInRange('bytes', requireNonNegative('bytes', params.bytes), 0, COMM_LIMITS.bytes);
  const link: Link = {
    alpha: requireInRange('latency', requireNonNegative('latency', params.latency), 0, COMM_LIMITS.latencySeconds),
    beta: 1 / requireInRange('bandwidth', requirePositive('bandwidth', params.bandwidth), COMM_LIMITS.minBytesPerSec, COMM_LIMITS.maxBytesPerSec),
    gamma: requireInRange('reduceSecondsPerByte', requireNonNegative('reduceSecondsPerByte', params.reduceSecondsPerByte ?? 0), 0, COMM_LIMITS.reduceSecondsPerByte),
  };
  if (p === 1) {
    return { seconds: 0, latencySeconds: 0, bandwidthSeconds: 0, reduceSeconds: 0, phases: [], regime: 'latency-bound' };
  }
  const phases =
    algorithm === 'ring' ? ringPhases(collective, link, p, n)
    : algorithm === 'tree' ? treePhases(collective, link, p, n)
    : algorithm === 'hierarchical' ? hierarchicalPhases(params, link, p, n)
    : doublingPhases(collective, algorithm, link, p, n);
  const latencySeconds = sum(phases, 'latencySeconds');
  const bandwidthSeconds = sum(phases, 'bandwidthSeconds');
  const reduceSeconds = sum(phases, 'reduceSeconds');
  const regime: CommRegime = latencySeconds >= bandwidthSeconds + reduceSeconds ? 'latency-bound' : 'bandwidth-bound';
  return { seconds: latencySeconds + bandwidthSeconds + reduceSeconds, latencySeconds, bandwidthSeconds, reduceSeconds, phases, regime };
}

/** Collective time in seconds (issue #3 public API); `collectiveCost` gives the breakdown. */
export function collectiveTime(params: CollectiveParams): number {
  requireObject('params', params);
  return collectiveCost(params).seconds;
}

/**
 * Message size (bytes) at which the α terms equal the β + γ terms: below it
 * the collective is latency-bound, above it bandwidth-bound. Every term is
 * linear in n, so n* = latency terms ÷ (β+γ terms per byte). One rank → 0.
 */
export function collectiveCrossoverBytes(params: Omit<CollectiveParams, 'bytes'>): number {
  requireObject('params', params);
  const perByte = collectiveCost({ ...params, bytes: 1 });
  const slope = perByte.bandwidthSeconds + perByte.reduceSeconds;
  if (slope === 0) return 0;
  return perByte.latencySeconds / slope;
}
