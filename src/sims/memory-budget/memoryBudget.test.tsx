import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel, largestBatchThatFits, memoryBreakdown, weightBytes } from '../../engine/index.ts';
import { decodeBytesPerStep } from '../../engine/memory/decodeBytes.ts';
import { LangContext, formatBytes, formatCount } from '../../ui/index.ts';
import MemoryBudget from './index.tsx';
import { useMemoryBudget } from './store.ts';

const en = (ui: React.ReactNode) => render(<LangContext value="en">{ui}</LangContext>);
const m13 = getModel('llama-2-13b');
const hw = getHardware('rtx-4090');

beforeEach(() => { localStorage.clear(); useMemoryBudget.reset(); });

describe('memory-budget figure', () => {
  it('opens on Llama-2-13B FP16 on an RTX 4090 with the engine’s weight bytes', () => {
    en(<MemoryBudget preset={{ model: 'llama-2-13b', hardware: 'rtx-4090' }} />);
    expect(screen.getAllByText(new RegExp(formatBytes(weightBytes(m13, 'fp16'), 'GiB'))).length).toBeGreaterThan(0);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/does not fit/);
  });

  it('switching to INT4 shows the group-128 weight bytes', () => {
    en(<MemoryBudget preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: /INT4/ }));
    const expected = weightBytes(m13, { bits: 4, groupSize: 128, scaleBits: 16 });
    expect(screen.getAllByText(new RegExp(formatBytes(expected, 'GiB'))).length).toBeGreaterThan(0);
  });

  it('the largest batch follows the KV precision', () => {
    useMemoryBudget.setState({ weightFormat: 'int4' });
    en(<MemoryBudget preset={{}} />);
    const kvGroup = screen.getByRole('radiogroup', { name: 'KV-cache precision' });
    fireEvent.click(within(kvGroup).getByRole('radio', { name: 'FP8' }));
    const opts = { tokens: 4096, weights: { bits: 4, groupSize: 128, scaleBits: 16 }, kv: 'fp8' as const, tp: 1 };
    const expected = largestBatchThatFits(m13, hw, opts);
    const stat = screen.getByText('Largest batch at this context').parentElement as HTMLElement;
    expect(within(stat).getByText(formatCount(expected))).toBeInTheDocument();
  });

  it('bytes per token match decodeBytesPerStep at batch 8', () => {
    useMemoryBudget.setState({ batch: 8, weightFormat: 'int8' });
    en(<MemoryBudget preset={{}} />);
    const r = decodeBytesPerStep(m13, hw, { batch: 8, contextTokens: 4096, weights: 'int8', kv: 'fp16', tp: 1 });
    expect(screen.getByText(formatBytes(r.perToken, 'GB'))).toBeInTheDocument();
  });

  it('a pasted config with a bad field names the field', () => {
    en(<MemoryBudget preset={{}} />);
    const box = screen.getByLabelText('Paste a Hugging Face config.json');
    fireEvent.change(box, { target: { value: '{"model_type":"llama","hidden_size":-1}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toMatch(/hidden_size/);
  });

  it('TP 2 halves the per-GPU weights as memoryBreakdown says', () => {
    en(<MemoryBudget preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: '2' }));
    const b = memoryBreakdown(m13, hw, { batch: 1, tokens: 4096, tp: 2 });
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(formatBytes(b.weights, 'GiB'));
  });

  it('Reset restores the defaults', () => {
    useMemoryBudget.setState({ batch: 32 });
    en(<MemoryBudget preset={{}} />);
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(useMemoryBudget.getState().batch).toBe(1);
  });
});

describe('memory-budget table', () => {
  it('lists every preset model with its FP16 size in GiB and highlights the chosen one', () => {
    en(<MemoryBudget preset={{ view: 'table' }} />);
    const row = screen.getByRole('row', { current: true });
    expect(row.textContent).toContain('Llama-2-13B');
    const gib = (weightBytes(m13, 'fp16') / 2 ** 30).toPrecision(3);
    expect(row.textContent).toContain(gib);
  });
});
