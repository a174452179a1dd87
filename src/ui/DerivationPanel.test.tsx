import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getModel, kvCacheDerivation } from '../engine/index.ts';
import type { LabelledDerivation } from '../i18n/engine/derivations.ts';
import { DerivationPanel } from './DerivationPanel.tsx';
import { LangContext } from '../i18n/index.ts';
import { Stat } from './Stat.tsx';

const derivation: LabelledDerivation = {
  id: 'kv-cache',
  title: { zh: 'KV 缓存大小', en: 'KV cache size' },
  tex: 'M_{kv} = 2 \\cdot L \\cdot s \\cdot p',
  terms: [
    { symbol: 'L', value: 40, unit: 'count', label: { zh: '层数', en: 'layers' } },
    { symbol: 's', value: 4096, unit: 'tokens', label: { zh: '序列长度', en: 'sequence length' } },
    { symbol: 'p', value: 2, unit: 'B', label: { zh: '每元素字节数', en: 'bytes per element' } },
  ],
  result: { value: 3.2e9, unit: 'B' },
  source: 'nccl-tests-performance',
};

describe('DerivationPanel', () => {
  it('DerivationPanel lists every term with its value, unit and meaning, the result and the source', () => {
    render(<LangContext value="en"><DerivationPanel derivation={derivation} source="Kwon et al., SOSP 2023" /></LangContext>);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toHaveTextContent('4,096 tokens');
    expect(rows[2]).toHaveTextContent('sequence length');
    expect(rows[3]).toHaveTextContent('2 B');
    expect(screen.getByText('2.98 GiB')).toBeInTheDocument();
    expect(screen.getByText(/Kwon et al., SOSP 2023/)).toBeInTheDocument();
  });

  it('DerivationPanel shows an engine derivation with its title and meanings from src/i18n, in the current language', () => {
    const d = kvCacheDerivation(getModel('llama-2-7b'), { tokens: 4096, batch: 1 });
    const { rerender } = render(<LangContext value="en"><DerivationPanel derivation={d} source="x" /></LangContext>);
    expect(screen.getByRole('region', { name: 'KV cache bytes' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /key\/value heads/ })).toHaveTextContent('32');
    expect(screen.getByRole('row', { name: /tokens per sequence/ })).toHaveTextContent('4,096 tokens');
    rerender(<LangContext value="zh"><DerivationPanel derivation={d} source="x" /></LangContext>);
    expect(screen.getByRole('region', { name: 'KV 缓存字节数' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /KV 头数/ })).toBeInTheDocument();
  });

  it('DerivationPanel reports the hovered term symbol and clears it on leave', () => {
    const onHoverTerm = vi.fn();
    render(<DerivationPanel derivation={derivation} source="x" onHoverTerm={onHoverTerm} />);
    const row = screen.getByRole('row', { name: /序列长度/ });
    fireEvent.mouseEnter(row);
    expect(onHoverTerm).toHaveBeenLastCalledWith('s');
    fireEvent.mouseLeave(row.parentElement as HTMLElement);
    expect(onHoverTerm).toHaveBeenLastCalledWith(null);
  });

  it('DerivationPanel renders the formula with KaTeX once it has loaded', async () => {
    const { container } = render(<DerivationPanel derivation={derivation} source="x" />);
    await vi.waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
  });
});

describe('Stat', () => {
  it('Stat shows the change against the baseline with an arrow and opens the work on request', async () => {
    const user = userEvent.setup();
    render(<LangContext value="en"><Stat label="KV cache" value={3.2e9} baseline={1.6e9} format={(v) => `${v / 1e9} GB`} derivation={derivation} source="Kwon et al." /></LangContext>);
    expect(screen.getByText('3.2 GB')).toBeInTheDocument();
    expect(screen.getByText('▲ +100% vs baseline')).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Show the work' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(screen.getByRole('region', { name: 'KV cache size' })).toBeInTheDocument();
  });

  it('Stat shows a fall as ▼ −x% and a change below the display resolution as 0% with no arrow', () => {
    const { rerender } = render(<LangContext value="en"><Stat label="TPOT" value={0.0297} baseline={0.03} /></LangContext>);
    expect(screen.getByText('▼ −1% vs baseline')).toBeInTheDocument();
    rerender(<LangContext value="en"><Stat label="TPOT" value={0.03 * (1 - 1e-15)} baseline={0.03} /></LangContext>);
    expect(screen.getByText('0% vs baseline')).toBeInTheDocument();
  });

  it('Stat shows — and the error instead of a non-finite value', () => {
    render(<Stat label="x" value={NaN} error={{ zh: '放不下', en: 'Does not fit' }} />);
    expect(screen.getByText('—')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('放不下');
  });
});
