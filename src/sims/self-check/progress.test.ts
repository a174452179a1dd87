import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXERCISE_KINDS } from './exercise.ts';
import {
  emptyProgress, MAX_REMEMBERED, PROGRESS_STORAGE_KEY, PROGRESS_VERSION, progressStore, readProgress, recordAttempt, reloadProgress, resetProgress, totals, wasCounted,
} from './progress.ts';

beforeEach(() => {
  localStorage.clear();
  reloadProgress();
});

const saved = () => JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? 'null') as unknown;

describe('self-check progress', () => {
  it('recordAttempt counts the first check of an exercise once, per kind', () => {
    expect(recordAttempt('kv-cache', 1, true)).toBe(true);
    expect(recordAttempt('kv-cache', 1, false)).toBe(false);
    expect(recordAttempt('kv-cache', 2, false)).toBe(true);
    expect(recordAttempt('fit', 1, true)).toBe(true);
    const p = progressStore.getState();
    expect(p['kv-cache']).toEqual({ attempted: 2, correct: 1, seeds: [1, 2] });
    expect(p.fit).toEqual({ attempted: 1, correct: 1, seeds: [1] });
    expect(totals(p)).toEqual({ attempted: 3, correct: 2 });
    expect(wasCounted(p, 'kv-cache', 2)).toBe(true);
    expect(wasCounted(p, 'bound', 2)).toBe(false);
  });

  it('survives a reload: it is saved with its schema version and read back', () => {
    recordAttempt('allreduce', 7, true);
    expect(saved()).toMatchObject({ v: PROGRESS_VERSION, kinds: { allreduce: { attempted: 1, correct: 1, seeds: [7] } } });
    progressStore.setState(emptyProgress(), true); // as if the page were new …
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ v: PROGRESS_VERSION, kinds: { allreduce: { attempted: 1, correct: 1, seeds: [7] } } }));
    reloadProgress(); // … and read the saved score again
    expect(progressStore.getState().allreduce).toEqual({ attempted: 1, correct: 1, seeds: [7] });
  });

  it('reset clears every kind', () => {
    recordAttempt('bound', 3, true);
    resetProgress();
    expect(progressStore.getState()).toEqual(emptyProgress());
    expect(saved()).toMatchObject({ v: PROGRESS_VERSION, kinds: { bound: { attempted: 0, correct: 0, seeds: [] } } });
  });

  it('text that is not JSON gives an empty score, removes the key and does not throw', () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, '{"v":1,"kinds":{');
    expect(() => reloadProgress()).not.toThrow();
    expect(progressStore.getState()).toEqual(emptyProgress());
  });

  it('reads saved data field by field: bad counts become 0, correct never exceeds attempted, bad seeds are dropped', () => {
    const p = readProgress({
      v: PROGRESS_VERSION,
      kinds: {
        'kv-cache': { attempted: 3, correct: 9, seeds: [1, 1, 2, -4, 'x', 2.5, null] },
        fit: { attempted: -1, correct: 'two', seeds: 'nope' },
        bound: null,
        __proto__: { attempted: 5 },
        'no-such-kind': { attempted: 5, correct: 5, seeds: [] },
      },
    });
    expect(p['kv-cache']).toEqual({ attempted: 3, correct: 3, seeds: [1, 2] });
    expect(p.fit).toEqual({ attempted: 0, correct: 0, seeds: [] });
    expect(p.bound).toEqual({ attempted: 0, correct: 0, seeds: [] });
    expect(Object.keys(p).sort()).toEqual([...EXERCISE_KINDS].sort());
  });

  it('another schema version, or not an object, reads as an empty score', () => {
    for (const x of [{ v: 99, kinds: { fit: { attempted: 1, correct: 1, seeds: [1] } } }, { kinds: {} }, [], 'text', 7, null]) {
      expect(readProgress(x)).toEqual(emptyProgress());
    }
  });

  it('remembers at most MAX_REMEMBERED seeds per kind', () => {
    for (let seed = 1; seed <= MAX_REMEMBERED + 5; seed += 1) recordAttempt('ridge-point', seed, true);
    const p = progressStore.getState()['ridge-point'];
    expect(p.seeds.length).toBe(MAX_REMEMBERED);
    expect(p.attempted).toBe(MAX_REMEMBERED + 5);
    expect(p.seeds.at(-1)).toBe(MAX_REMEMBERED + 5);
  });

  it('readProgress never throws and always gives counts with correct ≤ attempted', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (kinds, other) => {
      for (const x of [kinds, { v: PROGRESS_VERSION, kinds }, { v: PROGRESS_VERSION, kinds: { 'kv-cache': other, fit: kinds } }]) {
        const p = readProgress(x);
        for (const k of EXERCISE_KINDS) {
          const q = p[k];
          if (!(Number.isInteger(q.attempted) && q.attempted >= 0 && q.correct <= q.attempted && q.correct >= 0 && Array.isArray(q.seeds))) return false;
        }
      }
      return true;
    }));
  });
});
