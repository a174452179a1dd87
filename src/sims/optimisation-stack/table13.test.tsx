import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel, practiceLevel, practiceStack, practiceThroughputDerivation, RECOMMENDED_PRACTICE_ORDER, type PracticeId, type PracticeLevel } from '../../engine/index.ts';
import { formatBytes, formatChange, formatSeconds, formatSi, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import OptimisationStack from './index.tsx';
import { inputs } from './inputs.ts';
import { practiceSettings } from './levels.ts';

const preset = { model: 'llama-2-13b', hardware: 'a100-40gb-sxm' };
const m = getModel('llama-2-13b');
const hw = getHardware('a100-40gb-sxm');
const defaults = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.default])) as { weights: 'int8'; batch: number; targetMs: number; overlapPercent: number; promptTokens: number; outputTokens: number };
const settings = (patch = {}) => practiceSettings({ ...defaults, ...patch }, m);
const view = (v: 'stage' | 'explore' = 'stage', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={v}><OptimisationStack preset={{ ...preset, view: 'table' }} /></SimViewContext></LangContext>);
const statOf = (label: string) => screen.getByText(label, { selector: '.ui-stat-label' }).closest('.ui-stat') as HTMLElement;
const statValue = (label: string) => statOf(label).querySelector('.ui-stat-value')!.textContent;
/** The cells of the row whose header starts with `name`, by column header. */
function row(name: string): Record<string, string> {
  const table = screen.getByRole('table');
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
  const r = within(table).getAllByRole('row').find((x) => within(x).queryByRole('rowheader')?.textContent?.replace(/^▶ /, '').startsWith(name));
  if (!r) throw new Error(`no row ${name}`);
  const cells = [within(r).getByRole('rowheader'), ...within(r).queryAllByRole('cell')];
  return Object.fromEntries(cells.map((c, i) => [headers[i] ?? String(i), c.textContent ?? '']));
}
const change = (before: number, after: number) => formatChange((after - before) / before);
const ms = (s: number) => formatSeconds(s, 'ms');

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('optimisation-stack 表13 (view="table")', { timeout: 30_000 }, () => {
  it('stage: the baseline row and one row per practice, each cell the engine’s change when it is added', () => {
    view();
    const levels = practiceStack(m, hw, RECOMMENDED_PRACTICE_ORDER, settings());
    const base = row('Measure first');
    expect(base.TPOT).toBe(ms(levels[0]!.tpotSeconds!));
    expect(base.Throughput).toBe(formatSi(levels[0]!.tokensPerSecond!, 'tok/s'));
    expect(base['Memory/GPU']).toBe(formatBytes(levels[0]!.memoryPerGpuBytes, 'GiB'));
    const names: Record<PracticeId, string> = {
      'quantise-weights': 'Weight quantisation', 'kv-fp8': 'FP8 KV cache', batching: 'KV paging + batching',
      'fused-attention': 'Fused attention', 'tensor-parallel': 'Tensor parallelism', overlap: 'Communication overlap',
    };
    RECOMMENDED_PRACTICE_ORDER.forEach((p, i) => {
      const [b, a] = [levels[i]!, levels[i + 1]!];
      const cells = row(names[p]);
      expect(cells.TPOT).toBe(change(b.tpotSeconds!, a.tpotSeconds!));
      expect(cells.Throughput).toBe(change(b.tokensPerSecond!, a.tokensPerSecond!));
      expect(cells['Memory/GPU']).toBe(change(b.memoryPerGpuBytes, a.memoryPerGpuBytes));
    });
    expect(screen.getAllByRole('row')).toHaveLength(1 + 1 + RECOMMENDED_PRACTICE_ORDER.length);
    // The tensor-parallel row names the degree the engine chose.
    expect(screen.getByRole('rowheader', { name: `Tensor parallelism (×${levels[5]!.tp})` })).toBeInTheDocument();
    // Stage keeps the methods and before → after columns for explore.
    expect(screen.queryByRole('columnheader', { name: 'Representative methods' })).toBeNull();
  });

  it('INT4 g128 weights change the quantisation row to the engine’s INT4 change', () => {
    view();
    fireEvent.click(screen.getByRole('radio', { name: 'INT4 g128' }));
    const s = settings({ weights: 'int4-g128' });
    const [b, a] = [practiceLevel(m, hw, [], s), practiceLevel(m, hw, ['quantise-weights'], s)];
    expect(row('Weight quantisation (INT4 g128)').TPOT).toBe(change(b.tpotSeconds!, a.tpotSeconds!));
  });

  it('the readouts show the chosen measure’s level, its change against the level before and work that reproduces it', () => {
    view();
    const levels = practiceStack(m, hw, RECOMMENDED_PRACTICE_ORDER, settings());
    const check = (l: PracticeLevel, before: PracticeLevel) => {
      expect(statValue('Time per output token (TPOT)')).toBe(ms(l.tpotSeconds!));
      expect(statOf('Time per output token (TPOT)').textContent).toContain(`${change(before.tpotSeconds!, l.tpotSeconds!)} vs the level before`);
      expect(statValue('Throughput')).toBe(formatSi(l.tokensPerSecond!, 'tok/s'));
      expect(practiceThroughputDerivation(l)!.result.value).toBe(l.tokensPerSecond);
      expect(statValue('Memory per GPU')).toBe(formatBytes(l.memoryPerGpuBytes, 'GiB'));
    };
    check(levels[1]!, levels[0]!);
    fireEvent.change(screen.getByRole('combobox', { name: 'Numbers and work for' }), { target: { value: 'batching' } });
    check(levels[3]!, levels[2]!);
    expect(screen.getByRole('row', { current: true })).toHaveTextContent('KV paging + batching');
  });

  it('explore: switching a practice off removes its row; the next one is measured against the level before', () => {
    view('explore');
    expect(screen.getByRole('columnheader', { name: 'Representative methods' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('switch', { name: /FP8 KV cache/ }));
    expect(screen.queryByRole('rowheader', { name: /FP8 KV cache/ })).toBeNull();
    const s = settings();
    const [b, a] = [practiceLevel(m, hw, ['quantise-weights'], s), practiceLevel(m, hw, ['quantise-weights', 'batching'], s)];
    expect(row('KV paging + batching')['TPOT change']).toBe(change(b.tpotSeconds!, a.tpotSeconds!));
    expect(row('KV paging + batching').Throughput).toBe(formatSi(a.tokensPerSecond!, 'tok/s'));
  });

  it('a model that does not fit says so in the baseline row and counts the level that first fits', () => {
    view();
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama-2-70b' } });
    const m70 = getModel('llama-2-70b');
    const levels = practiceStack(m70, hw, RECOMMENDED_PRACTICE_ORDER, practiceSettings(defaults, m70));
    expect(levels[0]!.fits).toBe(false);
    expect(row('Measure first').TPOT).toBe('no fit');
    const first = levels.findIndex((l) => l.fits);
    expect(first).toBeGreaterThan(0);
    const cells = screen.getAllByRole('row').slice(1)[first]!;
    expect(cells).toHaveTextContent('✓ fits now');
  });

  it('Chinese: headers and the baseline row in Chinese, the same engine numbers', () => {
    view('stage', 'zh');
    expect(screen.getByRole('columnheader', { name: '针对的瓶颈' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '先测量（基线）' })).toBeInTheDocument();
  });
});
