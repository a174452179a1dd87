import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { busBandwidth, collectiveCost, getInterconnect } from '../../engine/index.ts';
import { formatBandwidth, formatSeconds } from '../../ui/index.ts';
import AllReduce from './index.tsx';
import { collectiveParams, tableRows } from './model.ts';
import { useAllReduce } from './store.ts';

const preset = { ranks: '8', link: 'nvlink-3' };
const ringSeconds = (ranks: number, linkId: string, bytes = 128 * 1024) =>
  collectiveCost(collectiveParams('ring', ranks, getInterconnect(linkId), bytes)).seconds;

beforeEach(() => { localStorage.clear(); useAllReduce.reset(); });
afterEach(cleanup);

describe('allreduce figure', { timeout: 30000 }, () => {
  it('shows the engine ring time and bus bandwidth for the story preset', () => {
    render(<AllReduce preset={preset} />);
    const t = ringSeconds(8, 'nvlink-3');
    expect(screen.getByText(formatSeconds(t))).toBeTruthy();
    expect(screen.getByText(formatBandwidth(busBandwidth('all-reduce', 8, 128 * 1024, t)))).toBeTruthy();
  });
  it('changing the link to 100 GbE recomputes the ring time', () => {
    render(<AllReduce preset={preset} />);
    fireEvent.change(screen.getByLabelText('链路'), { target: { value: 'eth-100g' } });
    expect(screen.getByText(formatSeconds(ringSeconds(8, 'eth-100g')))).toBeTruthy();
  });
  it('typing 64 ranks recomputes the ring time', () => {
    render(<AllReduce preset={preset} />);
    act(() => useAllReduce.setState({ ranks: 64 }));
    expect(screen.getByText(formatSeconds(ringSeconds(64, 'nvlink-3')))).toBeTruthy();
  });
  it('the ring view steps forward with the Next button', () => {
    render(<AllReduce preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /环形动画/ }));
    fireEvent.click(screen.getByRole('button', { name: /下一步/ }));
    expect(useAllReduce.getState().ringStep).toBe(1);
    expect(screen.getByText('1/14')).toBeTruthy();
  });
  it('an invalid ranks preset falls back to the default with a notice', () => {
    render(<AllReduce preset={{ ranks: 'lots', link: 'nvlink-3' }} />);
    expect(screen.getByText(/ranks="lots"/)).toBeTruthy();
  });
  it('Reset restores the preset', () => {
    render(<AllReduce preset={preset} />);
    act(() => useAllReduce.setState({ ranks: 32 }));
    fireEvent.click(document.querySelector('[data-action="sim-reset"]') as HTMLElement);
    expect(useAllReduce.getState().ranks).toBe(8);
  });
});

describe('allreduce table (表8)', { timeout: 30000 }, () => {
  it('shows the engine TP=8 decode comm time for Llama-2-70B', () => {
    render(<AllReduce preset={{ ...preset, view: 'table' }} />);
    const rows = tableRows({ linkId: 'nvlink-3', hardwareId: 'a100-80gb-sxm', batch: 8, promptTokens: 1024, phase: 'decode' });
    const row = rows.find((r) => r.id === 'llama-2-70b')!;
    const tr = screen.getAllByRole('row').find((r) => /Llama-2-70B/.test(r.textContent ?? '')) as HTMLElement;
    expect(within(tr).getAllByText(new RegExp(formatSeconds(row.cells[2]!.commSeconds).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).length).toBeGreaterThan(0);
  });
  it('switching to prefill recomputes the compute column', () => {
    render(<AllReduce preset={{ ...preset, view: 'table' }} />);
    fireEvent.click(screen.getByRole('radio', { name: /一次预填充/ }));
    const rows = tableRows({ linkId: 'nvlink-3', hardwareId: 'a100-80gb-sxm', batch: 8, promptTokens: 1024, phase: 'prefill' });
    const row = rows.find((r) => r.id === 'llama-2-7b')!;
    const tr = screen.getAllByRole('row').find((r) => /Llama-2-7B/.test(r.textContent ?? '')) as HTMLElement;
    expect(tr.textContent).toContain(formatSeconds(row.cells[0]!.computeSeconds));
  });
});
