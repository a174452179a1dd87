import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseStrategy, getHardware, getModel, servingThroughput } from '../../engine/index.ts';
import { formatBytes, formatNumber, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { constraintsOf } from './Figure.tsx';
import StrategyChooser from './index.tsx';
import { STOP_IDS, STOPS, type State } from './inputs.ts';
import { applicationRow } from './Table.tsx';

/** The engine's answer for one application, computed here independently of the view. */
const engine = (s: State) => {
  const m = getModel(s.modelId);
  const hw = getHardware(s.hardwareId);
  const c = constraintsOf(s, m, hw);
  const choice = chooseStrategy(m, hw, c);
  const e = choice.recommended;
  const base = servingThroughput(m, hw, { gpus: 1, tp: 1, weights: 'fp16', kv: 'fp16', inputTokens: c.promptTokens, outputTokens: c.outputTokens, concurrency: c.concurrency });
  const st = e.fits
    ? servingThroughput(m, hw, { gpus: e.config.tp, tp: e.config.tp, weights: e.config.weights, kv: e.config.kv, inputTokens: c.promptTokens, outputTokens: c.outputTokens, concurrency: e.batch })
    : null;
  return { c, choice, e, base, st };
};
const view = (v: 'stage' | 'explore' = 'stage', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={v}><StrategyChooser preset={{ view: 'table' }} /></SimViewContext></LangContext>);
const ROW_NAME: Record<string, string> = { chat: 'Online chat', offline: 'Offline summarisation', huge: 'Very large model', 'long-context': 'Long-context Q&A', edge: 'On-device assistant' };
const rowCells = (name: string) => {
  const header = screen.getByRole('rowheader', { name: new RegExp(`^(▶ )?${name.replace(/[?&]/g, '.')}$`) });
  return within(header.closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
};
const statValue = (label: string) => screen.getByText(label, { selector: '.ui-stat-label' }).closest('.ui-stat')!.querySelector('.ui-stat-value')!.textContent;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('表12 (strategy-chooser view="table")', () => {
  it('one row per application, each with the engine’s TPOT, throughput and free memory for its recommended deployment', () => {
    view();
    for (const id of STOP_IDS) {
      const { c, e, st } = engine(STOPS[id]);
      const cells = rowCells(ROW_NAME[id]!);
      expect(st).not.toBeNull();
      const [, , , tpot, tps, free] = cells;
      expect(tpot).toBe(`${formatNumber(st!.tpotSeconds * 1e3)} ${st!.tpotSeconds <= c.tpotTargetSeconds ? '✓' : '✗ closest'}`);
      expect(tps).toBe(formatNumber(st!.tokensPerSecond));
      expect(free).toBe(`✓ ${formatNumber(e.memory.free / 2 ** 30)}`);
    }
  });

  it('one answer per question: every application’s shown TPOT is within its target whenever the chooser says it meets it (✓), and each meets it', () => {
    view();
    for (const id of STOP_IDS) {
      const { c, choice, e, st } = engine(STOPS[id]);
      // The chooser decided on the very number the row shows.
      expect(e.tpotSeconds).toBe(st!.tpotSeconds);
      const tpot = rowCells(ROW_NAME[id]!)[3]!;
      if (choice.meets.tpot) {
        expect(st!.tpotSeconds).toBeLessThanOrEqual(c.tpotTargetSeconds);
        expect(tpot).toBe(`${formatNumber(st!.tpotSeconds * 1e3)} ✓`);
      } else {
        expect(tpot).toBe(`${formatNumber(st!.tpotSeconds * 1e3)} ✗ closest`);
      }
      // 表12's applications are all meetable within their options.
      expect(choice.meets.tpot).toBe(true);
    }
  });

  it('the very large model (70B, 8× A100, 32 requests, TPOT ≤ 50 ms) is recommended a combination that meets 50 ms as shown', () => {
    view();
    const { c, choice, e, st } = engine(STOPS.huge);
    expect(c.tpotTargetSeconds).toBe(0.05);
    expect(choice.meets.tpot).toBe(true);
    expect(e.batch).toBe(32);
    expect(st!.tpotSeconds).toBeLessThanOrEqual(0.05);
    const cells = rowCells(ROW_NAME.huge!);
    expect(cells[2]).toContain(`TP ${e.config.tp}`);
    expect(cells[3]).toBe(`${formatNumber(st!.tpotSeconds * 1e3)} ✓`);
    expect(cells[3]).not.toContain('✗');
  });

  it('a target no option meets says so and shows the closest, never a silent ✗', () => {
    localStorage.setItem('lio.sim.strategy-chooser:table', JSON.stringify({ v: 1, s: { ...STOPS.huge, tpotMs: 5 } }));
    view('explore');
    const { choice, st } = engine({ ...STOPS.huge, tpotMs: 5 });
    expect(choice.meets.tpot).toBe(false);
    expect(rowCells('Your settings')[rowCells('Your settings').length - 4]).toBe(`${formatNumber(st!.tpotSeconds * 1e3)} ✗ closest`);
  });

  it('the first bottleneck is the FP16 one-GPU baseline’s: memory traffic in chat, compute offline, weights too big for the huge model', () => {
    view();
    const chat = engine(STOPS.chat).base;
    expect(chat.bound).toBe('memory');
    expect(rowCells(ROW_NAME.chat!)[1]).toBe(`memory traffic ${formatNumber((chat.tpotParts.memory / chat.tpotParts.seconds) * 100, 2)}%`);
    const offline = engine(STOPS.offline).base;
    expect(offline.bound).toBe('compute');
    expect(rowCells(ROW_NAME.offline!)[1]).toBe(`compute ${formatNumber((offline.tpotParts.compute / offline.tpotParts.seconds) * 100, 2)}%`);
    const huge = engine(STOPS.huge).base;
    expect(huge.bound).toBe('capacity');
    expect(rowCells(ROW_NAME.huge!)[1]).toBe(`memory: weights ${formatBytes(huge.memory.weights, 'GiB')} > ${formatBytes(huge.memory.usable, 'GiB')} usable`);
  });

  it('the combination is what chooseStrategy recommends, configured', () => {
    view();
    const huge = engine(STOPS.huge);
    expect(huge.choice.rules).toContain('tensor-parallel');
    const cell = rowCells(ROW_NAME.huge!)[2]!;
    expect(cell).toContain(`TP ${huge.e.config.tp}`);
    expect(cell).toContain(`${String(huge.e.config.weights).toUpperCase()} weights`);
    expect(cell).not.toContain('FlashAttention');
    const edge = engine(STOPS.edge);
    expect(edge.choice.rules).toContain('quantise-weights');
    expect(rowCells(ROW_NAME.edge!)[2]).toBe('INT4 g128 weights');
    expect(rowCells(ROW_NAME.chat!)[2]).toBe('Continuous batching + paged KV');
  });

  it('the highlighted row’s throughput and TPOT are Stats with the engine’s values; a scenario button moves them', () => {
    view();
    expect(statValue('Throughput (steady state)')).toBe(`${formatNumber(engine(STOPS.chat).st!.tokensPerSecond)} tok/s`);
    fireEvent.click(screen.getByRole('button', { name: 'Offline batch' }));
    expect(screen.getByRole('button', { name: 'Offline batch' })).toHaveAttribute('aria-pressed', 'true');
    const off = engine(STOPS.offline).st!;
    expect(statValue('Throughput (steady state)')).toBe(`${formatNumber(off.tokensPerSecond)} tok/s`);
    expect(statValue('TPOT (steady state)')).toBe(formatSeconds(off.tpotSeconds, 'ms'));
  });

  it('explore: changing a constraint adds a “your settings” row computed from it', () => {
    view('explore');
    expect(screen.queryByRole('rowheader', { name: /Your settings/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '16' }));
    const s: State = { ...STOPS.chat, concurrency: 16 };
    const row = applicationRow('custom', s);
    expect(row.choice.recommended.batch).toBe(engine(s).e.batch);
    const cells = rowCells('Your settings');
    expect(cells).toContain(formatNumber(engine(s).st!.tokensPerSecond));
    expect(statValue('Throughput (steady state)')).toBe(`${formatNumber(engine(s).st!.tokensPerSecond)} tok/s`);
    expect(screen.getByRole('combobox', { name: 'Model' })).toBeInTheDocument();
  });

  it('stage shows the five applications and no model select, also when the state is no application', () => {
    localStorage.setItem('lio.sim.strategy-chooser:table', JSON.stringify({ v: 1, s: { ...STOPS.chat, concurrency: 16 } }));
    view('stage');
    expect(screen.getAllByRole('row')).toHaveLength(6);
    expect(statValue('Throughput (steady state)')).toBe(`${formatNumber(engine({ ...STOPS.chat, concurrency: 16 }).st!.tokensPerSecond)} tok/s`);
    expect(screen.queryByRole('combobox', { name: 'Model' })).not.toBeInTheDocument();
  });

  it('speaks Chinese', () => {
    view('stage', 'zh');
    expect(screen.getByRole('rowheader', { name: /在线对话/ })).toBeInTheDocument();
    expect(screen.getAllByText(/连续批处理 \+ KV 分页/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/访存 \d/).length).toBeGreaterThan(0);
  });
});
