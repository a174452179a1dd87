/**
 * 表6: the passes switched on one after another (PASS_ORDER), each row the
 * graph cost before and after that pass. Sources: as optimiseGraph and graphCost.
 */
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import type { EfficiencyInput } from '../serving/efficiency.ts';
import { blockGraph, type BlockGraphOptions } from './blockGraph.ts';
import { graphCost, type GraphCost } from './cost.ts';
import { optimiseGraph } from './passes.ts';
import { PASS_ORDER, type PassId } from './types.ts';
import { requireObject } from '../errors.ts';

export interface PassRow {
  readonly pass: PassId;
  readonly before: GraphCost;
  readonly after: GraphCost;
  /** Operators the pass removed. */
  readonly removed: number;
}

export function passComparison(
  model: ModelSpec, hw: HardwareSpec, precision: Precision, opts: BlockGraphOptions,
  passes: readonly PassId[] = PASS_ORDER, efficiency: EfficiencyInput = 'realistic',
): PassRow[] {
  requireObject('opts', opts);
  const graph = blockGraph(model, opts);
  const rows: PassRow[] = [];
  const on: PassId[] = [];
  let prev = optimiseGraph(graph, on);
  let before = graphCost(prev, hw, precision, efficiency);
  for (const p of PASS_ORDER) {
    if (!passes.includes(p)) continue;
    on.push(p);
    const next = optimiseGraph(graph, on);
    const after = graphCost(next, hw, precision, efficiency);
    rows.push({ pass: p, before, after, removed: next.removed.length - prev.removed.length });
    prev = next;
    before = after;
  }
  return rows;
}
