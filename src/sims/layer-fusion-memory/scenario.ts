/** From the inputs to the engine's block graph, savings, partition and derivations. */
import {
  blockPeakDerivation, blockWeightDerivation, fusionSavings, fusionStoredDerivation, fusionTrafficDerivation, getModel, partitionBlock,
  transformerBlockGraph, type BlockFusionId, type BlockGraph, type BlockTensor,
} from '../../engine/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import { MIB, type Inputs } from './inputs.ts';
import type { TensorKind } from './text.ts';

export type State = ValuesOf<Inputs>;

const FUSION_INPUT: Readonly<Record<BlockFusionId, 'fuseNorm' | 'fuseAttention' | 'fuseMlp' | 'fuseResidual'>> = {
  'norm-into-proj': 'fuseNorm',
  'flash-attention': 'fuseAttention',
  'mlp-activation': 'fuseMlp',
  'residual-epilogue': 'fuseResidual',
};
export const fusionInput = (f: BlockFusionId) => FUSION_INPUT[f];

export function fusionsOf(s: State): BlockFusionId[] {
  return (Object.keys(FUSION_INPUT) as BlockFusionId[]).filter((f) => s[FUSION_INPUT[f]]);
}

export function kindOf(t: BlockTensor): TensorKind {
  if (t.id === 'scores' || t.id === 'probs') return 'scores';
  if (t.id === 'gate_out' || t.id === 'up_out' || t.id === 'act_out') return 'mlp';
  if (t.id === 'qk_in' || t.id === 'v') return 'qkv';
  return 'other';
}

/** The largest intermediate tensor's kind (the predict-first answer) and the sizes the answer quotes. */
export function largestTensor(graph: BlockGraph) {
  const size = (id: string) => graph.tensors.find((x) => x.id === id)?.bytes ?? 0;
  const top = graph.tensors.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { kind: kindOf(top), scores: size('scores'), mlp: size('up_out'), qk: size('qk_in') };
}

export function compute(s: State) {
  const model = getModel(s.modelId);
  const tokens = Math.min(s.tokens, model.maxPositionEmbeddings);
  const graph = transformerBlockGraph(model, { phase: s.phase, batch: s.batch, tokens });
  const fusions = fusionsOf(s);
  const savings = fusionSavings(graph, fusions);
  const whole = partitionBlock(graph, Number.MAX_VALUE, fusions)[0]!;
  const parts = partitionBlock(graph, s.budgetMiB * MIB, fusions);
  return {
    model, tokens, capped: tokens < s.tokens, graph, fusions, savings, whole, parts,
    largest: largestTensor(graph),
    dStored: fusionStoredDerivation(graph, fusions),
    dTraffic: fusionTrafficDerivation(graph, fusions),
    dPeak: blockPeakDerivation(graph, fusions),
    dWeights: blockWeightDerivation(model, graph),
  };
}
