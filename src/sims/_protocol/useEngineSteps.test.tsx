import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/index.ts';
import { useEngineSteps } from './useEngineSteps.ts';

describe('useEngineSteps: a sweep after the frame, one step per task', () => {
  it('returns nothing on the render that made the change, then every step in order', async () => {
    const ran: number[] = [];
    const { result } = renderHook(({ n }) => useEngineSteps(() => [1, 2, 3].map((k) => () => { ran.push(k * n); return k * n; }), [n]), { initialProps: { n: 10 } });
    // The change's own render computes none of the sweep.
    expect(result.current.values).toEqual([null, null, null]);
    expect(result.current.done).toBe(false);
    await waitFor(() => expect(result.current.done).toBe(true));
    expect(result.current.values.map((v) => (v?.ok ? v.value : null))).toEqual([10, 20, 30]);
    expect(ran).toEqual([10, 20, 30]);
  });

  it('a new input starts over and never shows the old input’s results', async () => {
    const { result, rerender } = renderHook(({ n }) => useEngineSteps(() => [() => n, () => n * 2], [n]), { initialProps: { n: 1 } });
    await waitFor(() => expect(result.current.done).toBe(true));
    rerender({ n: 5 });
    expect(result.current.values).toEqual([null, null]);
    await waitFor(() => expect(result.current.done).toBe(true));
    expect(result.current.values.map((v) => (v?.ok ? v.value : null))).toEqual([5, 10]);
  });

  it('an EngineError in a step becomes a message, as with useEngine', async () => {
    const { result } = renderHook(() => useEngineSteps(() => [() => { throw new EngineError('outOfRange', { field: 'chunks', value: -1, min: 1 }); }], []));
    await waitFor(() => expect(result.current.done).toBe(true));
    expect(result.current.values[0]?.ok).toBe(false);
  });
});
