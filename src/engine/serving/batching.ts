/**
 * Static (request-level) vs continuous (iteration-level) batching of a
 * request stream on one model replica with `slots` batch slots, stepped one
 * model iteration at a time. Step times come from the roofline engine
 * (inferenceStep via ttftSeconds / tpotSeconds).
 *
 * Static: when the replica is free, up to `slots` waiting requests form a
 * batch; it prefills them together (padded to the longest prompt) and decodes
 * until its longest request is done. Finished requests keep their slot (idle)
 * and newcomers wait for the whole batch.
 * Continuous (Orca): before every iteration, finished requests leave and
 * waiting ones join free slots; a joining request's prefill runs in that
 * iteration next to the others' decode (selective batching), so the iteration
 * costs decode(k active) + Σ prefill(joiners).
 * Ignores: KV-cache capacity limits (slots stand for them), preemption,
 * chunked prefill, sampling and scheduler CPU time.
 * Source: 'yu-2022-orca' (Sec. 4.1 iteration-level scheduling, Sec. 4.2 selective batching).
 */
import { requireOneOf, requirePositiveInt, requireObject } from '../errors.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { ttftSeconds, tpotSeconds, type StepSettings } from './latency.ts';
import type { StreamRequest } from './requestStream.ts';

export type BatchingPolicy = 'static' | 'continuous';
export const BATCHING_POLICIES: readonly BatchingPolicy[] = ['static', 'continuous'];

/** What a slot holds during one interval. */
export type SlotActivity = 'prefill' | 'decode' | 'idle';

export interface SlotSegment {
  readonly slot: number;
  readonly requestId: number;
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** 'idle': the request has finished but still holds the slot (static batching). */
  readonly activity: SlotActivity;
}

export interface RequestOutcome {
  readonly id: number;
  readonly arrivalSeconds: number;
  readonly firstTokenSeconds: number;
  readonly finishSeconds: number;
  readonly outputTokens: number;
}

export interface BatchingResult {
  readonly policy: BatchingPolicy;
  readonly slots: number;
  readonly segments: readonly SlotSegment[];
  readonly requests: readonly RequestOutcome[];
  /** Time the last request finishes. */
  readonly makespanSeconds: number;
  /** Σ output tokens / makespan. */
  readonly tokensPerSecond: number;
  /** Mean of finish − arrival. */
  readonly meanLatencySeconds: number;
  /** Mean of first token − arrival. */
  readonly meanTtftSeconds: number;
  /** Fraction of slot-time (over the makespan) spent on prefill or decode. */
  readonly slotUtilization: number;
}

export interface BatchingOptions extends StepSettings {
  readonly policy: BatchingPolicy;
  readonly slots: number;
}

/** Merges consecutive same-activity intervals of one slot and request. */
function pushSegment(out: SlotSegment[], open: Map<number, number>, seg: SlotSegment): void {
  const at = open.get(seg.slot);
  const prev = at === undefined ? undefined : out[at];
  if (at !== undefined && prev && prev.requestId === seg.requestId && prev.activity === seg.activity && Math.abs(prev.endSeconds - seg.startSeconds) < 1e-12) {
    out[at] = { ...prev, endSeconds: seg.endSeconds };
    return;
  }
  out.push(seg);
  open.set(seg.slot, out.length - 1);
}

/**
 * Runs the stream under `policy`. Decode-step time depends on the number of
 * active sequences k and is taken at the stream's mean context
 * (mean prompt + mean output / 2), memoised per k; prefill time per request
 * at its own prompt length (batch 1), or for a static batch at b × longest prompt.
 */
export function simulateBatching(model: ModelSpec, hw: HardwareSpec, stream: readonly StreamRequest[], opts: BatchingOptions): BatchingResult {
  requireObject('opts', opts);
  const policy = requireOneOf('policy', opts.policy, BATCHING_POLICIES);
  const slots = requirePositiveInt('slots', opts.slots);
  const { policy: _p, slots: _s, ...settings } = opts;
  if (stream.length === 0) {
    return { policy, slots, segments: [], requests: [], makespanSeconds: 0, tokensPerSecond: 0, meanLatencySeconds: 0, meanTtftSeconds: 0, slotUtilization: 0 };
  }
  const meanPrompt = stream.reduce((s, r) => s + r.promptTokens, 0) / stream.length;
  const meanOut = stream.reduce((s, r) => s + r.outputTokens, 0) / stream.length;
  const ctx = Math.max(1, Math.round(meanPrompt + meanOut / 2));
  const decodeCache = new Map<number, number>();
  const decode = (k: number): number => {
    let t = decodeCache.get(k);
    if (t === undefined) {
      t = tpotSeconds(model, hw, { ...settings, batch: k, contextTokens: ctx });
      decodeCache.set(k, t);
    }
    return t;
  };
  const prefillCache = new Map<string, number>();
  const prefill = (batch: number, prompt: number): number => {
    const key = `${batch}:${prompt}`;
    let t = prefillCache.get(key);
    if (t === undefined) {
      t = ttftSeconds(model, hw, { ...settings, batch, promptTokens: prompt });
      prefillCache.set(key, t);
    }
    return t;
  };

  const pending = [...stream].sort((x, y) => x.arrivalSeconds - y.arrivalSeconds || x.id - y.id);
  const segments: SlotSegment[] = [];
  const open = new Map<number, number>();
  const outcome = new Map<number, { first: number; finish: number }>();
  let now = 0;
  let busySlotSeconds = 0;

  if (policy === 'static') {
    while (pending.length > 0) {
      const head = pending[0] as StreamRequest;
      if (head.arrivalSeconds > now) now = head.arrivalSeconds;
      const batch: StreamRequest[] = [];
      while (batch.length < slots && pending.length > 0 && (pending[0] as StreamRequest).arrivalSeconds <= now) batch.push(pending.shift() as StreamRequest);
      const longestPrompt = Math.max(...batch.map((r) => r.promptTokens));
      const longestOut = Math.max(...batch.map((r) => r.outputTokens));
      const tPrefill = prefill(batch.length, longestPrompt);
      const tStep = decode(batch.length);
      const start = now;
      const prefillEnd = start + tPrefill;
      batch.forEach((r, slot) => {
        pushSegment(segments, open, { slot, requestId: r.id, startSeconds: start, endSeconds: prefillEnd, activity: 'prefill' });
        // The prefill produces the first token; the remaining n − 1 come from decode steps.
        const doneAt = prefillEnd + (r.outputTokens - 1) * tStep;
        if (doneAt > prefillEnd) pushSegment(segments, open, { slot, requestId: r.id, startSeconds: prefillEnd, endSeconds: doneAt, activity: 'decode' });
        outcome.set(r.id, { first: prefillEnd, finish: doneAt });
        busySlotSeconds += doneAt - start;
      });
      const end = prefillEnd + (longestOut - 1) * tStep;
      batch.forEach((r, slot) => {
        const doneAt = (outcome.get(r.id) as { finish: number }).finish;
        if (end > doneAt) pushSegment(segments, open, { slot, requestId: r.id, startSeconds: doneAt, endSeconds: end, activity: 'idle' });
      });
      now = end;
    }
  } else {
    const active: ({ r: StreamRequest; left: number } | null)[] = Array.from({ length: slots }, () => null);
    const anyActive = () => active.some((a) => a !== null);
    while (pending.length > 0 || anyActive()) {
      if (!anyActive() && pending.length > 0 && (pending[0] as StreamRequest).arrivalSeconds > now) now = (pending[0] as StreamRequest).arrivalSeconds;
      const joiners: number[] = [];
      for (let slot = 0; slot < slots; slot++) {
        if (active[slot] === null && pending.length > 0 && (pending[0] as StreamRequest).arrivalSeconds <= now) {
          const r = pending.shift() as StreamRequest;
          active[slot] = { r, left: r.outputTokens };
          joiners.push(slot);
        }
      }
      const decoders = active.filter((a, i) => a !== null && !joiners.includes(i)).length;
      let tIter = decoders > 0 ? decode(decoders) : 0;
      for (const slot of joiners) tIter += prefill(1, (active[slot] as { r: StreamRequest }).r.promptTokens);
      const end = now + tIter;
      for (let slot = 0; slot < slots; slot++) {
        const a = active[slot];
        if (!a) continue;
        const joining = joiners.includes(slot);
        pushSegment(segments, open, { slot, requestId: a.r.id, startSeconds: now, endSeconds: end, activity: joining ? 'prefill' : 'decode' });
        busySlotSeconds += tIter;
        if (joining) outcome.set(a.r.id, { first: end, finish: end });
        a.left -= 1;
        if (a.left <= 0) {
          (outcome.get(a.r.id) as { finish: number }).finish = end;
          active[slot] = null;
        }
      }
      now = end;
    }
  }

  const requests: RequestOutcome[] = stream.map((r) => {
    const o = outcome.get(r.id) as { first: number; finish: number };
    return { id: r.id, arrivalSeconds: r.arrivalSeconds, firstTokenSeconds: o.first, finishSeconds: o.finish, outputTokens: r.outputTokens };
  });
  const makespan = Math.max(...requests.map((r) => r.finishSeconds));
  const tokens = stream.reduce((s, r) => s + r.outputTokens, 0);
  return {
    policy, slots, segments, requests,
    makespanSeconds: makespan,
    tokensPerSecond: tokens / makespan,
    meanLatencySeconds: requests.reduce((s, r) => s + r.finishSeconds - r.arrivalSeconds, 0) / requests.length,
    meanTtftSeconds: requests.reduce((s, r) => s + r.firstTokenSeconds - r.arrivalSeconds, 0) / requests.length,
    slotUtilization: busySlotSeconds / (slots * makespan),
  };
}
