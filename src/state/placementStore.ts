/**
 * The inputs of one simulator placement (a `::sim` line), as a zustand store
 * made from the simulator's declared inputs: the placement's preset is its
 * starting point and what Reset restores; the state is saved under
 * `lio.sim.<placement>` with a schema version, read back field by field,
 * and turns into the compact share form. Inputs only, never derived numbers.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Bilingual } from '../i18n/index.ts';
import { decodeValues, encodeValues, readValues, type DecodeResult, type InputSpecs, type ValuesOf } from './inputs.ts';
import { reportCorrupt } from './corruptState.ts';
import { readJson, removeKey, writeJson } from './persistence.ts';

export const SIM_STORAGE_PREFIX = 'lio.sim.';

export interface PlacementStoreOptions<S extends InputSpecs> {
  /** Storage id of the placement: the simulator's name, plus `:<view>` for a second view. */
  readonly placement: string;
  /** The simulator's name in both languages, for the notice about unreadable saved state. */
  readonly title: Bilingual;
  /** Schema version of the saved state; bump when an input's meaning changes. */
  readonly version: number;
  readonly specs: S;
  /** The preset: declared defaults with the `::sim` line's values applied. */
  readonly base: ValuesOf<S>;
  /**
   * Turns state saved by an older version (its version number, its saved
   * values) into this version's shape; without it, older state is read field
   * by field and what no longer fits falls back to the preset.
   */
  readonly migrate?: (version: number, saved: unknown) => unknown;
  /** Read and write localStorage (default true; tests and share-link previews pass false). */
  readonly persist?: boolean;
}

export interface PlacementStore<S extends InputSpecs> {
  readonly store: StoreApi<ValuesOf<S>>;
  readonly placement: string;
  readonly storageKey: string;
  readonly specs: S;
  readonly base: ValuesOf<S>;
  get(): ValuesOf<S>;
  set(patch: Partial<ValuesOf<S>>): void;
  /** Back to the preset. */
  reset(): void;
  /** The state in the compact share form (only what differs from the preset). */
  encode(): string;
  /** Applies a share-form text; on failure nothing changes. */
  apply(text: string): DecodeResult<S>;
}

interface Saved {
  readonly v: number;
  readonly s: unknown;
}

function isSaved(x: unknown): x is Saved {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Saved).v === 'number' && 's' in x;
}


function restore<S extends InputSpecs>(o: PlacementStoreOptions<S>, key: string): ValuesOf<S> {
  const read = readJson(key);
  if (read.kind === 'missing') return o.base;
  if (read.kind === 'corrupt') {
    removeKey(key);
    reportCorrupt(o.placement, o.title);
    return o.base;
  }
  let saved: unknown = read.value;
  let version = 0; // state written before versions existed is the raw values object
  if (isSaved(saved)) {
    version = saved.v;
    saved = saved.s;
  }
  if (version > o.version) return o.base; // written by a newer build: leave it alone, start from the preset
  if (version < o.version && o.migrate) {
    try {
      saved = o.migrate(version, saved);
    } catch {
      saved = null;
    }
  }
  const { values, rejected } = readValues(o.specs, o.base, saved);
  if (rejected.length > 0) {
    reportCorrupt(o.placement, o.title);
    if (rejected.includes('*')) removeKey(key);
  }
  return values;
}

export function createPlacementStore<S extends InputSpecs>(o: PlacementStoreOptions<S>): PlacementStore<S> {
  const storageKey = SIM_STORAGE_PREFIX + o.placement;
  const persist = o.persist ?? true;
  const initial = persist ? restore(o, storageKey) : o.base;
  const store = createStore<ValuesOf<S>>()(() => ({ ...initial }));
  if (persist) store.subscribe((state) => writeJson(storageKey, { v: o.version, s: state } satisfies Saved));
  return {
    store,
    placement: o.placement,
    storageKey,
    specs: o.specs,
    base: o.base,
    get: () => store.getState(),
    set: (patch) => store.setState(patch),
    reset: () => store.setState({ ...o.base }, true),
    encode: () => encodeValues(o.specs, store.getState(), o.base),
    apply: (text) => {
      const result = decodeValues(o.specs, text, o.base);
      if (result.ok) store.setState(result.values, true);
      return result;
    },
  };
}
