import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel } from '../../engine/index.ts';
import { practiceLevel, RECOMMENDED_PRACTICE_ORDER } from '../../engine/serving/practiceStack.ts';
import { formatSeconds } from '../../ui/index.ts';
import OptimisationStack from './index.tsx';
import { practiceSettings } from './levels.ts';
import { STACK_DEFAULTS, useStackStore } from './store.ts';

const preset = { model: 'llama-2-13b', hardware: 'a100-40gb-sxm' };
const m = getModel('llama-2-13b');
const hw = getHardware('a100-40gb-sxm');
const settings = (patch = {}) => practiceSettings({ ...STACK_DEFAULTS, ...patch }, m);

const tpotShown = () => document.querySelector('.os-top .ui-stat-value')!.textContent;
const next = () => fireEvent.click(screen.getByRole('button', { name: /下一步/ }));

beforeEach(() => useStackStore.reset());
afterEach(cleanup);

describe('optimisation-stack', () => {
  it('opens on the measured baseline: TPOT equals the engine baseline', () => {
    render(<OptimisationStack preset={preset} />);
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, [], settings()).tpotSeconds!, 'ms'));
  });

  it('Next applies weight quantisation and shows the engine TPOT for INT8 weights', () => {
    render(<OptimisationStack preset={preset} />);
    next();
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, ['quantise-weights'], settings()).tpotSeconds!, 'ms'));
  });

  it('choosing INT4 g128 changes the quantised step to the engine TPOT for INT4', () => {
    render(<OptimisationStack preset={preset} />);
    next();
    fireEvent.click(screen.getByRole('radio', { name: /INT4 g128/ }));
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, ['quantise-weights'], settings({ weights: 'int4-g128' })).tpotSeconds!, 'ms'));
  });

  it('the last step shows the engine TPOT of the whole stack, whatever the order', () => {
    render(<OptimisationStack preset={preset} />);
    for (let i = 0; i < RECOMMENDED_PRACTICE_ORDER.length; i++) next();
    const end = practiceLevel(m, hw, RECOMMENDED_PRACTICE_ORDER, settings());
    expect(tpotShown()).toBe(formatSeconds(end.tpotSeconds!, 'ms'));
    fireEvent.click(screen.getByRole('button', { name: '提前: KV 分页 + 连续批处理' }));
    fireEvent.click(screen.getByRole('button', { name: '提前: KV 分页 + 连续批处理' }));
    expect(useStackStore.getState().order[0]).toBe('batching');
    expect(tpotShown()).toBe(formatSeconds(end.tpotSeconds!, 'ms'));
  });

  it('switching a practice off removes its step from the stack', () => {
    render(<OptimisationStack preset={preset} />);
    expect(screen.getByText('第 1 步，共 7 步')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: /通信重叠/ }));
    expect(screen.getByText('第 1 步，共 6 步')).toBeTruthy();
  });

  it('an unknown model preset falls back to the default with a notice', () => {
    render(<OptimisationStack preset={{ model: 'gpt-9', hardware: 'a100-40gb-sxm' }} />);
    expect(screen.getByText(/gpt-9/)).toBeTruthy();
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, [], settings()).tpotSeconds!, 'ms'));
  });
});
