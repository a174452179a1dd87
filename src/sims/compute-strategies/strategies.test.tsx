import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeStrategies } from '../../engine/compute/computeStrategies.ts';
import { getHardware, getModel } from '../../engine/index.ts';
import { formatRatio, LangContext } from '../../ui/index.ts';
import ComputeStrategies from './index.tsx';
import { useStrategiesStore } from './store.ts';

const en = (ui: React.ReactNode) => render(<LangContext value="en">{ui}</LangContext>);

beforeEach(() => { localStorage.clear(); useStrategiesStore.reset(); });

describe('compute-strategies', () => {
  it('shows the engine’s batching speed-up at batch 32', () => {
    en(<ComputeStrategies preset={{ model: 'llama-2-7b', hardware: 'a100-80gb-sxm' }} />);
    const row = computeStrategies(getModel('llama-2-7b'), getHardware('a100-80gb-sxm')).find((r) => r.id === 'batching');
    expect(screen.getAllByText(formatRatio(row?.speedup ?? 0)).length).toBeGreaterThan(0);
  });
  it('switching to the L4 recomputes the table', () => {
    en(<ComputeStrategies preset={{}} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Hardware' }), { target: { value: 'l4' } });
    const row = computeStrategies(getModel('llama-2-7b'), getHardware('l4')).find((r) => r.id === 'continuous-batching');
    expect(screen.getAllByText(formatRatio(row?.speedup ?? 0)).length).toBeGreaterThan(0);
  });
});
