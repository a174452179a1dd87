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
import { COMPUTE, LINK, LaneTaskList, scheduleIndexed } from './indexedLaneSchedule.ts';

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

/** Schedules `tasks` (see the module comment); ids are checked and mapped to indices for scheduleIndexed. */
export function scheduleTwoLanes<M>(tasks: readonly LaneTask<M>[], policy: LinkPolicy = 'fifo'): TwoLaneSchedule<M> {
  requireArray('tasks', tasks);
  const indexOf = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (indexOf.has(t.id)) throw new EngineError('invalidConfig', { field: `tasks[${i}].id`, reason: 'duplicateTaskId', args: { id: t.id } });
    indexOf.set(t.id, i);
  });
  const list = new LaneTaskList();
  tasks.forEach((t, i) => {
    requireNonNegative(`tasks[${i}].seconds`, t.seconds);
    const deps = t.deps.map((d) => {
      const j = indexOf.get(d);
      if (j === undefined) throw new EngineError('invalidConfig', { field: `tasks[${i}].deps`, reason: 'unknownTaskDependency', args: { id: d } });
      return j;
    });
    list.add(t.lane === 'compute' ? COMPUTE : LINK, t.seconds, deps, t.priority ?? 0);
  });
  const s = scheduleIndexed(list.build(), policy);
  const segments = Array.from(s.order, (i): LaneSegment<M> => {
    const t = tasks[i] as LaneTask<M>;
    return { id: t.id, lane: t.lane, startSeconds: s.start[i] as number, endSeconds: s.end[i] as number, meta: t.meta };
  });
  return {
    segments,
    makespanSeconds: s.makespanSeconds,
    computeBusySeconds: s.computeBusySeconds,
    linkBusySeconds: s.linkBusySeconds,
    computeIdleSeconds: s.computeIdleSeconds,
  };
}
