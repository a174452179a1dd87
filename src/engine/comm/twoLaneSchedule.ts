/**
 * A list schedule on two lanes — one GPU's compute stream and its network
 * link — for drawing where compute waits for communication.
 *
 * Every task has a duration and the ids of the tasks that must finish before
 * it may start. Compute tasks run one at a time in the order given. Link
 * tasks run one at a time too; when the link frees up at time s it picks,
 * among the tasks ready by s, the first in FIFO order (earliest ready, then
 * the order given) or, under 'priority', the smallest `priority` number
 * (then FIFO). A message already on the link is never interrupted, so
 * preemption happens only at message (chunk) boundaries — ByteScheduler's
 * rule (Peng et al. 2019).
 *
 * Tasks are committed in order of start time, so a priority decision at s
 * never misses a task that becomes ready before s. Ignores: the slowdown that
 * overlapped kernels and transfers inflict on each other (shared SMs and
 * memory bandwidth), and the send/receive asymmetry of the link.
 */
import { EngineError, requireNonNegative, requireArray } from '../errors.ts';

export type Lane = 'compute' | 'link';
export type LinkPolicy = 'fifo' | 'priority';

export interface LaneTask<M> {
  readonly id: string;
  readonly lane: Lane;
  readonly seconds: number;
  readonly deps: readonly string[];
  /** Link tasks under 'priority': smaller goes first. */
  readonly priority?: number;
  readonly meta: M;
}

export interface LaneSegment<M> {
  readonly id: string;
  readonly lane: Lane;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly meta: M;
}

export interface TwoLaneSchedule<M> {
  readonly segments: readonly LaneSegment<M>[];
  readonly makespanSeconds: number;
  readonly computeBusySeconds: number;
  readonly linkBusySeconds: number;
  /** Time the compute lane sits idle before the last task ends: the stall. */
  readonly computeIdleSeconds: number;
}

interface Entry { readonly index: number; readonly ready: number; readonly priority: number }

/** A binary min-heap; tiny on purpose (the link queue can hold thousands of pages). */
class Heap {
  private readonly items: Entry[] = [];
  constructor(private readonly less: (a: Entry, b: Entry) => boolean) {}
  get size(): number { return this.items.length; }
  peek(): Entry | undefined { return this.items[0]; }
  push(e: Entry): void {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i] as Entry, a[p] as Entry)) break;
      [a[i], a[p]] = [a[p] as Entry, a[i] as Entry];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l] as Entry, a[m] as Entry)) m = l;
        if (r < a.length && this.less(a[r] as Entry, a[m] as Entry)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as Entry, a[i] as Entry];
        i = m;
      }
    }
    return top;
  }
}

const fifoLess = (a: Entry, b: Entry) => a.ready < b.ready || (a.ready === b.ready && a.index < b.index);
const priorityLess = (a: Entry, b: Entry) => a.priority < b.priority || (a.priority === b.priority && fifoLess(a, b));

export function scheduleTwoLanes<M>(tasks: readonly LaneTask<M>[], policy: LinkPolicy = 'fifo'): TwoLaneSchedule<M> {
  requireArray('tasks', tasks);
  const indexOf = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (indexOf.has(t.id)) throw new EngineError('invalidConfig', { field: `tasks[${i}].id`, reason: 'duplicateTaskId', args: { id: t.id } });
    indexOf.set(t.id, i);
  });
  const n = tasks.length;
  const waiting = new Array<number>(n).fill(0);
  const readyAt = new Array<number>(n).fill(0);
  const dependents: number[][] = tasks.map(() => []);
  tasks.forEach((t, i) => {
    requireNonNegative(`tasks[${i}].seconds`, t.seconds);
    for (const d of t.deps) {
      const j = indexOf.get(d);
      if (j === undefined) throw new EngineError('invalidConfig', { field: `tasks[${i}].deps`, reason: 'unknownTaskDependency', args: { id: d } });
      waiting[i] = (waiting[i] as number) + 1;
      (dependents[j] as number[]).push(i);
    }
  });

  const computeOrder = tasks.flatMap((t, i) => (t.lane === 'compute' ? [i] : []));
  // Link tasks not yet arrived wait in `future` (by ready time); arrived ones in `queue` (by policy).
  const future = new Heap(fifoLess);
  const queue = new Heap(policy === 'priority' ? priorityLess : fifoLess);
  const finish = new Array<number>(n).fill(-1);
  const segments: LaneSegment<M>[] = [];
  let computeFree = 0;
  let linkFree = 0;
  let next = 0;
  let done = 0;
  let computeBusy = 0;
  let linkBusy = 0;

  const release = (i: number) => {
    const t = tasks[i] as LaneTask<M>;
    if (t.lane === 'link') future.push({ index: i, ready: readyAt[i] as number, priority: t.priority ?? 0 });
  };
  tasks.forEach((_, i) => { if (waiting[i] === 0) release(i); });

  const commit = (i: number, start: number) => {
    const t = tasks[i] as LaneTask<M>;
    const end = start + t.seconds;
    finish[i] = end;
    segments.push({ id: t.id, lane: t.lane, startSeconds: start, endSeconds: end, meta: t.meta });
    done++;
    for (const k of dependents[i] as number[]) {
      readyAt[k] = Math.max(readyAt[k] as number, end);
      waiting[k] = (waiting[k] as number) - 1;
      if (waiting[k] === 0) release(k);
    }
  };

  while (done < n) {
    let computeStart = Infinity;
    const ci = computeOrder[next];
    if (ci !== undefined && waiting[ci] === 0) computeStart = Math.max(computeFree, readyAt[ci] as number);

    let linkStart = Infinity;
    const earliest = Math.min(queue.peek() ? linkFree : Infinity, future.peek()?.ready ?? Infinity);
    if (earliest < Infinity) linkStart = Math.max(linkFree, earliest);

    if (computeStart === Infinity && linkStart === Infinity) {
      throw new EngineError('invalidConfig', { field: 'tasks', reason: 'dependencyCycle' });
    }
    if (computeStart <= linkStart) {
      const t = tasks[ci as number] as LaneTask<M>;
      commit(ci as number, computeStart);
      computeFree = computeStart + t.seconds;
      computeBusy += t.seconds;
      next++;
      continue;
    }
    while ((future.peek()?.ready ?? Infinity) <= linkStart) queue.push(future.pop() as Entry);
    const chosen = queue.pop() as Entry;
    const t = tasks[chosen.index] as LaneTask<M>;
    commit(chosen.index, linkStart);
    linkFree = linkStart + t.seconds;
    linkBusy += t.seconds;
  }

  const makespan = finish.reduce((a, b) => Math.max(a, b), 0);
  const lastCompute = computeOrder.reduce((a, i) => Math.max(a, finish[i] as number), 0);
  return {
    segments,
    makespanSeconds: makespan,
    computeBusySeconds: computeBusy,
    linkBusySeconds: linkBusy,
    computeIdleSeconds: Math.max(0, lastCompute - computeBusy),
  };
}
