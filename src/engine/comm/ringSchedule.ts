/**
 * The step schedule of ring all-reduce (Patarasuk & Yuan 2009), for an
 * animation. The vector is cut into p chunks. In reduce-scatter step s
 * (s = 0…p−2) rank r sends chunk (r − s) mod p to rank r+1 and adds the chunk
 * (r − s − 1) mod p it receives from rank r−1; afterwards rank r holds the
 * fully reduced chunk (r + 1) mod p. In all-gather step s rank r forwards
 * chunk (r + 1 − s) mod p and receives chunk (r − s) mod p, so after p−1
 * more steps every rank holds every reduced chunk: 2(p−1) steps in all.
 */
import { requireCount } from '../limits.ts';

export interface RingTransfer {
  readonly rank: number;
  readonly sendTo: number;
  readonly sendChunk: number;
  readonly receiveFrom: number;
  readonly receiveChunk: number;
  /** True in reduce-scatter: the received chunk is added to the local copy. */
  readonly reduces: boolean;
}

export interface RingStep {
  readonly phase: 'reduce-scatter' | 'all-gather';
  /** Step index within the phase, 0-based. */
  readonly step: number;
  /** Step index over the whole all-reduce, 0-based. */
  readonly globalStep: number;
  readonly transfers: readonly RingTransfer[];
}

const mod = (a: number, p: number): number => ((a % p) + p) % p;

/**
 * Most ranks a drawn schedule lists (it holds 2(p−1)·p transfers; the
 * animation shows a few, collectiveCost times any ring without it).
 */
export const RING_SCHEDULE_MAX_RANKS = 256;

/** All 2(p−1) steps; one rank → no steps. */
export function ringAllReduceSchedule(ranks: number): readonly RingStep[] {
  const p = requireCount('ranks', ranks, RING_SCHEDULE_MAX_RANKS);
  const steps: RingStep[] = [];
  for (const phaseName of ['reduce-scatter', 'all-gather'] as const) {
    const offset = phaseName === 'reduce-scatter' ? 0 : 1;
    for (let s = 0; s < p - 1; s++) {
      const transfers: RingTransfer[] = [];
      for (let r = 0; r < p; r++) {
        transfers.push({
          rank: r,
          sendTo: mod(r + 1, p),
          sendChunk: mod(r - s + offset, p),
          receiveFrom: mod(r - 1, p),
          receiveChunk: mod(r - s - 1 + offset, p),
          reduces: phaseName === 'reduce-scatter',
        });
      }
      steps.push({ phase: phaseName, step: s, globalStep: steps.length, transfers });
    }
  }
  return steps;
}
