/**
 * Merging small messages into buckets to amortise α (MG-WFBP, Shi, Chu & Li).
 *
 * Messages i = 1…L become ready at non-decreasing times rᵢ (wait-free
 * back-propagation produces gradients layer by layer) and are all-reduced in
 * that order on one link. A bucket of consecutive messages i…j starts when
 * the link is free and its last message is ready, and costs
 * t(S) = a + b·S for S bytes (a, b: the collective's α-term and per-byte
 * term, e.g. from collectiveCost at 0 and 1 bytes).
 * Optimal merge: dynamic programme over contiguous partitions,
 *   F(j) = min over i ≤ j of max(F(i−1), r_j) + a + b·S(i…j), F(0) = 0,
 * exact because a later bucket's finish time never decreases when an earlier
 * one finishes later. O(L²). Shi et al. derive a greedy rule with the same
 * goal; the DP is the exact optimum of the same model.
 */
import { EngineError, requireNonNegative, requireArray } from '../errors.ts';

export interface BucketMessage {
  readonly bytes: number;
  readonly readySeconds: number;
}

export interface Bucket {
  readonly first: number;
  readonly last: number;
  readonly bytes: number;
  readonly startSeconds: number;
  readonly endSeconds: number;
}

export interface BucketSchedule {
  readonly buckets: readonly Bucket[];
  readonly finishSeconds: number;
}

function validate(messages: readonly BucketMessage[], a: number, b: number): void {
  requireNonNegative('startupSeconds', a);
  requireNonNegative('secondsPerByte', b);
  let prev = 0;
  messages.forEach((m, i) => {
    requireNonNegative(`messages[${i}].bytes`, m.bytes);
    const r = requireNonNegative(`messages[${i}].readySeconds`, m.readySeconds);
    if (r < prev) throw new EngineError('invalidConfig', { field: `messages[${i}].readySeconds`, reason: 'readyTimesDecrease' });
    prev = r;
  });
}

/** Timeline of a given partition: `lastIndices` are the last message index of each bucket, increasing, ending at L−1. */
export function scheduleBuckets(messages: readonly BucketMessage[], lastIndices: readonly number[], startupSeconds: number, secondsPerByte: number): BucketSchedule {
  requireArray('messages', messages);
  requireArray('lastIndices', lastIndices);
  validate(messages, startupSeconds, secondsPerByte);
  const buckets: Bucket[] = [];
  let free = 0;
  let first = 0;
  for (const last of lastIndices) {
    let bytes = 0;
    for (let k = first; k <= last; k++) bytes += (messages[k] as BucketMessage).bytes;
    const start = Math.max(free, (messages[last] as BucketMessage).readySeconds);
    const end = start + startupSeconds + secondsPerByte * bytes;
    buckets.push({ first, last, bytes, startSeconds: start, endSeconds: end });
    free = end;
    first = last + 1;
  }
  return { buckets, finishSeconds: free };
}

/** Every message alone (WFBP: no merging). */
export function unmergedSchedule(messages: readonly BucketMessage[], startupSeconds: number, secondsPerByte: number): BucketSchedule {
  requireArray('messages', messages);
  return scheduleBuckets(messages, messages.map((_, i) => i), startupSeconds, secondsPerByte);
}

/** The merge minimising the finish time of the last bucket (see the module comment). */
export function optimalBucketMerge(messages: readonly BucketMessage[], startupSeconds: number, secondsPerByte: number): BucketSchedule {
  requireArray('messages', messages);
  validate(messages, startupSeconds, secondsPerByte);
  const L = messages.length;
  if (L === 0) return { buckets: [], finishSeconds: 0 };
  const prefix = [0];
  for (const m of messages) prefix.push((prefix[prefix.length - 1] as number) + m.bytes);
  const F = new Array<number>(L + 1).fill(0);
  const cut = new Array<number>(L + 1).fill(0);
  for (let j = 1; j <= L; j++) {
    const ready = (messages[j - 1] as BucketMessage).readySeconds;
    let best = Number.MAX_VALUE;
    for (let i = 1; i <= j; i++) {
      const bytes = (prefix[j] as number) - (prefix[i - 1] as number);
      const t = Math.max(F[i - 1] as number, ready) + startupSeconds + secondsPerByte * bytes;
      // Strict < keeps the smallest i on ties: the larger bucket, fewer messages for the same finish.
      if (t < best) {
        best = t;
        cut[j] = i;
      }
    }
    F[j] = best;
  }
  const lasts: number[] = [];
  for (let j = L; j > 0; j = (cut[j] as number) - 1) lasts.push(j - 1);
  lasts.reverse();
  return scheduleBuckets(messages, lasts, startupSeconds, secondsPerByte);
}
