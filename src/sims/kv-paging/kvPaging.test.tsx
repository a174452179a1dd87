import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getHardware, getModel, kvPagingCapacity, kvSlotMap, seededRequests } from '../../engine/index.ts';
import { formatCount, formatNumber, formatPercent, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import KvPaging from './index.tsx';

const story = { model: 'opt-13b', hardware: 'a100-40gb-sxm' };
const en = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="en"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const statValue = (label: RegExp) => {
  const el = screen.getByText(label).parentElement as HTMLElement;
  return el.querySelector('.ui-stat-value')?.textContent ?? '';
};
const requests = seededRequests({ seed: 42, count: 12, maxLength: 2048 });
const capacity = (blockTokens: number) => kvPagingCapacity(getModel('opt-13b'), getHardware('a100-40gb-sxm'), { requests, blockTokens });

// The 2-core CI machine renders a full placement (chart, derivations) in a few seconds at worst.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('kv-paging (explore)', () => {
  it('the paper preset shows 2,038 and 507 never-used slots (Kwon et al. Fig. 3)', () => {
    en(<KvPaging preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: /Paper Fig. 3/ }));
    expect(statValue(/^Slots request A \(max 2048\) never uses/)).toBe('2,038');
    expect(statValue(/^Slots request B \(max 512\) never uses/)).toBe('507');
  });

  it('the sequences resident follow kvPagingCapacity, and a larger block fits fewer', () => {
    en(<KvPaging preset={story} />);
    expect(statValue(/^Sequences resident \(contiguous\)/)).toBe(formatCount(capacity(16).sequences.contiguous));
    expect(statValue(/^Resident \(paged, block 16\)/)).toBe(formatCount(capacity(16).sequences.paged));
    fireEvent.click(screen.getByRole('button', { name: '128' }));
    expect(statValue(/^Resident \(paged, block 128\)/)).toBe(formatCount(capacity(128).sequences.paged));
  });

  it('switching to paged raises the share of held slots that store a token to the slot map’s value', () => {
    en(<KvPaging preset={story} />);
    const cap = capacity(16);
    const pool = Math.min(cap.deviceSlots, 32768);
    const share = (allocation: 'contiguous' | 'paged') => {
      const t = kvSlotMap({ requests, allocation, blockTokens: 16, poolSlots: pool, step: 64 }).totals;
      return t.used / (t.used + t.reserved + t.internal);
    };
    expect(statValue(/^Held slots storing a token/)).toBe(formatPercent(share('contiguous')));
    fireEvent.click(screen.getByRole('radio', { name: 'Paged' }));
    expect(statValue(/^Held slots storing a token/)).toBe(formatPercent(share('paged')));
    expect(share('paged')).toBeGreaterThan(share('contiguous'));
  });

  it('the paged decode throughput is n / t_step, against contiguous as a ratio', () => {
    en(<KvPaging preset={story} />);
    expect(statValue(/^Decode throughput \(paged\)/)).toBe(`${formatNumber(capacity(16).tokensPerSecond.paged)} tokens/s`);
    expect(screen.getAllByText(/▲ .*× vs contiguous/).length).toBeGreaterThan(0);
  });

  it('every readout’s derivation reproduces it', () => {
    const { container } = en(<KvPaging preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Paged' }));
    expect(container.querySelectorAll('[data-derivation-mismatch]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('radio', { name: /Paper Fig. 3/ }));
    expect(container.querySelectorAll('[data-derivation-mismatch]')).toHaveLength(0);
  });

  it('a model whose weights fill the card says so instead of drawing an empty pool', () => {
    en(<KvPaging preset={{ model: 'llama-2-70b', hardware: 'a100-40gb-sxm' }} />);
    expect(screen.getByText(/no room is left for the KV cache/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('an unknown device preset is reported and the declared default is used', () => {
    en(<KvPaging preset={{ model: 'opt-13b', hardware: 'gpu-9000' }} />);
    expect(screen.getByText(/hardware="gpu-9000" is not valid/)).toBeInTheDocument();
    expect((screen.getByRole('combobox', { name: 'GPU' }) as HTMLSelectElement).value).toBe('a100-40gb-sxm');
  });

  it('Reset restores the slide’s preset', () => {
    en(<KvPaging preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Paged' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama-2-7b' } });
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('radio', { name: /Contiguous/ })).toBeChecked();
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('opt-13b');
  });
});

describe('kv-paging on stage', () => {
  it('asks before showing the paged count, and the answer is the engine’s ratio', () => {
    en(<KvPaging preset={story} />, 'stage');
    expect(screen.getByText(/OPT-13B on .*, 12 requests of up to 2,048 tokens: paged in 16-token blocks, how many times as many stay resident\?/)).toBeInTheDocument();
    expect(statValue(/^Resident \(paged, block 16\)/)).toBe('?');
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    const cap = capacity(16);
    expect(cap.sequences.paged / cap.sequences.contiguous).toBeGreaterThanOrEqual(3);
    fireEvent.click(screen.getByRole('button', { name: '3–6×' }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(statValue(/^Resident \(paged, block 16\)/)).toBe(formatCount(cap.sequences.paged));
  });

  it('the paper scenario shows the two requests’ never-used slots on stage', () => {
    en(<KvPaging preset={{ ...story, scenario: 'paper' }} />, 'stage');
    expect(statValue(/^Slots request A/)).toBe('2,038');
  });
});
