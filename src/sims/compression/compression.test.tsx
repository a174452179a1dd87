import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { deepCompressionRatio, getModel } from '../../engine/index.ts';
import { llmCompression } from '../../engine/compression/llmCompression.ts';
import { LangContext, formatBytes, formatRatio } from '../../ui/index.ts';
import Compression from './index.tsx';
import { useCompression } from './store.ts';

const en = (ui: React.ReactNode) => render(<LangContext value="en">{ui}</LangContext>);
const m7 = getModel('llama-2-7b');

beforeEach(() => { localStorage.clear(); useCompression.reset(); });

describe('compression figure', () => {
  it('uniform INT4 g128 shows the engine’s storage', () => {
    en(<Compression preset={{ model: 'llama-2-7b' }} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Uniform quantisation' }));
    const r = llmCompression(m7, { quantize: { bits: 4, groupSize: 128, scaleBits: 16 } });
    expect((screen.getByText('Storage').parentElement as HTMLElement).querySelector('.ui-stat-value')?.textContent).toBe(formatBytes(r.totalBytes, 'GiB'));
  });

  it('50% unstructured pruning with CSR gives the engine’s ratio', () => {
    en(<Compression preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'unstructured' }));
    const r = llmCompression(m7, { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } });
    expect(screen.getByText(formatRatio(r.ratio))).toBeInTheDocument();
  });

  it('Deep Compression mode reproduces AlexNet from the per-layer table', () => {
    en(<Compression preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Deep Compression (CNNs)' }));
    expect(screen.getByText(formatRatio(deepCompressionRatio('alexnet').ratio))).toBeInTheDocument();
    expect(screen.getByText('35×')).toBeInTheDocument();
  });

  it('turning index padding off changes the reproduced ratio', () => {
    useCompression.setState({ mode: 'deep', network: 'vgg-16' });
    en(<Compression preset={{}} />);
    fireEvent.click(screen.getByRole('switch', { name: /filler zeros/ }));
    expect(screen.getByText(formatRatio(deepCompressionRatio('vgg-16', { padding: false }).ratio))).toBeInTheDocument();
  });
});

describe('compression table', () => {
  it('lists the methods with engine storage for the chosen model', () => {
    en(<Compression preset={{ view: 'table', model: 'llama-2-7b' }} />);
    const r = llmCompression(m7, { prune: { kind: '2:4' } });
    const row = screen.getByRole('row', { name: /2:4 structured sparsity/ });
    expect(row.textContent).toContain(formatRatio(r.ratio));
  });
});
