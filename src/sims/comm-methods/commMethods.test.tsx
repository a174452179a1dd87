import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultsOf } from '../../state/inputs.ts';
import { formatChange, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import CommMethods from './index.tsx';
import { CHUNK_STOPS, inputs } from './inputs.ts';
import { buildParams, buildScenario, methodRuns, type State } from './scenario.ts';
import { chunkSweep } from '../../engine/index.ts';

const D: State = defaultsOf(inputs);
const preset = { model: 'llama-2-70b' };
const show = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const statOf = (label: RegExp) => screen.getByText(label).closest('.ui-stat') as HTMLElement;
const current = (patch: Partial<State>) => buildScenario({ ...D, ...patch }).current.result;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('comm-methods figure (explore)', { timeout: 30000 }, () => {
  it('with chunking on, the best chunk count is shown after the frame and is the engine sweep\'s best', async () => {
    show(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Chunked/ }));
    // The change's own render shows the sweep as pending ('—'), not a number.
    expect(statOf(/^Best chunk count/).textContent).not.toMatch(/c = /);
    const sweep = chunkSweep(buildParams({ ...D, chunked: true }), CHUNK_STOPS);
    const best = sweep.points.find((p) => p.chunks === sweep.best);
    await waitFor(() => expect(statOf(/^Best chunk count/).textContent).toContain(`c = ${sweep.best} · ${formatSeconds(best?.stepSeconds ?? Number.NaN)}`));
  });
  it('the best chunk count is explore-only: the stage never runs the sweep', () => {
    show(<CommMethods preset={preset} />, 'stage');
    fireEvent.click(screen.getByRole('switch', { name: /Chunked/ }));
    expect(screen.queryByText(/^Best chunk count/)).toBeNull();
  });
  it('shows the engine baseline step time', () => {
    show(<CommMethods preset={preset} />);
    expect(within(statOf(/^Step time/)).getByText(formatSeconds(current({}).stepSeconds))).toBeTruthy();
  });
  it('turning on asynchronous communication shows the engine step time and its change', () => {
    show(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Asynchronous/ }));
    const on = current({ async: true });
    const stat = statOf(/^Step time/);
    expect(within(stat).getByText(formatSeconds(on.stepSeconds))).toBeTruthy();
    expect(stat.textContent).toContain(formatChange((on.stepSeconds - current({}).stepSeconds) / current({}).stepSeconds));
  });
  it('choosing INT8 compression shows the engine stall', () => {
    show(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: 'INT8' }));
    expect(within(statOf(/^Stall \(/)).getByText(formatSeconds(current({ compression: 'int8' }).stallSeconds))).toBeTruthy();
  });
  it('turning on priority shows the engine stall', () => {
    show(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Priority/ }));
    expect(within(statOf(/^Stall \(/)).getByText(formatSeconds(current({ priority: true }).stallSeconds))).toBeTruthy();
  });
  it('a top-k share typed as a percent is read as a percent (10 means 10 %)', () => {
    show(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Top-k' }));
    fireEvent.click(within(screen.getByRole('group', { name: /^Top-k kept share/ })).getByRole('button', { name: /^1( ?%)?$/ }));
    expect(within(statOf(/^Step time/)).getByText(formatSeconds(current({ compression: 'topk', topkPercent: 1 }).stepSeconds))).toBeTruthy();
  });
  it('an unknown model preset is reported and the default is used', () => {
    show(<CommMethods preset={{ model: 'gpt-9' }} />);
    expect(screen.getByText(/model="gpt-9"/)).toBeTruthy();
  });
  it('Reset restores the preset', () => {
    show(<CommMethods preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /Asynchronous/ }));
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('switch', { name: /Asynchronous/ })).not.toBeChecked();
  });
});

describe('comm-methods figure on stage', { timeout: 30000 }, () => {
  it('shows the method switches and the phase on stage, the model and link only in explore', () => {
    show(<CommMethods preset={preset} />, 'stage');
    for (const name of [/Asynchronous/, /Chunked/, /Priority/, /Merging/]) expect(screen.getByRole('switch', { name })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Phase' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Model' })).toBeNull();
  });
  it('asks about INT8 for the current phase, masks the step time until answered, then shows the engine’s answer', () => {
    show(<CommMethods preset={preset} />, 'stage');
    expect(screen.getByText(/Llama-2-70B, prefill, NVLink 3 \(A100\): does INT8 compression cut the step time by more than 5 %\?/)).toBeTruthy();
    expect(within(statOf(/^Step time/)).getByText('?')).toBeTruthy();
    const sc = buildScenario(D);
    const change = (sc.withInt8.result.stepSeconds - sc.withoutCompression.result.stepSeconds) / sc.withoutCompression.result.stepSeconds;
    fireEvent.click(screen.getByRole('button', { name: change < -0.05 ? /^Yes/ : /^No/ }));
    expect(screen.getByText(/✓ Correct/)).toBeTruthy();
    expect(screen.getByText(new RegExp(formatChange(change).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).toBeTruthy();
    expect(within(statOf(/^Step time/)).getByText(formatSeconds(sc.current.result.stepSeconds))).toBeTruthy();
  });
  it('the question follows the phase', () => {
    show(<CommMethods preset={preset} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: 'One decode step' }));
    expect(screen.getByText(/Llama-2-70B, one decode step, NVLink 3/)).toBeTruthy();
  });
});

describe('comm-methods table (表9)', { timeout: 30000 }, () => {
  it('shows each method’s engine step time and one sign convention for the change', () => {
    show(<CommMethods preset={{ ...preset, view: 'table' }} />);
    const runs = methodRuns(D);
    const base = runs[0]!.result.stepSeconds;
    const rows = screen.getAllByRole('row').slice(1);
    runs.forEach((r, i) => expect(rows[i]!.textContent).toContain(formatSeconds(r.result.stepSeconds)));
    const async = screen.getByRole('rowheader', { name: /Asynchronous/ }).closest('tr') as HTMLElement;
    const a = runs.find((r) => r.id === 'async')!.result.stepSeconds;
    expect(async.textContent).toContain(formatChange((a - base) / base));
    expect(async.textContent).toMatch(a < base ? /▼ −[\d.]+% \(−/ : /▲ \+[\d.]+% \(\+/);
  });
  it('a slowdown shows as ▲ +x % (decode: asynchronous re-reads the weights)', () => {
    show(<CommMethods preset={{ ...preset, view: 'table' }} />);
    fireEvent.click(screen.getByRole('radio', { name: 'One decode step' }));
    fireEvent.click(within(screen.getByRole('group', { name: /^Batch b/ })).getByRole('button', { name: '8' }));
    const runs = methodRuns({ ...D, phase: 'decode', batch: 8 });
    const a = runs.find((r) => r.id === 'async')!.result.stepSeconds;
    const base = runs[0]!.result.stepSeconds;
    expect(a).toBeGreaterThan(base);
    const row = screen.getByRole('rowheader', { name: /Asynchronous/ }).closest('tr') as HTMLElement;
    expect(row.textContent).toContain(`▲ +`);
  });
  it('the all-on readout shows its engine step time with a derivation', () => {
    show(<CommMethods preset={{ ...preset, view: 'table' }} />, 'stage');
    const runs = methodRuns(D);
    const stat = statOf(/^All methods on/);
    expect(within(stat).getByText(formatSeconds(runs[runs.length - 1]!.result.stepSeconds))).toBeTruthy();
    expect(within(stat).getByRole('button', { name: 'Show the work' })).toBeTruthy();
  });
});
