import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fitDerivation, getHardware, getModel, practiceStack } from '../../engine/index.ts';
import { formatBytes, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import CaseStudies from './index.tsx';
import { SCENARIOS, type ScenarioId } from './scenarios.ts';

const levels = (id: ScenarioId, prompt?: number) => {
  const s = SCENARIOS[id];
  return practiceStack(getModel(s.modelId), getHardware(s.hardwareId), s.path, { ...s.settings, promptTokens: prompt ?? s.promptTokens });
};
const view = (ui: React.ReactNode, v: 'stage' | 'explore' = 'explore', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={v}>{ui}</SimViewContext></LangContext>);
const statValue = (label: string) => {
  const el = screen.getByText(label, { selector: '.ui-stat-label' });
  return el.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};
const next = () => fireEvent.click(screen.getByRole('button', { name: /Next/ }));
const finance = { scenario: 'finance' };

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('case-studies', () => {
  it('finance opens on a baseline that does not fit (70B FP16 on one 40 GB card) and says by how much', () => {
    view(<CaseStudies preset={finance} />);
    const l = levels('finance')[0]!;
    expect(l.fits).toBe(false);
    expect(statValue('Time per output token (TPOT)')).toBe('—');
    expect(statValue('Free memory per GPU')).toBe(`✗ over by ${formatBytes(-l.deployment.memory.free, 'GiB')}`);
  });

  it('the free-memory readout is the fit derivation’s result', () => {
    view(<CaseStudies preset={finance} />);
    const l = levels('finance')[0]!;
    const s = SCENARIOS.finance;
    expect(fitDerivation(getModel(s.modelId), getHardware(s.hardwareId), l.deployment.memoryOptions).result.value).toBe(l.deployment.memory.free);
  });

  it('finance: INT8 alone still does not fit; tensor parallelism then gives the engine TPOT', () => {
    view(<CaseStudies preset={finance} />);
    const l = levels('finance');
    expect(l[1]!.fits).toBe(false);
    next();
    next();
    expect(statValue('Time per output token (TPOT)')).toBe(formatSeconds(l[2]!.tpotSeconds!, 'ms'));
  });

  it('choosing healthcare starts at its baseline with the engine TPOT', () => {
    view(<CaseStudies preset={finance} />);
    next();
    fireEvent.click(screen.getByRole('radio', { name: 'Healthcare' }));
    expect(screen.getByText('Step 1 of 5')).toBeInTheDocument();
    expect(statValue('Time per output token (TPOT)')).toBe(formatSeconds(levels('medical')[0]!.tpotSeconds!, 'ms'));
  });

  it('healthcare: paging + batching makes the KV cache rival the weights, and the step says how much', () => {
    const l = levels('medical');
    const k = SCENARIOS.medical.path.indexOf('batching') + 1;
    const m = l[k]!.deployment.memory;
    const m0 = l[0]!.deployment.memory;
    expect(m.kv / m.weights).toBeGreaterThan(5 * (m0.kv / m0.weights));
    view(<CaseStudies preset={{ scenario: 'medical' }} />);
    for (let i = 0; i < k; i++) next();
    expect(screen.getByText(new RegExp(`the KV cache \\(${formatBytes(m.kv, 'GiB')}\\)`))).toBeInTheDocument();
  });

  it('driving: INT4 meets the TPOT budget the baseline misses, and the overlap step changes nothing', () => {
    const l = levels('driving');
    expect(l[0]!.meetsTarget).toBe(false);
    expect(l[1]!.meetsTarget).toBe(true);
    expect(l[4]!.tpotSeconds).toBe(l[3]!.tpotSeconds);
    view(<CaseStudies preset={{ scenario: 'driving' }} />);
    next();
    expect(statValue('Time per output token (TPOT)')).toBe(formatSeconds(l[1]!.tpotSeconds!, 'ms'));
    expect(screen.getByText(/TPOT budget 25 ms: ✓ met/)).toBeInTheDocument();
  });

  it('an unknown scenario is reported and finance is used', () => {
    view(<CaseStudies preset={{ scenario: 'space' }} />);
    expect(screen.getByText(/scenario="space" is not valid/)).toBeInTheDocument();
    expect(screen.getByText('Risk and compliance document assistant')).toBeInTheDocument();
  });

  it('changing the prompt length shows the engine TPOT at that length', async () => {
    const user = userEvent.setup();
    view(<CaseStudies preset={{ scenario: 'medical' }} />);
    const box = screen.getByRole('textbox', { name: 'Prompt length (value)' });
    await user.clear(box);
    await user.type(box, '2048{Enter}');
    expect(statValue('Time per output token (TPOT)')).toBe(formatSeconds(levels('medical', 2048)[0]!.tpotSeconds!, 'ms'));
  });

  it('Reset returns to the slide’s scenario at its baseline', () => {
    view(<CaseStudies preset={finance} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Healthcare' }));
    next();
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByText('Risk and compliance document assistant')).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 6')).toBeInTheDocument();
  });

  it('reads state saved before the simulator shape (null = the preset)', () => {
    localStorage.setItem('lio.sim.case-studies', JSON.stringify({ scenario: 'driving', step: 2, promptTokens: null }));
    view(<CaseStudies preset={finance} />);
    expect(screen.getByText('Step 3 of 5')).toBeInTheDocument();
    expect(screen.getByText(/In-car cabin assistant/)).toBeInTheDocument();
  });
});

describe('case-studies on stage', () => {
  it('shows the steps so far and the story columns; explore shows the whole path with TTFT and energy', () => {
    view(<CaseStudies preset={finance} />, 'stage');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByRole('columnheader', { name: /TTFT/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    next();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('explore has every step, every column and the prompt slider', () => {
    view(<CaseStudies preset={finance} />, 'explore');
    expect(screen.getAllByRole('row')).toHaveLength(7);
    expect(screen.getByRole('columnheader', { name: /TTFT/ })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Prompt length' })).toBeInTheDocument();
  });

  it('speaks Chinese on stage: 第 1 步 and the does-not-fit amount', () => {
    view(<CaseStudies preset={finance} />, 'stage', 'zh');
    expect(screen.getByText('第 1 步，共 6 步')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByText(/✗ 超出/)).toBeInTheDocument();
  });
});
