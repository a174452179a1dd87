import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getHardware, getModel, practiceStack, practiceThroughputDerivation, type PracticeLevel } from '../../engine/index.ts';
import { formatChange, formatSeconds, formatSi, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import CaseStudies from './index.tsx';
import { SCENARIOS, type ScenarioId } from './scenarios.ts';
import { caseSummary, EFFECTIVE_CHANGE, measureEffect } from './summary.ts';

const levels = (id: ScenarioId, prompt?: number) => {
  const s = SCENARIOS[id];
  return practiceStack(getModel(s.modelId), getHardware(s.hardwareId), s.path, { ...s.settings, promptTokens: prompt ?? s.promptTokens });
};
const view = (v: 'stage' | 'explore' = 'stage', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={v}><CaseStudies preset={{ view: 'table', scenario: 'finance' }} /></SimViewContext></LangContext>);
const statOf = (label: string) => screen.getByText(label, { selector: '.ui-stat-label' }).closest('.ui-stat') as HTMLElement;
const statValue = (label: string) => statOf(label).querySelector('.ui-stat-value')!.textContent;
function row(name: string): Record<string, string> {
  const table = screen.getByRole('table');
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
  const r = within(table).getAllByRole('row').find((x) => within(x).queryByRole('rowheader')?.textContent?.replace(/^▶ /, '') === name);
  if (!r) throw new Error(`no row ${name}`);
  const cells = [within(r).getByRole('rowheader'), ...within(r).queryAllByRole('cell')];
  return Object.fromEntries(cells.map((c, i) => [headers[i] ?? String(i), c.textContent ?? '']));
}
const ms = (s: number | null) => (s === null ? 'no fit' : formatSeconds(s, 'ms'));
const tps = (v: number | null) => (v === null ? 'no fit' : formatSi(v, 'tok/s'));
const NAMES: Record<ScenarioId, string> = { finance: 'Finance', medical: 'Healthcare', driving: 'Driving / edge' };
const BOUND: Record<PracticeLevel['bound'], string> = { capacity: 'Memory capacity', memory: 'Memory bandwidth', compute: 'Compute', communication: 'Communication' };

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('case-studies 表14 (view="table")', { timeout: 30_000 }, () => {
  it('one row per scenario: the engine’s first bottleneck and the effect of the whole path', () => {
    view();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    for (const id of ['finance', 'medical', 'driving'] as const) {
      const l = levels(id);
      const [first, last] = [l[0]!, l[l.length - 1]!];
      const cells = row(NAMES[id]);
      expect(cells['First bottleneck']).toBe(BOUND[first.bound]);
      expect(cells.TPOT).toBe(`${ms(first.tpotSeconds)} → ${ms(last.tpotSeconds)}`);
      expect(cells.Throughput).toBe(`${tps(first.tokensPerSecond)} → ${tps(last.tokensPerSecond)}`);
    }
    // Finance's 70B in FP16 does not fit one 40 GB card: the first bottleneck is capacity.
    expect(row('Finance')['First bottleneck']).toBe('Memory capacity');
  });

  it('"what worked" lists exactly the measures the engine’s numbers make effective', () => {
    view();
    const driving = caseSummary(SCENARIOS.driving.path, levels('driving'));
    // At batch 1 on one chip: only the INT4 weights move a number by the threshold.
    expect(driving.effective.map((m) => m.practice)).toEqual(['quantise-weights']);
    expect(row('Driving / edge')['What worked']).toBe('INT4 g128 weights');
    const finance = caseSummary(SCENARIOS.finance.path, levels('finance'));
    expect(finance.effective.map((m) => m.practice)).toContain('tensor-parallel');
    expect(row('Finance')['What worked']).toContain(`Tensor parallelism ×${finance.final.tp}`);
  });

  it('a measure is effective when it makes the deployment fit or moves a number by the threshold', () => {
    const l = levels('finance');
    expect(measureEffect('tensor-parallel', l[1]!, l[2]!).main).toEqual({ kind: 'fits' });
    const d = levels('driving');
    const overlap = measureEffect('overlap', d[3]!, d[4]!);
    expect(overlap.effective).toBe(false);
    const int4 = measureEffect('quantise-weights', d[0]!, d[1]!);
    expect(int4.effective).toBe(true);
    expect(Math.abs(int4.main.kind === 'fits' ? 1 : int4.main.fraction)).toBeGreaterThanOrEqual(EFFECTIVE_CHANGE);
  });

  it('choosing a scenario shows its end TPOT and throughput with the change against its baseline and work that reproduces it', () => {
    view();
    expect(statValue('Finance: TPOT after every step')).toBe(ms(levels('finance').at(-1)!.tpotSeconds));
    fireEvent.click(screen.getByRole('radio', { name: 'Healthcare' }));
    const l = levels('medical');
    const [first, last] = [l[0]!, l.at(-1)!];
    expect(statValue('Healthcare: TPOT after every step')).toBe(ms(last.tpotSeconds));
    expect(statOf('Healthcare: TPOT after every step').textContent).toContain(`${formatChange((last.tpotSeconds! - first.tpotSeconds!) / first.tpotSeconds!)} vs the baseline`);
    expect(statValue('Healthcare: throughput after every step')).toBe(tps(last.tokensPerSecond));
    expect(practiceThroughputDerivation(last)!.result.value).toBe(last.tokensPerSecond);
    expect(screen.getByRole('row', { current: true })).toHaveTextContent('Healthcare');
  });

  it('explore: the prompt length moves the chosen scenario’s row to the engine’s numbers, and each step’s effect is listed', async () => {
    const user = userEvent.setup();
    view('explore');
    fireEvent.click(screen.getByRole('radio', { name: 'Healthcare' }));
    const box = screen.getByRole('textbox', { name: 'Prompt length (value)' });
    await user.clear(box);
    await user.type(box, '2048{Enter}');
    const l = levels('medical', 2048);
    expect(row('Healthcare').TPOT).toBe(`${ms(l[0]!.tpotSeconds)} → ${ms(l.at(-1)!.tpotSeconds)}`);
    // The other scenarios keep their own prompt.
    const f = levels('finance');
    expect(row('Finance').TPOT).toBe(`no fit → ${ms(f.at(-1)!.tpotSeconds)}`);
    expect(row('Finance')['Main effect of each step']).toContain(`Tensor parallelism ×${f.at(-1)!.tp}: now fits`);
  });

  it('Chinese: headers and scenario names in Chinese', () => {
    view('stage', 'zh');
    expect(screen.getByRole('columnheader', { name: '首要瓶颈' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /金融/ })).toBeInTheDocument();
    expect(screen.queryByText(/no fit/)).toBeNull();
  });
});
