import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeStrategies, getHardware, getModel } from '../../engine/index.ts';
import { formatRatio, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import ComputeStrategies from './index.tsx';

const render_ = (lang: 'en' | 'zh', view: 'stage' | 'explore', preset: Record<string, string> = { model: 'llama-2-7b', hardware: 'a100-80gb-sxm' }) =>
  render(<LangContext value={lang}><SimViewContext value={view}><ComputeStrategies preset={preset} /></SimViewContext></LangContext>);
const rowsOf = (hw = 'a100-80gb-sxm', opts = {}) => computeStrategies(getModel('llama-2-7b'), getHardware(hw), { batch: 32, promptTokens: 512, ...opts });
const cell = (rowName: RegExp) => screen.getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('compute-strategies (表7)', () => {
  it('shows the engine’s batching speed-up at batch 32, in the table and in the readout', () => {
    render_('en', 'explore');
    const row = rowsOf().find((r) => r.id === 'batching')!;
    expect(within(cell(/Batching/)).getByText(formatRatio(row.speedup!))).toBeInTheDocument();
    const stat = screen.getByText('Batching (data parallel): throughput speed-up').parentElement!;
    expect(within(stat).getByText(formatRatio(row.speedup!))).toBeInTheDocument();
  });

  it('switching to the L4 recomputes the table', () => {
    render_('en', 'explore');
    fireEvent.change(screen.getByRole('combobox', { name: 'Hardware' }), { target: { value: 'l4' } });
    const row = rowsOf('l4').find((r) => r.id === 'continuous-batching')!;
    expect(within(cell(/Continuous batching/)).getByText(formatRatio(row.speedup!))).toBeInTheDocument();
  });

  it('offers only devices with an FP16 peak (no TPU v1, K80 or Haswell)', () => {
    render_('en', 'explore');
    const values = [...(screen.getByRole('combobox', { name: 'Hardware' }) as HTMLSelectElement).options].map((o) => o.value);
    expect(values).toContain('l4');
    expect(values).not.toContain('tpu-v1');
    expect(values).not.toContain('k80');
  });

  it('the batch slider (explore) changes the batching row to the engine’s value', () => {
    render_('en', 'explore');
    fireEvent.click(screen.getByRole('button', { name: '128' }));
    const row = rowsOf('a100-80gb-sxm', { batch: 128 }).find((r) => r.id === 'batching')!;
    expect(within(cell(/Batching/)).getByText(formatRatio(row.speedup!))).toBeInTheDocument();
  });

  it('choosing a technique shows its speed-up with the work: before ÷ after', () => {
    render_('en', 'explore');
    fireEvent.change(screen.getByRole('combobox', { name: 'Technique to show the work for' }), { target: { value: 'fusion' } });
    const row = rowsOf().find((r) => r.id === 'fusion')!;
    const stat = screen.getByText('Operator fusion: TTFT speed-up').parentElement!;
    expect(within(stat).getByText(formatRatio(row.speedup!))).toBeInTheDocument();
    fireEvent.click(within(stat).getByRole('button', { name: 'Show the work' }));
    expect(screen.getByRole('region', { name: /Speed-up: before against after/ })).toBeInTheDocument();
    expect(stat.getAttribute('data-derivation-mismatch')).toBeNull();
  });

  it('on stage all seven rows show, without the complexity and when-it-helps columns', () => {
    render_('en', 'stage');
    expect(screen.getAllByRole('row')).toHaveLength(8);
    expect(screen.queryByRole('columnheader', { name: /Complexity/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });

  it('explore adds the complexity and when-it-helps columns and the measurement notes', () => {
    render_('en', 'explore');
    expect(screen.getByRole('columnheader', { name: /Complexity/ })).toBeInTheDocument();
    expect(screen.getByText(/a different speed-up from one chain’s in Figure 7/)).toBeInTheDocument();
  });

  it('Chinese: the fusion row says it measures the whole prefill step', () => {
    render_('zh', 'stage');
    expect(within(cell(/算子融合/)).getByText(/整个预填充步/)).toBeInTheDocument();
  });

  it('a bad preset is reported and the default used', () => {
    render_('en', 'explore', { model: 'gpt-9' });
    expect(screen.getByText(/model="gpt-9" is not valid/)).toBeInTheDocument();
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-7b');
  });
});
