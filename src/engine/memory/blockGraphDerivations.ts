/**
 * How the numbers of one transformer block's memory graph (blockGraph.ts)
 * were computed: the activation bytes fusion keeps on chip, the traffic it
 * saves, the live activation peak, and the block's weight bytes. Each result
 * is the very number blockGraph.ts returns; the terms split it into the
 * per-token part and the attention score matrices:
 *   bytes = a · (T · Σ w + Σ N_S)
 * T tokens in the step (b·s in prefill, b in decode), a bytes per element,
 * w a per-token tensor's width (elements per token), N_S the elements of a
 * naive-attention score or probability matrix (b·n_h·s_q·s_kv).
 * Sources: 'dao-2022-flashattention' (fused attention never writes the scores),
 * 'pisarchyk-2020-memory' (live intervals), 'hf-transformers-modeling' (block layout).
 */
import type { Derivation } from '../derivation.ts';
import { blockPeakStep, fusionSavings, requireBlockGraph, type BlockFusionId, type BlockGraph, type BlockTensor } from './blockGraph.ts';
import { resolveFormat, type NumberFormat } from './formats.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { requireArray } from '../errors.ts';

export type FusionStoredDerivation = Derivation<'fusion-stored-saved', 'T' | 'a' | 'W' | 'N_S'>;
export type FusionTrafficDerivation = Derivation<'fusion-traffic-saved', 'T' | 'a' | 'W_{rw}' | 'N_{S,rw}'>;
export type BlockPeakDerivation = Derivation<'block-activation-peak', 'T' | 'a' | 'W' | 'N_S'>;
export type BlockWeightDerivation = Derivation<'block-weight-bytes', 'P' | 'b'>;

const isRemoved = (t: BlockTensor, fusions: ReadonlySet<BlockFusionId>) => t.removedBy.some((f) => fusions.has(f));

/** Σ width (per-token tensors) and Σ elements (score matrices), each tensor weighted by `times`. */
function split(graph: BlockGraph, tensors: readonly BlockTensor[], times: (t: BlockTensor) => number) {
  let widths = 0;
  let scoreElements = 0;
  for (const t of tensors) {
    if (t.width === null) scoreElements += times(t) * (t.bytes / graph.elementBytes);
    else widths += times(t) * t.width;
  }
  return { widths, scoreElements };
}

/**
 * Activation bytes the fusions keep on chip (fusionSavings' materialisedBytesSaved):
 *   M = a · (T · W + N_S),  W = Σ w and N_S = Σ N over the tensors no longer written.
 */
export function fusionStoredDerivation(graph: BlockGraph, fusions: readonly BlockFusionId[]): FusionStoredDerivation {
  requireBlockGraph(graph);
  requireArray('fusions', fusions);
  const set = new Set(fusions);
  const gone = graph.tensors.filter((t) => isRemoved(t, set));
  const s = split(graph, gone, () => 1);
  return {
    id: 'fusion-stored-saved',
    tex: 'M = a\\,(T\\,W + N_S)',
    evaluate: (v) => v.a * (v.T * v.W + v.N_S),
    terms: [
      { symbol: 'T', value: graph.tokens, unit: 'tokens' },
      { symbol: 'a', value: graph.elementBytes, unit: 'B' },
      { symbol: 'W', value: s.widths, unit: 'count' },
      { symbol: 'N_S', value: s.scoreElements, unit: 'count' },
    ],
    result: { value: fusionSavings(graph, fusions).materialisedBytesSaved, unit: 'B' },
    source: 'dao-2022-flashattention',
    params: { tensors: gone.map((t) => t.id) },
  };
}

/**
 * Memory traffic the fusions save (fusionSavings' trafficBytesSaved): each
 * tensor kept on chip is neither written once nor read by each consumer:
 *   Q = a · (T · W_rw + N_S,rw),  W_rw = Σ (1 + c)·w,  N_S,rw = Σ (1 + c)·N  (c consumers).
 */
export function fusionTrafficDerivation(graph: BlockGraph, fusions: readonly BlockFusionId[]): FusionTrafficDerivation {
  requireBlockGraph(graph);
  requireArray('fusions', fusions);
  const set = new Set(fusions);
  const gone = graph.tensors.filter((t) => isRemoved(t, set));
  const s = split(graph, gone, (t) => 1 + t.consumers.length);
  return {
    id: 'fusion-traffic-saved',
    tex: 'Q = a\\,(T\\,W_{rw} + N_{S,rw})',
    evaluate: (v) => v.a * (v.T * v['W_{rw}'] + v['N_{S,rw}']),
    terms: [
      { symbol: 'T', value: graph.tokens, unit: 'tokens' },
      { symbol: 'a', value: graph.elementBytes, unit: 'B' },
      { symbol: 'W_{rw}', value: s.widths, unit: 'count' },
      { symbol: 'N_{S,rw}', value: s.scoreElements, unit: 'count' },
    ],
    result: { value: fusionSavings(graph, fusions).trafficBytesSaved, unit: 'B' },
    source: 'dao-2022-flashattention',
    params: { tensors: gone.map((t) => t.id) },
  };
}

/**
 * The block's live activation peak (blockPeakActivationBytes) at the operator
 * where it is reached: the tensors produced by then and still to be consumed.
 *   A = a · (T · W + N_S)  over the tensors live at that operator.
 */
export function blockPeakDerivation(graph: BlockGraph, fusions: readonly BlockFusionId[]): BlockPeakDerivation {
  requireBlockGraph(graph);
  requireArray('fusions', fusions);
  const step = blockPeakStep(graph, new Set(fusions));
  const s = split(graph, step.liveTensors, () => 1);
  return {
    id: 'block-activation-peak',
    tex: 'A = a\\,(T\\,W + N_S)',
    evaluate: (v) => v.a * (v.T * v.W + v.N_S),
    terms: [
      { symbol: 'T', value: graph.tokens, unit: 'tokens' },
      { symbol: 'a', value: graph.elementBytes, unit: 'B' },
      { symbol: 'W', value: s.widths, unit: 'count' },
      { symbol: 'N_S', value: s.scoreElements, unit: 'count' },
    ],
    result: { value: step.bytes, unit: 'B' },
    source: 'pisarchyk-2020-memory',
    params: { operator: step.operator, tensors: step.liveTensors.map((t) => t.id) },
  };
}

/**
 * Weight bytes of one block (Σ of its operators' weightBytes):
 *   W = P · b / 8,  P = d(q + 2kv) + q·d + m·d·f·k + n_norm·d
 * (m = 3 matrices for a gated MLP, 2 otherwise; k experts per token; two
 * norms of d, or 2d with a LayerNorm bias); b the bits per weight, scales included.
 */
export function blockWeightDerivation(model: ModelSpec, graph: BlockGraph, weights: NumberFormat = 'fp16'): BlockWeightDerivation {
  validateModel(model);
  requireBlockGraph(graph);
  validateModel(model);
  const d = model.hiddenSize;
  const q = model.numHeads * model.headDim;
  const kv = model.numKvHeads * model.headDim;
  const k = model.moe ? model.moe.expertsPerToken : 1;
  const mats = model.mlp === 'gated' ? 3 : 2;
  const norms = 2 * (model.norm === 'layernorm' ? 2 * d : d);
  const params = d * (q + 2 * kv) + q * d + mats * d * model.intermediateSize * k + norms;
  const bytes = graph.nodes.reduce((s, n) => s + n.weightBytes, 0);
  const f = resolveFormat('weights', weights);
  // Plain formats give b exactly; grouped ones add their scales per weight.
  const bits = f.groupSize ? (8 * bytes) / params : f.bits;
  return {
    id: 'block-weight-bytes',
    tex: 'W = \\frac{P\\,b}{8}',
    evaluate: (v) => (v.P * v.b) / 8,
    terms: [
      { symbol: 'P', value: params, unit: 'params' },
      { symbol: 'b', value: bits, unit: 'bits' },
    ],
    result: { value: bytes, unit: 'B' },
    source: 'hf-transformers-modeling',
  };
}
