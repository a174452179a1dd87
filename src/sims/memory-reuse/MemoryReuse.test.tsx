import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { getModel } from '../../engine/index.ts';
import { layerBuffers, layerTensorLifetimes } from '../../engine/memory/lifetimes.ts';
import { planReuse } from '../../engine/memory/reuse.ts';
import { LangContext, formatBytes } from '../../ui/index.ts';
import MemoryReuse from './index.tsx';
import { useMemoryReuse } from './store.ts';

const renderEn = () => render(<LangContext value="en"><MemoryReuse preset={{ model: 'llama-2-7b' }} /></LangContext>);

describe('memory-reuse', () => {
  beforeEach(() => useMemoryReuse.reset());
  it('shows the greedy-by-size arena the engine computes, and in-place ops change it', () => {
    renderEn();
    const lt = layerTensorLifetimes(getModel('llama-2-7b'), { batch: 1, tokens: 2048 });
    const greedy = planReuse(layerBuffers(lt, false), 'greedy-by-size', lt.ops.length).peakBytes;
    expect(screen.getAllByText(formatBytes(greedy, 'binary')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('switch', { name: /In-place/ }));
    const inPlace = planReuse(layerBuffers(lt, true), 'greedy-by-size', lt.ops.length).peakBytes;
    expect(screen.getAllByText(formatBytes(inPlace, 'binary')).length).toBeGreaterThan(0);
  });
  it('an unknown model preset falls back without crashing', () => {
    render(<LangContext value="zh"><MemoryReuse preset={{ model: 'nope' }} /></LangContext>);
    expect(screen.getByRole('img')).toBeInTheDocument();
  });
  it('the reset button restores the defaults', () => {
    renderEn();
    fireEvent.click(screen.getByRole('switch', { name: /In-place/ }));
    expect(useMemoryReuse.getState().inPlace).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(useMemoryReuse.getState().inPlace).toBe(false);
  });
});
