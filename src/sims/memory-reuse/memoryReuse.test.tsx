import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getHardware, getModel, layerMemoryPlan, trainingCheckpoint } from '../../engine/index.ts';
import { formatBytes, formatFlops, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import MemoryReuse from './index.tsx';

const m7 = getModel('llama-2-7b');
const story = { model: 'llama-2-7b' };
const en = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="en"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const statValue = (label: RegExp) => {
  const el = screen.getByText(label).parentElement as HTMLElement;
  return el.querySelector('.ui-stat-value')?.textContent ?? '';
};
const plan = (inPlace: boolean, attention: 'flash' | 'naive' = 'flash') => layerMemoryPlan(m7, { batch: 1, tokens: 2048, attention, inPlace });

// The 2-core CI machine renders a full placement (chart, derivations) in a few seconds at worst.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('memory-reuse (explore)', () => {
  it('opens with no reuse: the arena is the sum of every buffer, as the engine plans it', () => {
    en(<MemoryReuse preset={story} />);
    expect(statValue(/^Arena: No reuse/)).toBe(formatBytes(plan(false).plans.none.peakBytes, 'binary'));
  });

  it('greedy by size shrinks the arena to the engine’s plan, with the saving against no reuse', () => {
    en(<MemoryReuse preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: /Greedy by size/ }));
    const p = plan(false);
    expect(statValue(/^Arena: Greedy by size/)).toBe(formatBytes(p.plans['greedy-by-size'].peakBytes, 'binary'));
    expect(screen.getByText(/▼ −\d.*vs no reuse/)).toBeInTheDocument();
  });

  it('in-place operators lower the lower bound to the engine’s value', () => {
    en(<MemoryReuse preset={story} />);
    expect(statValue(/^Lower bound/)).toBe(formatBytes(plan(false).plans.none.lowerBoundBytes, 'binary'));
    fireEvent.click(screen.getByRole('switch', { name: /In-place/ }));
    expect(statValue(/^Lower bound/)).toBe(formatBytes(plan(true).plans.none.lowerBoundBytes, 'binary'));
  });

  it('the standard attention kernel raises the lower bound (the score matrices)', () => {
    en(<MemoryReuse preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: /Standard/ }));
    expect(statValue(/^Lower bound/)).toBe(formatBytes(plan(false, 'naive').plans.none.lowerBoundBytes, 'binary'));
  });

  it('the training section keeps ⌈L/k⌉|x| + kS at the √L stop, with the extra FLOPs', () => {
    en(<MemoryReuse preset={story} />);
    fireEvent.click(screen.getByRole('button', { name: '√L' }));
    const c = trainingCheckpoint(m7, getHardware('a100-80gb-sxm'), { batch: 1, tokens: 2048, segmentLayers: 6 });
    expect(statValue(/^Activations kept in training \(k = 6\)/)).toBe(formatBytes(c.keptBytes, 'binary'));
    expect(statValue(/^Extra FLOPs from recomputation/)).toBe(formatFlops(c.extraFlops));
  });

  it('every readout’s derivation reproduces it (no mismatch marks)', () => {
    const { container } = en(<MemoryReuse preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: /Best fit/ }));
    fireEvent.click(screen.getByRole('button', { name: '√L' }));
    expect(container.querySelectorAll('[data-derivation-mismatch]')).toHaveLength(0);
  });

  it('an unknown model preset is reported and the declared default is used', () => {
    en(<MemoryReuse preset={{ model: 'nope' }} />);
    expect(screen.getByText(/model="nope" is not valid/)).toBeInTheDocument();
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-7b');
  });

  it('Reset restores the slide’s preset', () => {
    en(<MemoryReuse preset={{ model: 'llama-2-13b' }} />);
    fireEvent.click(screen.getByRole('switch', { name: /In-place/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'opt-13b' } });
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('switch', { name: /In-place/ })).not.toBeChecked();
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-13b');
  });

  it('a prompt typed out of range is rejected next to the field in Chinese', () => {
    render(<LangContext value="zh"><SimViewContext value="explore"><MemoryReuse preset={story} /></SimViewContext></LangContext>);
    const box = screen.getAllByRole('textbox').find((b) => b.closest('.ui-field')?.textContent?.includes('提示词长度')) as HTMLElement;
    fireEvent.change(box, { target: { value: 'abc' } });
    fireEvent.blur(box);
    const field = box.closest('.ui-field') as HTMLElement;
    expect(within(field).getByRole('status').textContent).toMatch(/✕ .*[\u4e00-\u9fff]/);
    expect(field.textContent).not.toMatch(/NaN|Expected/);
    expect(within(field).getByRole('slider')).toHaveAttribute('aria-valuenow', '2048');
  });
});

describe('memory-reuse on stage', () => {
  it('shows the story’s three controls only', () => {
    en(<MemoryReuse preset={story} />, 'stage');
    expect(screen.getByRole('radiogroup', { name: 'Allocation' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /In-place/ })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    expect(screen.queryByText(/training form/)).not.toBeInTheDocument();
  });

  it('masks the lower bound and the live curve until the question is answered', () => {
    en(<MemoryReuse preset={story} />, 'stage');
    expect(screen.getByText(/In one layer of Llama-2-7B \(FlashAttention\), where are the most bytes live at once\?/)).toBeInTheDocument();
    expect(statValue(/^Lower bound/)).toBe('?');
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/reached at/);
    fireEvent.click(screen.getByRole('button', { name: 'The MLP’s wide middle' }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(screen.getByText(/The peak is at act·mul/)).toBeInTheDocument();
    expect(statValue(/^Lower bound/)).toBe(formatBytes(plan(false).plans.none.lowerBoundBytes, 'binary'));
  });

  it('the question follows the kernel: with standard attention the answer is attention', () => {
    en(<MemoryReuse preset={story} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: /Standard/ }));
    expect(screen.getByText(/Llama-2-7B \(Standard \(scores stored\)\)/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Attention' }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
  });
});
