import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { bottleneckAnalysis, getHardware, getModel } from '../../engine/index.ts';
import { formatBytes, formatRatio, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { scenarioOf } from './Figure.tsx';
import BottleneckCompare from './index.tsx';
import { inputs, stopState, type State } from './inputs.ts';

const preset = { model: 'llama-2-70b', hardware: 'a100-80gb-sxm' };
const a100 = getHardware('a100-80gb-sxm');
const story: State = { modelId: 'llama-2-70b', hardwareId: 'a100-80gb-sxm', tp: 2, link: 'native', phase: 'decode', batch: 1, tokens: 1024 };
const analysis = (s: State) => {
  const m = getModel(s.modelId);
  return bottleneckAnalysis(m, getHardware(s.hardwareId), scenarioOf(s, m, a100));
};
const view = (ui: React.ReactNode, v: 'stage' | 'explore' = 'explore', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={v}>{ui}</SimViewContext></LangContext>);
const statValue = (label: string) => {
  const el = screen.getByText(label, { selector: '.ui-stat-label' });
  return el.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};
const row = (name: RegExp) => screen.getByRole('row', { name });

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('bottleneck-compare', () => {
  it('the declared defaults are the slide’s story', () => {
    expect(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.default]))).toEqual(story);
  });

  it('opens on Llama-2-70B TP 2 decode: the engine step time, memory family best, free memory', () => {
    view(<BottleneckCompare preset={preset} />);
    const a = analysis(story);
    expect(statValue('Step time (baseline)')).toBe(formatSeconds(a.step.seconds, 'ms'));
    expect(screen.getByText(/Bottleneck: memory traffic/)).toBeInTheDocument();
    expect(statValue('The family that helps most')).toBe(`Memory ${formatRatio(a.bestSpeedup)}`);
    expect(statValue('Free memory per GPU (baseline)')).toBe(`✓ ${formatBytes(a.memory.free, 'GiB')} free`);
    expect(row(/INT4 weights/).textContent).toContain(formatRatio(a.familySpeedup.memory));
  });

  it('the long-prompt prefill stop shows compute as the bottleneck and the compute speed-up', () => {
    view(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Long prefill' }));
    const a = analysis(stopState('long-prefill', story));
    expect(a.bestFamily).toBe('compute');
    expect(statValue('Step time (baseline)')).toBe(formatSeconds(a.step.seconds, 'ms'));
    expect(screen.getByText(/Bottleneck: compute/)).toBeInTheDocument();
    expect(row(/8-bit tensor cores/).textContent).toContain(formatRatio(a.familySpeedup.compute));
  });

  it('the TP 8 over PCIe stop shows communication as the bottleneck and the faster-link speed-up', () => {
    view(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: 'TP 8 · PCIe' }));
    const a = analysis(stopState('tp8-pcie', story));
    expect(screen.getByText(/Bottleneck: communication/)).toBeInTheDocument();
    expect(row(/own NVLink/).textContent).toContain(formatRatio(a.remedies.find((r) => r.id === 'faster-link')!.speedup!));
    expect(statValue('The family that helps most')).toBe(`Communication ${formatRatio(a.bestSpeedup)}`);
  });

  it('switching to prefill shows the engine prefill step time', () => {
    view(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    expect(statValue('Step time (baseline)')).toBe(formatSeconds(analysis({ ...story, phase: 'prefill' }).step.seconds, 'ms'));
  });

  it('tensor parallelism 8 frees memory per GPU as the engine says', () => {
    view(<BottleneckCompare preset={preset} />);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Tensor parallelism (GPUs)' })).getByRole('radio', { name: '8' }));
    expect(statValue('Free memory per GPU (baseline)')).toBe(`✓ ${formatBytes(analysis({ ...story, tp: 8 }).memory.free, 'GiB')} free`);
  });

  it('a baseline that does not fit shows by how much and no step time or speed-up', () => {
    view(<BottleneckCompare preset={preset} />);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Tensor parallelism (GPUs)' })).getByRole('radio', { name: '1' }));
    const a = analysis({ ...story, tp: 1 });
    expect(a.memory.fits).toBe(false);
    expect(statValue('Step time (baseline)')).toBe('—');
    expect(statValue('The family that helps most')).toBe('—');
    expect(statValue('Free memory per GPU (baseline)')).toBe(`✗ over by ${formatBytes(-a.memory.free, 'GiB')}`);
    expect(screen.getByText(/A configuration that does not fit shows no time/)).toBeInTheDocument();
    expect(screen.queryByText(/Predict first/)).not.toBeInTheDocument();
  });

  it('an unknown model preset is reported and the declared default is used', () => {
    view(<BottleneckCompare preset={{ model: 'gpt-9', hardware: 'a100-80gb-sxm' }} />);
    expect(screen.getByText(/model="gpt-9" is not valid/)).toBeInTheDocument();
    expect(statValue('Step time (baseline)')).toBe(formatSeconds(analysis(story).step.seconds, 'ms'));
  });

  it('Reset returns to the story scenario', () => {
    view(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Long prefill' }));
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(statValue('Step time (baseline)')).toBe(formatSeconds(analysis(story).step.seconds, 'ms'));
    expect(screen.getByRole('button', { name: '70B · 2 GPUs' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('reads state saved before the simulator shape', () => {
    localStorage.setItem('lio.sim.bottleneck-compare', JSON.stringify({ model: null, hardware: null, tp: '4', link: 'native', phase: 'prefill', batch: 8, tokens: 2048 }));
    view(<BottleneckCompare preset={preset} />);
    expect(statValue('Step time (baseline)')).toBe(formatSeconds(analysis({ ...story, tp: 4, phase: 'prefill', batch: 8, tokens: 2048 }).step.seconds, 'ms'));
  });
});

describe('bottleneck-compare on stage', () => {
  it('asks which family helps before showing it, then opens the answer from the engine', () => {
    view(<BottleneckCompare preset={preset} />, 'stage');
    const a = analysis(story);
    expect(statValue('The family that helps most')).toBe('?');
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/×/);
    expect(screen.getByText(/Decode of Llama-2-70B on 2× A100 80GB SXM over NVLink 3 \(A100\) \(batch 1, 1,024 tokens\)/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Compute' }));
    expect(statValue('The family that helps most')).toBe(`Memory ${formatRatio(a.bestSpeedup)}`);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(formatRatio(a.familySpeedup.memory));
    expect(screen.getByText(/Your pick/)).toBeInTheDocument();
  });

  it('the question follows the inputs: long-prompt prefill asks about prefill, and compute is the answer', () => {
    view(<BottleneckCompare preset={preset} />, 'stage');
    fireEvent.click(screen.getByRole('button', { name: 'Long prefill' }));
    expect(screen.getByText(/Prefill of Llama-2-13B on one A100 80GB SXM/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Compute' }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
  });

  it('shows the story’s controls on stage; model, device, link and the table are in explore', () => {
    view(<BottleneckCompare preset={preset} />, 'stage');
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Batch (requests)' })).toBeInTheDocument();
  });

  it('speaks Chinese: the question and the bound', () => {
    view(<BottleneckCompare preset={preset} />, 'stage', 'zh');
    expect(screen.getByText(/哪一类优化让这一步快得最多/)).toBeInTheDocument();
    expect(screen.getByText(/瓶颈：访存/)).toBeInTheDocument();
  });
});
