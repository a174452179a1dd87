import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parallelStep, type PpStep } from '../../engine/index.ts';
import { formatChange, formatPercent, formatSeconds, LangContext } from '../../i18n/index.ts';
import { defaultsOf } from '../../state/inputs.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import ParallelTimeline from './index.tsx';
import { inputs } from './inputs.ts';
import { configOf, trendOf, type State } from './scenario.ts';

const D: State = defaultsOf(inputs);
const preset = { model: 'llama-2-70b', hardware: 'a100-80gb-sxm' };
const show = (ui: React.ReactNode, view: 'stage' | 'explore' = 'explore', lang: 'zh' | 'en' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={view}>{ui}</SimViewContext></LangContext>);
const statOf = (label: RegExp) => screen.getByText(label).closest('.ui-stat') as HTMLElement;
const step = (patch: Partial<State>, variant = {}) => parallelStep(configOf({ ...D, ...patch }), variant);

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('parallel-timeline (explore)', { timeout: 30000 }, () => {
  it('shows the engine step time for the story (TP decode over NVLink) and a GPU timeline', () => {
    show(<ParallelTimeline preset={preset} />);
    expect(within(statOf(/^Step time$/)).getByText(formatSeconds(step({}).stepSeconds))).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/8 GPUs/);
  });
  it('turning on overlap shows the engine step time with overlap', () => {
    show(<ParallelTimeline preset={preset} />);
    fireEvent.click(screen.getByRole('switch', { name: /^Overlap/ }));
    expect(within(statOf(/^Step time$/)).getByText(formatSeconds(step({ overlap: true }).stepSeconds))).toBeTruthy();
  });
  it('switching to pipeline parallel shows the engine bubble fraction', () => {
    show(<ParallelTimeline preset={preset} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Pipeline' }));
    const e = step({ mode: 'pp' }) as PpStep;
    expect(statOf(/^Bubble fraction/).textContent).toContain(`${formatPercent(e.bubbleFraction)} (GPipe ${formatPercent(e.gpipeBubble)})`);
  });
  it('choosing InfiniBand then TCP shows the engine step time', () => {
    show(<ParallelTimeline preset={preset} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Topology' }), { target: { value: 'infiniband' } });
    fireEvent.click(screen.getByRole('radio', { name: 'TCP' }));
    expect(within(statOf(/^Step time$/)).getByText(formatSeconds(step({ topology: 'infiniband', transport: 'tcp' }).stepSeconds))).toBeTruthy();
  });
  it('the transport control is disabled for an intra-node topology', () => {
    show(<ParallelTimeline preset={preset} />);
    expect((screen.getByRole('radio', { name: 'TCP' }) as HTMLButtonElement).disabled).toBe(true);
  });
  it('the link used is NVLink 3 at its preset 300 GB/s, as on 图8', () => {
    show(<ParallelTimeline preset={preset} />);
    expect(statOf(/^Link used/).textContent).toContain('NVLink 3 (A100) · 300 GB/s');
  });
  it('Reset restores the story after a change', () => {
    show(<ParallelTimeline preset={{ ...preset, model: 'llama-2-13b' }} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('radio', { name: 'Decode' })).toHaveAttribute('aria-checked', 'true');
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('llama-2-13b');
  });
});

describe('parallel-timeline on stage', { timeout: 30000 }, () => {
  it('asks about overlap with the current phase, batch and topology, and masks the answer readout', () => {
    show(<ParallelTimeline preset={preset} />, 'stage');
    expect(screen.getByText(/Decode, batch 16, NVLink all-to-all \(one node\): turn overlap on/)).toBeTruthy();
    expect(within(statOf(/^Step with overlap on/)).getByText('?')).toBeTruthy();
    const off = step({}).stepSeconds;
    const on = step({}, { overlap: true }).stepSeconds;
    expect(trendOf(off, on)).toBe('slower');
    fireEvent.click(screen.getByRole('button', { name: 'Longer' }));
    expect(screen.getByText(/✓ Correct/)).toBeTruthy();
    const stat = statOf(/^Step with overlap on/);
    expect(within(stat).getByText(formatSeconds(on))).toBeTruthy();
    expect(stat.textContent).toContain(formatChange((on - off) / off));
    expect(stat.textContent).toContain('▲ +');
  });
  it('in prefill overlap shortens the step and the answer says so', () => {
    show(<ParallelTimeline preset={preset} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    expect(trendOf(step({ phase: 'prefill' }).stepSeconds, step({ phase: 'prefill' }, { overlap: true }).stepSeconds)).toBe('faster');
    fireEvent.click(screen.getByRole('button', { name: 'Shorter' }));
    expect(screen.getByText(/✓ Correct/)).toBeTruthy();
  });
  it('the pipeline question compares with twice the micro-batches', () => {
    show(<ParallelTimeline preset={preset} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: 'Pipeline' }));
    expect(screen.getByText(/go from 1 to 2 micro-batches/)).toBeTruthy();
    expect(within(statOf(/^Step with 2 micro-batches/)).getByText('?')).toBeTruthy();
  });
  it('on stage the micro-batch buttons set the pipeline’s micro-batches (the engine’s step time)', () => {
    show(<ParallelTimeline preset={preset} />, 'stage');
    fireEvent.click(screen.getByRole('radio', { name: 'Pipeline' }));
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Micro-batches' })).getByRole('radio', { name: '8' }));
    expect(within(statOf(/^Step time$/)).getByText(formatSeconds(step({ mode: 'pp', microBatches: 8 }).stepSeconds))).toBeTruthy();
  });
  it('shows only the story’s controls on stage', () => {
    show(<ParallelTimeline preset={preset} />, 'stage');
    expect(screen.queryByRole('combobox', { name: 'Model' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Topology' })).toBeTruthy();
  });
});
