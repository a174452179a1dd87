import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectiveTime } from '../../../src/engine/comm/collectiveCost.ts';
import { backgroundMessages, chunkSweep, commMethodsTimeline, NO_METHODS, type CommMethodsParams } from '../../../src/engine/comm/commMethodsTimeline.ts';
import { scheduleTwoLanes } from '../../../src/engine/comm/twoLaneSchedule.ts';

const base: CommMethodsParams = {
  layers: 4, full: { attentionSeconds: 1e-3, mlpSeconds: 2e-3 }, half: { attentionSeconds: 0.5e-3, mlpSeconds: 1e-3 },
  beforeSeconds: 1e-4, afterSeconds: 2e-4, tp: 8, allReduceBytes: 16e6, latency: 1e-6, bandwidth: 300e9,
  codecBytesPerSec: 1.2e12, backgroundBytes: 4e6, backgroundPageBytes: 16e3, methods: NO_METHODS,
};
const run = (m: Partial<CommMethodsParams['methods']>, p: Partial<CommMethodsParams> = {}) =>
  commMethodsTimeline({ ...base, ...p, methods: { ...NO_METHODS, ...m } });

describe('scheduleTwoLanes', () => {
  it('scheduleTwoLanes runs a dependent chain back to back', () => {
    const s = scheduleTwoLanes([
      { id: 'a', lane: 'compute', seconds: 1, deps: [], meta: null },
      { id: 'm', lane: 'link', seconds: 2, deps: ['a'], meta: null },
      { id: 'b', lane: 'compute', seconds: 1, deps: ['m'], meta: null },
    ]);
    expect(s.makespanSeconds).toBe(4);
    expect(s.computeIdleSeconds).toBe(2);
  });
  it('scheduleTwoLanes under priority lets an urgent message overtake queued ones at a message boundary', () => {
    const tasks = [
      { id: 'a', lane: 'compute' as const, seconds: 1, deps: [], meta: null },
      { id: 'bg0', lane: 'link' as const, seconds: 1, deps: ['a'], priority: 1, meta: null },
      { id: 'bg1', lane: 'link' as const, seconds: 1, deps: ['a'], priority: 1, meta: null },
      { id: 'ar', lane: 'link' as const, seconds: 1, deps: ['a'], priority: 0, meta: null },
    ];
    const end = (policy: 'fifo' | 'priority') => scheduleTwoLanes(tasks, policy).segments.find((x) => x.id === 'ar')?.endSeconds;
    expect(end('fifo')).toBe(4);
    expect(end('priority')).toBe(2);
  });
  it('scheduleTwoLanes rejects a dependency cycle with an EngineError', () => {
    expect(() => scheduleTwoLanes([
      { id: 'a', lane: 'link', seconds: 1, deps: ['b'], meta: null },
      { id: 'b', lane: 'link', seconds: 1, deps: ['a'], meta: null },
    ])).toThrowError(expect.objectContaining({ name: 'EngineError', field: 'tasks' }));
  });
});

describe('commMethodsTimeline', () => {
  it('baseline step = compute + every all-reduce + the background wait ahead of the first one', () => {
    const r = run({});
    const ar = collectiveTime({ collective: 'all-reduce', algorithm: 'ring', ranks: 8, bytes: 16e6, latency: 1e-6, bandwidth: 300e9 });
    const bg = backgroundMessages(4e6, 16e3, null).reduce((a, b) => a + 1e-6 + b / 300e9, 0);
    const compute = 1e-4 + 4 * 3e-3 + 2e-4;
    expect(r.stepSeconds).toBeCloseTo(compute + 8 * ar + bg, 12);
    expect(r.stallSeconds).toBeCloseTo(8 * ar + bg, 12);
  });
  it('with tp = 1 there is no all-reduce and the stall is zero', () => {
    const r = run({}, { tp: 1, backgroundBytes: 0 });
    expect(r.stallSeconds).toBeCloseTo(0, 15);
  });
  it('INT8 compression halves the bytes each all-reduce carries (plus scales)', () => {
    const r = run({ compression: 'int8' });
    expect(r.messageBytes).toBeCloseTo(8e6 + (8e6 / 128) * 2, 0);
    expect(r.codecSeconds).toBeGreaterThan(0);
  });
  it('priority makes the stall no longer than FIFO', () => {
    expect(run({ priority: true }).stallSeconds).toBeLessThanOrEqual(run({}).stallSeconds + 1e-15);
  });
  it('merging background pages cuts the messages on the link and the FIFO wait', () => {
    const a = run({});
    const b = run({ bucketBytes: 1e6 });
    expect(b.linkMessages).toBeLessThan(a.linkMessages);
    expect(b.stallSeconds).toBeLessThan(a.stallSeconds);
  });
  it('async overlap shrinks the stall when halves take half the time', () => {
    expect(run({ async: true }).stallSeconds).toBeLessThan(run({}).stallSeconds);
  });
  it('async without a half split leaves the step unchanged', () => {
    expect(run({ async: true }, { half: null }).stepSeconds).toBe(run({}).stepSeconds);
  });
  it('chunkSweep finds an interior optimum: more chunks help, then α piles up', () => {
    const sweep = chunkSweep({ ...base, latency: 20e-6 }, [1, 2, 4, 8, 16, 32, 64, 128]);
    expect(sweep.best).toBeGreaterThan(1);
    expect(sweep.best).toBeLessThan(128);
  });
  it('commMethodsTimeline: a faster link never makes the step slower (property)', () => {
    fc.assert(fc.property(fc.double({ min: 1e9, max: 1e12, noNaN: true }), fc.double({ min: 1.01, max: 10, noNaN: true }), (bw, k) =>
      run({}, { bandwidth: bw * k }).stepSeconds <= run({}, { bandwidth: bw }).stepSeconds + 1e-12), { numRuns: 25 });
  });
  it('commMethodsTimeline rejects a negative all-reduce size with an EngineError', () => {
    expect(() => run({}, { allReduceBytes: -1 })).toThrowError(expect.objectContaining({ name: 'EngineError', field: 'allReduceBytes' }));
  });
});
