/**
 * The reader's progress through the lecture, kept across visits
 * (`lio.progress`, schema version 1): which slides were visited (by their
 * stable ids) and the last slide shown, for "continue where you left off".
 * Saved data that cannot be read is dropped (counted as not visited); ids
 * the deck no longer has are ignored when counting.
 */
import { createStore } from 'zustand/vanilla';
import { readJson, writeJson } from '../../state/persistence.ts';

export const PROGRESS_KEY = 'lio.progress';
export const PROGRESS_VERSION = 1;
const MAX_IDS = 500;
const ID = /^[\w-]{1,40}(\/[\w-]{1,40})?$/;

export interface Progress {
  readonly visited: ReadonlySet<string>;
  /** The last slide shown (not the title), or null. */
  readonly last: string | null;
}

/** Reads saved progress; an older shape (a bare list of ids) is migrated, anything else gives an empty record. */
export function parseProgress(raw: unknown): { readonly progress: Progress; readonly corrupt: boolean } {
  const empty = { visited: new Set<string>(), last: null };
  if (raw === undefined) return { progress: empty, corrupt: false };
  let visited: unknown = null;
  let last: unknown = null;
  if (Array.isArray(raw)) {
    visited = raw; // version 0: only the visited ids
  } else if (typeof raw === 'object' && raw !== null && (raw as { v?: unknown }).v === PROGRESS_VERSION) {
    visited = (raw as { visited?: unknown }).visited;
    last = (raw as { last?: unknown }).last;
  } else {
    return { progress: empty, corrupt: true };
  }
  if (!Array.isArray(visited)) return { progress: empty, corrupt: true };
  const ids = visited.filter((id): id is string => typeof id === 'string' && ID.test(id)).slice(0, MAX_IDS);
  return {
    progress: { visited: new Set(ids), last: typeof last === 'string' && ID.test(last) ? last : null },
    corrupt: ids.length !== visited.length || (last !== null && !(typeof last === 'string' && ID.test(last))),
  };
}

function load(): { progress: Progress; corrupt: boolean } {
  const read = readJson(PROGRESS_KEY);
  if (read.kind === 'missing') return { progress: { visited: new Set(), last: null }, corrupt: false };
  if (read.kind === 'corrupt') return { progress: { visited: new Set(), last: null }, corrupt: true };
  return parseProgress(read.value);
}

const initial = load();
/** True when saved progress could not be fully read at start-up (the deck reports it once). */
export const progressWasCorrupt = initial.corrupt;

export const progressStore = createStore<Progress>(() => initial.progress);
progressStore.subscribe((p) => writeJson(PROGRESS_KEY, { v: PROGRESS_VERSION, visited: [...p.visited], last: p.last }));

/** The deck showed slide `id`. */
export function markVisited(id: string | null | undefined): void {
  if (!id || !ID.test(id)) return;
  const p = progressStore.getState();
  const last = id === 'title' || id === 'contents' ? p.last : id;
  if (p.visited.has(id) && p.last === last) return;
  const visited = new Set(p.visited);
  visited.add(id);
  progressStore.setState({ visited, last }, true);
}

export function resetProgress(): void {
  progressStore.setState({ visited: new Set(), last: null }, true);
}
