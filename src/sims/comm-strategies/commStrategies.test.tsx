import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parallelStep } from '../../engine/index.ts';
import { formatChange, formatSeconds, LangContext } from '../../i18n/index.ts';
import { defaultsOf } from '../../state/inputs.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import CommStrategies from './index.tsx';
import { inputs } from './inputs.ts';
import { compareStrategies, configOf, type State } from './strategies.ts';

const D: State = defaultsOf(inputs);
const preset = { model: 'llama-2-70b', hardware: 'a100-80gb-sxm' };
const show = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const rowOf = (name: RegExp) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLTableRowElement;
const step = (patch: Partial<State>, variant = {}) => parallelStep(configOf({ ...D, ...patch }), variant).stepSeconds;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('comm-strategies (表10)', { timeout: 30000 }, () => {
  it('the INT8 row shows the engine step time with INT8 compression', () => {
    show(<CommStrategies preset={preset} />);
    expect(rowOf(/INT8/).textContent).toContain(formatSeconds(step({}, { compression: 'int8' })));
  });
  it('switching to prefill updates the INT8 row to the engine prefill time', () => {
    show(<CommStrategies preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    expect(rowOf(/INT8/).textContent).toContain(formatSeconds(step({ phase: 'prefill' }, { compression: 'int8' })));
  });
  it('on Ethernet with TCP the RDMA row shows the engine change in the one sign convention', () => {
    show(<CommStrategies preset={preset} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Topology' }), { target: { value: 'ethernet' } });
    fireEvent.click(screen.getByRole('radio', { name: 'TCP' }));
    const s = { topology: 'ethernet' as const, transport: 'tcp' as const };
    const before = step(s);
    const after = step(s, { transport: 'rdma' });
    expect(after).toBeLessThan(before);
    const text = rowOf(/RDMA instead of TCP/).textContent ?? '';
    expect(text).toContain(formatChange((after - before) / before));
    expect(text).toMatch(/▼ −[\d.]+% \(−/);
  });
  it('a slower row shows ▲ +x % (overlap in memory-bound decode)', () => {
    show(<CommStrategies preset={preset} />);
    const before = step({});
    const after = step({}, { overlap: true });
    expect(after).toBeGreaterThan(before);
    expect(rowOf(/Overlap compute and comm/).textContent).toContain(`▲ ${formatChange((after - before) / before).slice(2)}`);
  });
  it('on NVLink the transport rows leave the table and are listed as not applicable', () => {
    show(<CommStrategies preset={preset} />);
    expect(screen.queryByRole('rowheader', { name: /GPUDirect/ })).toBeNull();
    expect(screen.getByText(/Not applicable here/).textContent).toContain('GPUDirect');
  });
  it('the best strategy’s readout shows its engine step time with a derivation', () => {
    show(<CommStrategies preset={preset} />, 'stage');
    const { rows } = compareStrategies(D);
    const best = rows.filter((r) => r.result).sort((a, b) => (a.deltaSeconds ?? 0) - (b.deltaSeconds ?? 0))[0]!;
    const stat = screen.getByText(/^Best strategy/).closest('.ui-stat') as HTMLElement;
    expect(within(stat).getByText(formatSeconds(best.result!.stepSeconds))).toBeTruthy();
    expect(within(stat).getByRole('button', { name: 'Show the work' })).toBeTruthy();
  });
  it('shows at most six rows on stage; explore lists every applicable strategy', () => {
    show(<CommStrategies preset={preset} />, 'stage');
    fireEvent.change(screen.getByRole('combobox', { name: 'Topology' }), { target: { value: 'ethernet' } });
    expect(screen.getAllByRole('row').length).toBeLessThanOrEqual(7);
    expect(screen.getByText(/more strateg/)).toBeTruthy();
  });
  it('Chinese: the not-applicable list is joined in the Chinese way', () => {
    show(<CommStrategies preset={preset} />, 'explore', 'zh');
    expect(screen.getByText(/此配置下不适用：/).textContent).toContain('、');
  });
});
