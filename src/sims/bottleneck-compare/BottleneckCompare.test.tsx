import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel } from '../../engine/index.ts';
import { bottleneckAnalysis } from '../../engine/serving/bottleneck.ts';
import { formatBytes, formatRatio, formatSeconds } from '../../ui/index.ts';
import BottleneckCompare, { scenarioOf } from './index.tsx';
import { BOTTLENECK_DEFAULTS, STOPS, useBottleneckStore, type BottleneckInputs } from './store.ts';

const preset = { model: 'llama-2-70b', hardware: 'a100-80gb-sxm' };
const a100 = getHardware('a100-80gb-sxm');
const analysis = (i: BottleneckInputs) => {
  const m = getModel(i.model ?? 'llama-2-70b');
  return bottleneckAnalysis(m, a100, scenarioOf(i, m, a100));
};
const statValue = (label: string) => {
  const el = [...document.querySelectorAll('.ui-stat-label')].find((e) => e.textContent === label);
  expect(el).toBeTruthy();
  return el!.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};
const speedupCell = (remedy: string) => document.querySelector(`tr[data-remedy="${remedy}"] td`)!.textContent;

beforeEach(() => useBottleneckStore.reset());
afterEach(cleanup);

describe('bottleneck-compare', () => {
  it('opens on Llama-2-70B TP 2 decode: the engine step time, memory bound, memory family best', () => {
    render(<BottleneckCompare preset={preset} />);
    const a = analysis(BOTTLENECK_DEFAULTS);
    expect(statValue('一步的时间（基线）')).toBe(formatSeconds(a.step.seconds, 'ms'));
    expect(statValue('瓶颈')).toBe('访存');
    expect(statValue('最对症的一类优化')).toBe(`内存优化 ${formatRatio(a.bestSpeedup)}`);
    expect(statValue('每 GPU 显存（基线）')).toBe(formatBytes(a.memory.total, 'GiB'));
    expect(speedupCell('int4-weights-fp8-kv')).toContain(formatRatio(a.familySpeedup.memory));
  });

  it('the long-prompt prefill stop shows compute as the bottleneck and the compute speed-up', () => {
    render(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: '长提示词预填充' }));
    const a = analysis(STOPS['long-prefill']);
    expect(a.bestFamily).toBe('compute');
    expect(statValue('一步的时间（基线）')).toBe(formatSeconds(a.step.seconds, 'ms'));
    expect(statValue('瓶颈')).toBe('计算');
    expect(speedupCell('low-precision-flash')).toContain(formatRatio(a.familySpeedup.compute));
  });

  it('the TP 8 over PCIe stop shows communication as the bottleneck and the faster-link speed-up', () => {
    render(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: 'PCIe 上 TP 8' }));
    const a = analysis(STOPS['tp8-pcie']);
    expect(statValue('瓶颈')).toBe('通信');
    expect(speedupCell('faster-link')).toContain(formatRatio(a.remedies.find((r) => r.id === 'faster-link')!.speedup!));
    expect(statValue('最对症的一类优化')).toBe(`通信优化 ${formatRatio(a.bestSpeedup)}`);
  });

  it('switching to prefill shows the engine prefill step time', () => {
    render(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /预填充/ }));
    expect(statValue('一步的时间（基线）')).toBe(formatSeconds(analysis({ ...BOTTLENECK_DEFAULTS, phase: 'prefill' }).step.seconds, 'ms'));
  });

  it('tensor parallelism 8 lowers memory per GPU to the engine value', () => {
    render(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: '8' }));
    expect(statValue('每 GPU 显存（基线）')).toBe(formatBytes(analysis({ ...BOTTLENECK_DEFAULTS, tp: '8' }).memory.total, 'GiB'));
  });

  it('an unknown model preset falls back to the default with a notice', () => {
    render(<BottleneckCompare preset={{ model: 'gpt-9', hardware: 'a100-80gb-sxm' }} />);
    expect(screen.getByText(/gpt-9/)).toBeTruthy();
    expect(document.querySelector('svg[role="img"]')).toBeTruthy();
  });

  it('Reset returns to the story scenario', () => {
    render(<BottleneckCompare preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: '长提示词预填充' }));
    fireEvent.click(document.querySelector('[data-action="sim-reset"] button')!);
    expect(statValue('一步的时间（基线）')).toBe(formatSeconds(analysis(BOTTLENECK_DEFAULTS).step.seconds, 'ms'));
  });
});
