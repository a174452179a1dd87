/**
 * Does one tensor- or pipeline-parallel step fit in its GPUs' memory? The
 * memory per GPU of the layouts 图8–图10 and 表9–表10 time (parallelStep,
 * commMethodsTimeline), against the same usable memory as the rest of the
 * engine: capacity × DEFAULT_MEMORY_UTILIZATION (vLLM's 0.9).
 *
 * Tensor parallel over t GPUs (Megatron): each GPU holds 1/t of every layer's
 * matrices and of the embedding/lm_head (norms on every GPU), its share of the
 * KV heads for the batch, the step's activation peak and the logits —
 * memoryBreakdown with tp = t:
 *   M = W_t + M_KV,t + A + S.
 * Pipeline parallel over p stages (GPipe): stage s holds its n_s of L layers
 * (splitLayers), the first stage the embedding tables, the last the final
 * norm and lm_head (a copy of the tied embedding when the two are one table);
 * the KV cache of its own layers for the whole batch; the activation peak of
 * one micro-batch (one is in flight per stage in a forward-only step); the
 * logits (S) on the last stage only:
 *   M_s = n_s/L · (W_L + M_KV) + W_e + A + S
 * W_L the whole model's layer weights, M_KV the whole batch's KV cache over
 * all layers, W_e the stage's embedding/head tables. The GPU that needs the
 * most decides whether the step fits. Replicas (no split) hold a full copy
 * each: that is t = p = 1.
 * Weights and KV cache in FP16, FlashAttention (no score matrix stored). The
 * KV cache holds `tokens` per sequence (the prompt in prefill, the context in
 * decode); the activation peak is of the step's new tokens (the prompt in
 * prefill, 1 in decode).
 * Ignores: allocator fragmentation, paging slack, communication buffers and
 * CUDA-graph/NCCL workspaces (so a config shown as fitting near the limit may
 * still need a little more).
 * Sources: 'kwon-2023-vllm' (weights + KV against the usable share),
 * 'shoeybi-2019-megatron-tp' (tensor-parallel split), 'huang-2019-gpipe'
 * (layers split into stages).
 */
import type { Derivation } from '../derivation.ts';
import { requireInRange, requireNonNegative, requireObject, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount, requireIndex } from '../limits.ts';
import { tensorParallelLayout } from '../model/operators.ts';
import { tensorInventory } from '../model/tensors.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { activationPeakUnchecked, workspaceUnchecked } from '../memory/activations.ts';
import { DEFAULT_MEMORY_UTILIZATION, memoryBreakdown, memoryFromPartsUnchecked, type MemoryBreakdown } from '../memory/fit.ts';
import { resolveFormat } from '../memory/formats.ts';
import { kvBytesPerToken } from '../memory/kvCache.ts';
import { breakdownResolved } from '../memory/weights.ts';

export interface ParallelMemoryConfig {
  readonly model: ModelSpec;
  readonly hardware: HardwareSpec;
  readonly mode: 'tp' | 'pp';
  readonly phase: 'decode' | 'prefill';
  /** GPUs: the tensor-parallel degree or the pipeline's stage count. */
  readonly degree: number;
  readonly batch: number;
  /** Tokens per sequence in the KV cache: the prompt (prefill) or the context (decode). */
  readonly tokens: number;
  /** Pipeline micro-batches (the activation peak is one micro-batch's); default 1. */
  readonly microBatches?: number;
}

/** The pipeline terms of the stage that needs the most (absent for tensor parallel). */
export interface PipelineStageMemory {
  /** 0-based stage index. */
  readonly stage: number;
  readonly stageLayers: number;
  readonly layers: number;
  /** The whole model's layer weights, bytes. */
  readonly layerWeights: number;
  /** The whole batch's KV cache over every layer, bytes. */
  readonly kvAllLayers: number;
  /** Embedding and head tables (and final norm) on this stage, bytes. */
  readonly edgeWeights: number;
}

export interface ParallelMemory extends MemoryBreakdown {
  readonly mode: 'tp' | 'pp';
  readonly degree: number;
  /** total − usable when it does not fit, else 0 (bytes per GPU). */
  readonly overBytes: number;
  /** Total bytes on each GPU (one entry per TP rank, all equal; one per pipeline stage). */
  readonly perGpu: readonly number[];
  readonly pipeline: PipelineStageMemory | null;
}

const FP16 = resolveFormat('weights', 'fp16');

/**
 * The tables outside the layers, bytes (FP16): on the first stage the token
 * embedding and any learned position table; on the last the final norm and
 * lm_head — or, when lm_head is tied to the embedding (stored once in the
 * checkpoint), a copy of the embedding the last stage keeps for the logits.
 * `stored` is what the checkpoint holds of them (each table once).
 */
function edgeWeights(model: ModelSpec): { first: number; last: number; stored: number } {
  const { matrices, vectors } = tensorInventory(model);
  let first = 0;
  let last = 0;
  let embedding = 0;
  for (const m of matrices) {
    const bytes = (m.rows * m.cols * m.count * FP16.embeddingBits) / 8;
    if (m.role === 'embedding') embedding = bytes;
    if (m.role === 'embedding' || m.role === 'position') first += bytes;
    else if (m.role === 'lm-head') last += bytes;
  }
  for (const v of vectors) if (v.name === 'final_norm') last += (v.length * v.count * FP16.vectorBits) / 8;
  const stored = first + last;
  if (model.tieWordEmbeddings) last += embedding;
  return { first, last, stored };
}

function finish(b: MemoryBreakdown, mode: 'tp' | 'pp', degree: number, perGpu: readonly number[], pipeline: PipelineStageMemory | null): ParallelMemory {
  return { ...b, mode, degree, overBytes: Math.max(0, b.total - b.usable), perGpu, pipeline };
}

/** Memory per GPU of a tensor- or pipeline-parallel step (see the file comment). Throws EngineError on invalid input. */
export function parallelMemory(config: ParallelMemoryConfig): ParallelMemory {
  requireObject('config', config);
  const c = config;
  validateModel(c.model);
  validateHardware(c.hardware);
  const mode = requireOneOf('mode', c.mode, ['tp', 'pp'] as const);
  const phase = requireOneOf('phase', c.phase, ['decode', 'prefill'] as const);
  const degree = requireCount('degree', c.degree, LIMITS.gpus);
  const batch = requireCount('batch', c.batch, LIMITS.batch);
  const tokens = requireCount('tokens', c.tokens, LIMITS.tokens);
  const stepTokens = phase === 'prefill' ? tokens : 1;
  const { model, hardware: hw } = c;

  if (mode === 'tp') {
    const b = memoryBreakdown(model, hw, { batch, tokens, stepTokens, tp: degree });
    return finish(b, 'tp', degree, Array.from({ length: degree }, () => b.total), null);
  }

  const m = Math.min(requireCount('microBatches', c.microBatches ?? 1, LIMITS.batch), batch);
  const microBatch = Math.ceil(batch / m);
  const L = model.numLayers;
  const layersPerStage = splitLayers(L, degree);
  const edges = edgeWeights(model);
  // W_L: the checkpoint (weightBytesBreakdown's total at FP16) less the tables outside the layers.
  const layerWeights = breakdownResolved(model, FP16, 1, 1).total - edges.stored;
  const kvPerToken = kvBytesPerToken(model, 'fp16');
  const activations = activationPeakUnchecked(model, microBatch, stepTokens, 2, tensorParallelLayout(model, 1), 1, 'flash');
  const stages = layersPerStage.map((n, s) => {
    // One stage holding both ends keeps each table once, as the checkpoint does.
    const edge = degree === 1 ? edges.stored : (s === 0 ? edges.first : 0) + (s === degree - 1 ? edges.last : 0);
    const breakdown = memoryFromPartsUnchecked(hw, {
      weights: (n / L) * layerWeights + edge,
      kvBytesPerToken: (kvPerToken * n) / L,
      kvTokens: batch * tokens,
      activations,
      workspace: s === degree - 1 ? workspaceUnchecked(model, microBatch, 1) : 0,
      utilization: DEFAULT_MEMORY_UTILIZATION,
    });
    return { breakdown, n, edge };
  });
  let worst = 0;
  stages.forEach((st, i) => { if (st.breakdown.total > stages[worst]!.breakdown.total) worst = i; });
  const w = stages[worst]!;
  return finish(w.breakdown, 'pp', degree, stages.map((st) => st.breakdown.total), {
    stage: worst, stageLayers: w.n, layers: L, layerWeights, kvAllLayers: batch * tokens * kvPerToken, edgeWeights: w.edge,
  });
}

/**
 * Layers per pipeline stage: as even as possible, the remainder on the first
 * stages (the split parallelStep times and parallelMemory stores).
 */
export function splitLayers(layers: number, stages: number): number[] {
  requireCount('layers', layers, LIMITS.layers);
  requireCount('stages', stages, LIMITS.layers);
  const q = Math.floor(layers / stages);
  const r = layers % stages;
  return Array.from({ length: stages }, (_, i) => q + (i < r ? 1 : 0));
}

/** params.gpus: the GPUs the layers are split over. */
export type TpMemoryDerivation = Derivation<'tp-memory', 'W_t' | 'M_{KV,t}' | 'A' | 'S'>;
/** params.stage (1-based) and params.stages: the pipeline stage shown (the one that needs the most). */
export type PpMemoryDerivation = Derivation<'pp-memory', 'n_s' | 'L' | 'W_L' | 'M_{KV}' | 'W_e' | 'A' | 'S'>;
export type ParallelMemoryDerivation = TpMemoryDerivation | PpMemoryDerivation;

/**
 * How parallelMemory's total per GPU was computed (the GPU that needs the most):
 *   tensor parallel:   M = W_t + M_KV,t + A + S
 *   pipeline parallel: M = n_s/L · (W_L + M_KV) + W_e + A + S
 * Sources: 'shoeybi-2019-megatron-tp' (TP), 'huang-2019-gpipe' (PP).
 */
export function parallelMemoryDerivation(m: ParallelMemory): ParallelMemoryDerivation {
  const o = requireObject('memory', m);
  const mode = requireOneOf('memory.mode', o.mode, ['tp', 'pp'] as const);
  for (const k of ['weights', 'kv', 'activations', 'workspace', 'total'] as const) requireNonNegative(`memory.${k}`, o[k]);
  requireCount('memory.degree', o.degree, LIMITS.gpus);
  const r = m;
  if (mode === 'tp') {
    return {
      id: 'tp-memory',
      tex: 'M = W_t + M_{KV,t} + A + S',
      evaluate: (v) => v.W_t + v['M_{KV,t}'] + v.A + v.S,
      terms: [
        { symbol: 'W_t', value: r.weights, unit: 'B' },
        { symbol: 'M_{KV,t}', value: r.kv, unit: 'B' },
        { symbol: 'A', value: r.activations, unit: 'B' },
        { symbol: 'S', value: r.workspace, unit: 'B' },
      ],
      result: { value: r.total, unit: 'B' },
      source: 'shoeybi-2019-megatron-tp',
      params: { gpus: r.degree },
    };
  }
  const q = requireObject('memory.pipeline', o.pipeline);
  requireIndex('memory.pipeline.stage', q.stage, r.degree - 1);
  requireCount('memory.pipeline.layers', q.layers, LIMITS.layers);
  requireInRange('memory.pipeline.stageLayers', q.stageLayers, 0, r.pipeline!.layers);
  for (const k of ['layerWeights', 'kvAllLayers', 'edgeWeights'] as const) requireNonNegative(`memory.pipeline.${k}`, q[k]);
  const p = r.pipeline!;
  return {
    id: 'pp-memory',
    tex: 'M = \\frac{n_s}{L}\\,(W_L + M_{KV}) + W_e + A + S',
    evaluate: (v) => (v.n_s / v.L) * (v.W_L + v['M_{KV}']) + v.W_e + v.A + v.S,
    terms: [
      { symbol: 'n_s', value: p.stageLayers, unit: 'count' },
      { symbol: 'L', value: p.layers, unit: 'count' },
      { symbol: 'W_L', value: p.layerWeights, unit: 'B' },
      { symbol: 'M_{KV}', value: p.kvAllLayers, unit: 'B' },
      { symbol: 'W_e', value: p.edgeWeights, unit: 'B' },
      { symbol: 'A', value: r.activations, unit: 'B' },
      { symbol: 'S', value: r.workspace, unit: 'B' },
    ],
    result: { value: r.total, unit: 'B' },
    source: 'huang-2019-gpipe',
    params: { stage: p.stage + 1, stages: r.degree },
  };
}
