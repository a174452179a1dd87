import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { blockPeakActivationBytes, fusionSavings, getModel, partitionBlock, transformerBlockGraph } from '../../engine/index.ts';
import { formatBytes, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import LayerFusionMemory from './index.tsx';

const en = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="en"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const zh = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value="zh"><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const graph = (phase: 'prefill' | 'decode' = 'prefill', tokens = 4096, batch = 1) => transformerBlockGraph(getModel('llama-2-7b'), { phase, batch, tokens });
const statValue = (label: string) => (screen.getByText(label).parentElement as HTMLElement).querySelector('.ui-stat-value')?.textContent;
const size = (v: number) => formatBytes(v, 'binary');
const story = { model: 'llama-2-7b' };

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('layer-fusion-memory in explore', { timeout: 30000 }, () => {
  it('fusing attention saves the score and probability bytes the engine gives', () => {
    en(<LayerFusionMemory preset={story} />);
    fireEvent.click(screen.getByRole('button', { name: /FlashAttention/, pressed: false }));
    const s = fusionSavings(graph(), ['flash-attention']);
    expect(statValue('Activations no longer written')).toBe(size(s.materialisedBytesSaved));
    expect(statValue('Activation traffic saved')).toBe(size(s.trafficBytesSaved));
    expect(screen.getByRole('button', { name: /FlashAttention/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('partitioning at 512 MiB makes as many subgraphs as partitionBlock', () => {
    en(<LayerFusionMemory preset={story} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Partition to a memory budget' }));
    fireEvent.click(screen.getByRole('button', { name: '512 MiB' }));
    const parts = partitionBlock(graph(), 512 * 2 ** 20);
    expect(statValue('Subgraphs')).toMatch(new RegExp(`^${parts.length}`));
    expect(screen.getAllByRole('listitem')).toHaveLength(parts.length);
  });

  it('decode phase shrinks the activation peak to the engine’s value', () => {
    en(<LayerFusionMemory preset={story} />);
    fireEvent.click(screen.getByRole('radio', { name: 'decode' }));
    expect(statValue('Activation peak (fused)')).toBe(size(blockPeakActivationBytes(graph('decode'))));
  });

  it('the batch slider recomputes the peak', () => {
    en(<LayerFusionMemory preset={story} />);
    fireEvent.click(screen.getByRole('button', { name: '8' }));
    expect(statValue('Activation peak (fused)')).toBe(size(blockPeakActivationBytes(graph('prefill', 4096, 8))));
  });

  it('every readout with a derivation reproduces its value (no mismatch mark)', () => {
    en(<LayerFusionMemory preset={story} />);
    fireEvent.click(screen.getByRole('button', { name: /SwiGLU/ }));
    expect(document.querySelector('[data-derivation-mismatch]')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Show the work' }).length).toBe(4);
  });

  it('lists every intermediate tensor in the full table', () => {
    en(<LayerFusionMemory preset={story} />);
    expect(screen.getAllByRole('row')).toHaveLength(graph().tensors.length + 1);
  });

  it('Reset restores the preset', () => {
    en(<LayerFusionMemory preset={story} />);
    fireEvent.click(screen.getByRole('button', { name: /FlashAttention/ }));
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(statValue('Activations no longer written')).toBe(size(0));
  });

  it('a typed sequence length out of range is rejected next to the field, in Chinese in the Chinese UI', () => {
    zh(<LayerFusionMemory preset={story} />);
    const box = screen.getByRole('textbox', { name: /序列长度/ });
    fireEvent.change(box, { target: { value: 'abc' } });
    fireEvent.blur(box);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });
});

describe('layer-fusion-memory on stage', { timeout: 30000 }, () => {
  it('hides the edge sizes and the saved bytes until the question is answered', () => {
    en(<LayerFusionMemory preset={story} />, 'stage');
    const scores = graph().tensors.find((x) => x.id === 'scores')!.bytes;
    expect(screen.queryByText(size(scores))).not.toBeInTheDocument();
    expect(statValue('Activations no longer written')).toBe('?');
    expect(screen.getByText(/Prefilling 4,096 tokens \(Llama-2-7B, batch 1\): which tensor is the largest\?/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'attention scores QKᵀ' }));
    expect(screen.getAllByText(size(scores)).length).toBeGreaterThan(0);
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
  });

  it('the question follows the phase and its answer comes from the engine', () => {
    en(<LayerFusionMemory preset={story} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: 'decode' }));
    expect(screen.getByText(/Decoding at a 4,096-token context/)).toBeInTheDocument();
    const g = graph('decode');
    const top = g.tensors.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    fireEvent.click(screen.getByRole('button', { name: 'Reveal' }));
    const expected = top.id === 'scores' || top.id === 'probs' ? /attention scores QKᵀ\s*— ✓ Answer/ : /MLP hidden layer\s*— ✓ Answer/;
    expect(screen.getByRole('button', { name: expected })).toBeInTheDocument();
  });

  it('shows the story controls on stage and keeps model, batch and length for explore', () => {
    en(<LayerFusionMemory preset={story} />, 'stage');
    expect(screen.getByRole('radiogroup', { name: 'Phase' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Partition' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'Batch' })).not.toBeInTheDocument();
    expect(screen.queryByText('Activation traffic saved')).not.toBeInTheDocument();
  });
});
