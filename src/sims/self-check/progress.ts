/**
 * The student's score per exercise kind — attempted, correct, and which
 * seeds were already counted — kept across reloads under `lio.selfCheck`
 * with a schema version. What is read back is validated field by field:
 * anything that is not a valid count or seed list falls back to zero, and
 * text that is not JSON at all gives an empty score, never a crash. Only the
 * first check of an exercise counts, so checking it again after seeing the
 * solution does not raise the score.
 */
import { createStore } from 'zustand/vanilla';
import { readJson, removeKey, writeJson } from '../../state/persistence.ts';
import { EXERCISE_KINDS, type ExerciseKind } from './exercise.ts';

export const PROGRESS_STORAGE_KEY = 'lio.selfCheck';
export const PROGRESS_VERSION = 1;
/** Seeds remembered per kind (the most recent); older ones may be counted again. */
export const MAX_REMEMBERED = 200;
const MAX_COUNT = 1e9;

export interface KindProgress {
  readonly attempted: number;
  readonly correct: number;
  /** Seeds already counted, most recent last. */
  readonly seeds: readonly number[];
}

export type Progress = Readonly<Record<ExerciseKind, KindProgress>>;

const EMPTY: KindProgress = { attempted: 0, correct: 0, seeds: [] };

export function emptyProgress(): Progress {
  return Object.fromEntries(EXERCISE_KINDS.map((k) => [k, EMPTY])) as Progress;
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_COUNT;
const isSeed = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= MAX_COUNT;

function readKind(raw: unknown): KindProgress {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return EMPTY;
  const r = raw as Record<string, unknown>;
  const attempted = isCount(r.attempted) ? r.attempted : 0;
  const correct = isCount(r.correct) ? Math.min(r.correct, attempted) : 0;
  const seeds = Array.isArray(r.seeds) ? [...new Set(r.seeds.filter(isSeed))].slice(-MAX_REMEMBERED) : [];
  return { attempted, correct, seeds };
}

/** Saved data (any shape) as a score: a valid `{ v: 1, kinds }` field by field, anything else empty. */
export function readProgress(saved: unknown): Progress {
  const out = emptyProgress() as Record<ExerciseKind, KindProgress>;
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return out;
  const { v, kinds } = saved as { v?: unknown; kinds?: unknown };
  if (v !== PROGRESS_VERSION || typeof kinds !== 'object' || kinds === null || Array.isArray(kinds)) return out;
  for (const kind of EXERCISE_KINDS) {
    if (Object.prototype.hasOwnProperty.call(kinds, kind)) out[kind] = readKind((kinds as Record<string, unknown>)[kind]);
  }
  return out;
}

function load(): Progress {
  const read = readJson(PROGRESS_STORAGE_KEY);
  if (read.kind === 'corrupt') removeKey(PROGRESS_STORAGE_KEY);
  return read.kind === 'ok' ? readProgress(read.value) : emptyProgress();
}

export const progressStore = createStore<Progress>(() => load());
progressStore.subscribe((kinds) => writeJson(PROGRESS_STORAGE_KEY, { v: PROGRESS_VERSION, kinds }));

/** Counts the first check of (kind, seed); returns false when that exercise was already counted. */
export function recordAttempt(kind: ExerciseKind, seed: number, correct: boolean): boolean {
  const p = progressStore.getState()[kind];
  if (p.seeds.includes(seed)) return false;
  progressStore.setState({
    [kind]: {
      attempted: Math.min(MAX_COUNT, p.attempted + 1),
      correct: Math.min(MAX_COUNT, p.correct + (correct ? 1 : 0)),
      seeds: [...p.seeds, seed].slice(-MAX_REMEMBERED),
    },
  } as Partial<Progress>);
  return true;
}

export function wasCounted(progress: Progress, kind: ExerciseKind, seed: number): boolean {
  return progress[kind].seeds.includes(seed);
}

export function resetProgress(): void {
  progressStore.setState(emptyProgress(), true);
}

/** Reads the saved score again (tests; another tab's writes). */
export function reloadProgress(): void {
  progressStore.setState(load(), true);
}

/** All kinds together. */
export function totals(progress: Progress): { readonly attempted: number; readonly correct: number } {
  let attempted = 0;
  let correct = 0;
  for (const kind of EXERCISE_KINDS) {
    attempted += progress[kind].attempted;
    correct += progress[kind].correct;
  }
  return { attempted, correct };
}
