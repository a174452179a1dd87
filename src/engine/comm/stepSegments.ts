/**
 * What each task of a scheduled tensor-parallel step is (its kind, layer,
 * half, chunk and bytes), kept in flat arrays, and the step's segments
 * built from them only when asked for: a step cut into 64 chunks has
 * ~80,000 tasks, a table of step times needs none of their segments, and a
 * timeline drawing the first layers needs only the first few hundred.
 */
import { atLeast, type IndexedSchedule } from './indexedLaneSchedule.ts';

export type StepTaskKind = 'embed' | 'attention' | 'mlp' | 'head' | 'encode' | 'decode' | 'all-reduce' | 'background';

export const STEP_TASK_KINDS: readonly StepTaskKind[] = ['embed', 'attention', 'mlp', 'head', 'encode', 'decode', 'all-reduce', 'background'];
const KIND_CODE = Object.fromEntries(STEP_TASK_KINDS.map((k, i) => [k, i])) as Record<StepTaskKind, number>;

export interface StepTaskMeta {
  readonly kind: StepTaskKind;
  /** Layer index, −1 outside the layers. */
  readonly layer: number;
  readonly microBatch: number;
  readonly chunk: number;
  readonly bytes: number;
}

/** One scheduled task of the step. */
export interface StepSegment {
  readonly lane: 'compute' | 'link';
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly meta: StepTaskMeta;
}

/** Whether tasks of this kind run on the link (else on the compute lane). */
export const onLink = (kind: StepTaskKind): boolean => kind === 'all-reduce' || kind === 'background';

/** Task meta by index, in typed arrays that grow when full and are kept by `reset`. */
export class StepMeta {
  private kinds = new Uint8Array(64);
  private layers = new Int32Array(64);
  private microBatches = new Int32Array(64);
  private chunks = new Int32Array(64);
  private bytes = new Float64Array(64);

  /** Forgets every task, keeping the arrays; `capacity` tasks are expected. */
  reset(capacity = 0): this {
    if (capacity > this.kinds.length) this.grow(capacity);
    return this;
  }

  set(i: number, kind: StepTaskKind, layer: number, microBatch: number, chunk: number, bytes: number): void {
    if (i >= this.kinds.length) this.grow(i + 1);
    this.kinds[i] = KIND_CODE[kind];
    this.layers[i] = layer;
    this.microBatches[i] = microBatch;
    this.chunks[i] = chunk;
    this.bytes[i] = bytes;
  }

  kind(i: number): StepTaskKind { return STEP_TASK_KINDS[this.kinds[i] as number] as StepTaskKind; }
  is(i: number, kind: StepTaskKind): boolean { return this.kinds[i] === KIND_CODE[kind]; }
  /** The kind's index in STEP_TASK_KINDS. */
  code(i: number): number { return this.kinds[i] as number; }
  layer(i: number): number { return this.layers[i] as number; }

  at(i: number): StepTaskMeta {
    return { kind: this.kind(i), layer: this.layers[i] as number, microBatch: this.microBatches[i] as number, chunk: this.chunks[i] as number, bytes: this.bytes[i] as number };
  }

  private grow(n: number): void {
    this.kinds = atLeast(this.kinds, n, true);
    this.layers = atLeast(this.layers, n, true);
    this.microBatches = atLeast(this.microBatches, n, true);
    this.chunks = atLeast(this.chunks, n, true);
    this.bytes = atLeast(this.bytes, n, true);
  }
}

/** Segments of a scheduled step, built on demand. */
export interface StepSegments {
  /** Every task the schedule committed, in start order (built on first read): all of them, or for a schedule cut at `until` those before it. */
  readonly segments: readonly StepSegment[];
  /** The tasks that start before `seconds`, in start order: a prefix of `segments`. */
  segmentsBefore(seconds: number): readonly StepSegment[];
}

/** `schedule` and `meta` must be the step's own (not a reused workspace's); `segmentsBefore(t)` is exact for t up to where the schedule was cut. */
export function stepSegments(schedule: IndexedSchedule, meta: StepMeta): StepSegments {
  const { order, start, end } = schedule;
  const segment = (i: number): StepSegment => {
    const m = meta.at(i);
    return { lane: onLink(m.kind) ? 'link' : 'compute', startSeconds: start[i] as number, endSeconds: end[i] as number, meta: m };
  };
  let all: readonly StepSegment[] | null = null;
  return {
    get segments() {
      all ??= Array.from(order, segment);
      return all;
    },
    segmentsBefore(seconds: number) {
      // The schedule commits tasks in order of start time, so those before `seconds` are a prefix.
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((start[order[mid] as number] as number) < seconds) lo = mid + 1;
        else hi = mid;
      }
      return all ? all.slice(0, lo) : Array.from(order.subarray(0, lo), segment);
    },
  };
}
