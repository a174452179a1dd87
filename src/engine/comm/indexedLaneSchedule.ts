/**
 * The two-lane list schedule (see twoLaneSchedule.ts for the rules) on tasks
 * numbered 0..n−1, held in flat typed arrays: a step of 80 layers cut into
 * 64 chunks is ~80,000 tasks, and string ids, maps and an object per task
 * cost more than the schedule itself (issue #12 item 3). Same rules, same
 * order of decisions, same result as scheduleTwoLanes, which wraps this.
 *
 * A caller that schedules often (a table of seven steps per slider move)
 * passes the same LaneTaskList (reset) and ScheduleScratch each time: in
 * Chromium a fresh typed array costs several times more to fill than one
 * reused, so the arrays are kept and grown, never reallocated per call.
 */
import { EngineError, requireNonNegative } from '../errors.ts';

export const COMPUTE = 0;
export const LINK = 1;

/** Tasks as parallel arrays; task i's dependencies are deps[depStart[i] .. depStart[i+1]). */
export interface IndexedTasks {
  readonly count: number;
  /** COMPUTE or LINK. */
  readonly lane: Uint8Array;
  readonly seconds: Float64Array;
  /** Link tasks under 'priority': smaller goes first. */
  readonly priority: Float64Array;
  readonly depStart: Int32Array;
  readonly deps: Int32Array;
}

export interface IndexedSchedule {
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Task indices in the order they were committed (by start time). */
  readonly order: Int32Array;
  readonly makespanSeconds: number;
  readonly computeBusySeconds: number;
  readonly linkBusySeconds: number;
  readonly computeIdleSeconds: number;
}

type Typed = Uint8Array | Int32Array | Float64Array;

/** `a` if it holds `n` elements, else a larger array of the same kind (contents kept when `keep`). */
export function atLeast<T extends Typed>(a: T, n: number, keep = false): T {
  if (a.length >= n) return a;
  const b = new (a.constructor as new (length: number) => T)(Math.max(n, 2 * a.length));
  if (keep) b.set(a);
  return b;
}

/** Appends tasks and returns their indices; `build` gives the arrays (views, valid until the next reset or add). */
export class LaneTaskList {
  private n = 0;
  private edgeCount = 0;
  private lanes = new Uint8Array(64);
  private durations = new Float64Array(64);
  private priorities = new Float64Array(64);
  private starts = new Int32Array(65);
  private edges = new Int32Array(64);

  get count(): number { return this.n; }

  /** Empties the list, keeping its arrays; `capacity` tasks are expected. */
  reset(capacity = 0): this {
    this.n = 0;
    this.edgeCount = 0;
    this.reserve(capacity);
    return this;
  }

  /** `deps`: indices of earlier-added or later-added tasks (checked when scheduled). */
  add(lane: number, seconds: number, deps: readonly number[] | number | null, priority = 0): number {
    const i = this.n;
    if (i >= this.lanes.length) this.reserve(i + 1);
    this.lanes[i] = lane;
    this.durations[i] = seconds;
    this.priorities[i] = priority;
    if (typeof deps === 'number') this.edge(deps);
    else if (deps) for (let k = 0; k < deps.length; k++) this.edge(deps[k] as number);
    this.n = i + 1;
    this.starts[i + 1] = this.edgeCount;
    return i;
  }

  build(): IndexedTasks {
    const n = this.n;
    return {
      count: n,
      lane: this.lanes.subarray(0, n),
      seconds: this.durations.subarray(0, n),
      priority: this.priorities.subarray(0, n),
      depStart: this.starts.subarray(0, n + 1),
      deps: this.edges.subarray(0, this.edgeCount),
    };
  }

  private edge(d: number): void {
    if (this.edgeCount >= this.edges.length) this.edges = atLeast(this.edges, this.edgeCount + 1, true);
    // An index that is no task's (caught by the schedule's check) is kept as −1, never wrapped into range.
    this.edges[this.edgeCount++] = Number.isInteger(d) && d >= 0 && d < 2 ** 31 ? d : -1;
  }

  private reserve(n: number): void {
    this.lanes = atLeast(this.lanes, n, true);
    this.durations = atLeast(this.durations, n, true);
    this.priorities = atLeast(this.priorities, n, true);
    this.starts = atLeast(this.starts, n + 1, true);
    this.edges = atLeast(this.edges, n, true);
  }
}

/**
 * The schedule's working arrays, kept between calls. A schedule made with a
 * scratch returns views into it, valid until the scratch is used again.
 */
export class ScheduleScratch {
  waiting = new Int32Array(64);
  readyAt = new Float64Array(64);
  outStart = new Int32Array(65);
  fill = new Int32Array(64);
  out = new Int32Array(64);
  computeOrder = new Int32Array(64);
  future = new Int32Array(64);
  queue = new Int32Array(64);
  start = new Float64Array(64);
  end = new Float64Array(64);
  order = new Int32Array(64);

  /** Room for `n` tasks with `edges` dependencies. */
  fit(n: number, edges: number): this {
    this.waiting = atLeast(this.waiting, n);
    this.readyAt = atLeast(this.readyAt, n);
    this.outStart = atLeast(this.outStart, n + 1);
    this.fill = atLeast(this.fill, n);
    this.out = atLeast(this.out, edges);
    this.computeOrder = atLeast(this.computeOrder, n);
    this.future = atLeast(this.future, n);
    this.queue = atLeast(this.queue, n);
    this.start = atLeast(this.start, n);
    this.end = atLeast(this.end, n);
    this.order = atLeast(this.order, n);
    return this;
  }
}

/**
 * A binary min-heap of task indices: by priority first when `priority` is
 * given, then by ready time, then by index (the order given) — a total
 * order, so ties never depend on the heap's shape.
 */
class TaskHeap {
  private n = 0;

  constructor(private readonly items: Int32Array, private readonly ready: Float64Array, private readonly priority: Float64Array | null) {}

  get size(): number { return this.n; }
  /** The least task (−1 when empty). */
  peek(): number { return this.n > 0 ? (this.items[0] as number) : -1; }

  push(x: number): void {
    const a = this.items;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const y = a[p] as number;
      if (!this.less(x, y)) break;
      a[i] = y;
      i = p;
    }
    a[i] = x;
  }

  pop(): number {
    const a = this.items;
    const top = a[0] as number;
    const last = a[--this.n] as number;
    const n = this.n;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && this.less(a[r] as number, a[l] as number) ? r : l;
      if (!this.less(a[m] as number, last)) break;
      a[i] = a[m] as number;
      i = m;
    }
    if (n > 0) a[i] = last;
    return top;
  }

  private less(x: number, y: number): boolean {
    if (this.priority !== null) {
      const px = this.priority[x] as number;
      const py = this.priority[y] as number;
      if (px !== py) return px < py;
    }
    const rx = this.ready[x] as number;
    const ry = this.ready[y] as number;
    return rx < ry || (rx === ry && x < y);
  }
}

function check(t: IndexedTasks): void {
  const n = t.count;
  if (!Number.isInteger(requireNonNegative('tasks.count', n))) throw new EngineError('notInteger', { field: 'tasks.count', value: n });
  const { seconds, depStart, deps } = t;
  for (let i = 0; i < n; i++) {
    const s = seconds[i] as number;
    if (!Number.isFinite(s)) throw new EngineError('notFinite', { field: `tasks[${i}].seconds`, value: s });
    if (s < 0) throw new EngineError('negative', { field: `tasks[${i}].seconds`, value: s });
    for (let e = depStart[i] as number; e < (depStart[i + 1] as number); e++) {
      const d = deps[e] as number;
      if (d < 0 || d >= n) throw new EngineError('invalidConfig', { field: `tasks[${i}].deps`, reason: 'unknownTaskDependency', args: { id: String(d) } });
    }
  }
}

/** Each task's dependents as one flat list (a counting sort of the dependency edges by their source), in `w.outStart`/`w.out`. */
function dependentsOf(t: IndexedTasks, w: ScheduleScratch): void {
  const n = t.count;
  const { depStart, deps } = t;
  const { outStart, fill, out } = w;
  outStart.fill(0, 0, n + 1);
  for (let e = 0; e < deps.length; e++) outStart[(deps[e] as number) + 1]! += 1;
  for (let i = 0; i < n; i++) {
    outStart[i + 1]! += outStart[i] as number;
    fill[i] = outStart[i] as number;
  }
  for (let i = 0; i < n; i++) {
    for (let e = depStart[i] as number; e < (depStart[i + 1] as number); e++) out[fill[deps[e] as number]!++] = i;
  }
}

/**
 * Schedules `t` on the two lanes (link under `policy`); with `scratch`, the result's arrays are views into it.
 * With `until`, stops at the first task that would start at or after it: `order` then holds only the tasks that
 * start before `until` (the same ones, at the same times, as in the whole schedule: tasks are committed in order
 * of start time), and the totals cover only those.
 */
export function scheduleIndexed(t: IndexedTasks, policy: 'fifo' | 'priority' = 'fifo', scratch?: ScheduleScratch, until = Infinity): IndexedSchedule {
  check(t);
  const n = t.count;
  const w = (scratch ?? new ScheduleScratch()).fit(n, t.deps.length);
  const { lane, seconds, depStart } = t;
  dependentsOf(t, w);
  const { outStart, out } = w;
  const waiting = w.waiting;
  const readyAt = w.readyAt;
  readyAt.fill(0, 0, n);
  let computeCount = 0;
  for (let i = 0; i < n; i++) {
    waiting[i] = (depStart[i + 1] as number) - (depStart[i] as number);
    if (lane[i] === COMPUTE) w.computeOrder[computeCount++] = i;
  }
  const computeOrder = w.computeOrder;

  // Link tasks not yet arrived wait in `future` (by ready time); arrived ones in `queue` (by policy).
  const future = new TaskHeap(w.future, readyAt, null);
  const queue = new TaskHeap(w.queue, readyAt, policy === 'priority' ? t.priority : null);
  for (let i = 0; i < n; i++) if (waiting[i] === 0 && lane[i] !== COMPUTE) future.push(i);
  const start = w.start;
  const end = w.end;
  const order = w.order;
  let computeFree = 0;
  let linkFree = 0;
  let next = 0;
  let done = 0;
  let computeBusy = 0;
  let linkBusy = 0;

  while (done < n) {
    let computeStart = Infinity;
    const ci = next < computeCount ? (computeOrder[next] as number) : -1;
    if (ci >= 0 && waiting[ci] === 0) computeStart = Math.max(computeFree, readyAt[ci] as number);

    let linkStart = Infinity;
    if (queue.size > 0) linkStart = linkFree;
    else if (future.size > 0) linkStart = Math.max(linkFree, readyAt[future.peek()] as number);

    if (computeStart === Infinity && linkStart === Infinity) {
      throw new EngineError('invalidConfig', { field: 'tasks', reason: 'dependencyCycle' });
    }
    if (Math.min(computeStart, linkStart) >= until) break;
    let task: number;
    let at: number;
    if (computeStart <= linkStart) {
      task = ci;
      at = computeStart;
      computeFree = at + (seconds[task] as number);
      computeBusy += seconds[task] as number;
      next++;
    } else {
      while (future.size > 0 && (readyAt[future.peek()] as number) <= linkStart) queue.push(future.pop());
      task = queue.pop();
      at = linkStart;
      linkFree = at + (seconds[task] as number);
      linkBusy += seconds[task] as number;
    }
    // Commit: its dependents may become ready.
    const finish = at + (seconds[task] as number);
    start[task] = at;
    end[task] = finish;
    order[done++] = task;
    for (let e = outStart[task] as number; e < (outStart[task + 1] as number); e++) {
      const k = out[e] as number;
      if (finish > (readyAt[k] as number)) readyAt[k] = finish;
      if (--waiting[k]! === 0 && lane[k] !== COMPUTE) future.push(k);
    }
  }

  let makespan = 0;
  let lastCompute = 0;
  for (let k = 0; k < done; k++) {
    const i = order[k] as number;
    makespan = Math.max(makespan, end[i] as number);
    if (lane[i] === COMPUTE) lastCompute = Math.max(lastCompute, end[i] as number);
  }
  return {
    start: start.subarray(0, n), end: end.subarray(0, n), order: order.subarray(0, done),
    makespanSeconds: makespan,
    computeBusySeconds: computeBusy,
    linkBusySeconds: linkBusy,
    computeIdleSeconds: Math.max(0, lastCompute - computeBusy),
  };
}
