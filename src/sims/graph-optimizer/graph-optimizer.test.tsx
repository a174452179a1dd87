import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  blockGraph, getHardware, getModel, graphCost, optimiseGraph, passComparison, passesOfSteps, passStepComparison, PASS_STEPS,
  type PassStep,
} from '../../engine/index.ts';
import { formatBytes, formatCount, formatFlops, formatRatio, formatSeconds, LangContext } from '../../i18n/index.ts';
import { SimViewContext } from '../../ui/index.ts';
import { forgetPlacements } from '../_protocol/defineSim.tsx';
import GraphOptimizer from './index.tsx';

const story = { model: 'llama-2-7b', hardware: 'a100-80gb-sxm' };
const show = (view: 'stage' | 'explore', preset: Record<string, string> = story, lang: 'en' | 'zh' = 'en') =>
  render(<LangContext value={lang}><SimViewContext value={view}><GraphOptimizer preset={preset} /></SimViewContext></LangContext>);
const m = getModel('llama-2-7b');
const hw = getHardware('a100-80gb-sxm');
const cost = (steps: readonly PassStep[], phase: 'prefill' | 'decode' = 'decode') =>
  graphCost(optimiseGraph(blockGraph(m, { phase, batch: 8, tokens: 1024 }), passesOfSteps(steps)), hw, 'fp16');
const stat = (label: string) => screen.getByText(label, { selector: '.ui-stat-label' }).parentElement as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe('graph-optimizer figure (图6)', () => {
  it('shows the unoptimised kernel count, HBM bytes and time from the engine', () => {
    show('explore');
    const c = cost([]);
    expect(within(stat('Kernels')).getByText(formatCount(c.kernels))).toBeInTheDocument();
    expect(within(stat('HBM traffic')).getByText(formatBytes(c.bytes))).toBeInTheDocument();
    expect(within(stat('Time (one block)')).getByText(formatSeconds(c.seconds))).toBeInTheDocument();
  });

  it('Next steps through the passes in the slide’s order; each step shows the engine’s numbers', () => {
    show('explore');
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(within(stat('Kernels')).getByText(formatCount(cost(['fold']).kernels))).toBeInTheDocument();
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(within(stat('Kernels')).getByText(formatCount(cost(PASS_STEPS.slice(0, 4)).kernels))).toBeInTheDocument();
    expect(screen.getByText('Step 5 of 6')).toBeInTheDocument();
  }, 20000);

  it('a pass switched on alone (explore) gives the engine’s kernels for that pass', () => {
    show('explore');
    fireEvent.click(screen.getByRole('switch', { name: /Operator fusion/ }));
    expect(within(stat('Kernels')).getByText(formatCount(cost(['fuse']).kernels))).toBeInTheDocument();
  });

  it('in prefill the time’s work reproduces the time shown (no mismatch), with F_c and Q_m', () => {
    show('explore');
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    const time = stat('Time (one block)');
    expect(within(time).getByText(formatSeconds(cost([], 'prefill').seconds))).toBeInTheDocument();
    expect(time.getAttribute('data-derivation-mismatch')).toBeNull();
    fireEvent.click(within(time).getByRole('button', { name: 'Show the work' }));
    expect(within(time).getByText('FLOPs of the compute-bound kernels')).toBeInTheDocument();
    for (const label of ['Kernels', 'HBM traffic', 'FLOPs']) expect(stat(label).getAttribute('data-derivation-mismatch')).toBeNull();
  });

  it('batch 32 (explore) gives the engine’s HBM bytes', () => {
    show('explore');
    fireEvent.click(screen.getByRole('button', { name: '32' }));
    const c = graphCost(optimiseGraph(blockGraph(m, { phase: 'decode', batch: 32, tokens: 1024 }), []), hw, 'fp16');
    expect(within(stat('HBM traffic')).getByText(formatBytes(c.bytes))).toBeInTheDocument();
  });
});

describe('graph-optimizer on stage', () => {
  it('masks the FLOPs until the question is answered; the question follows the phase; the answer is computed', () => {
    show('stage');
    expect(within(stat('FLOPs')).getByText('?')).toBeInTheDocument();
    expect(screen.getByText(/Llama-2-7B decode, all passes on: FLOPs…/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    expect(screen.getByText(/Llama-2-7B prefill, all passes on/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /barely change/ }));
    expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
    expect(within(stat('FLOPs')).getByText(formatFlops(cost([], 'prefill').flops))).toBeInTheDocument();
  });

  it('shows the step, phase and model on stage, not the batch slider or pass switches', () => {
    show('stage');
    expect(screen.getByRole('radiogroup', { name: 'Phase' })).toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });

  it('Chinese question and step title', () => {
    show('stage', story, 'zh');
    expect(screen.getByText(/五个 pass 全开：FLOPs/)).toBeInTheDocument();
    expect(screen.getByText('未优化')).toBeInTheDocument();
  });
});

describe('graph-optimizer table (表6)', () => {
  const stepRows = () => passStepComparison(m, hw, 'fp16', { phase: 'decode', batch: 8, tokens: 1024 });

  it('on stage lists the five steps with before → after kernels and the step speed-up, and says it measures a whole block', () => {
    show('stage', { ...story, view: 'table' });
    expect(screen.getAllByRole('row')).toHaveLength(6);
    const fuse = stepRows()[3]!;
    const row = screen.getByRole('rowheader', { name: 'Operator fusion' }).closest('tr')!;
    expect(within(row).getByText(`${fuse.before.kernels} → ${fuse.after.kernels}`)).toBeInTheDocument();
    expect(within(row).getByText(formatRatio(fuse.before.seconds / fuse.after.seconds))).toBeInTheDocument();
    expect(screen.getByText(/whole transformer block/)).toBeInTheDocument();
  });

  it('explore lists each engine pass (passComparison) with FLOPs', () => {
    show('explore', { ...story, view: 'table' });
    const rows = passComparison(m, hw, 'fp16', { phase: 'decode', batch: 8, tokens: 1024 });
    expect(screen.getAllByRole('row')).toHaveLength(rows.length + 1);
    const qkv = rows.find((r) => r.pass === 'fuse-qkv')!;
    const row = screen.getByRole('rowheader', { name: /QKV/ }).closest('tr')!;
    expect(within(row).getByText(`${qkv.before.kernels} → ${qkv.after.kernels}`)).toBeInTheDocument();
  });

  it('the readout is the block time after all five steps, and prefill changes it', () => {
    show('explore', { ...story, view: 'table' });
    expect(within(stat('After all five steps: block time')).getByText(formatSeconds(stepRows()[4]!.after.seconds))).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Prefill' }));
    const prefill = passStepComparison(m, hw, 'fp16', { phase: 'prefill', batch: 8, tokens: 1024 });
    expect(within(stat('After all five steps: block time')).getByText(formatSeconds(prefill[4]!.after.seconds))).toBeInTheDocument();
  });
});
