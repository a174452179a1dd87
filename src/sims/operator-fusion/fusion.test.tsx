import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { attentionIo, blockFusion, fusionChain, fusionCost, getHardware, getModel } from '../../engine/index.ts';
import { formatBytes, formatNumber, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import OperatorFusion from './index.tsx';

const story = { model: 'llama-2-7b', hardware: 'a100-80gb-sxm' };
const show = (view: 'stage' | 'explore', preset: Record<string, string> = story, lang: 'en' | 'zh' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={view}><OperatorFusion preset={preset} /></SimViewContext></LangContext>);
const m = getModel('llama-2-7b');
const hw = getHardware('a100-80gb-sxm');
const chain = (tokens = 512, batch = 1, context = 512) => fusionCost(fusionChain(m, 'silu-gate', { tokens, contextTokens: context, batch }), hw);
const stat = (label: string) => screen.getByText(label, { selector: '.ui-stat-label' }).parentElement as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('operator-fusion (图7), fusion view', () => {
  it('opens unfused with the engine’s bytes and time for SiLU·gate of a 512-token prefill', () => {
    show('explore');
    expect(within(stat('One chain: HBM traffic')).getByText(formatBytes(chain().unfused.bytes))).toBeInTheDocument();
    expect(within(stat('One chain (one kernel): time')).getByText(formatSeconds(chain().unfused.seconds))).toBeInTheDocument();
  });

  it('switching fusion on shows the fused bytes and time, and the whole block after 图6’s fusion step', () => {
    show('explore');
    fireEvent.click(screen.getByRole('switch', { name: /Fuse into one kernel/ }));
    expect(within(stat('One chain: HBM traffic')).getByText(formatBytes(chain().fused.bytes))).toBeInTheDocument();
    expect(within(stat('One chain (one kernel): time')).getByText(formatSeconds(chain().fused.seconds))).toBeInTheDocument();
    const block = blockFusion(m, hw, 'fp16', { phase: 'prefill', batch: 1, tokens: 512 });
    expect(within(stat('Whole block (Figure 6’s fusion step): time')).getByText(formatSeconds(block.after.seconds))).toBeInTheDocument();
    for (const label of ['One chain: HBM traffic', 'One chain (one kernel): time', 'Whole block (Figure 6’s fusion step): time']) {
      expect(stat(label).getAttribute('data-derivation-mismatch')).toBeNull();
    }
  });

  it('decode at batch 8 and 1,024 tokens gives the chain of 8 tokens', () => {
    show('explore', { ...story, phase: 'decode', batch: '8', tokens: '1024' });
    expect(within(stat('One chain: HBM traffic')).getByText(formatBytes(chain(8, 8, 1024).unfused.bytes))).toBeInTheDocument();
  });

  it('the chain’s speed-up is larger in decode, the whole block’s in prefill, and the slide says which it measures', () => {
    const pre = chain(512);
    const dec = chain(8, 8, 1024);
    expect(dec.speedup).toBeGreaterThan(pre.speedup);
    const bPre = blockFusion(m, hw, 'fp16', { phase: 'prefill', batch: 1, tokens: 512 });
    const bDec = blockFusion(m, hw, 'fp16', { phase: 'decode', batch: 8, tokens: 1024 });
    expect(bPre.speedup).toBeGreaterThan(bDec.speedup);
    show('stage');
    expect(screen.getByText(/Measured on one chain \(one kernel once fused\); Figure 6 and Table 6 measure the whole block/)).toBeInTheDocument();
  });
});

describe('operator-fusion on stage', () => {
  it('the question follows chain, phase and device; the fused point and intensity stay hidden until it is answered', () => {
    show('stage');
    expect(screen.getByText(/Fused, does SiLU · gate \(Llama MLP\) \(prefill\) become compute-bound on the NVIDIA A100 80GB SXM\?/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('switch', { name: /Fuse into one kernel/ }));
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/, fused/);
    fireEvent.click(screen.getByRole('radio', { name: 'Decode' }));
    expect(screen.getByText(/\(decode\) become compute-bound/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /No, it stays left of the ridge/ }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/, fused/);
  });

  it('the view switch keeps its place and keeps focus when an arrow key changes the view', () => {
    show('stage');
    const group = screen.getByRole('radiogroup', { name: 'View' });
    const fusion = within(group).getByRole('radio', { name: 'Fusion' });
    fusion.focus();
    fireEvent.keyDown(fusion, { key: 'ArrowRight' });
    const attention = within(screen.getByRole('radiogroup', { name: 'View' })).getByRole('radio', { name: 'FlashAttention' });
    expect(attention).toHaveAttribute('aria-checked', 'true');
    expect(document.activeElement).toBe(attention);
    expect(screen.getByRole('radiogroup', { name: 'View' })).toBe(group);
  });
});

describe('operator-fusion, attention view', () => {
  it('typing a sequence length shows the standard attention traffic for it', () => {
    show('explore', { ...story, panel: 'attention' });
    const box = screen.getByRole('textbox', { name: /Attention sequence length N/ });
    fireEvent.change(box, { target: { value: '8192' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.blur(box);
    const r = attentionIo({ seqLen: 8192, headDim: 128, sramBytes: hw.sramPerCoreBytes });
    expect(within(stat('Standard attention traffic (per head)')).getByText(formatBytes(r.standardBytes))).toBeInTheDocument();
    expect(stat('FlashAttention traffic (per head)').getAttribute('data-derivation-mismatch')).toBeNull();
  });

  it('a larger SRAM lowers the FlashAttention traffic to the engine’s value', () => {
    show('explore', { ...story, panel: 'attention' });
    fireEvent.click(screen.getByRole('button', { name: '1,024 KiB' }));
    const r = attentionIo({ seqLen: 4096, headDim: 128, sramBytes: 1024 * 1024 });
    expect(within(stat('FlashAttention traffic (per head)')).getByText(formatBytes(r.flashBytes))).toBeInTheDocument();
  });

  it('an unknown preset model is reported and the default used', () => {
    show('explore', { model: 'nope' });
    expect(screen.getByText(/model="nope" is not valid/)).toBeInTheDocument();
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-7b');
  });

  it('Chinese: the readouts say one chain vs the whole block', () => {
    show('stage', story, 'zh');
    expect(screen.getByText('一条算子链（一个 kernel）：时间')).toBeInTheDocument();
    expect(screen.getByText('整个块（图 6 的融合步）：时间')).toBeInTheDocument();
    expect(formatNumber(1)).toBe('1');
  });
});
