/**
 * "How long does a ring all-reduce take?": a message size, a number of GPUs
 * and a link. The answer is collectiveCost for the ring with the link's
 * preset α and bandwidth per direction,
 *   T = 2(p−1)·α + 2·(p−1)/p · n/B,
 * within 3 % (exact from the givens; taking 1 MiB as 10⁶ bytes is 4.9 % off
 * and is not accepted).
 */
import { collectiveCost, collectiveDerivation, getInterconnect, type CollectiveParams } from '../../../engine/index.ts';
import type { Exercise } from '../exercise.ts';
import type { Rng } from '../random.ts';

const LINKS = ['nvlink-3', 'nvlink-4', 'pcie-4-x16', 'pcie-5-x16', 'ib-hdr', 'ib-ndr'] as const;
const RANKS = [2, 4, 8, 16] as const;
const MIB = 2 ** 20;
const SIZES_MIB = [1, 4, 16, 64, 256, 1024] as const;

export function allreduceExercise(seed: number, rng: Rng): Exercise {
  const link = getInterconnect(rng.pick(LINKS));
  const params: CollectiveParams = {
    collective: 'all-reduce',
    algorithm: 'ring',
    ranks: rng.pick(RANKS),
    bytes: rng.pick(SIZES_MIB) * MIB,
    latency: link.latencySeconds.default,
    bandwidth: link.bandwidthBytesPerSecPerDirection,
  };
  const seconds = collectiveCost(params).seconds;
  return {
    kind: 'allreduce',
    seed,
    scenario: { kind: 'allreduce', link: { id: link.id, name: link.name }, ranks: params.ranks, bytes: params.bytes },
    givens: [
      { key: 'ranks', value: params.ranks, format: 'count' },
      { key: 'message', value: params.bytes, format: 'bytes' },
      { key: 'latency', value: params.latency, format: 'seconds' },
      { key: 'linkBandwidth', value: params.bandwidth, format: 'bandwidth' },
    ],
    answer: { type: 'number', quantity: 'seconds', value: seconds, unit: seconds < 1e-3 ? 'µs' : 'ms', tolerance: { relative: 0.03, absolute: 0 } },
    derivations: [collectiveDerivation(params)],
  };
}
