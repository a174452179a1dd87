import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeComputeBoundBatch, deviceRidge, getHardware, getModel, rooflinePoints } from '../../engine/index.ts';
import { formatCount, formatNumber, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { boundRows } from './Table.tsx';
import RooflineSim from './index.tsx';

/** The simulator's chart: an image, or a group when it holds focusable marks (the roofline's points). */
function chartSvg(): HTMLElement {
  const svg = document.querySelector('svg.ui-chart');
  if (!svg) throw new Error('no chart');
  return svg as unknown as HTMLElement;
}

const story = { model: 'llama-2-7b', hardware: 'a100-80gb-sxm' };
const show = (view: 'stage' | 'explore', preset: Record<string, string> = story, lang: 'en' | 'zh' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={view}><RooflineSim preset={preset} /></SimViewContext></LangContext>);
const stat = (label: RegExp | string) => screen.getByText(label, { selector: '.ui-stat-label' }).parentElement as HTMLElement;
/** The ridge readout's text: FLOP/B, then the same in MAC/B. */
const ridgeText = (id: string) => {
  const r = deviceRidge(getHardware(id));
  return `${formatNumber(r.flopsPerByte)} FLOP/B = ${formatNumber(r.macsPerByte)} MAC/B (1 MAC = 2 FLOP)`;
};
const valueText = (el: HTMLElement) => (el.querySelector('.ui-stat-value')?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('roofline (图5), LLM operators', () => {
  it('opens on the A100 ridge point the engine computes, at FP16, in FLOP/B and MAC/B, with its work', () => {
    show('explore');
    const s = stat('Ridge point I* (FP16)');
    expect(valueText(s)).toBe(ridgeText('a100-80gb-sxm'));
    expect(s.getAttribute('data-derivation-mismatch')).toBeNull();
  });

  it('switching hardware to H100 shows the H100 ridge and its compute-bound batch', () => {
    show('explore');
    fireEvent.change(screen.getByRole('combobox', { name: 'Hardware' }), { target: { value: 'h100-sxm' } });
    expect(valueText(stat('Ridge point I* (FP16)'))).toBe(ridgeText('h100-sxm'));
    const b = decodeComputeBoundBatch(getModel('llama-2-7b'), getHardware('h100-sxm'), { tokens: 1024, precision: 'fp16' })!;
    expect(within(stat('Batch at which decode linears turn compute-bound')).getByText(formatCount(b))).toBeInTheDocument();
  });

  it('raising the batch moves the decode q_proj readout to the engine intensity', () => {
    const { container } = show('explore');
    fireEvent.click(screen.getByRole('button', { name: '32' }));
    const q = rooflinePoints(getModel('llama-2-7b'), getHardware('a100-80gb-sxm'), { phase: 'decode', batch: 32, tokens: 1024, precision: 'fp16' }).find((p) => p.name === 'q_proj')!;
    expect(container.querySelector('.rf-readout')!.textContent).toContain(`I = ${formatNumber(q.intensity)} FLOP/B`);
    expect(container.querySelector('.rf-readout')!.textContent).toContain('decode · q_proj');
  });

  it('on stage the ridge batch is hidden until the q_proj question is answered; the answer follows the engine', () => {
    show('stage');
    expect(screen.getByText(/Llama-2-7B, NVIDIA A100 80GB SXM: decode batch 1 → 64, where does q_proj move\?/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'ridge batch' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Up the slope, still left of the ridge/ }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ridge batch' })).toBeInTheDocument();
  });

  it('the view switch stays mounted and keeps focus when an arrow key changes the view', () => {
    show('stage');
    const group = screen.getByRole('radiogroup', { name: 'View' });
    const llm = within(group).getByRole('radio', { name: 'LLM operators' });
    llm.focus();
    fireEvent.keyDown(llm, { key: 'ArrowRight' });
    const tpu = within(group).getByRole('radio', { name: 'TPU paper' });
    expect(tpu).toHaveAttribute('aria-checked', 'true');
    expect(document.activeElement).toBe(tpu);
    expect(screen.getByRole('radiogroup', { name: 'View' })).toBe(group);
    fireEvent.keyDown(tpu, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(within(group).getByRole('radio', { name: 'LLM operators' }));
  });
});

describe('one ridge per device in every view', () => {
  it('Haswell shows 25.5 FLOP/B = 12.7 MAC/B at FP32 in the LLM view, the TPU-paper view and 表5', () => {
    const haswell = deviceRidge(getHardware('haswell-e5-2699-v3'));
    expect(haswell.precision).toBe('fp32');
    const first = show('explore', { ...story, hardware: 'haswell-e5-2699-v3' });
    expect(valueText(stat('Ridge point I* (FP32)'))).toBe(ridgeText('haswell-e5-2699-v3'));
    fireEvent.click(screen.getByRole('radio', { name: 'TPU paper' }));
    const tpuView = stat('Haswell ridge (FP32)');
    expect(within(tpuView).getByText(`${formatNumber(haswell.macsPerByte)} MAC/B = ${formatNumber(haswell.flopsPerByte)} FLOP/B`)).toBeInTheDocument();
    expect(screen.getByText('1 MAC = 2 FLOP')).toBeInTheDocument();
    expect(within(chartSvg()).getByText(/Haswell I\* = 12\.7 MAC\/B \(FP32\)/)).toBeInTheDocument();
    first.unmount();
    show('explore', { hardware: 'haswell-e5-2699-v3', view: 'table' });
    expect(valueText(stat('Ridge point I* (FP32)'))).toBe(ridgeText('haswell-e5-2699-v3'));
  });

  it('the TPU-paper view shows the three ridges 1,353, 8.75 and 12.7 MAC/B with their work', () => {
    show('explore', { ...story, scenario: 'tpu-paper' });
    const svg = chartSvg();
    expect(within(svg).getByText(/TPU I\* = 1,353 MAC\/B \(INT8\)/)).toBeInTheDocument();
    expect(within(svg).getByText(/K80 I\* = 8\.75 MAC\/B \(FP32\)/)).toBeInTheDocument();
    for (const label of ['TPU ridge (INT8)', 'K80 ridge (FP32)', 'Haswell ridge (FP32)']) expect(stat(label).getAttribute('data-derivation-mismatch')).toBeNull();
  });
});

describe('roofline table (表5)', () => {
  it('lists every preset model in explore with its compute-bound batch', () => {
    show('explore', { hardware: 'a100-80gb-sxm', view: 'table' });
    const rows = boundRows(getHardware('a100-80gb-sxm'), null, { batch: 1, prompt: 1024, context: 1024 });
    const row = screen.getByRole('rowheader', { name: 'Llama-2-7B' }).closest('tr')!;
    expect(within(row).getByText(formatNumber(rows.find((r) => r.id === 'llama-2-7b')!.ridgeBatch!))).toBeInTheDocument();
    expect(screen.getAllByRole('row').length).toBe(rows.length + 1);
  });

  it('shows six story rows on stage', () => {
    show('stage', { hardware: 'a100-80gb-sxm', view: 'table' });
    expect(screen.getAllByRole('row')).toHaveLength(7);
  });

  it('Chinese: the ridge readout names its precision', () => {
    show('stage', { hardware: 'a100-80gb-sxm', view: 'table' }, 'zh');
    expect(screen.getByText('拐点 I*（FP16）')).toBeInTheDocument();
  });
});
