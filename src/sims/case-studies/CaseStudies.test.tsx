import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel } from '../../engine/index.ts';
import { practiceStack } from '../../engine/serving/practiceStack.ts';
import { formatSeconds } from '../../ui/index.ts';
import CaseStudies from './index.tsx';
import { SCENARIOS, type ScenarioId } from './scenarios.ts';
import { useCaseStore } from './store.ts';

const levels = (id: ScenarioId, prompt?: number) => {
  const s = SCENARIOS[id];
  return practiceStack(getModel(s.modelId), getHardware(s.hardwareId), s.path, { ...s.settings, promptTokens: prompt ?? s.promptTokens });
};
const tpotShown = () => document.querySelector('.cs-stats .ui-stat-value')!.textContent;
const next = () => fireEvent.click(screen.getByRole('button', { name: /下一步/ }));

beforeEach(() => useCaseStore.reset());
afterEach(cleanup);

describe('case-studies', () => {
  it('finance opens on a baseline that does not fit (70B FP16 on one 40 GB card)', () => {
    render(<CaseStudies preset={{ scenario: 'finance' }} />);
    expect(levels('finance')[0]!.fits).toBe(false);
    expect(screen.getAllByText(/装不下/).length).toBeGreaterThan(0);
  });

  it('finance: INT8 alone still does not fit; tensor parallelism then gives the engine TPOT', () => {
    render(<CaseStudies preset={{ scenario: 'finance' }} />);
    const l = levels('finance');
    expect(l[1]!.fits).toBe(false);
    next();
    next();
    expect(tpotShown()).toBe(formatSeconds(l[2]!.tpotSeconds!, 'ms'));
  });

  it('choosing healthcare shows its baseline TPOT from the engine', () => {
    render(<CaseStudies preset={{ scenario: 'finance' }} />);
    fireEvent.click(screen.getByRole('radio', { name: /医疗/ }));
    expect(tpotShown()).toBe(formatSeconds(levels('medical')[0]!.tpotSeconds!, 'ms'));
  });

  it('healthcare: after paging + batching the KV cache is larger than the weights', () => {
    const l = levels('medical');
    const batching = l[SCENARIOS.medical.path.indexOf('batching') + 1]!;
    expect(batching.deployment.memory.kv).toBeGreaterThan(batching.deployment.memory.weights);
  });

  it('driving: INT4 meets the TPOT budget the baseline misses, and the overlap step changes nothing', () => {
    const l = levels('driving');
    expect(l[0]!.meetsTarget).toBe(false);
    expect(l[1]!.meetsTarget).toBe(true);
    expect(l[4]!.tpotSeconds).toBe(l[3]!.tpotSeconds);
    render(<CaseStudies preset={{ scenario: 'driving' }} />);
    next();
    expect(tpotShown()).toBe(formatSeconds(l[1]!.tpotSeconds!, 'ms'));
  });

  it('an unknown scenario falls back to finance with a notice', () => {
    render(<CaseStudies preset={{ scenario: 'space' }} />);
    expect(screen.getByText(/space/)).toBeTruthy();
    expect(screen.getByText(/风控/)).toBeTruthy();
  });

  it('changing the prompt length shows the engine TPOT at that length', async () => {
    const user = userEvent.setup();
    render(<CaseStudies preset={{ scenario: 'medical' }} />);
    const box = screen.getByRole('textbox', { name: '提示词长度（数值）' });
    await user.clear(box);
    await user.type(box, '2048{Enter}');
    expect(tpotShown()).toBe(formatSeconds(levels('medical', 2048)[0]!.tpotSeconds!, 'ms'));
  });
});
