import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getHardware, getModel, memoryStrategyRows } from '../../engine/index.ts';
import { formatBytes, formatChange, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import MemoryStrategies from './index.tsx';
import { strategyWords } from './text.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const story = { model: 'llama-2-13b', hardware: 'a100-40gb-sxm' };
const rowsFor = (model: string, hardware: string, batch = 8, tokens = 2048) => memoryStrategyRows(getModel(model), getHardware(hardware), { batch, tokens });
const en = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="en"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const statValue = (label: RegExp) => (screen.getByText(label, { selector: '.ui-stat-label' }).parentElement as HTMLElement).querySelector('.ui-stat-value')?.textContent ?? '';
const rowOf = (name: RegExp) => screen.getAllByRole('row').find((r) => name.test(r.textContent ?? '')) as HTMLElement;

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('memory-strategies on stage', () => {
  it('shows every row the engine returns, paging included, with the engine’s saving', () => {
    en(<MemoryStrategies preset={story} />, 'stage');
    const rows = rowsFor('llama-2-13b', 'a100-40gb-sxm');
    expect(screen.getAllByRole('row')).toHaveLength(rows.length + 1);
    for (const r of rows) expect(rowOf(new RegExp(escape(strategyWords(r.id).name.en))).textContent).toContain(formatBytes(r.savedBytes, 'GiB'));
  });

  it('the explained row’s saving and time change come from the engine, with their work', () => {
    const { container } = en(<MemoryStrategies preset={story} />, 'stage');
    const paging = rowsFor('llama-2-13b', 'a100-40gb-sxm').find((r) => r.id === 'paging')!;
    expect(statValue(/Paged KV cache \(block 16\): saves/)).toBe(formatBytes(paging.savedBytes, 'GiB'));
    expect(statValue(/decode step time/)).toBe(formatChange(paging.extraSeconds / paging.stepSeconds));
    expect(container.querySelectorAll('[data-derivation-mismatch]')).toHaveLength(0);
    expect(screen.getAllByRole('button', { name: 'Show the work' })).toHaveLength(2);
  });

  it('each row names the baseline it is measured against, and the slide says where training’s forms are', () => {
    en(<MemoryStrategies preset={story} />, 'stage');
    for (const r of rowsFor('llama-2-13b', 'a100-40gb-sxm')) {
      expect(rowOf(new RegExp(escape(strategyWords(r.id).name.en))).textContent).toContain(strategyWords(r.id).baseline.en);
    }
    expect(screen.getByText(/training’s forms/)).toBeInTheDocument();
  });

  it('choosing another row explains that row', () => {
    en(<MemoryStrategies preset={story} />, 'stage');
    fireEvent.change(screen.getByRole('combobox', { name: 'Show the work for' }), { target: { value: 'offload' } });
    const offload = rowsFor('llama-2-13b', 'a100-40gb-sxm').find((r) => r.id === 'offload')!;
    expect(statValue(/Offload all weights \(prefetch\): saves/)).toBe(formatBytes(offload.savedBytes, 'GiB'));
    expect(rowOf(/Offload all weights/).getAttribute('aria-current')).toBeTruthy();
  });

  it('a saving shows as a share of its baseline, never more than all of it (Llama-2-70B on a 24 GB card)', () => {
    en(<MemoryStrategies preset={{ model: 'llama-2-70b', hardware: 'rtx-4090' }} />, 'stage');
    const header = screen.getAllByRole('columnheader').map((h) => h.textContent ?? '');
    const col = header.findIndex((h) => h.startsWith('Of its baseline'));
    for (const row of screen.getAllByRole('row').slice(1)) {
      const cell = row.querySelectorAll('th, td')[col]?.textContent ?? '';
      const percent = Number(cell.replace(/[^\d.]/g, ''));
      expect(percent, cell).toBeLessThanOrEqual(100);
    }
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });
});

describe('memory-strategies (explore)', () => {
  it('batch and length are explore controls; batch 64 gives the engine’s paging saving', () => {
    en(<MemoryStrategies preset={story} />);
    fireEvent.click(screen.getByRole('button', { name: '64' }));
    const paging = rowsFor('llama-2-13b', 'a100-40gb-sxm', 64).find((r) => r.id === 'paging')!;
    expect(statValue(/Paged KV cache \(block 16\): saves/)).toBe(formatBytes(paging.savedBytes, 'GiB'));
    expect(screen.getAllByText(/Kwon/).length).toBeGreaterThan(0);
  });

  it('a model switch on the slide’s preset and Reset back to it', () => {
    en(<MemoryStrategies preset={story} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama-2-70b' } });
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-70b');
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-13b');
  });

  it('an unknown preset is reported and the declared default is used', () => {
    en(<MemoryStrategies preset={{ model: 'llama-9', hardware: 'a100-40gb-sxm' }} />);
    expect(screen.getByText(/model="llama-9" is not valid/)).toBeInTheDocument();
  });
});
