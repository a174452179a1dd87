import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fusionChain, fusionCost } from '../../engine/compute/fusion.ts';
import { attentionIo } from '../../engine/compute/flashAttention.ts';
import { getHardware, getModel } from '../../engine/index.ts';
import { formatBytes, LangContext } from '../../ui/index.ts';
import OperatorFusion from './index.tsx';
import { useFusionStore } from './store.ts';

const en = (ui: React.ReactNode) => render(<LangContext value="en">{ui}</LangContext>);
const m = getModel('llama-2-7b');
const hw = getHardware('a100-80gb-sxm');
const cost = () => fusionCost(fusionChain(m, 'silu-gate', { tokens: 512, contextTokens: 512, batch: 1 }), hw);

beforeEach(() => { localStorage.clear(); useFusionStore.reset(); });

describe('operator-fusion', () => {
  it('opens unfused with the engine’s bytes for SiLU·gate', () => {
    en(<OperatorFusion preset={{ model: 'llama-2-7b', hardware: 'a100-80gb-sxm' }} />);
    expect(screen.getByText(formatBytes(cost().unfused.bytes))).toBeInTheDocument();
  });
  it('switching fusion on shows the fused bytes', () => {
    en(<OperatorFusion preset={{}} />);
    fireEvent.click(screen.getByRole('switch', { name: /Fuse into one kernel/ }));
    expect(screen.getByText(formatBytes(cost().fused.bytes))).toBeInTheDocument();
  });
  it('typing a sequence length shows the standard attention traffic for it', () => {
    en(<OperatorFusion preset={{}} />);
    const box = screen.getByRole('textbox', { name: /Attention sequence length N/ });
    fireEvent.change(box, { target: { value: '8192' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.blur(box);
    const r = attentionIo({ seqLen: 8192, headDim: 128, sramBytes: hw.sramPerCoreBytes });
    expect(screen.getAllByText(formatBytes(r.standardBytes)).length).toBeGreaterThan(0);
  });
  it('an unknown preset model falls back with a notice', () => {
    en(<OperatorFusion preset={{ model: 'nope' }} />);
    expect(screen.getByText(/not recognised/)).toBeInTheDocument();
  });
});
