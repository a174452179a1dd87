import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { bottleneckAnalysis, getHardware, getModel, ridgePoint, type OptimisationFamily } from '../../engine/index.ts';
import { formatBytes, formatNumber, formatPercent, formatRatio, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { scenarioOf } from './Figure.tsx';
import BottleneckCompare from './index.tsx';
import { stopState, type State } from './inputs.ts';
import { familyRows } from './Table.tsx';

const preset = { view: 'table', model: 'llama-2-70b', hardware: 'a100-80gb-sxm' };
const story: State = { modelId: 'llama-2-70b', hardwareId: 'a100-80gb-sxm', tp: 2, link: 'native', phase: 'decode', batch: 1, tokens: 1024 };
const analysis = (s: State) => {
  const m = getModel(s.modelId);
  const hw = getHardware(s.hardwareId);
  return bottleneckAnalysis(m, hw, scenarioOf(s, m, hw));
};
const view = (v: 'stage' | 'explore' = 'stage', lang: 'zh' | 'en' = 'en', p: Record<string, string> = preset) =>
  render(<LangContext value={lang}><SimViewContext value={v}><BottleneckCompare preset={p} /></SimViewContext></LangContext>);
const FAMILY_ROW: Record<OptimisationFamily, RegExp> = { memory: /^(★ )?Memory/, compute: /^(★ )?Compute/, communication: /^(★ )?Communication/ };
const cells = (family: OptimisationFamily) => within(screen.getByRole('row', { name: FAMILY_ROW[family] })).getAllByRole('cell').map((c) => c.textContent);
const statValue = (label: string) => screen.getByText(label, { selector: '.ui-stat-label' }).closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('表11 (bottleneck-compare view="table")', () => {
  it('each row’s signal and effect are the engine’s for the story scenario', () => {
    view();
    const a = analysis(story);
    const s = a.step;
    const ridge = ridgePoint(getHardware('a100-80gb-sxm'), s.precision);
    const [mem, comp, comm] = [cells('memory'), cells('compute'), cells('communication')];
    expect(mem[0]).toBe(`memory-bound ${formatPercent(s.memorySeconds / s.seconds, 2)}; ✓ ${formatBytes(a.memory.free, 'GiB')} free`);
    expect(mem[2]).toBe(`${formatRatio(a.familySpeedup.memory)} (INT4 weights + FP8 KV)`);
    expect(comp[0]).toBe(`I = ${formatNumber(s.flops / s.bytes)} < ridge ${formatNumber(ridge)}`);
    expect(comp[2]).toBe(`${formatRatio(a.familySpeedup.compute)} (8-bit tensor cores + FlashAttention)`);
    expect(comm[0]).toBe(`comm. ${formatPercent(s.communicationSeconds / s.seconds, 2)} of step`);
    const int8 = a.remedies.find((r) => r.id === 'int8-allreduce')!;
    expect(comm[2]).toBe(`${formatRatio(int8.speedup!)} (INT8-compressed all-reduce)`);
    expect(screen.getByRole('rowheader', { name: /★ Memory/ })).toBeInTheDocument();
    expect(statValue('The family that helps most')).toBe(`Memory ${formatRatio(a.bestSpeedup)}`);
  });

  it('the long-prefill stop moves the star to compute, intensity above the ridge', () => {
    view();
    fireEvent.click(screen.getByRole('button', { name: 'Long prefill' }));
    const a = analysis(stopState('long-prefill', story));
    expect(a.bestFamily).toBe('compute');
    expect(screen.getByRole('rowheader', { name: /★ Compute/ })).toBeInTheDocument();
    expect(cells('compute')[0]).toMatch(/≥ ridge/);
    expect(cells('compute')[2]).toContain(formatRatio(a.familySpeedup.compute));
    expect(cells('communication')[0]).toBe('1 GPU: no GPU-to-GPU traffic');
    expect(cells('communication')[2]).toBe('n/a (1 GPU)');
  });

  it('the TP 8 over PCIe stop: communication helps most, with the faster link', () => {
    view();
    fireEvent.click(screen.getByRole('button', { name: 'TP 8 · PCIe' }));
    const a = analysis(stopState('tp8-pcie', story));
    expect(a.bestFamily).toBe('communication');
    const link = a.remedies.find((r) => r.id === 'faster-link')!;
    expect(familyRows(a).find((r) => r.family === 'communication')!.remedy!.id).toBe('faster-link');
    expect(cells('communication')[2]).toBe(`${formatRatio(link.speedup!)} (The device’s own NVLink)`);
    expect(statValue('The family that helps most')).toBe(`Communication ${formatRatio(a.bestSpeedup)}`);
  });

  it('switching the phase recomputes the rows', () => {
    view();
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    const a = analysis({ ...story, phase: 'prefill' });
    expect(cells('memory')[2]).toContain(formatRatio(a.familySpeedup.memory));
  });

  it('a baseline that does not fit: the signal says by how much, the effect says whether each remedy fits', () => {
    view('explore');
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Tensor parallelism (GPUs)' })).getByRole('radio', { name: '1' }));
    const a = analysis({ ...story, tp: 1 });
    expect(a.memory.fits).toBe(false);
    expect(cells('memory')[0]).toBe(`✗ over by ${formatBytes(-a.memory.free, 'GiB')}`);
    const int4 = a.remedies.find((r) => r.id === 'int4-weights-fp8-kv')!.memory!;
    expect(cells('memory')[2]).toBe(int4.fits ? `✓ fits (${formatBytes(int4.free, 'GiB')} free)` : `✗ still over by ${formatBytes(-int4.free, 'GiB')}`);
    expect(statValue('The family that helps most')).toBe('—');
    expect(screen.queryByRole('rowheader', { name: /★/ })).not.toBeInTheDocument();
  });

  it('explore adds the remedy, its step time and memory, and each family’s work', () => {
    view('explore');
    const a = analysis(story);
    const int4 = a.remedies.find((r) => r.id === 'int4-weights-fp8-kv')!;
    expect(cells('memory')).toContain(formatNumber(int4.seconds! * 1e3));
    expect(statValue('Compute speed-up')).toBe(formatRatio(a.familySpeedup.compute));
    expect(screen.getByRole('combobox', { name: 'Model' })).toBeInTheDocument();
  });

  it('stage keeps to the scenario and phase; model and device are in explore', () => {
    view('stage');
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(4);
  });

  it('speaks Chinese', () => {
    view('stage', 'zh');
    expect(screen.getByRole('rowheader', { name: /★ 内存优化/ })).toBeInTheDocument();
    expect(screen.getByText(/访存受限/)).toBeInTheDocument();
    expect(screen.getByText(/拐点/)).toBeInTheDocument();
  });
});
