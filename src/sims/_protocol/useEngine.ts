/**
 * The one way a simulator calls the engine: the result, or the engine's
 * rejection as text in both languages (shown next to what was wrong, in the
 * current language). Only EngineError is turned into a message; anything
 * else is a bug and reaches the simulator's error boundary.
 */
import { useMemo, type DependencyList } from 'react';
import { isEngineError } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';
import { errorText } from '../_shared/errorText.ts';

export type EngineResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Bilingual; readonly field: string };

/** Runs `compute` (memoised on `deps`); an EngineError becomes `{ ok: false, error, field }`. */
export function runEngine<T>(compute: () => T): EngineResult<T> {
  try {
    return { ok: true, value: compute() };
  } catch (e) {
    if (isEngineError(e)) return { ok: false, error: errorText(e), field: e.field };
    throw e;
  }
}

export function useEngine<T>(compute: () => T, deps: DependencyList): EngineResult<T> {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists compute's inputs, as with useMemo
  return useMemo(() => runEngine(compute), deps);
}
