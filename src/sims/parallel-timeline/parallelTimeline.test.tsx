import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatPercent, formatSeconds } from '../../ui/index.ts';
import ParallelTimeline from './index.tsx';
import { evaluate, type PpEvaluation } from './model.ts';
import { PARALLEL_TIMELINE_DEFAULTS as D, useParallelTimeline } from './store.ts';

const preset = { model: 'llama-2-70b', hardware: 'a100-80gb-sxm' };
beforeEach(() => { localStorage.clear(); useParallelTimeline.reset(); });
afterEach(cleanup);
const has = (s: string) => expect(screen.getAllByText((_, el) => el?.textContent === s || (el?.textContent ?? '').startsWith(s)).length).toBeGreaterThan(0);

describe('parallel-timeline', { timeout: 30000 }, () => {
  it('shows the engine step time for the story (TP decode over NVLink)', () => {
    render(<ParallelTimeline preset={preset} />);
    has(formatSeconds(evaluate(D).stepSeconds));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/GPU/);
  });
  it('turning on overlap shows the engine step time with overlap', () => {
    render(<ParallelTimeline preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /重叠/ }));
    has(formatSeconds(evaluate({ ...D, overlap: true }).stepSeconds));
  });
  it('switching to pipeline parallel shows the engine bubble fraction', () => {
    render(<ParallelTimeline preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /流水线并行/ }));
    const e = evaluate({ ...D, mode: 'pp' }) as PpEvaluation;
    has(`${formatPercent(e.bubbleFraction)} (GPipe ${formatPercent(e.gpipeBubble)})`);
  });
  it('choosing InfiniBand then TCP shows the engine step time', () => {
    render(<ParallelTimeline preset={preset} />);
    fireEvent.change(screen.getByRole('combobox', { name: /拓扑/ }), { target: { value: 'infiniband' } });
    fireEvent.click(screen.getByRole('radio', { name: 'TCP' }));
    has(formatSeconds(evaluate({ ...D, topology: 'infiniband', transport: 'tcp' }).stepSeconds));
  });
  it('the transport control is disabled for an intra-node topology', () => {
    render(<ParallelTimeline preset={preset} />);
    expect((screen.getByRole('radio', { name: 'TCP' }) as HTMLButtonElement).disabled).toBe(true);
  });
  it('Reset restores the story after a change', () => {
    render(<ParallelTimeline preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /预填充/ }));
    fireEvent.click(screen.getByRole('button', { name: /重置|Reset/ }));
    expect(useParallelTimeline.getState().phase).toBe('decode');
  });
});
