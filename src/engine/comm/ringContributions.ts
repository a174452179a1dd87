/**
 * What each rank holds after each step of ring all-reduce, for drawing the
 * animation: for every rank and chunk, how many ranks' contributions are
 * summed in its copy. Replays ringAllReduceSchedule (Patarasuk & Yuan 2009):
 * in reduce-scatter the receiver adds the incoming partial sum to its own;
 * in all-gather it overwrites its copy with the incoming fully reduced chunk.
 */
import { requireInRange } from '../errors.ts';
import { requireCount } from '../limits.ts';
import { ringAllReduceSchedule } from './ringSchedule.ts';

/** Most ranks replayed: the replay costs O(p⁴) set operations (the animation draws at most a few dozen). */
export const RING_CONTRIBUTIONS_MAX_RANKS = 64;

/** counts[rank][chunk] after `stepsDone` steps (0 … 2(p−1)); p in every cell means fully reduced. */
export function ringContributions(ranks: number, stepsDone: number): number[][] {
  const p = requireCount('ranks', ranks, RING_CONTRIBUTIONS_MAX_RANKS);
  const schedule = ringAllReduceSchedule(p);
  const done = requireInRange('stepsDone', stepsDone, 0, schedule.length);
  const sets: Set<number>[][] = Array.from({ length: p }, (_, r) => Array.from({ length: p }, () => new Set([r])));
  for (const step of schedule.slice(0, Math.floor(done))) {
    // Every rank sends what it held before the step: read all, then write.
    const incoming = step.transfers.map((t) => ({ to: t.sendTo, chunk: t.sendChunk, set: new Set((sets[t.rank] as Set<number>[])[t.sendChunk]) }));
    for (const x of incoming) {
      const row = sets[x.to] as Set<number>[];
      row[x.chunk] = step.phase === 'reduce-scatter' ? new Set([...(row[x.chunk] as Set<number>), ...x.set]) : x.set;
    }
  }
  return sets.map((row) => row.map((s) => s.size));
}
