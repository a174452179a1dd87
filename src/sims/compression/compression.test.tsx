import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { deepCompressionRatio, getModel, llmCompression } from '../../engine/index.ts';
import { formatBytes, formatRatio, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import Compression from './index.tsx';

const en = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="en"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const zh = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="zh"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const m7 = getModel('llama-2-7b');
const statValue = (label: string) => (screen.getByText(label).parentElement as HTMLElement).querySelector('.ui-stat-value')?.textContent;
const story = { model: 'llama-2-7b' };

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('compression figure (explore)', { timeout: 30000 }, () => {
  it('uniform INT4 g128 shows the engine’s storage, ratio and bytes read', () => {
    en(<Compression preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Uniform quantisation' }));
    const r = llmCompression(m7, { quantize: { bits: 4, groupSize: 128, scaleBits: 16 } });
    expect(statValue('Storage')).toBe(formatBytes(r.totalBytes, 'GiB'));
    expect(statValue('Compression (vs FP16)')).toBe(formatRatio(r.ratio));
    expect(statValue('Weight bytes read per token (batch 1)')).toBe(formatBytes(r.readPerTokenBytes, 'GB'));
  });

  it('50% unstructured pruning with CSR gives the engine’s ratio', () => {
    en(<Compression preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: 'unstructured' }));
    const r = llmCompression(m7, { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } });
    expect(statValue('Compression (vs FP16)')).toBe(formatRatio(r.ratio));
  });

  it('the kept share is typed in percent: 30 means 30 %', () => {
    en(<Compression preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: 'unstructured' }));
    const box = screen.getByRole('textbox', { name: /Kept share/ });
    fireEvent.change(box, { target: { value: '30' } });
    fireEvent.blur(box);
    const r = llmCompression(m7, { prune: { kind: 'unstructured', density: 0.3, index: 'csr' } });
    expect(statValue('Storage')).toBe(formatBytes(r.totalBytes, 'GiB'));
  });

  it('a kept share that is not a number is rejected next to the field, in the current language', () => {
    zh(<Compression preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: '非结构化' }));
    const box = screen.getByRole('textbox', { name: /保留比例/ });
    fireEvent.change(box, { target: { value: 'abc' } });
    fireEvent.blur(box);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(document.body.textContent).toMatch(/请输入/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|Enter a number/);
  });

  it('the bitmask index and 8-bit sharing each move the numbers the engine’s way', () => {
    en(<Compression preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: 'unstructured' }));
    fireEvent.click(screen.getByRole('radio', { name: /Bitmask/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Weight sharing (k-means codebook)' }));
    fireEvent.click(screen.getByRole('button', { name: '8 bit' }));
    const r = llmCompression(m7, { prune: { kind: 'unstructured', density: 0.5, index: 'bitmask' }, quantize: { bits: 8, codebook: true } });
    expect(statValue('Storage')).toBe(formatBytes(r.totalBytes, 'GiB'));
  });

  it('every LLM readout has a derivation that reproduces it', () => {
    en(<Compression preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: '2:4' }));
    expect(screen.getAllByRole('button', { name: 'Show the work' })).toHaveLength(3);
    expect(document.querySelector('[data-derivation-mismatch]')).toBeNull();
  });

  it('Huffman is off until the values are quantised', () => {
    en(<Compression preset={story} />);
    expect(screen.getByRole('switch', { name: /Huffman/ })).toBeDisabled();
    fireEvent.click(screen.getByRole('radio', { name: 'Weight sharing (k-means codebook)' }));
    fireEvent.click(screen.getByRole('switch', { name: /Huffman/ }));
    const r = llmCompression(m7, { quantize: { bits: 4, codebook: true }, huffman: true });
    expect(statValue('Storage')).toBe(formatBytes(r.totalBytes, 'GiB'));
  });

  it('Deep Compression mode reproduces AlexNet from the per-layer table, against the paper’s 35×', () => {
    en(<Compression preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Deep Compression (CNNs)' }));
    expect(statValue('Reproduced ratio')).toBe(formatRatio(deepCompressionRatio('alexnet').ratio));
    expect(screen.getByText('35×')).toBeInTheDocument();
    expect(document.querySelector('[data-derivation-mismatch]')).toBeNull();
  });

  it('turning index padding off changes the reproduced ratio', () => {
    en(<Compression preset={{ ...story, mode: 'deep', network: 'vgg-16' }} />);
    fireEvent.click(screen.getByRole('switch', { name: /filler zeros/ }));
    expect(statValue('Reproduced ratio')).toBe(formatRatio(deepCompressionRatio('vgg-16', { padding: false }).ratio));
  });

  it('the mode switch keeps focus when an arrow key changes the mode', () => {
    en(<Compression preset={story} />, 'stage');
    const llm = screen.getByRole('radio', { name: 'LLM' });
    llm.focus();
    fireEvent.keyDown(llm, { key: 'ArrowRight' });
    const deep = screen.getByRole('radio', { name: 'Deep Compression' });
    expect(deep).toHaveAttribute('aria-checked', 'true');
    expect(document.activeElement).toBe(deep);
  });

  it('an unknown model on the slide is reported and the default used', () => {
    en(<Compression preset={{ model: 'gpt-9' }} />);
    expect(screen.getByText(/model="gpt-9"/)).toBeInTheDocument();
    expect(statValue('Storage')).toBe(formatBytes(llmCompression(m7, {}).totalBytes, 'GiB'));
  });
});

describe('compression figure on stage', { timeout: 30000 }, () => {
  it('shows mode, values, pruning and Huffman; bits and the kept share wait for explore', () => {
    en(<Compression preset={story} />, 'stage');
    expect(screen.getByRole('radiogroup', { name: 'Pruning' })).toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: /Kept share/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
  });

  it('quantising is visible at once; unstructured pruning hides storage until the question is answered', () => {
    en(<Compression preset={story} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: 'Quantised' }));
    expect(statValue('Storage')).not.toBe('?');
    fireEvent.click(screen.getByRole('radio', { name: 'FP16' }));
    fireEvent.click(screen.getByRole('radio', { name: 'unstructured' }));
    expect(statValue('Storage')).toBe('?');
    expect(statValue('Read per token')).toBe('?');
    expect(screen.getByText(/Prune 50% of Llama-2-7B's FP16 weights and store them with CSR/)).toBeInTheDocument();
    const r = llmCompression(m7, { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } });
    fireEvent.click(screen.getByRole('button', { name: 'About the same' }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(statValue('Storage')).toBe(formatBytes(r.totalBytes, 'GiB'));
  });
});

describe('compression table', { timeout: 30000 }, () => {
  it('lists all eight methods in explore with the engine’s ratio', () => {
    en(<Compression preset={{ view: 'table', ...story }} />);
    const r = llmCompression(m7, { prune: { kind: '2:4' } });
    const row = screen.getByRole('row', { name: /2:4 structured sparsity/ });
    expect(row.textContent).toContain(formatRatio(r.ratio));
    expect(screen.getAllByRole('row')).toHaveLength(9);
  });

  it('shows six story rows on stage', () => {
    en(<Compression preset={{ view: 'table', ...story }} />, 'stage');
    expect(screen.getAllByRole('row')).toHaveLength(7);
  });

  it('the readouts follow the chosen method, with derivations', () => {
    en(<Compression preset={{ view: 'table', ...story }} />, 'stage');
    fireEvent.change(screen.getByRole('combobox', { name: 'Method in the readouts' }), { target: { value: 'csr50' } });
    const r = llmCompression(m7, { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } });
    expect(statValue('Weight bytes read per token (batch 1)')).toBe(formatBytes(r.readPerTokenBytes, 'GB'));
    expect(screen.getByRole('row', { current: true }).textContent).toContain('CSR');
    expect(document.querySelector('[data-derivation-mismatch]')).toBeNull();
  });

  it('changing the model recomputes every row (Chinese UI)', () => {
    zh(<Compression preset={{ view: 'table', ...story }} />);
    fireEvent.change(screen.getByRole('combobox', { name: '模型' }), { target: { value: 'llama-2-13b' } });
    const r = llmCompression(getModel('llama-2-13b'), {});
    const row = within(screen.getByRole('table')).getByRole('row', { name: /FP16 基线/ });
    expect(row.textContent).toContain((r.totalBytes / 2 ** 30).toPrecision(3));
  });
});
