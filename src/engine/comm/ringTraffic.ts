/**
 * What each rank sends in a ring all-reduce, counted from the schedule itself
 * rather than from the closed form, so the closed form can be checked
 * against it (nccl-tests' bus-bandwidth factor 2(n−1)/n).
 */
import { ringAllReduceSchedule } from './ringSchedule.ts';

export interface RingTraffic {
  /** Steps of the schedule: reduce-scatter then all-gather, 2(n − 1). */
  readonly steps: number;
  /** Chunks rank 0 sends over the whole all-reduce (one per step). */
  readonly chunksSentPerRank: number;
  /** Bytes each rank sends ÷ the vector's bytes S: chunks × (S/n) ÷ S. */
  readonly bytesSentPerRankOverSize: number;
}

/**
 * Walks ringAllReduceSchedule(n) and counts the chunks rank 0 sends; each
 * chunk is S/n bytes, so a rank sends (chunks/n)·S, which is the factor
 * nccl-tests multiplies the algorithm bandwidth by (busbw = algbw × 2(n−1)/n):
 * the bandwidth every link carried. One rank sends nothing.
 * Ignores: latency, the reduction's arithmetic.
 * Sources: 'patarasuk-yuan-2009-ring' (the schedule), 'nccl-tests-performance' (bus bandwidth).
 */
export function ringAllReduceTraffic(ranks: number): RingTraffic {
  const schedule = ringAllReduceSchedule(ranks);
  let chunks = 0;
  for (const step of schedule) for (const t of step.transfers) if (t.rank === 0) chunks += 1;
  return { steps: schedule.length, chunksSentPerRank: chunks, bytesSentPerRankOverSize: chunks / ranks };
}
