import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { STRINGS } from '../i18n/strings.ts';
import { pushNotice } from './notices.ts';
import { readJson, removeKey, writeJson } from './persistence.ts';

/**
 * Checks saved data read back from localStorage. Return the cleaned state
 * (fields may be missing: defaults fill them), `true` to accept the data as
 * it is (a type guard works), or `false`/`null`/`undefined` to reject it.
 */
export type SimStateValidator<T> = (saved: unknown) => Partial<T> | T | boolean | null | undefined;

/** A simulator's inputs plus `reset()`, which restores the defaults. */
export type SimState<T> = T & { reset: () => void };

export type SimStore<T> = UseBoundStore<StoreApi<SimState<T>>> & {
  /** Restores the defaults (also available as `getState().reset()`). */
  reset: () => void;
  /** The simulator's inputs without the `reset` action: what is saved and shared. */
  snapshot: () => T;
  readonly storageKey: string;
};

export const SIM_STORAGE_PREFIX = 'lio.sim.';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restore<T extends object>(name: string, key: string, defaults: T, validate: SimStateValidator<T>): T {
  const read = readJson(key);
  if (read.kind === 'missing') return defaults;
  const saved = read.kind === 'ok' ? read.value : undefined;
  let checked: ReturnType<SimStateValidator<T>> = false;
  if (read.kind === 'ok') {
    try {
      checked = validate(saved);
    } catch {
      checked = false; // a validator that throws on odd data rejects it
    }
  }
  if (checked === true && isPlainObject(saved)) return { ...defaults, ...(saved as Partial<T>) };
  if (isPlainObject(checked)) return { ...defaults, ...checked };
  removeKey(key);
  const template = STRINGS['state.corrupt'];
  pushNotice({ zh: template.zh.replace('{name}', name), en: template.en.replace('{name}', name) });
  return defaults;
}

function inputsOf<T extends object>(state: SimState<T>): T {
  const { reset: _reset, ...inputs } = state;
  return inputs as unknown as T;
}

/**
 * A zustand store for one simulator's inputs (ids, knob values, step — never
 * derived numbers), persisted as JSON under `lio.sim.<name>`. Saved data
 * that is not JSON or fails `validate` gives the defaults and a short notice
 * in both languages; nothing is thrown.
 */
export function createSimStore<T extends object>(
  name: string,
  defaults: T,
  validate: SimStateValidator<T>,
): SimStore<T> {
  const storageKey = SIM_STORAGE_PREFIX + name;
  const initial = restore(name, storageKey, defaults, validate);
  const useSimStore = create<SimState<T>>()((set) => ({
    ...initial,
    reset: () => set({ ...defaults } as Partial<SimState<T>>),
  }));
  useSimStore.subscribe((state) => writeJson(storageKey, inputsOf(state)));
  return Object.assign(useSimStore, {
    reset: () => useSimStore.getState().reset(),
    snapshot: () => inputsOf(useSimStore.getState()),
    storageKey,
  });
}
