/** Engine calls of the graph simulator, shared by the figure and the table. */
import { getHardware, getModel } from '../../engine/index.ts';
import { defaultComputePrecision } from '../../engine/compute/operatorBounds.ts';
import { blockGraph } from '../../engine/graph/blockGraph.ts';
import { graphCost } from '../../engine/graph/cost.ts';
import { optimiseGraph } from '../../engine/graph/passes.ts';
import { enginePasses, type GraphInputs } from './store.ts';

export function graphScenario(inputs: GraphInputs) {
  const model = getModel(inputs.model);
  const hw = getHardware(inputs.hardware);
  const precision = defaultComputePrecision(hw);
  const graph = blockGraph(model, { phase: inputs.phase, batch: inputs.batch, tokens: inputs.tokens });
  const base = optimiseGraph(graph, []);
  const opt = optimiseGraph(graph, enginePasses(inputs.enabled));
  return { model, hw, precision, graph, base, opt, baseCost: graphCost(base, hw, precision), cost: graphCost(opt, hw, precision) };
}
