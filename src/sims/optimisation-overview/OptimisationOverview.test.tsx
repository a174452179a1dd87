import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel } from '../../engine/index.ts';
import { deploymentEstimate } from '../../engine/serving/deploymentEstimate.ts';
import { formatBytes, formatNumber, formatSeconds } from '../../ui/index.ts';
import OptimisationOverview from './index.tsx';
import { baselineConfig, optimisedConfig } from './scenario.ts';
import { OVERVIEW_DEFAULTS, useOverviewStore, type OverviewInputs } from './store.ts';

const preset = { model: 'llama-2-13b', hardware: 'a100-80gb-sxm' };
const m = getModel('llama-2-13b');
const hw = getHardware('a100-80gb-sxm');
const after = (patch: Partial<OverviewInputs>) => deploymentEstimate(m, hw, optimisedConfig({ ...OVERVIEW_DEFAULTS, ...patch }, m, hw));

const statValue = (label: string) => {
  const labels = [...document.querySelectorAll('.ui-stat-label')].filter((el) => el.textContent === label);
  expect(labels).toHaveLength(1);
  return labels[0]!.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};

beforeEach(() => useOverviewStore.reset());
afterEach(cleanup);

describe('optimisation-overview', () => {
  it('opens on the unoptimised baseline: TPOT equals the engine baseline', () => {
    render(<OptimisationOverview preset={preset} />);
    const base = deploymentEstimate(m, hw, baselineConfig(OVERVIEW_DEFAULTS, m));
    expect(statValue('每 token 延迟 TPOT')).toBe(formatSeconds(base.serving!.tpotSeconds, 'ms'));
  });

  it('choosing INT4 weights shows the engine TPOT for INT4 g128', () => {
    render(<OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /INT4 g128/ }));
    expect(statValue('每 token 延迟 TPOT')).toBe(formatSeconds(after({ weights: 'int4-g128' }).serving!.tpotSeconds, 'ms'));
  });

  it('switching batching on shows the engine throughput at the admitted batch', () => {
    render(<OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /批处理/ }));
    const e = after({ batching: true });
    expect(e.batch).toBeLessThan(64);
    expect(statValue('吞吐')).toBe(`${formatNumber(e.serving!.tokensPerSecond)} token/s`);
    expect(screen.getByText(new RegExp(`实际并发 ${e.batch} 个请求`))).toBeTruthy();
  });

  it('switching paging on lets the wanted batch of 64 run', () => {
    render(<OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /批处理/ }));
    fireEvent.click(screen.getByRole('switch', { name: /分页/ }));
    const e = after({ batching: true, paged: true });
    expect(e.batch).toBe(64);
    expect(statValue('吞吐')).toBe(`${formatNumber(e.serving!.tokensPerSecond)} token/s`);
  });

  it('tensor parallelism 4 shows the engine memory per GPU', () => {
    render(<OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    expect(statValue('每 GPU 显存')).toBe(formatBytes(after({ tp: '4' }).memory.total, 'GiB'));
  });

  it('an unknown preset model falls back to the default with a notice, without crashing', () => {
    render(<OptimisationOverview preset={{ model: 'no-such-model', hardware: 'a100-80gb-sxm' }} />);
    expect(screen.getByText(/no-such-model/)).toBeTruthy();
    expect(statValue('每 token 延迟 TPOT')).not.toBe('—');
  });

  it('a model that does not fit shows a message instead of numbers', () => {
    render(<OptimisationOverview preset={{ model: 'llama-2-70b', hardware: 'a100-80gb-sxm' }} />);
    expect(screen.getAllByText(/装不下/).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('Reset restores the defaults', () => {
    render(<OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /批处理/ }));
    fireEvent.click(within(document.querySelector('[data-action="sim-reset"]') as HTMLElement).getByRole('button'));
    expect(useOverviewStore.getState().batching).toBe(false);
  });

  it('the predict-first answer is the change the engine finds fastest (INT4 for Llama-2-13B on an A100)', () => {
    render(<OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('button', { name: /KV cache FP8/ }));
    expect(screen.getByRole('button', { name: /权重 INT4（g128）.*答案/ })).toBeTruthy();
  });
});
