import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getModel } from '../../engine/index.ts';
import { fusionSavings, partitionBlock, transformerBlockGraph } from '../../engine/memory/blockGraph.ts';
import { LangContext, formatBytes } from '../../ui/index.ts';
import LayerFusionMemory from './index.tsx';
import { useLayerFusion } from './store.ts';

const en = (ui: React.ReactNode) => render(<LangContext value="en">{ui}</LangContext>);
const graph = () => transformerBlockGraph(getModel('llama-2-7b'), { phase: 'prefill', batch: 1, tokens: 4096 });
const statValue = (label: string) => (screen.getByText(label).parentElement as HTMLElement).querySelector('.ui-stat-value')?.textContent;

beforeEach(() => { localStorage.clear(); useLayerFusion.reset(); });

describe('layer-fusion-memory', () => {
  it('fusing attention saves the score and probability bytes the engine gives', () => {
    en(<LayerFusionMemory preset={{ model: 'llama-2-7b' }} />);
    fireEvent.click(screen.getByRole('switch', { name: /FlashAttention/ }));
    const s = fusionSavings(graph(), ['flash-attention']);
    expect(statValue('Activations no longer written')).toBe(formatBytes(s.materialisedBytesSaved, 'MB'));
  });

  it('partitioning at 500 MB makes as many subgraphs as partitionBlock', () => {
    useLayerFusion.setState({ partition: true, budgetMB: 500 });
    en(<LayerFusionMemory preset={{}} />);
    const parts = partitionBlock(graph(), 500e6);
    expect(statValue('Subgraphs')).toMatch(new RegExp(`^${parts.length}`));
    expect(screen.getAllByRole('listitem')).toHaveLength(parts.length);
  });

  it('decode phase shrinks the activation peak', () => {
    en(<LayerFusionMemory preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'decode' }));
    const g = transformerBlockGraph(getModel('llama-2-7b'), { phase: 'decode', batch: 1, tokens: 4096 });
    expect(statValue('Activation peak (fused)')).toBe(formatBytes(fusionSavings(g, []).peakAfter, 'MB'));
  });
});
