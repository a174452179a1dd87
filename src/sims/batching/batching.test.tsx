import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  getHardware, getModel, replicasVsTp, requestStream, schedulePipeline, servingThroughput, simulateBatching, stageSeconds,
} from '../../engine/index.ts';
import { formatBytes, formatNumber, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import { PREDICT_STORAGE_KEY } from '../_protocol/predictAnswers.ts';
import Batching from './index.tsx';

const story = { model: 'llama-2-13b', hardware: 'a100-80gb-sxm' };
const show = (view: 'stage' | 'explore', preset: Record<string, string> = story, lang: 'en' | 'zh' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={view}><Batching preset={preset} /></SimViewContext></LangContext>);
const m = getModel('llama-2-13b');
const hw = getHardware('a100-80gb-sxm');
const serving = (concurrency: number) => servingThroughput(m, hw, { gpus: 1, inputTokens: 512, outputTokens: 256, concurrency });
const stat = (label: string) => screen.getByText(label, { selector: '.ui-stat-label' }).parentElement as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('batching: throughput–latency', () => {
  it('batch 8 shows servingThroughput’s throughput and TPOT, each with work that reproduces it', () => {
    show('explore');
    const r = serving(8);
    expect(within(stat('Throughput (steady state, output tokens/s)')).getByText(formatNumber(r.tokensPerSecond))).toBeInTheDocument();
    expect(within(stat('Time per output token (TPOT)')).getByText(formatSeconds(r.tpotSeconds))).toBeInTheDocument();
    for (const label of ['Throughput (steady state, output tokens/s)', 'Time per output token (TPOT)', `Memory per GPU (${formatBytes(r.memory.usable, 'GiB')} usable)`]) {
      expect(stat(label).getAttribute('data-derivation-mismatch')).toBeNull();
    }
  });

  it('batch 32 (a stop) moves the readouts to the engine’s numbers', () => {
    show('explore');
    fireEvent.click(screen.getByRole('button', { name: '32' }));
    expect(within(stat('Time per output token (TPOT)')).getByText(formatSeconds(serving(32).tpotSeconds))).toBeInTheDocument();
  });

  it('batch 512 on an 80 GB card does not fit: no throughput or latency, and by how much it is over', () => {
    show('explore');
    fireEvent.click(screen.getByRole('button', { name: '512' }));
    const r = serving(512);
    expect(r.fits).toBe(false);
    expect(within(stat('Throughput (steady state, output tokens/s)')).getByText('—')).toBeInTheDocument();
    expect(within(stat('Time per output token (TPOT)')).getByText('—')).toBeInTheDocument();
    expect(screen.queryByText(/1,825/)).not.toBeInTheDocument();
    const over = formatBytes(r.memory.total - r.memory.usable, 'GiB');
    expect(screen.getByText(new RegExp(`Batch 512 does not fit: it needs ${formatBytes(r.memory.total, 'GiB')} per GPU .* over by ${over}`))).toBeInTheDocument();
    expect(within(stat(`Memory per GPU (${formatBytes(r.memory.usable, 'GiB')} usable)`)).getByText(new RegExp(`over by ${over}`))).toBeInTheDocument();
  });

  it('on stage the curve and the throughput are hidden until the question is answered; the answer is computed', () => {
    show('stage');
    expect(screen.getByText(/as the batch grows from 1 to \d+, does throughput keep growing linearly\?/)).toBeInTheDocument();
    expect(within(stat('Throughput (steady state, output tokens/s)')).getByText('?')).toBeInTheDocument();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/hidden/);
    fireEvent.click(screen.getByRole('button', { name: /Roughly linear, then it flattens/ }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/Throughput–latency curve/);
    expect(JSON.parse(localStorage.getItem(PREDICT_STORAGE_KEY) ?? '{}').batching).toEqual({ picked: 'flat' });
  });

  it('the experiment switch keeps its place and focus when an arrow key changes the experiment', () => {
    show('stage');
    const group = screen.getByRole('radiogroup', { name: 'Experiment' });
    const first = within(group).getByRole('radio', { name: 'Throughput–latency' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = within(group).getByRole('radio', { name: 'Static vs continuous' });
    expect(second).toHaveAttribute('aria-checked', 'true');
    expect(document.activeElement).toBe(second);
    expect(screen.getByRole('radiogroup', { name: 'Experiment' })).toBe(group);
  });
});

describe('batching: the other experiments', () => {
  it('continuous batching shows the seeded stream’s throughput', () => {
    show('explore', { ...story, panel: 'stream' });
    fireEvent.click(screen.getByRole('radio', { name: 'Continuous batching' }));
    const stream = requestStream({ count: 24, ratePerSecond: 4, seed: 7, promptTokens: [32, 512], outputTokens: [8, 256] });
    const co = simulateBatching(m, hw, stream, { policy: 'continuous', slots: 8 });
    expect(within(stat('Throughput (this stream)')).getByText(`${formatNumber(co.tokensPerSecond)} tokens/s`)).toBeInTheDocument();
  });

  it('replicas vs TP shows the engine’s TPOT for 8 replicas and the 8-way group', () => {
    show('explore', { ...story, panel: 'parallel' });
    const rows = replicasVsTp(m, hw, { gpus: 8, perGpuBatch: 8, promptTokens: 512, contextTokens: 640 });
    expect(within(stat('TPOT · 8 replicas (no TP)')).getByText(formatSeconds(rows[0]!.tpotSeconds))).toBeInTheDocument();
    expect(within(stat('TPOT · one 8-way TP group')).getByText(formatSeconds(rows.at(-1)!.tpotSeconds))).toBeInTheDocument();
  });

  it('a layout that does not fit shows no TPOT or throughput in the table', () => {
    show('explore', { model: 'llama-2-70b', hardware: 'a100-80gb-sxm', panel: 'parallel' });
    const rows = replicasVsTp(getModel('llama-2-70b'), hw, { gpus: 8, perGpuBatch: 8, promptTokens: 512, contextTokens: 640 });
    expect(rows[0]!.fits).toBe(false);
    const row = screen.getByRole('rowheader', { name: '8 replicas (no TP)' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByText('does not fit: cannot run').length).toBeGreaterThan(0);
    expect(within(row).queryByText(formatSeconds(rows[0]!.tpotSeconds))).not.toBeInTheDocument();
  });

  it('the pipeline shows the pipelined total time with its work', () => {
    show('explore', { ...story, panel: 'pipeline' });
    const times = stageSeconds(m, hw, { batch: 8, promptTokens: 512, outputTokens: 32, cpuSecondsPerToken: 80e-9 });
    const pipelined = schedulePipeline(times, 4, 'pipelined').makespanSeconds;
    expect(within(stat('Total time · pipelined')).getByText(formatSeconds(pipelined))).toBeInTheDocument();
    expect(stat('Total time · pipelined').getAttribute('data-derivation-mismatch')).toBeNull();
  });

  it('Chinese: the does-not-fit message is in Chinese', () => {
    show('explore', { ...story, batch: '512' }, 'zh');
    expect(screen.getByText(/放不下：每张 GPU 需要/)).toBeInTheDocument();
  });
});
