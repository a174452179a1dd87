import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel, practiceLevel, RECOMMENDED_PRACTICE_ORDER } from '../../engine/index.ts';
import { formatBytes, formatSeconds, formatSi, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { PREDICT_STORAGE_KEY } from '../_protocol/predictAnswers.ts';
import OptimisationStack from './index.tsx';
import { inputs } from './inputs.ts';
import { practiceSettings } from './levels.ts';

const preset = { model: 'llama-2-13b', hardware: 'a100-40gb-sxm' };
const m = getModel('llama-2-13b');
const hw = getHardware('a100-40gb-sxm');
const defaults = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.default])) as { weights: 'int8'; batch: number; targetMs: number; overlapPercent: number; promptTokens: number; outputTokens: number };
const settings = (patch = {}) => practiceSettings({ ...defaults, ...patch }, m);
const view = (ui: React.ReactNode, v: 'stage' | 'explore' = 'explore', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={v}>{ui}</SimViewContext></LangContext>);
const statValue = (label: string) => {
  const el = screen.getByText(label, { selector: '.ui-stat-label' });
  return el.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};
const tpotShown = () => statValue('Time per output token (TPOT)');
const next = () => fireEvent.click(screen.getByRole('button', { name: /Next/ }));

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

// Each level is a full cost-model evaluation: on the shared 2-core machine a walk through the stack takes seconds.
describe('optimisation-stack', { timeout: 30_000 }, () => {
  it('opens on the measured baseline: TPOT equals the engine baseline', () => {
    view(<OptimisationStack preset={preset} />);
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, [], settings()).tpotSeconds!, 'ms'));
    expect(screen.getByText('Step 1 of 7')).toBeInTheDocument();
  });

  it('Next applies weight quantisation and shows the engine TPOT for INT8 weights', () => {
    view(<OptimisationStack preset={preset} />);
    next();
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, ['quantise-weights'], settings()).tpotSeconds!, 'ms'));
  });

  it('choosing INT4 g128 changes the quantised step to the engine TPOT for INT4', () => {
    view(<OptimisationStack preset={preset} />);
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'INT4 g128' }));
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, ['quantise-weights'], settings({ weights: 'int4-g128' })).tpotSeconds!, 'ms'));
  });

  it('the last step shows the engine TPOT of the whole stack, whatever the order', () => {
    view(<OptimisationStack preset={preset} />);
    for (let i = 0; i < RECOMMENDED_PRACTICE_ORDER.length; i++) next();
    const end = practiceLevel(m, hw, RECOMMENDED_PRACTICE_ORDER, settings());
    expect(tpotShown()).toBe(formatSeconds(end.tpotSeconds!, 'ms'));
    fireEvent.click(screen.getByRole('button', { name: 'earlier: KV paging + continuous batching' }));
    fireEvent.click(screen.getByRole('button', { name: 'earlier: KV paging + continuous batching' }));
    expect(screen.getAllByRole('switch')[0]).toHaveAccessibleName(/Paging \+ batching/);
    expect(tpotShown()).toBe(formatSeconds(end.tpotSeconds!, 'ms'));
  });

  it('switching a practice off removes its step from the stack', () => {
    view(<OptimisationStack preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Comm\. overlap/ }));
    expect(screen.getByText('Step 1 of 6')).toBeInTheDocument();
  });

  it('the second metric readout follows the metric: memory per GPU, then throughput at the batching step', () => {
    view(<OptimisationStack preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Memory' }));
    expect(statValue('Memory per GPU')).toBe(formatBytes(practiceLevel(m, hw, [], settings()).memoryPerGpuBytes, 'GiB'));
    fireEvent.click(screen.getByRole('radio', { name: 'Throughput' }));
    for (let i = 0; i < 3; i++) next();
    const l = practiceLevel(m, hw, ['quantise-weights', 'kv-fp8', 'batching'], settings());
    expect(statValue('Throughput')).toBe(formatSi(l.tokensPerSecond!, 'tok/s'));
  });

  it('a model that does not fit says by how much and shows no TPOT', () => {
    view(<OptimisationStack preset={{ model: 'llama-2-70b', hardware: 'a100-40gb-sxm' }} />);
    const l = practiceLevel(getModel('llama-2-70b'), hw, [], practiceSettings(defaults, getModel('llama-2-70b')));
    expect(tpotShown()).toBe('—');
    expect(statValue('Free memory per GPU')).toBe(`✗ over by ${formatBytes(-l.deployment.memory.free, 'GiB')}`);
  });

  it('an unknown model preset is reported and the default is used', () => {
    view(<OptimisationStack preset={{ model: 'gpt-9', hardware: 'a100-40gb-sxm' }} />);
    expect(screen.getByText(/model="gpt-9" is not valid/)).toBeInTheDocument();
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, [], settings()).tpotSeconds!, 'ms'));
  });

  it('reads state saved before the simulator shape', () => {
    localStorage.setItem('lio.sim.optimisation-stack', JSON.stringify({ model: null, hardware: null, weights: 'int4-g128', step: 1, metric: 'ttft' }));
    view(<OptimisationStack preset={preset} />);
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, ['quantise-weights'], settings({ weights: 'int4-g128' })).tpotSeconds!, 'ms'));
  });
});

describe('optimisation-stack on stage', { timeout: 30_000 }, () => {
  it('asks the question at the baseline; the first step opens the answer without storing it (a rehearsal never spoils the lecture)', () => {
    view(<OptimisationStack preset={preset} />, 'stage');
    expect(screen.getByText(/Llama-2-13B on NVIDIA A100 40GB SXM, INT8 weights only: which barely moves\?/)).toBeInTheDocument();
    expect(screen.queryByText(/✓ Answer/)).not.toBeInTheDocument();
    next();
    expect(within(screen.getByRole('button', { name: /Answer/ })).getByText(/TTFT/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(PREDICT_STORAGE_KEY) ?? '{}')['optimisation-stack']).toBeUndefined();
    expect(tpotShown()).toBe(formatSeconds(practiceLevel(m, hw, ['quantise-weights'], settings()).tpotSeconds!, 'ms'));
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(screen.queryByText(/✓ Answer/)).not.toBeInTheDocument();
  });

  it('a student’s pick is kept and opens the takeaway', () => {
    view(<OptimisationStack preset={preset} />, 'stage');
    fireEvent.click(screen.getByRole('button', { name: 'TTFT' }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(screen.getByText(/Takeaway/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(PREDICT_STORAGE_KEY) ?? '{}')['optimisation-stack']).toEqual({ picked: 'ttft' });
  });

  it('shows the story’s controls on stage; the practice list, model and workload are in explore', () => {
    view(<OptimisationStack preset={preset} />, 'stage');
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next/ })).toBeInTheDocument();
  });

  it('speaks Chinese: the step counter and the question', () => {
    view(<OptimisationStack preset={preset} />, 'stage', 'zh');
    expect(screen.getByText('第 1 步，共 7 步')).toBeInTheDocument();
    expect(screen.getByText(/哪个几乎不变/)).toBeInTheDocument();
  });
});
