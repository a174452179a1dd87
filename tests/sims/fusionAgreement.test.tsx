// One answer per question across simulators (issue #9 item 9): operator
// fusion helps decode more on 6/1 (one kernel chain) and prefill more on 5/5
// (a whole block). Set alike, the two slides agree: 图7's "whole block" time
// is 表6's fusion step, and 图7's chain is the same kernels inside 图6's graph.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  blockFusion, blockGraph, fusionChain, fusionCost, getHardware, getModel, graphCost, optimiseGraph, passesOfSteps,
} from '../../src/engine/index.ts';
import { formatRatio, formatSeconds, LangContext } from '../../src/i18n/index.ts';
import { SimViewContext } from '../../src/ui/index.ts';
import { forgetPlacements } from '../../src/sims/_protocol/defineSim.tsx';
import GraphOptimizer from '../../src/sims/graph-optimizer/index.tsx';
import OperatorFusion from '../../src/sims/operator-fusion/index.tsx';

const m = getModel('llama-2-7b');
const hw = getHardware('a100-80gb-sxm');
const stat = (label: string) => screen.getByText(label, { selector: '.ui-stat-label' }).parentElement as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  forgetPlacements();
});

describe.each([
  { phase: 'decode', batch: 8, tokens: 1024 },
  { phase: 'prefill', batch: 1, tokens: 512 },
] as const)('fusion on 6/1 (图7) and 5/4–5/5 (图6, 表6) agree when set alike: $phase, batch $batch, $tokens tokens', (set) => {
  const preset = { model: 'llama-2-7b', hardware: 'a100-80gb-sxm', phase: set.phase, batch: String(set.batch), tokens: String(set.tokens) };

  it('图7’s whole-block time after fusion is 表6’s operator-fusion step, before → after, with the same speed-up', () => {
    const block = blockFusion(m, hw, 'fp16', set);
    const fusion = render(<LangContext value="en"><SimViewContext value="explore"><OperatorFusion preset={preset} /></SimViewContext></LangContext>);
    fireEvent.click(screen.getByRole('switch', { name: /Fuse into one kernel/ }));
    const whole = stat('Whole block (Figure 6’s fusion step): time');
    const shownAfter = within(whole).getByText(formatSeconds(block.after.seconds)).textContent;
    fusion.unmount();

    render(<LangContext value="en"><SimViewContext value="stage"><GraphOptimizer preset={{ ...preset, view: 'table' }} /></SimViewContext></LangContext>);
    const row = screen.getByRole('rowheader', { name: 'Operator fusion' }).closest('tr') as HTMLElement;
    expect(within(row).getByText(`${formatSeconds(block.before.seconds).split(' ')[0]} → ${shownAfter}`)).toBeInTheDocument();
    expect(within(row).getByText(formatRatio(block.speedup))).toBeInTheDocument();
  });

  it('图6 at step 4 shows the time 图7 calls the whole block after fusion', () => {
    const block = blockFusion(m, hw, 'fp16', set);
    render(<LangContext value="en"><SimViewContext value="explore"><GraphOptimizer preset={preset} /></SimViewContext></LangContext>);
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(within(stat('Time (one block)')).getByText(formatSeconds(block.after.seconds))).toBeInTheDocument();
  }, 20000);

  it('图7’s SiLU·gate chain is the act and act_mul kernels of 图6’s graph, unfused and fused', () => {
    const T = set.phase === 'prefill' ? set.batch * set.tokens : set.batch;
    const chain = fusionCost(fusionChain(m, 'silu-gate', { tokens: T, contextTokens: set.tokens, batch: set.batch }), hw);
    const graph = blockGraph(m, set);
    const kernel = (steps: Parameters<typeof passesOfSteps>[0], id: string) =>
      graphCost(optimiseGraph(graph, passesOfSteps(steps)), hw, 'fp16').perKernel.find((k) => k.nodes.includes(id))!;
    const before = kernel(['fold', 'dce', 'cse'], 'act').seconds + kernel(['fold', 'dce', 'cse'], 'act_mul').seconds;
    expect(Math.abs(before - chain.unfused.seconds)).toBeLessThan(1e-12);
    expect(kernel(['fold', 'dce', 'cse', 'fuse'], 'act').seconds).toBeCloseTo(chain.fused.seconds, 15);
  });
});

describe('what each slide measures', () => {
  it('the chain gains more in decode, the block more in prefill — and both slides say which they measure', () => {
    const chainSpeedup = (phase: 'prefill' | 'decode') => {
      const set = phase === 'prefill' ? { tokens: 512, contextTokens: 512, batch: 1 } : { tokens: 8, contextTokens: 1024, batch: 8 };
      return fusionCost(fusionChain(m, 'silu-gate', set), hw).speedup;
    };
    expect(chainSpeedup('decode')).toBeGreaterThan(chainSpeedup('prefill'));
    expect(blockFusion(m, hw, 'fp16', { phase: 'prefill', batch: 1, tokens: 512 }).speedup)
      .toBeGreaterThan(blockFusion(m, hw, 'fp16', { phase: 'decode', batch: 8, tokens: 1024 }).speedup);
    const fusion = render(<LangContext value="en"><SimViewContext value="stage"><OperatorFusion preset={{}} /></SimViewContext></LangContext>);
    expect(screen.getByText(/Measured on one chain/)).toBeInTheDocument();
    fusion.unmount();
    render(<LangContext value="en"><SimViewContext value="stage"><GraphOptimizer preset={{ view: 'table' }} /></SimViewContext></LangContext>);
    expect(screen.getByText(/Measured on a whole transformer block/)).toBeInTheDocument();
  });
});
