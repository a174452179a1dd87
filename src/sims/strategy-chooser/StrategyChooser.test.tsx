import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel } from '../../engine/index.ts';
import { chooseStrategy } from '../../engine/serving/strategyChoice.ts';
import { formatBytes, formatNumber, formatSeconds } from '../../ui/index.ts';
import StrategyChooser, { constraintsOf } from './index.tsx';
import { CHOOSER_DEFAULTS, STOPS, useChooserStore, type ChooserInputs } from './store.ts';

const choose = (i: ChooserInputs) => {
  const m = getModel(i.model);
  const hw = getHardware(i.hardware);
  return chooseStrategy(m, hw, constraintsOf(i, m, hw));
};
const statValue = (label: string) => {
  const el = [...document.querySelectorAll('.ui-stat-label')].find((e) => e.textContent === label);
  expect(el).toBeTruthy();
  return el!.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};
const ruleIds = () => [...document.querySelectorAll('li[data-rule]')].map((li) => li.getAttribute('data-rule'));

beforeEach(() => useChooserStore.reset());
afterEach(cleanup);

describe('strategy-chooser', () => {
  it('opens on online chat: the engine TPOT, throughput and recommended items', () => {
    render(<StrategyChooser preset={{}} />);
    const r = choose(CHOOSER_DEFAULTS);
    expect(statValue('TPOT（平均上下文）')).toBe(formatSeconds(r.recommended.tpotSeconds!, 'ms'));
    expect(statValue('解码吞吐')).toBe(`${formatNumber(r.recommended.tokensPerSecond!)} token/s`);
    expect(ruleIds()).toEqual(r.rules);
    expect(document.querySelectorAll('[data-node][data-taken="true"]')).toHaveLength(7);
  });

  it('the very-large-model stop recommends quantisation and TP with the engine memory per GPU', () => {
    render(<StrategyChooser preset={{}} />);
    fireEvent.click(screen.getByRole('button', { name: '超大模型' }));
    const r = choose(STOPS.huge);
    expect(ruleIds()).toEqual(r.rules);
    expect(ruleIds()).toContain('tensor-parallel');
    expect(statValue('每 GPU 显存')).toBe(formatBytes(r.recommended.memory.total, 'GiB'));
    expect(statValue('使用 GPU')).toBe(String(r.recommended.gpus));
  });

  it('choosing the edge class switches to Jetson Orin and one chip', () => {
    render(<StrategyChooser preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: /边缘 SoC/ }));
    const i = { ...CHOOSER_DEFAULTS, deviceClass: 'edge' as const, hardware: 'jetson-agx-orin-64gb', gpus: '1' as const };
    const r = choose(i);
    expect(statValue('TPOT（平均上下文）')).toBe(formatSeconds(r.recommended.tpotSeconds!, 'ms'));
    expect(statValue('使用 GPU')).toBe('1');
  });

  it('allowing INT4 under a tight TPOT target adds weight quantisation', () => {
    useChooserStore.setState({ model: 'llama-3-8b', hardware: 'rtx-4090', deviceClass: 'consumer', concurrency: 1, tpotMs: 10 });
    render(<StrategyChooser preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: /允许 INT4/ }));
    const r = choose({ ...CHOOSER_DEFAULTS, model: 'llama-3-8b', hardware: 'rtx-4090', deviceClass: 'consumer', concurrency: 1, tpotMs: 10, tolerance: 'int4' });
    expect(ruleIds()).toEqual(r.rules);
    expect(ruleIds()).toContain('quantise-weights');
    expect(statValue('TPOT（平均上下文）')).toBe(formatSeconds(r.recommended.tpotSeconds!, 'ms'));
  });

  it('a model that never fits shows the smaller-model advice and no timing', () => {
    useChooserStore.setState({ model: 'llama-2-70b', hardware: 'rtx-4090', deviceClass: 'consumer', tolerance: 'int4', concurrency: 1 });
    render(<StrategyChooser preset={{}} />);
    expect(ruleIds()).toContain('smaller-model');
    expect(statValue('TPOT（平均上下文）')).toBe('—');
    expect(document.querySelectorAll('[data-node][data-taken="false"]').length).toBeGreaterThan(0);
  });
});
