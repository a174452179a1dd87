import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeBytesPerStep, getHardware, getModel, largestBatchThatFits, memoryBreakdown, weightBytes } from '../../engine/index.ts';
import { formatBytes, formatCount, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { PREDICT_STORAGE_KEY } from '../_protocol/predictAnswers.ts';
import MemoryBudget from './index.tsx';

const en = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="en"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const m13 = getModel('llama-2-13b');
const hw = getHardware('rtx-4090');
const story = { model: 'llama-2-13b', hardware: 'rtx-4090' };

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('memory-budget figure', () => {
  it('opens on Llama-2-13B FP16 on an RTX 4090 with the engine’s weight bytes', () => {
    en(<MemoryBudget preset={story} />);
    expect(screen.getAllByText(new RegExp(formatBytes(weightBytes(m13, 'fp16'), 'GiB'))).length).toBeGreaterThan(0);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/does not fit/);
  });

  it('a slide preset sets the model (Llama-2-7B fits where 13B does not)', () => {
    en(<MemoryBudget preset={{ model: 'llama-2-7b', hardware: 'rtx-4090' }} />);
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-7b');
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/: fits/);
  });

  it('an unknown preset value is reported and the declared default is used', () => {
    en(<MemoryBudget preset={{ model: 'gpt-9', hardware: 'rtx-4090' }} />);
    expect(screen.getByText(/model="gpt-9" is not valid/)).toBeInTheDocument();
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-13b');
  });

  it('switching to INT4 shows the group-128 weight bytes', () => {
    en(<MemoryBudget preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: /INT4/ }));
    const expected = weightBytes(m13, { bits: 4, groupSize: 128, scaleBits: 16 });
    expect(screen.getAllByText(new RegExp(formatBytes(expected, 'GiB'))).length).toBeGreaterThan(0);
  });

  it('the largest batch follows the KV precision', () => {
    en(<MemoryBudget preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: /INT4/ }));
    const kvGroup = screen.getByRole('radiogroup', { name: 'KV-cache precision' });
    fireEvent.click(within(kvGroup).getByRole('radio', { name: 'FP8' }));
    const opts = { tokens: 4096, weights: { bits: 4, groupSize: 128, scaleBits: 16 }, kv: 'fp8' as const, tp: 1 };
    const expected = largestBatchThatFits(m13, hw, opts);
    const stat = screen.getByText('Largest batch at this context').parentElement as HTMLElement;
    expect(within(stat).getByText(formatCount(expected))).toBeInTheDocument();
  });

  it('bytes per token match decodeBytesPerStep at batch 8 and INT8', () => {
    en(<MemoryBudget preset={story} />);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Weight format' })).getByRole('radio', { name: /INT8/ }));
    fireEvent.click(screen.getByRole('button', { name: '8' }));
    const r = decodeBytesPerStep(m13, hw, { batch: 8, contextTokens: 4096, weights: 'int8', kv: 'fp16', tp: 1 });
    expect(screen.getByText(formatBytes(r.perToken, 'GB'))).toBeInTheDocument();
  });

  it('a pasted config with a bad field names the field', () => {
    en(<MemoryBudget preset={story} />);
    const box = screen.getByLabelText('Paste a Hugging Face config.json');
    fireEvent.change(box, { target: { value: '{"model_type":"llama","hidden_size":-1}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toMatch(/hidden_size/);
  });

  it('text that is not JSON gets a message in the current language, not the parser’s English', () => {
    render(<LangContext value="zh"><MemoryBudget preset={story} /></LangContext>);
    const box = screen.getByLabelText('粘贴 Hugging Face config.json');
    fireEvent.change(box, { target: { value: '{model_type: llama' } });
    fireEvent.click(screen.getByRole('button', { name: '应用' }));
    expect(screen.getByRole('alert').textContent).toMatch(/不是合法的 JSON/);
    expect(screen.getByRole('alert').textContent).not.toMatch(/Expected|property/);
  });

  it('TP 2 halves the per-GPU weights as memoryBreakdown says', () => {
    en(<MemoryBudget preset={story} />);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Tensor parallel (GPUs)' })).getByRole('radio', { name: '2' }));
    const b = memoryBreakdown(m13, hw, { batch: 1, tokens: 4096, tp: 2 });
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(formatBytes(b.weights, 'GiB'));
  });

  it('Reset restores the slide’s preset', () => {
    en(<MemoryBudget preset={{ ...story, model: 'llama-2-7b' }} />);
    fireEvent.click(screen.getByRole('button', { name: '32' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama-2-70b' } });
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-7b');
    expect(screen.getByRole('slider', { name: 'Batch (concurrent requests)' })).toHaveAttribute('aria-valuenow', '1');
  });

  it('saved state with a bad field keeps the good fields and drops the bad one', () => {
    localStorage.setItem('lio.sim.memory-budget', JSON.stringify({ v: 1, s: { batch: 32, modelId: 'no-such-model' } }));
    en(<MemoryBudget preset={story} />);
    expect(screen.getByRole('slider', { name: 'Batch (concurrent requests)' })).toHaveAttribute('aria-valuenow', '32');
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-13b');
  });
});

describe('memory-budget on stage', () => {
  it('masks the answer until the question is answered, then shows it and keeps the answer', () => {
    en(<MemoryBudget preset={story} />, 'stage');
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/fit/);
    expect(screen.queryByText(/✕/)).not.toBeInTheDocument();
    expect(screen.getByText(/Does Llama-2-13B in FP16 fit on one NVIDIA GeForce RTX 4090\?/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/does not fit/);
    expect(JSON.parse(localStorage.getItem(PREDICT_STORAGE_KEY) ?? '{}')['memory-budget']).toEqual({ picked: 'no' });
  });

  it('the question follows the inputs: INT4 13B fits, and the answer says so', () => {
    en(<MemoryBudget preset={story} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: /INT4/ }));
    expect(screen.getByText(/Does Llama-2-13B in INT4 g128 fit/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
  });

  it('shows only the story’s controls on stage; explore has them all', () => {
    en(<MemoryBudget preset={story} />, 'stage');
    expect(screen.queryByRole('radiogroup', { name: 'KV-cache precision' })).not.toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Batch (concurrent requests)' })).toBeInTheDocument();
  });
});

describe('memory-budget table', () => {
  it('lists every preset model in explore with its FP16 size in GiB and highlights the chosen one', () => {
    en(<MemoryBudget preset={{ view: 'table' }} />);
    const row = screen.getByRole('row', { current: true });
    expect(row.textContent).toContain('Llama-2-13B');
    expect(row.textContent).toContain((weightBytes(m13, 'fp16') / 2 ** 30).toPrecision(3));
    expect(screen.getAllByRole('row').length).toBeGreaterThan(15);
  });

  it('shows six story rows on stage', () => {
    en(<MemoryBudget preset={{ view: 'table' }} />, 'stage');
    expect(screen.getAllByRole('row')).toHaveLength(7);
  });
});
