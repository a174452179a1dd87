/**
 * Builds the tasks of one tensor-parallel step (see commMethodsTimeline for
 * the model) and schedules them on the compute and link lanes, in a
 * workspace whose arrays are reused from call to call.
 */
import { COMPUTE, LINK, LaneTaskList, ScheduleScratch, scheduleIndexed, type IndexedSchedule } from './indexedLaneSchedule.ts';
import { StepMeta, STEP_TASK_KINDS, type StepTaskKind } from './stepSegments.ts';

export interface StepBlocks {
  readonly layers: number;
  readonly attentionSeconds: number;
  readonly mlpSeconds: number;
  readonly beforeSeconds: number;
  readonly afterSeconds: number;
  /** 2 when asynchronous communication splits the step into halves, else 1. */
  readonly micro: number;
  readonly chunks: number;
  readonly tp: number;
  readonly priority: boolean;
}

/** One all-reduce piece as sent: its link time and bytes, and its codec blocks on the compute lane. */
export interface StepPiece {
  readonly seconds: number;
  readonly bytes: number;
  readonly encode: number;
  readonly decode: number;
}

/** Background messages: each one's link time and bytes. */
export interface StepBackground {
  readonly seconds: readonly number[];
  readonly bytes: readonly number[];
}

export interface StepWorkspace {
  readonly tasks: LaneTaskList;
  readonly meta: StepMeta;
  readonly scratch: ScheduleScratch;
}

export const newStepWorkspace = (): StepWorkspace => ({ tasks: new LaneTaskList(), meta: new StepMeta(), scratch: new ScheduleScratch() });

export interface StepRun {
  /** Views into the workspace: valid until it is used again. */
  readonly schedule: IndexedSchedule;
  readonly meta: StepMeta;
  readonly stepSeconds: number;
  readonly backgroundDoneSeconds: number;
  readonly codecSeconds: number;
  /** All-reduce messages sent. */
  readonly messages: number;
  /** When the first task of `kind` in `layer` starts (layer −1 is outside the layers); NaN if there is none or the run was cut. */
  readonly firstStart: (kind: StepTaskKind, layer: number) => number;
}

/** With `until`, only the tasks that start before it are scheduled (for drawing a window); the totals are then NaN. */
export function scheduleStep(b: StepBlocks, piece: StepPiece, background: StepBackground, w: StepWorkspace, until = Infinity): StepRun {
  const { micro, chunks: c, tp } = b;
  const pages = background.seconds.length;
  // Tasks per piece: its compute, and with tp > 1 its all-reduce plus any encode and decode.
  const perPiece = tp === 1 ? 1 : 2 + (piece.encode > 0 ? 1 : 0) + (piece.decode > 0 ? 1 : 0);
  const capacity = 2 + pages + b.layers * 2 * micro * c * perPiece;
  const tasks = w.tasks.reset(capacity);
  const meta = w.meta.reset(capacity);
  const add = (lane: number, seconds: number, deps: readonly number[] | number | null, priority: number, kind: StepTaskKind, layer: number, microBatch: number, chunk: number, bytes = 0): number => {
    const i = tasks.add(lane, seconds, deps, priority);
    meta.set(i, kind, layer, microBatch, chunk, bytes);
    return i;
  };

  const embed = add(COMPUTE, b.beforeSeconds, null, 0, 'embed', -1, 0, 0);
  // The pages queue behind the first block's first piece: the first task added after them.
  const firstProducer = embed + pages + 1;
  for (let i = 0; i < pages; i++) add(LINK, background.seconds[i] as number, firstProducer, 1, 'background', -1, 0, i, background.bytes[i] as number);

  // Per micro-batch: the all-reduces its next block must wait for.
  let pending: number[][] = Array.from({ length: micro }, () => []);
  let codec = 0;
  let messages = 0;
  // Decode blocks go on the compute lane right before the block that needs their result.
  const gateOf = (mb: number, layer: number): readonly number[] | number => {
    const waits = pending[mb] as number[];
    if (waits.length === 0) return embed;
    if (piece.decode === 0) return waits;
    return waits.map((wait, k) => {
      codec += piece.decode;
      return add(COMPUTE, piece.decode, wait, 0, 'decode', layer, mb, k);
    });
  };
  for (let layer = 0; layer < b.layers; layer++) {
    for (const kind of ['attention', 'mlp'] as const) {
      const seconds = kind === 'attention' ? b.attentionSeconds : b.mlpSeconds;
      const nextPending: number[][] = [];
      for (let mb = 0; mb < micro; mb++) {
        const gate = gateOf(mb, layer);
        const waits: number[] = [];
        for (let k = 0; k < c; k++) {
          const id = add(COMPUTE, seconds / c, k === 0 ? gate : null, 0, kind, layer, mb, k);
          if (layer === 0 && kind === 'attention' && mb === 0 && k === 0 && id !== firstProducer) throw new Error('scheduleStep: first producer misplaced');
          if (tp === 1) continue;
          let producer = id;
          if (piece.encode > 0) {
            producer = add(COMPUTE, piece.encode, id, 0, 'encode', layer, mb, k);
            codec += piece.encode;
          }
          waits.push(add(LINK, piece.seconds, producer, 0, 'all-reduce', layer, mb, k, piece.bytes));
          messages++;
        }
        nextPending.push(waits);
      }
      pending = nextPending;
    }
  }
  const headDeps: number[] = [];
  for (let mb = 0; mb < micro; mb++) {
    const gate = gateOf(mb, b.layers);
    if (typeof gate === 'number') headDeps.push(gate);
    else headDeps.push(...gate);
  }
  add(COMPUTE, b.afterSeconds, headDeps, 0, 'head', -1, 0, 0);

  const schedule = scheduleIndexed(tasks.build(), b.priority ? 'priority' : 'fifo', w.scratch, until);
  if (until !== Infinity) {
    return { schedule, meta, stepSeconds: Number.NaN, backgroundDoneSeconds: Number.NaN, codecSeconds: Number.NaN, messages: Number.NaN, firstStart: () => Number.NaN };
  }
  const perKind = b.layers + 1;
  // The first start of each kind in each layer, at kind·(layers + 1) + layer + 1.
  const firstStarts = new Float64Array(STEP_TASK_KINDS.length * perKind).fill(Number.NaN);
  let stepSeconds = 0;
  let backgroundDone = 0;
  for (let i = 0; i < tasks.count; i++) {
    const end = schedule.end[i] as number;
    if (meta.is(i, 'background')) backgroundDone = Math.max(backgroundDone, end);
    else if (!meta.is(i, 'all-reduce')) stepSeconds = Math.max(stepSeconds, end);
    const layer = meta.layer(i);
    if (layer < b.layers) {
      const at = meta.code(i) * perKind + layer + 1;
      const start = schedule.start[i] as number;
      if (!((firstStarts[at] as number) <= start)) firstStarts[at] = start;
    }
  }
  const firstStart = (kind: StepTaskKind, layer: number): number => {
    const k = STEP_TASK_KINDS.indexOf(kind);
    return k < 0 || !Number.isInteger(layer) || layer < -1 || layer >= b.layers ? Number.NaN : (firstStarts[k * perKind + layer + 1] as number);
  };
  return { schedule, meta, stepSeconds, backgroundDoneSeconds: backgroundDone, codecSeconds: codec, messages, firstStart };
}
