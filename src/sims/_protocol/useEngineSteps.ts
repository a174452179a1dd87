/**
 * A heavy sweep kept off the path from a control change to its frame (issue
 * #12 item 3): the steps run one per task, after the frame that shows the
 * change has been painted, and the results so far come back (null for a step
 * not yet run). A new change starts over and drops what was pending. Each
 * step goes through runEngine, so an EngineError is a message, as with
 * useEngine.
 */
import { useEffect, useMemo, useState, type DependencyList } from 'react';
import { runEngine, type EngineResult } from './useEngine.ts';

export interface EngineSteps<T> {
  /** One entry per step: its result, or null while it has not run. */
  readonly values: readonly (EngineResult<T> | null)[];
  readonly done: boolean;
}

/** After the next frame (or at once where there are no frames, as in tests): a task. */
function afterFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** `makeSteps` gives the steps for the current inputs (listed in `deps`, as with useEngine). */
export function useEngineSteps<T>(makeSteps: () => readonly (() => T)[], deps: DependencyList): EngineSteps<T> {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists makeSteps' inputs, as with useEngine
  const steps = useMemo(makeSteps, deps);
  const [state, setState] = useState<{ readonly key: readonly unknown[]; readonly values: readonly (EngineResult<T> | null)[] }>({ key: [], values: [] });
  useEffect(() => {
    const key = [...deps];
    let cancel = () => undefined as void;
    let i = 0;
    const values: (EngineResult<T> | null)[] = steps.map(() => null);
    setState({ key, values: [...values] });
    const next = () => {
      if (i >= steps.length) return;
      values[i] = runEngine(steps[i] as () => T);
      i += 1;
      setState({ key, values: [...values] });
      cancel = afterFrame(next);
    };
    cancel = afterFrame(next);
    return () => cancel();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the steps' inputs, as with useEngine
  }, deps);
  const current = state.key.length === deps.length && state.key.every((d, k) => Object.is(d, deps[k]));
  const values = current ? state.values : steps.map(() => null);
  return { values, done: values.every((v) => v !== null) };
}
