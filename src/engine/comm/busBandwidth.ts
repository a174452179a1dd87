/**
 * Algorithm bandwidth and bus bandwidth as nccl-tests reports them
 * (NVIDIA nccl-tests doc/PERFORMANCE.md).
 *
 * algbw = S / t, with S the collective's size in bytes and t its time.
 * busbw = algbw × factor, where the factor turns algbw into the bandwidth each
 * rank's link actually carried under an optimal algorithm, so it can be held
 * against the hardware peak whatever the number of ranks:
 *   all-reduce 2(n−1)/n; reduce-scatter, all-gather, all-to-all (n−1)/n;
 *   broadcast, reduce, p2p 1.
 * Ignores: in-network reduction (SHARP: (n−1)/(n+1)), which we do not model.
 */
import { requireOneOf, requirePositive, requirePositiveInt, requireNonNegative } from '../errors.ts';
import { COLLECTIVES, type Collective } from './collectiveTypes.ts';

/** nccl-tests' bus-bandwidth factor for `ranks` ranks. */
export function busBandwidthFactor(collective: Collective, ranks: number): number {
  const c = requireOneOf('collective', collective, COLLECTIVES);
  const n = requirePositiveInt('ranks', ranks);
  switch (c) {
    case 'all-reduce': return (2 * (n - 1)) / n;
    case 'reduce-scatter':
    case 'all-gather':
    case 'all-to-all': return (n - 1) / n;
    case 'broadcast':
    case 'reduce':
    case 'p2p': return 1;
  }
}

/** algbw in bytes/s: bytes moved by the collective divided by its time. */
export function algBandwidth(bytes: number, seconds: number): number {
  return requireNonNegative('bytes', bytes) / requirePositive('seconds', seconds);
}

/** busbw in bytes/s = algbw × busBandwidthFactor. */
export function busBandwidth(collective: Collective, ranks: number, bytes: number, seconds: number): number {
  return algBandwidth(bytes, seconds) * busBandwidthFactor(collective, ranks);
}
