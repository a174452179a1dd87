import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { getHardware, getModel } from '../../engine/index.ts';
import { offloadTimeline } from '../../engine/memory/offload.ts';
import { LangContext, formatSeconds } from '../../ui/index.ts';
import Offload from './index.tsx';
import { useOffload } from './store.ts';

describe('offload', () => {
  beforeEach(() => useOffload.reset());
  it('shows the engine step time, and prefetch changes it', () => {
    render(<LangContext value="en"><Offload preset={{ model: 'llama-2-13b', hardware: 'rtx-4090' }} /></LangContext>);
    const opts = { target: 'weights', fraction: 0.5, phase: 'decode', batch: 1, tokens: 512 } as const;
    const m = getModel('llama-2-13b');
    const hw = getHardware('rtx-4090');
    expect(screen.getAllByText(formatSeconds(offloadTimeline(m, hw, { ...opts, prefetch: false }).stepSeconds)).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('switch', { name: /Prefetch/ }));
    expect(screen.getAllByText(formatSeconds(offloadTimeline(m, hw, { ...opts, prefetch: true }).stepSeconds)).length).toBeGreaterThan(0);
  });
});
