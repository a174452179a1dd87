import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseStrategy, getHardware, getModel, servingThroughput, type ChoiceEstimate } from '../../engine/index.ts';
import { formatBytes, formatNumber, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { constraintsOf } from './Figure.tsx';
import StrategyChooser from './index.tsx';
import { STOPS, type State } from './inputs.ts';

const choose = (s: State) => {
  const m = getModel(s.modelId);
  const hw = getHardware(s.hardwareId);
  const c = constraintsOf(s, m, hw);
  return { r: chooseStrategy(m, hw, c), m, hw, c };
};
const steady = (s: State, e: ChoiceEstimate) => {
  const { m, hw, c } = choose(s);
  return servingThroughput(m, hw, { gpus: e.config.tp, tp: e.config.tp, weights: e.config.weights, kv: e.config.kv, inputTokens: c.promptTokens, outputTokens: c.outputTokens, concurrency: e.batch });
};
const view = (ui: React.ReactNode, v: 'stage' | 'explore' = 'explore', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={v}>{ui}</SimViewContext></LangContext>);
const statValue = (label: string) => {
  const el = screen.getByText(label, { selector: '.ui-stat-label' });
  return el.closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;
};
const ruleIds = () => screen.getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent);

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('strategy-chooser', () => {
  it('opens on online chat: the steady-state TPOT and throughput of the recommended deployment, and its items', () => {
    view(<StrategyChooser preset={{}} />);
    const { r } = choose(STOPS.chat);
    const st = steady(STOPS.chat, r.recommended);
    expect(statValue('TPOT (steady state)')).toBe(formatSeconds(st.tpotSeconds, 'ms'));
    expect(statValue('Throughput (steady state)')).toBe(`${formatNumber(st.tokensPerSecond)} tok/s`);
    expect(statValue('Free memory per GPU')).toBe(`✓ ${formatBytes(r.recommended.memory.free, 'GiB')} free`);
    expect(ruleIds()).toHaveLength(r.rules.length);
    expect(document.querySelectorAll('[data-node][data-taken="true"]')).toHaveLength(7);
  });

  it('the very-large-model stop recommends tensor parallelism and shows the engine memory', () => {
    view(<StrategyChooser preset={{}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Huge model' }));
    const { r } = choose(STOPS.huge);
    expect(r.rules).toContain('tensor-parallel');
    expect(ruleIds()).toContain('Tensor parallelism');
    expect(statValue('Free memory per GPU')).toBe(`✓ ${formatBytes(r.recommended.memory.free, 'GiB')} free`);
    expect(statValue('TPOT (steady state)')).toBe(formatSeconds(steady(STOPS.huge, r.recommended).tpotSeconds, 'ms'));
    // The flow's verdict is on the TPOT it shows: 70B on 8× A100 at 32 requests meets 50 ms.
    expect(steady(STOPS.huge, r.recommended).tpotSeconds).toBeLessThanOrEqual(0.05);
    expect(screen.getByText('✓ met (target 50 ms)')).toBeInTheDocument();
  });

  it('a TPOT target no option meets: the flow says so and names the closest it found, never a silent ✗', () => {
    const s: State = { ...STOPS.huge, tpotMs: 5 };
    localStorage.setItem('lio.sim.strategy-chooser', JSON.stringify({ v: 1, s }));
    view(<StrategyChooser preset={{}} />);
    const { r } = choose(s);
    expect(r.meets.fits).toBe(true);
    expect(r.meets.tpot).toBe(false);
    const shown = formatSeconds(steady(s, r.recommended).tpotSeconds, 'ms');
    expect(statValue('TPOT (steady state)')).toBe(shown);
    expect(screen.getByText(`✗ no option meets 5 ms; closest: ${shown}`)).toBeInTheDocument();
  });

  it('choosing the edge class switches to Jetson Orin and one chip', () => {
    view(<StrategyChooser preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Edge SoC' }));
    const s: State = { ...STOPS.chat, deviceClass: 'edge', hardwareId: 'jetson-agx-orin-64gb', gpus: 1 };
    const { r } = choose(s);
    expect(statValue('TPOT (steady state)')).toBe(formatSeconds(steady(s, r.recommended).tpotSeconds, 'ms'));
  });

  it('allowing INT4 under a tight TPOT target adds weight quantisation', () => {
    localStorage.setItem('lio.sim.strategy-chooser', JSON.stringify({ v: 1, s: { modelId: 'llama-3-8b', hardwareId: 'rtx-4090', deviceClass: 'consumer', concurrency: 1, tpotMs: 10 } }));
    view(<StrategyChooser preset={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'INT4' }));
    const s: State = { ...STOPS.chat, modelId: 'llama-3-8b', hardwareId: 'rtx-4090', deviceClass: 'consumer', concurrency: 1, tpotMs: 10, tolerance: 'int4' };
    const { r } = choose(s);
    expect(r.rules).toContain('quantise-weights');
    expect(ruleIds()).toContain('Weight quantisation');
    expect(statValue('TPOT (steady state)')).toBe(formatSeconds(steady(s, r.recommended).tpotSeconds, 'ms'));
  });

  it('a model that never fits shows the smaller-model advice, by how much, and no timing or throughput', () => {
    localStorage.setItem('lio.sim.strategy-chooser', JSON.stringify({ v: 1, s: { modelId: 'llama-2-70b', hardwareId: 'rtx-4090', deviceClass: 'consumer', tolerance: 'int4', concurrency: 1 } }));
    view(<StrategyChooser preset={{}} />);
    const { r } = choose({ ...STOPS.chat, modelId: 'llama-2-70b', hardwareId: 'rtx-4090', deviceClass: 'consumer', tolerance: 'int4', concurrency: 1 });
    expect(r.rules).toContain('smaller-model');
    expect(statValue('TPOT (steady state)')).toBe('—');
    expect(statValue('Throughput (steady state)')).toBe('—');
    expect(statValue('Free memory per GPU')).toBe(`✗ over by ${formatBytes(-r.recommended.memory.free, 'GiB')}`);
    expect(document.querySelectorAll('[data-node][data-taken="false"]').length).toBeGreaterThan(0);
  });

  it('a bad device preset is reported and the story is used', () => {
    view(<StrategyChooser preset={{ hardware: 'gpu-9000' }} />);
    expect(screen.getByText(/hardware="gpu-9000" is not valid/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chat' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('Reset returns to online chat', () => {
    view(<StrategyChooser preset={{}} />);
    fireEvent.click(screen.getByRole('button', { name: 'On device' }));
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('button', { name: 'Chat' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('reads state saved before the simulator shape', () => {
    localStorage.setItem('lio.sim.strategy-chooser', JSON.stringify({ ...STOPS.huge, hardware: 'a100-80gb-sxm', model: 'llama-2-70b', gpus: '8' }));
    view(<StrategyChooser preset={{}} />);
    expect(screen.getByRole('button', { name: 'Huge model' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('strategy-chooser on stage', () => {
  it('shows the story’s controls; device, model and the item table are in explore', () => {
    view(<StrategyChooser preset={{}} />, 'stage');
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'TPOT target' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Concurrent requests' })).toBeInTheDocument();
  });

  it('a tighter TPOT target changes the recommendation as the engine says', () => {
    view(<StrategyChooser preset={{}} />, 'stage');
    fireEvent.click(screen.getByRole('button', { name: '20 ms' }));
    const { r } = choose({ ...STOPS.chat, tpotMs: 20 });
    const st = steady({ ...STOPS.chat, tpotMs: 20 }, r.recommended);
    expect(statValue('TPOT (steady state)')).toBe(formatSeconds(st.tpotSeconds, 'ms'));
  });

  it('speaks Chinese', () => {
    view(<StrategyChooser preset={{}} />, 'stage', 'zh');
    expect(screen.getByText('推荐组合：')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '在线对话' })).toBeInTheDocument();
  });
});
