/** Engine calls of the graph optimiser, shared by the figure and the table. */
import {
  blockGraph, defaultComputePrecision, getHardware, getModel, graphCost, optimiseGraph, passesOfSteps, PASS_STEPS,
  type GraphCost, type GraphNode, type OptimisedGraph,
} from '../../engine/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import type { FlopsAnswer } from './text.ts';
import type { Inputs } from './inputs.ts';

export type State = ValuesOf<Inputs>;

export function graphScenario(s: State) {
  const model = getModel(s.modelId);
  const hw = getHardware(s.hardwareId);
  const precision = defaultComputePrecision(hw);
  const graph = blockGraph(model, { phase: s.phase, batch: s.batch, tokens: s.tokens });
  const cost = (g: OptimisedGraph): GraphCost => graphCost(g, hw, precision);
  const base = optimiseGraph(graph, []);
  const opt = optimiseGraph(graph, passesOfSteps(s.passes));
  const all = optimiseGraph(graph, passesOfSteps(PASS_STEPS));
  return { model, hw, precision, graph, base, opt, all, baseCost: cost(base), cost: cost(opt), allCost: cost(all) };
}

/** The predict-first answer: how much all five passes change the block's FLOPs. */
export function flopsAnswer(before: number, after: number): FlopsAnswer {
  const change = after / before - 1;
  if (change < -0.5) return 'half';
  if (change < -0.05) return 'some';
  return 'barely';
}

/** Share of the FLOPs in matrix multiplies. */
export function matmulShare(nodes: readonly GraphNode[]): number {
  let mm = 0;
  let all = 0;
  for (const n of nodes) {
    all += n.flops;
    if (n.kind === 'matmul') mm += n.flops;
  }
  return all > 0 ? mm / all : 0;
}
