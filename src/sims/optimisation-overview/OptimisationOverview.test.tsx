import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { deploymentEstimate, getHardware, getModel, INT4_G128_FP16, type DeploymentConfig } from '../../engine/index.ts';
import { formatBytes, formatNumber, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { baselineConfig } from '../_shared/deployment.ts';
import OptimisationOverview from './index.tsx';

const preset = { model: 'llama-2-13b', hardware: 'a100-80gb-sxm' };
const m = getModel('llama-2-13b');
const hw = getHardware('a100-80gb-sxm');
const workload = { promptTokens: 512, outputTokens: 256 };
const base = baselineConfig(workload, m);
const est = (patch: Partial<DeploymentConfig>) => deploymentEstimate(m, hw, { ...base, ...patch });
const view = (lang: 'zh' | 'en', ui: React.ReactNode, v: 'stage' | 'explore' = 'explore') =>
  render(<LangContext value={lang}><SimViewContext value={v}>{ui}</SimViewContext></LangContext>);

const statValue = (label: string) => {
  const labels = [...document.querySelectorAll('.ui-stat-label')].filter((el) => el.textContent === label);
  expect(labels).toHaveLength(1);
  return labels[0]!.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('optimisation-overview in explore', { timeout: 30000 }, () => {
  it('opens on the unoptimised baseline: TPOT equals the engine baseline', () => {
    view('zh', <OptimisationOverview preset={preset} />);
    expect(statValue('每 token 延迟 TPOT')).toBe(formatSeconds(est({}).serving!.tpotSeconds, 'ms'));
  });

  it('choosing INT4 weights shows the engine TPOT for INT4 g128', () => {
    view('zh', <OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: /INT4 g128/ }));
    expect(statValue('每 token 延迟 TPOT')).toBe(formatSeconds(est({ weights: INT4_G128_FP16 }).serving!.tpotSeconds, 'ms'));
  });

  it('switching batching on shows the engine throughput at the admitted batch, and says how many run', () => {
    view('en', <OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Batching/ }));
    const e = est({ batch: 64 });
    expect(e.batch).toBeLessThan(64);
    expect(statValue('Throughput')).toBe(`${formatNumber(e.serving!.tokensPerSecond)} tokens/s`);
    expect(document.querySelector('.ov-batch')!.textContent).toMatch(new RegExp(`^${e.batch} requests run \\(wanted 64 requests\\)`));
  });

  it('switching paging on lets the wanted batch of 64 run', () => {
    view('en', <OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Batching/ }));
    fireEvent.click(screen.getByRole('switch', { name: /paging/ }));
    const e = est({ batch: 64, paged: true });
    expect(e.batch).toBe(64);
    expect(statValue('Throughput')).toBe(`${formatNumber(e.serving!.tokensPerSecond)} tokens/s`);
  });

  it('tensor parallelism 4 shows the engine memory per GPU', () => {
    view('en', <OptimisationOverview preset={preset} />);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Tensor parallelism (GPUs)' })).getByRole('radio', { name: '4' }));
    expect(statValue('Memory per GPU')).toBe(formatBytes(est({ tp: 4 }).memory.total, 'GiB'));
  });

  it('every readout has a derivation that reproduces it, the activation peak included', () => {
    view('en', <OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Batching/ }));
    expect(screen.getAllByRole('button', { name: 'Show the work' })).toHaveLength(6);
    expect(document.querySelector('[data-derivation-mismatch]')).toBeNull();
    expect(statValue('Activation peak (one layer, prefill)')).toBe(formatBytes(est({ batch: 64 }).memory.activations, 'binary'));
  });

  it('an unknown preset model is reported and the default used, without crashing', () => {
    view('en', <OptimisationOverview preset={{ model: 'no-such-model', hardware: 'a100-80gb-sxm' }} />);
    expect(screen.getByText(/model="no-such-model"/)).toBeInTheDocument();
    expect(statValue('Time per output token (TPOT)')).not.toBe('—');
  });

  it('a model that does not fit says by how much and shows no time', () => {
    view('en', <OptimisationOverview preset={{ model: 'llama-2-70b', hardware: 'a100-80gb-sxm' }} />);
    const e = deploymentEstimate(getModel('llama-2-70b'), hw, baselineConfig(workload, getModel('llama-2-70b')));
    expect(screen.getByText(new RegExp(`Neither the baseline nor the optimised stack fits: .* over by ${formatBytes(e.memory.total - e.memory.usable, 'GiB')}`))).toBeInTheDocument();
    expect(statValue('Time per output token (TPOT)')).toBe('—');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('Reset restores the defaults', () => {
    view('en', <OptimisationOverview preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Batching/ }));
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('switch', { name: /Batching/ })).not.toBeChecked();
  });

  it('a typed prompt length out of range is clamped with a message next to the field, in Chinese in the Chinese UI', () => {
    view('zh', <OptimisationOverview preset={preset} />);
    const box = screen.getByRole('textbox', { name: /提示词长度/ });
    fireEvent.change(box, { target: { value: '99999' } });
    fireEvent.blur(box);
    expect(document.body.textContent).toMatch(/超出上限/);
    expect(statValue('每 token 延迟 TPOT')).toBe(formatSeconds(deploymentEstimate(m, hw, baselineConfig({ promptTokens: 2048, outputTokens: 256 }, m)).serving!.tpotSeconds, 'ms'));
  });
});

describe('optimisation-overview on stage', { timeout: 30000 }, () => {
  it('asks the question in the footer with TPOT masked, then shows the engine’s fastest single change', () => {
    view('en', <OptimisationOverview preset={preset} />, 'stage');
    expect(statValue('TPOT (per token)')).toBe('?');
    expect(screen.getByText(/Llama-2-13B on one NVIDIA A100 80GB SXM at batch 1: which single change/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'FP8 KV cache' }));
    expect(screen.getByRole('button', { name: /INT4 weights \(g128\)\s*— ✓ Answer/ })).toBeInTheDocument();
    expect(statValue('TPOT (per token)')).toBe(formatSeconds(est({}).serving!.tpotSeconds, 'ms'));
  });

  it('shows weights, batching, paging and TP on stage; model, device and workload wait for explore', () => {
    view('en', <OptimisationOverview preset={preset} />, 'stage');
    expect(screen.getByRole('radiogroup', { name: 'Weight quantisation' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /paging/ })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'Prompt length' })).not.toBeInTheDocument();
  });
});

describe('optimisation-overview words', { timeout: 30000 }, () => {
  it('says “1 request runs” at batch 1 (English plural from the count)', () => {
    forgetPlacements();
    view('en', <OptimisationOverview preset={preset} />);
    expect(document.querySelector('.ov-batch')!.textContent).toMatch(/^1 request runs; each reserves KV for 4,096 tokens/);
  });
});
