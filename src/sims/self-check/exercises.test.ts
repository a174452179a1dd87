import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  baselineStepOptions, getHardware, getInterconnect, getModel, inferenceStep, kvCacheBytes, paramCount, substitutedValue,
} from '../../engine/index.ts';
import { BOUNDS, EXERCISE_KINDS, MAX_SEED, nextSeed, type Exercise } from './exercise.ts';
import { generateExercise } from './generate.ts';
import { withinTolerance } from './grade.ts';
import { rngFor } from './random.ts';

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
const all = (kind: (typeof EXERCISE_KINDS)[number]) => SEEDS.map((seed) => generateExercise(kind, seed));
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

afterEach(() => vi.restoreAllMocks());

describe('rngFor', () => {
  it('gives the same sequence for the same stream and seed, and another for another seed or stream', () => {
    const draw = (stream: string, seed: number) => { const r = rngFor(stream, seed); return [r.next(), r.next(), r.int(1000), r.pick(['a', 'b', 'c'])]; };
    expect(draw('kv-cache', 7)).toEqual(draw('kv-cache', 7));
    expect(draw('kv-cache', 7)).not.toEqual(draw('kv-cache', 8));
    expect(draw('kv-cache', 7)).not.toEqual(draw('fit', 7));
  });

  it('next() lies in [0, 1) and int(n) in [0, n) for any seed', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
      const r = rngFor('s', seed);
      for (let i = 0; i < 20; i += 1) {
        const x = r.next();
        const k = r.int(n);
        if (!(x >= 0 && x < 1 && Number.isInteger(k) && k >= 0 && k < n)) return false;
      }
      return true;
    }));
  });

  it('pick from an empty list is a RangeError, not undefined', () => {
    expect(() => rngFor('s', 1).pick([])).toThrow(RangeError);
  });
});

describe('generateExercise', () => {
  it.each(EXERCISE_KINDS)('%s: the same seed gives the same exercise', (kind) => {
    for (const seed of [1, 2, 42, MAX_SEED]) {
      const a = generateExercise(kind, seed);
      const b = generateExercise(kind, seed);
      expect(a.scenario).toEqual(b.scenario);
      expect(a.givens).toEqual(b.givens);
      expect(a.answer).toEqual(b.answer);
    }
  });

  it.each(EXERCISE_KINDS)('%s: seeds give different scenarios', (kind) => {
    const scenarios = new Set(all(kind).map((e) => JSON.stringify(e.scenario)));
    expect(scenarios.size).toBeGreaterThan(20);
  });

  it('never calls Math.random', () => {
    const spy = vi.spyOn(Math, 'random').mockImplementation(() => { throw new Error('Math.random in exercise logic'); });
    for (const kind of EXERCISE_KINDS) for (const seed of [1, 99, 12345]) generateExercise(kind, seed);
    expect(spy).not.toHaveBeenCalled();
  });

  it.each(EXERCISE_KINDS)('%s: answers are finite and the main derivation reproduces them', (kind) => {
    for (const ex of all(kind)) {
      const d = ex.derivations[0];
      expect(d).toBeDefined();
      if (d === undefined) continue;
      // Substituting the shown values gives the result (what the worked solution claims).
      expect(rel(substitutedValue(d), d.result.value)).toBeLessThan(1e-9);
      const a = ex.answer;
      if (a.type === 'number') {
        expect(Number.isFinite(a.value) && a.value > 0).toBe(true);
        expect(a.value).toBe(d.result.value);
      } else if (a.type === 'fit') {
        expect(a.margin).toBe(Math.abs(d.result.value));
        expect(a.fits).toBe(d.result.value >= 0);
      } else {
        const v = Object.fromEntries(d.terms.map((t) => [t.symbol, t.value]));
        const times: Record<string, number> = { compute: v.t_c ?? 0, memory: v.t_m ?? 0, communication: v['t_{comm}'] ?? 0 };
        const largest = BOUNDS.reduce((best, b) => ((times[b] ?? 0) > (times[best] ?? 0) ? b : best), 'compute');
        expect(a.correct).toBe(largest);
      }
    }
  });

  it('kv-cache: the slide’s formula 2·L·n_kv·d_h·b·n·B from the givens is the answer', () => {
    for (const ex of all('kv-cache')) {
      const g = Object.fromEntries(ex.givens.map((x) => [x.key, x.value]));
      const bytes = 2 * (g.layers ?? 0) * (g.kvHeads ?? 0) * (g.headDim ?? 0) * ((g.kvBits ?? 0) / 8) * (g.tokens ?? 0) * (g.batch ?? 0);
      expect(ex.answer.type === 'number' && rel(bytes, ex.answer.value)).toBeLessThan(1e-12);
    }
  });

  it('decode-time: the estimate (weights + KV cache) ÷ bandwidth is inside the tolerance', () => {
    for (const ex of all('decode-time')) {
      const s = ex.scenario;
      if (s.kind !== 'decode-time' || ex.answer.type !== 'number') throw new Error('not a decode exercise');
      const model = getModel(s.model.id);
      const estimate = (2 * paramCount(model) + kvCacheBytes(model, { tokens: s.tokens, batch: s.batch })) / getHardware(s.device.id).memoryBandwidthBytesPerSec;
      expect(withinTolerance(estimate, ex.answer.value, ex.answer.tolerance)).toBe(true);
    }
  });

  it('allreduce: 2(p−1)α + 2(p−1)/p · n/B from the givens is the answer', () => {
    for (const ex of all('allreduce')) {
      const g = Object.fromEntries(ex.givens.map((x) => [x.key, x.value]));
      const p = g.ranks ?? 0;
      const t = 2 * (p - 1) * (g.latency ?? 0) + (2 * (p - 1) / p) * (g.message ?? 0) / (g.linkBandwidth ?? 1);
      expect(ex.answer.type === 'number' && rel(t, ex.answer.value)).toBeLessThan(1e-9);
      if (ex.scenario.kind === 'allreduce') expect(g.linkBandwidth).toBe(getInterconnect(ex.scenario.link.id).bandwidthBytesPerSecPerDirection);
    }
  });

  it('allreduce: taking 1 MiB as 10⁶ bytes is outside the tolerance', () => {
    for (const ex of all('allreduce')) {
      const g = Object.fromEntries(ex.givens.map((x) => [x.key, x.value]));
      const p = g.ranks ?? 0;
      const wrongBytes = ((g.message ?? 0) / 2 ** 20) * 1e6;
      const t = 2 * (p - 1) * (g.latency ?? 0) + (2 * (p - 1) / p) * wrongBytes / (g.linkBandwidth ?? 1);
      // Only where the bandwidth term dominates does the slip show; there it must be caught.
      if (ex.answer.type === 'number' && (g.message ?? 0) >= 64 * 2 ** 20) expect(withinTolerance(t, ex.answer.value, ex.answer.tolerance)).toBe(false);
    }
  });

  it('fit: usable − (weights + KV + activations and workspace) from the givens is the margin, and GB-for-GiB slips are caught', () => {
    for (const ex of all('fit')) {
      const g = Object.fromEntries(ex.givens.map((x) => [x.key, x.value]));
      const kv = 2 * (g.layers ?? 0) * (g.kvHeads ?? 0) * (g.headDim ?? 0) * ((g.kvBits ?? 0) / 8) * (g.tokens ?? 0) * (g.batch ?? 0);
      const free = (g.usable ?? 0) * (g.capacity ?? 0) - ((g.weights ?? 0) + kv + (g.activationsWorkspace ?? 0));
      if (ex.answer.type !== 'fit') throw new Error('not a fit exercise');
      expect(Math.abs(Math.abs(free) - ex.answer.margin)).toBeLessThan(1);
      expect(free >= 0).toBe(ex.answer.fits);
      expect(ex.answer.margin).toBeGreaterThanOrEqual(2 ** 30);
    }
  });

  it('fit and bound: every answer comes up (yes and no; compute, memory and communication)', () => {
    expect(new Set(all('fit').map((e) => e.answer.type === 'fit' && e.answer.fits))).toEqual(new Set([true, false]));
    expect(new Set(all('bound').map((e) => e.answer.type === 'bound' && e.answer.correct))).toEqual(new Set(BOUNDS));
  });

  it('bound: never asks about a step that does not fit in memory or the context window', () => {
    const runs = (ex: Exercise) => {
      const s = ex.scenario;
      if (s.kind !== 'bound') return false;
      const step = inferenceStep(getModel(s.model.id), getHardware(s.device.id), baselineStepOptions({
        phase: s.phase, batch: s.batch, tokens: s.tokens, tp: s.tp, ...(s.link === null ? {} : { interconnect: s.link.id }),
      }));
      return step.fits && step.withinContext;
    };
    expect(all('bound').every(runs)).toBe(true);
  });

  it('nextSeed moves on by one and wraps at MAX_SEED', () => {
    expect(nextSeed(1)).toBe(2);
    expect(nextSeed(MAX_SEED)).toBe(1);
  });
});
