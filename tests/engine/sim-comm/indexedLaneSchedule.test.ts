import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPUTE, LINK, LaneTaskList, ScheduleScratch, scheduleIndexed } from '../../../src/engine/comm/indexedLaneSchedule.ts';
import { commMethodsTimeline, NO_METHODS, type CommMethodsParams } from '../../../src/engine/comm/commMethodsTimeline.ts';

/** A random DAG: each task depends on up to three earlier tasks (so there is no cycle). */
const dag = fc.array(
  fc.record({ link: fc.boolean(), seconds: fc.double({ min: 0, max: 10, noNaN: true }), priority: fc.integer({ min: 0, max: 2 }), deps: fc.array(fc.nat(), { maxLength: 3 }) }),
  { minLength: 1, maxLength: 150 },
);
const reused = new LaneTaskList();
const listOf = (tasks: { link: boolean; seconds: number; priority: number; deps: number[] }[]) => {
  // One list, reset each time: its arrays start at 64 tasks and have to grow, and must forget the last DAG.
  const list = reused.reset();
  tasks.forEach((t, i) => list.add(t.link ? LINK : COMPUTE, t.seconds, i === 0 ? null : [...new Set(t.deps.map((d) => d % i))], t.priority));
  return list.build();
};

describe('scheduleIndexed', () => {
  it('obeys every dependency, never overlaps two tasks on a lane, keeps compute in the order given and commits in start order (property)', () => {
    const scratch = new ScheduleScratch();
    fc.assert(fc.property(dag, fc.constantFrom('fifo' as const, 'priority' as const), fc.boolean(), (tasks, policy, reuse) => {
      const t = listOf(tasks);
      const s = scheduleIndexed(t, policy, reuse ? scratch : undefined);
      expect(new Set(s.order).size).toBe(t.count);
      for (let i = 0; i < t.count; i++) {
        expect(s.end[i]).toBeCloseTo((s.start[i] as number) + (t.seconds[i] as number), 9);
        for (let e = t.depStart[i] as number; e < (t.depStart[i + 1] as number); e++) expect(s.start[i]).toBeGreaterThanOrEqual(s.end[t.deps[e] as number] as number);
      }
      const starts = Array.from(s.order, (i) => s.start[i] as number);
      starts.forEach((x, k) => { if (k > 0) expect(x).toBeGreaterThanOrEqual(starts[k - 1] as number); });
      for (const lane of [COMPUTE, LINK]) {
        const onLane = Array.from(s.order).filter((i) => t.lane[i] === lane);
        onLane.forEach((i, k) => { if (k > 0) expect(s.start[i]).toBeGreaterThanOrEqual((s.end[onLane[k - 1] as number] as number) - 1e-9); });
        if (lane === COMPUTE) expect(onLane).toEqual([...onLane].sort((a, b) => a - b));
      }
      const busy = Array.from(t.seconds).reduce((a, b) => a + b, 0);
      expect(s.computeBusySeconds + s.linkBusySeconds).toBeCloseTo(busy, 9);
    }), { numRuns: 200 });
  });
  it('rejects a dependency that is no task with an EngineError, and never wraps a huge index into range', () => {
    for (const d of [5, -1, 2 ** 32 + 1, 0.5]) {
      const list = new LaneTaskList();
      list.add(COMPUTE, 1, null);
      list.add(LINK, 1, d);
      expect(() => scheduleIndexed(list.build())).toThrowError(expect.objectContaining({ name: 'EngineError', field: 'tasks[1].deps' }));
    }
  });
  it('rejects a negative or non-finite duration and a cycle with an EngineError', () => {
    for (const seconds of [-1, Number.NaN, Infinity]) {
      const list = new LaneTaskList();
      list.add(COMPUTE, seconds, null);
      expect(() => scheduleIndexed(list.build())).toThrowError(expect.objectContaining({ name: 'EngineError', field: 'tasks[0].seconds' }));
    }
    const list = new LaneTaskList();
    list.add(LINK, 1, 1);
    list.add(LINK, 1, 0);
    expect(() => scheduleIndexed(list.build())).toThrowError(expect.objectContaining({ name: 'EngineError', field: 'tasks' }));
  });
});

describe('commMethodsTimeline segments (built on demand)', () => {
  const base: CommMethodsParams = {
    layers: 6, full: { attentionSeconds: 1e-3, mlpSeconds: 2e-3 }, half: { attentionSeconds: 0.5e-3, mlpSeconds: 1e-3 },
    beforeSeconds: 1e-4, afterSeconds: 2e-4, tp: 8, allReduceBytes: 16e6, latency: 1e-6, bandwidth: 300e9,
    codecBytesPerSec: 1.2e12, backgroundBytes: 4e6, backgroundPageBytes: 16e3, methods: NO_METHODS,
  };
  const methods = fc.record({
    compression: fc.constantFrom('none' as const, 'int8' as const, 'fp8' as const, 'topk' as const), topkDensity: fc.double({ min: 0.01, max: 1, noNaN: true }),
    async: fc.boolean(), chunks: fc.integer({ min: 1, max: 8 }), priority: fc.boolean(), bucketBytes: fc.constantFrom(null, 1e5, 1e6),
  });
  it('segmentsBefore(t) is the prefix of segments that start before t, and firstStart is the earliest start of that kind and layer (property)', () => {
    fc.assert(fc.property(methods, fc.double({ min: 0, max: 1, noNaN: true }), (m, share) => {
      const r = commMethodsTimeline({ ...base, methods: m });
      const t = share * r.stepSeconds;
      // First on its own (scheduled only as far as t), then against every segment.
      const before = r.segmentsBefore(t);
      const all = r.segments;
      expect(before).toEqual(all.filter((s) => s.startSeconds < t));
      expect(r.segmentsBefore(t / 2)).toEqual(all.filter((s) => s.startSeconds < t / 2));
      const attention2 = all.filter((s) => s.meta.kind === 'attention' && s.meta.layer === 2).map((s) => s.startSeconds);
      expect(r.firstStart('attention', 2)).toBe(Math.min(...attention2));
      expect(r.firstStart('attention', 99)).toBeNaN();
      // Lanes follow the kind, and the step ends with the last compute.
      for (const s of all) expect(s.lane).toBe(s.meta.kind === 'all-reduce' || s.meta.kind === 'background' ? 'link' : 'compute');
      expect(r.stepSeconds).toBe(Math.max(...all.filter((s) => s.lane === 'compute').map((s) => s.endSeconds)));
    }), { numRuns: 60 });
  });
  it('every task of layers 0..L−1 starts before the first attention of layer L+1, so a window of the first L layers is a prefix (property)', () => {
    fc.assert(fc.property(methods, fc.integer({ min: 1, max: 4 }), (m, L) => {
      const r = commMethodsTimeline({ ...base, methods: m });
      const bound = r.firstStart('attention', L + 1);
      for (const s of r.segments) if (s.meta.layer >= 0 && s.meta.layer < L) expect(s.startSeconds).toBeLessThan(bound);
    }), { numRuns: 60 });
  });
  it('a result keeps its own segments and first starts after later steps reuse the shared arrays', () => {
    const a = commMethodsTimeline({ ...base, methods: { ...NO_METHODS, chunks: 3, priority: true } });
    const firstA = a.firstStart('mlp', 1);
    const fresh = commMethodsTimeline({ ...base, methods: { ...NO_METHODS, chunks: 3, priority: true } }).segments;
    commMethodsTimeline({ ...base, layers: 40, methods: { ...NO_METHODS, chunks: 16, compression: 'int8', async: true } });
    expect(a.segments).toEqual(fresh);
    expect(a.firstStart('mlp', 1)).toBe(firstA);
  });
  it('copies its inputs: changing the params afterwards does not change the segments drawn later', () => {
    const params = { ...base, full: { ...base.full }, methods: { ...NO_METHODS, chunks: 2 } };
    const before = commMethodsTimeline(params).segments;
    const r = commMethodsTimeline(params);
    (params.full as { attentionSeconds: number }).attentionSeconds = 1;
    (params.methods as { chunks: number }).chunks = 7;
    expect(r.segments).toEqual(before);
  });
  it('the same segments before and after they are first read in full', () => {
    const r = commMethodsTimeline({ ...base, methods: { ...NO_METHODS, chunks: 4 } });
    const early = r.segmentsBefore(r.stepSeconds / 3);
    expect(r.segments.slice(0, early.length)).toEqual(early);
    expect(r.segmentsBefore(r.stepSeconds / 3)).toEqual(early);
    expect(r.segmentsBefore(Infinity)).toHaveLength(r.segments.length);
  });
});
