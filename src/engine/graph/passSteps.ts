/**
 * The lecture's five graph optimisations (图6's clicker steps), each the
 * engine passes it stands for, in the order the slide switches them on:
 * constant folding, dead-code elimination, common-subexpression elimination,
 * operator fusion (element-wise chains, bias + activation, norm + residual,
 * Q/K/V and gate/up merges) and memory-access optimisation (layout, tiled
 * attention). One list, so 图6, 表6 and 图7's "whole block" readout switch on
 * the same passes. Sources: as optimiseGraph.
 */
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import type { EfficiencyInput } from '../serving/efficiency.ts';
import type { ModelSpec } from '../model/types.ts';
import { blockGraph, type BlockGraphOptions } from './blockGraph.ts';
import { graphCost, type GraphCost } from './cost.ts';
import { optimiseGraph } from './passes.ts';
import type { PassId } from './types.ts';
import { requireArray, requireOneOf, requireObject } from '../errors.ts';

export const PASS_STEPS = ['fold', 'dce', 'cse', 'fuse', 'memory'] as const;
export type PassStep = (typeof PASS_STEPS)[number];

/** The engine passes each step switches on. */
export const PASS_STEP_PASSES: Readonly<Record<PassStep, readonly PassId[]>> = {
  fold: ['fold'],
  dce: ['dce'],
  cse: ['cse'],
  fuse: ['fuse-elementwise', 'fuse-bias-act', 'fuse-norm', 'fuse-qkv'],
  memory: ['layout', 'tiling'],
};

/** The engine passes of a set of steps. */
export function passesOfSteps(steps: readonly PassStep[]): PassId[] {
  requireArray('steps', steps).forEach((s, i) => requireOneOf(`steps[${i}]`, s, PASS_STEPS));
  return steps.flatMap((s) => [...PASS_STEP_PASSES[s]]);
}

export interface BlockFusion {
  /** The block after folding, DCE and CSE (图6 step 3). */
  readonly before: GraphCost;
  /** The same block with the four fusion passes on as well (图6 step 4). */
  readonly after: GraphCost;
  /** before.seconds / after.seconds. */
  readonly speedup: number;
}

/**
 * Operator fusion measured on a whole transformer block (one step of one
 * layer), as 图6 switches it on: after folding, DCE and CSE, before the
 * memory-access pass. The same kernels a single chain's fusion (fusionCost)
 * speeds up are part of it, so a chain's saving is a share of this one.
 * Sources: 'chen-2018-tvm' (fusion rules), 'williams-2009-roofline' (time).
 */
export function blockFusion(
  model: ModelSpec, hw: HardwareSpec, precision: Precision, opts: BlockGraphOptions, efficiency: EfficiencyInput = 'realistic',
): BlockFusion {
  requireObject('opts', opts);
  const graph = blockGraph(model, opts);
  const structural = passesOfSteps(['fold', 'dce', 'cse']);
  const before = graphCost(optimiseGraph(graph, structural), hw, precision, efficiency);
  const after = graphCost(optimiseGraph(graph, [...structural, ...PASS_STEP_PASSES.fuse]), hw, precision, efficiency);
  return { before, after, speedup: before.seconds / after.seconds };
}

export interface PassStepRow {
  readonly step: PassStep;
  readonly before: GraphCost;
  readonly after: GraphCost;
  /** Operators the step removed. */
  readonly removed: number;
}

/**
 * 表6 in 图6's five steps: the steps switched on one after another, each row
 * the block's cost before and after that step (the rows chain: one row's
 * `after` is the next row's `before`). Sources: as optimiseGraph and graphCost.
 */
export function passStepComparison(
  model: ModelSpec, hw: HardwareSpec, precision: Precision, opts: BlockGraphOptions, efficiency: EfficiencyInput = 'realistic',
): PassStepRow[] {
  requireObject('opts', opts);
  const graph = blockGraph(model, opts);
  const rows: PassStepRow[] = [];
  let prev = optimiseGraph(graph, []);
  let before = graphCost(prev, hw, precision, efficiency);
  for (let k = 1; k <= PASS_STEPS.length; k++) {
    const next = optimiseGraph(graph, passesOfSteps(PASS_STEPS.slice(0, k)));
    const after = graphCost(next, hw, precision, efficiency);
    rows.push({ step: PASS_STEPS[k - 1]!, before, after, removed: next.removed.length - prev.removed.length });
    prev = next;
    before = after;
  }
  return rows;
}
