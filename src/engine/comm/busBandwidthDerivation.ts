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

const label = (zh: string, en: string) => ({ zh, en });

/** busbw = (n / T) × factor(p) for the collective described by `params`. */
export function busBandwidthDerivation(params: CollectiveParams): Derivation {
  const seconds = collectiveCost(params).seconds;
  const factor = busBandwidthFactor(params.collective, params.ranks);
  const algbw = seconds > 0 ? params.bytes / seconds : 0;
  const factorTex = params.collective === 'all-reduce' ? '\\frac{2(p-1)}{p}' : 'f(p)';
  return {
    id: `busbw-${params.collective}-${params.algorithm}`,
    title: label('总线带宽（nccl-tests）', 'Bus bandwidth (nccl-tests)'),
    tex: `\\text{busbw} = \\underbrace{\\frac{n}{T}}_{\\text{algbw}} \\times ${factorTex}`,
    terms: [
      { symbol: 'n', value: params.bytes, unit: 'B', label: label('消息字节数', 'message bytes') },
      { symbol: 'T', value: seconds, unit: 's', label: label('一次集合通信的时间', 'time of one collective') },
      { symbol: '\\text{algbw}', value: algbw, unit: 'B/s', label: label('算法带宽 n/T', 'algorithm bandwidth n/T') },
      { symbol: 'p', value: params.ranks, unit: 'count', label: label('进程数', 'ranks') },
      { symbol: factorTex, value: factor, unit: 'ratio', label: label('每个进程的链路实际搬运的倍数', 'bytes each rank’s link really carries, per byte of n') },
    ],
    result: { value: algbw * factor, unit: 'B/s' },
    source: 'nccl-tests-performance',
  };
}

/** n⋆ where the α terms equal the β (+γ) terms. */
export function crossoverDerivation(params: Omit<CollectiveParams, 'bytes'>): Derivation {
  const perByte = collectiveCost({ ...params, bytes: 1 });
  const nStar = collectiveCrossoverBytes(params);
  const ring = params.algorithm === 'ring' && params.collective === 'all-reduce';
  return {
    id: `crossover-${params.collective}-${params.algorithm}`,
    title: label('延迟受限与带宽受限的分界', 'Latency-bound / bandwidth-bound crossover'),
    tex: ring
      ? 'n^* : 2(p-1)\\alpha = 2\\frac{p-1}{p}\\frac{n^*}{B} \\;\\Rightarrow\\; n^* = p\\,\\alpha\\,B'
      : 'n^* = \\frac{m\\,\\alpha}{w_1/B}',
    terms: [
      { symbol: 'p', value: params.ranks, unit: 'count', label: label('进程数', 'ranks') },
      { symbol: '\\alpha', value: params.latency, unit: 's', label: label('每条消息的启动延迟', 'per-message latency') },
      { symbol: 'B', value: params.bandwidth, unit: 'B/s', label: label('每个方向的链路带宽', 'link bandwidth per direction') },
      { symbol: 'm\\,\\alpha', value: perByte.latencySeconds, unit: 's', label: label('全部延迟项', 'all latency terms') },
      { symbol: 'w_1/B', value: perByte.bandwidthSeconds + perByte.reduceSeconds, unit: 's', label: label('每字节消息的带宽项', 'bandwidth terms per message byte') },
    ],
    result: { value: nStar, unit: 'B' },
    source: ring ? 'patarasuk-yuan-2009-ring' : 'thakur-2005-mpich-collectives',
  };
}
