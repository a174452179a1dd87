import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel } from '../../engine/index.ts';
import { formatBytes } from '../../i18n/format.ts';
import { blockGraph } from '../../engine/graph/blockGraph.ts';
import { graphCost } from '../../engine/graph/cost.ts';
import { optimiseGraph } from '../../engine/graph/passes.ts';
import { passComparison } from '../../engine/graph/compare.ts';
import { LangContext } from '../../ui/index.ts';
import GraphOptimizerSim from './index.tsx';
import { useGraphOptimizer, enginePasses, type UiPass } from './store.ts';

const renderEn = (preset: Record<string, string> = {}) =>
  render(<LangContext value="en"><GraphOptimizerSim preset={preset} /></LangContext>);

const expected = (enabled: UiPass[]) => {
  const s = useGraphOptimizer.getState();
  const g = blockGraph(getModel(s.model), { phase: s.phase, batch: s.batch, tokens: s.tokens });
  return graphCost(optimiseGraph(g, enginePasses(enabled)), getHardware(s.hardware), 'fp16');
};

describe('graph-optimizer simulator', () => {
  beforeEach(() => { localStorage.clear(); useGraphOptimizer.reset(); });

  it('shows the unoptimised kernel count and HBM bytes from the engine', () => {
    renderEn();
    const c = expected([]);
    expect(screen.getAllByText(String(c.kernels)).length).toBeGreaterThan(0);
    expect(screen.getAllByText(new RegExp(formatBytes(c.bytes).split(' ')[0]!)).length).toBeGreaterThan(0);
  });

  it('switching on operator fusion lowers the kernel count to the engine value', () => {
    renderEn();
    fireEvent.click(screen.getByRole('switch', { name: /Operator fusion/ }));
    expect(useGraphOptimizer.getState().enabled).toEqual(['fuse']);
    expect(screen.getAllByText(String(expected(['fuse']).kernels)).length).toBeGreaterThan(0);
  });

  it('Next steps through the passes in the slide order', () => {
    renderEn();
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(useGraphOptimizer.getState().enabled).toEqual(['fold']);
    const svg = screen.getByRole('img');
    expect(within(svg).getAllByText(/✕ fold/).length).toBe(expected(['fold']).operators === expected([]).operators ? 0 : expected([]).operators - expected(['fold']).operators);
  });

  it('table view lists each pass with before → after kernels from passComparison', () => {
    renderEn({ view: 'table' });
    const s = useGraphOptimizer.getState();
    const rows = passComparison(getModel(s.model), getHardware(s.hardware), 'fp16', { phase: s.phase, batch: s.batch, tokens: s.tokens });
    const fuseQkv = rows.find((r) => r.pass === 'fuse-qkv')!;
    const row = screen.getByRole('rowheader', { name: /QKV/ }).closest('tr')!;
    expect(within(row).getByText(`${fuseQkv.before.kernels} → ${fuseQkv.after.kernels}`)).toBeTruthy();
  });
});
