import { EngineError, requireInRange, requireObject, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { validateModel } from './validate.ts';
import { elementBits, matrixBytesOf, requireResolvedFormat, type ResolvedFormat } from '../memory/formats.ts';
import {
  ACTIVATION_FLOPS_PER_ELEMENT, ADD_FLOPS_PER_ELEMENT, GATE_MULTIPLY_FLOPS_PER_ELEMENT, NORM_FLOPS_PER_ELEMENT, SOFTMAX_FLOPS_PER_ELEMENT,
  SPECIAL_OPS_PER_ACTIVATION, SPECIAL_OPS_PER_NORM_ROW, SPECIAL_OPS_PER_SOFTMAX_ELEMENT,
} from './elementwise.ts';
import { matmulFlops } from './flops.ts';
import { expectedDistinctExperts } from './moe.ts';
import type { ModelSpec } from './types.ts';

export type Phase = 'prefill' | 'decode';
export type AttentionKernel = 'flash' | 'naive';

/** Operator class labels, stable for charts and tests. */
export type OpClass =
  | 'embed' | 'pos-embed' | 'norm' | 'qkv' | 'attn-score' | 'softmax' | 'attn-v' | 'o-proj' | 'residual'
  | 'mlp-gate' | 'mlp-up' | 'act' | 'mlp-down' | 'moe-router' | 'lm-head';

/** Everything the operator list depends on, resolved to numbers (per GPU). */
export interface OperatorContext {
  readonly phase: Phase;
  readonly batch: number;
  /** Prompt length in prefill; context length (tokens attended to) in decode. */
  readonly tokens: number;
  readonly tp: number;
  readonly weights: ResolvedFormat;
  readonly kv: ResolvedFormat;
  /** Bytes per activation element. */
  readonly actBytes: number;
  readonly attention: AttentionKernel;
  /** On-chip SRAM per core, bytes: sets FlashAttention's block size. */
  readonly sramBytes: number;
  /**
   * Prefill only: tokens of each sequence already in the KV cache before this
   * step (earlier chunks of a chunked prefill, Sarathi); the new `tokens`
   * attend to them too. Default 0.
   */
  readonly pastTokens?: number;
}

/**
 * Receives one operator: `count` identical instances (e.g. one per layer), each
 * with `launches` kernels, `flops` FLOPs, bytes read + written split into
 * weights / activations / KV cache, and `specialOps` transcendental results
 * (exp, rsqrt, reciprocal; part of `flops`) that run on the special-function
 * units — all per GPU and per instance.
 */
export type OperatorSink = (
  name: string, cls: OpClass, count: number, launches: number,
  flops: number, weightBytes: number, activationBytes: number, kvBytes: number, specialOps: number,
) => void;

export interface TensorParallelLayout {
  readonly headsPerGpu: number;
  readonly kvHeadsPerGpu: number;
  /** GPUs holding a copy of each K/V head (1 unless tp exceeds the KV head count). */
  readonly kvReplication: number;
}

/**
 * How heads split over `tp` GPUs (Megatron-LM column/row parallelism): query
 * heads must divide evenly; K/V heads divide evenly, or, when tp exceeds them,
 * each GPU holds one replicated K/V head (tp must then be a multiple of n_kv).
 * Source: 'shoeybi-2019-megatron-tp'.
 */
export function tensorParallelLayout(model: ModelSpec, tp: number): TensorParallelLayout {
  validateModel(model);
  requireCount('tp', tp, LIMITS.gpus);
  if (model.numHeads % tp !== 0) throw new EngineError('notDivisible', { field: 'tp', value: tp, divisor: 'numHeads', divisorValue: model.numHeads });
  const kv = model.numKvHeads;
  if (kv >= tp) {
    if (kv % tp !== 0) throw new EngineError('notDivisible', { field: 'tp', value: tp, divisor: 'numKvHeads', divisorValue: kv });
    return { headsPerGpu: model.numHeads / tp, kvHeadsPerGpu: kv / tp, kvReplication: 1 };
  }
  if (tp % kv !== 0) throw new EngineError('notDivisible', { field: 'tp', value: tp, divisor: 'numKvHeads', divisorValue: kv });
  return { headsPerGpu: model.numHeads / tp, kvHeadsPerGpu: 1, kvReplication: tp / kv };
}

/**
 * FlashAttention query-block rows from on-chip SRAM of M bytes:
 * B_c = ⌈M / (4·d_h·a)⌉, B_r = min(B_c, d_h) (Dao et al. 2022, Algorithm 1;
 * a = bytes per element). Source: 'dao-2022-flashattention'.
 */
export function flashBlockRows(sramBytes: number, headDim: number, actBytes: number): number {
  requireInRange('sramBytes', sramBytes, 1, 1e12);
  requireInRange('headDim', headDim, 1, LIMITS.width);
  requireInRange('actBytes', actBytes, 1 / 8, 8);
  return flashRows(sramBytes, headDim, actBytes);
}

const flashRows = (sramBytes: number, headDim: number, actBytes: number): number =>
  Math.max(1, Math.min(Math.ceil(sramBytes / (4 * headDim * actBytes)), headDim));

/**
 * Emits the operators of one forward step of a decoder-only transformer.
 *
 * Per GPU with tensor parallelism tp: T tokens pass through the layers
 * (T = b·s in prefill, T = b in decode); matrices are split tp ways; norms and
 * residuals are replicated. Linear layers cost 2·T·in·out FLOPs (matmulFlops)
 * and read their weights once. Attention uses n_h query heads for FLOPs and
 * n_kv heads for K/V traffic (GQA): decode reads the whole cached context
 * (b·n·2·n_kv·d_h elements), so its FLOPs and KV bytes grow with context;
 * prefill counts only unmasked (causal) score pairs s(s+1)/2 with FlashAttention
 * (all s² with 'naive'). FlashAttention (FA-2 loop order) keeps scores on chip;
 * each thread block owns one query head's block of B_r rows and streams the
 * K/V rows of that head's KV head up to the causal diagonal, so prefill reads
 * K/V once per query head and query block (the n_h / n_kv heads of a group
 * each read it; Dao 2023 Algorithm 1, Sec. 3.2). Decode reads each KV head
 * once. With p past tokens (chunked prefill) the chunk also attends to them:
 * p·s more pairs and p more K/V rows per query block. 'naive' writes the score
 * and probability matrices to memory. Transcendentals are counted apart
 * (specialOps): one exp per score, one rsqrt per normalised row, exp and
 * reciprocal per SiLU element. MoE layers read the expected number of
 * distinct experts for the T routed tokens (expectedDistinctExperts). lm_head
 * runs on the last position only in prefill (b rows), on b rows in decode.
 * Norm and bias vectors are read at the format's vectorBits and the
 * embedding/lm_head tables at its embeddingBits (FP16 unless the format says).
 * Ignores: RoPE and bias-add kernels (fused), dropout (inference), sampling,
 * L2 reuse of K/V across the query heads of a group.
 * Sources: 'hf-transformers-modeling', 'dao-2022-flashattention',
 * 'dao-2023-flashattention2', 'shoeybi-2019-megatron-tp', 'kipply-2022-arithmetic'.
 */
export function emitOperators(model: ModelSpec, ctx: OperatorContext, sink: OperatorSink): void {
  validateModel(model);
  const c = requireObject('context', ctx);
  requireOneOf('context.phase', c.phase, ['prefill', 'decode']);
  requireCount('context.batch', c.batch, LIMITS.batch);
  requireCount('context.tokens', c.tokens, LIMITS.tokens);
  requireCount('context.tp', c.tp, LIMITS.gpus);
  requireResolvedFormat('context.weights', c.weights);
  requireResolvedFormat('context.kv', c.kv);
  requireInRange('context.actBytes', c.actBytes, 1 / 8, 8);
  requireOneOf('context.attention', c.attention, ['flash', 'naive']);
  requireInRange('context.sramBytes', c.sramBytes, 1, 1e12);
  if (c.pastTokens !== undefined) requireInRange('context.pastTokens', c.pastTokens, 0, LIMITS.tokens);
  if (typeof sink !== 'function') throw new EngineError('invalidConfig', { field: 'sink', reason: 'expectedFunction' });
  emitOperatorsUnchecked(model, ctx, sink);
}

/** emitOperators for callers that have already validated the model and the context (inferenceStep, servingThroughput). */
export function emitOperatorsUnchecked(model: ModelSpec, ctx: OperatorContext, sink: OperatorSink): void {
  const { batch: b, tokens: n, tp, weights: wf, actBytes: a } = ctx;
  const prefill = ctx.phase === 'prefill';
  const layout = tensorParallelLayout(model, tp);
  const L = model.numLayers;
  const d = model.hiddenSize;
  const hd = model.headDim;
  const heads = layout.headsPerGpu;
  const qDim = heads * hd;
  const kvDim = layout.kvHeadsPerGpu * hd;
  const ff = model.intermediateSize / tp;
  const vocab = model.vocabSize / tp;
  const T = prefill ? b * n : b;
  const vb = wf.vectorBits / 8;
  const tableBytes = (rows: number, cols: number): number => (rows * cols * wf.embeddingBits) / 8;
  const kvElem = elementBits(ctx.kv, hd) / 8;
  const past = prefill ? (ctx.pastTokens ?? 0) : 0;

  // Embedding lookup: vocabulary-parallel, each GPU gathers its share of rows.
  sink('embed_tokens', 'embed', 1, 1, 0, tableBytes(T, d) / tp, T * d * a, 0, 0);
  if (model.position.kind === 'learned') {
    sink('embed_positions', 'pos-embed', 1, 1, ADD_FLOPS_PER_ELEMENT * T * d, tableBytes(T, d), 3 * T * d * a, 0, 0);
  }

  const normVec = (model.norm === 'layernorm' ? 2 * d : d) * vb;
  const norm = (name: string, count: number) =>
    sink(name, 'norm', count, 1, NORM_FLOPS_PER_ELEMENT * T * d, normVec, 2 * T * d * a, 0, SPECIAL_OPS_PER_NORM_ROW * T);
  norm('input_norm', L);

  const qkvBias = model.qkvBias;
  sink('q_proj', 'qkv', L, 1, matmulFlops(T, d, qDim) + (qkvBias ? T * qDim : 0),
    matrixBytesOf(wf, qDim, d) + (qkvBias ? qDim * vb : 0), T * (d + qDim) * a, 0, 0);
  for (const name of ['k_proj', 'v_proj']) {
    sink(name, 'qkv', L, 1, matmulFlops(T, d, kvDim) + (qkvBias ? T * kvDim : 0),
      matrixBytesOf(wf, kvDim, d) + (qkvBias ? kvDim * vb : 0), T * d * a, T * kvDim * kvElem, 0);
  }

  // Attention. pairs = (query, key) pairs per sequence and head.
  const flash = ctx.attention === 'flash';
  const sq = prefill ? n : 1;
  const skv = past + n;
  const pairs = prefill ? (flash ? n * past + (n * (n + 1)) / 2 : n * skv) : n;
  const scoreFlops = b * heads * matmulFlops(1, hd, pairs);
  // K (and, in attn_v, V) bytes read per sequence: decode reads each KV head
  // once; FA-2 prefill has each query head's block stream its KV head's rows.
  let kRead = b * skv * kvDim * kvElem;
  if (prefill && flash) {
    const blocks = Math.ceil(n / flashRows(ctx.sramBytes, hd, a));
    const rowsPerHead = blocks * past + (n * (blocks + 1)) / 2;
    kRead = b * rowsPerHead * qDim * kvElem;
  }
  const qBytes = b * sq * qDim * a;
  const scoreMatrix = b * heads * sq * skv * a;
  const exps = SPECIAL_OPS_PER_SOFTMAX_ELEMENT * b * heads * pairs;
  if (flash) {
    sink('attn_scores', 'attn-score', L, 1, scoreFlops, 0, qBytes, kRead, 0);
    sink('softmax', 'softmax', L, 0, SOFTMAX_FLOPS_PER_ELEMENT * b * heads * pairs, 0, 0, 0, exps);
    sink('attn_v', 'attn-v', L, 0, scoreFlops, 0, qBytes, kRead, 0);
  } else {
    sink('attn_scores', 'attn-score', L, 1, scoreFlops, 0, qBytes + scoreMatrix, kRead, 0);
    sink('softmax', 'softmax', L, 1, SOFTMAX_FLOPS_PER_ELEMENT * b * heads * pairs, 0, 2 * scoreMatrix, 0, exps);
    sink('attn_v', 'attn-v', L, 1, scoreFlops, 0, scoreMatrix + qBytes, kRead, 0);
  }

  sink('o_proj', 'o-proj', L, 1, matmulFlops(T, qDim, d) + (model.oBias ? T * d : 0),
    matrixBytesOf(wf, d, qDim) + (model.oBias ? d * vb : 0), T * (qDim + d) * a, 0, 0);
  sink('attn_residual', 'residual', L, 1, ADD_FLOPS_PER_ELEMENT * T * d, 0, 3 * T * d * a, 0, 0);
  norm('post_attention_norm', L);

  // MLP or MoE experts. R rows reach the experts; X experts' weights are read.
  let R = T;
  let X = 1;
  if (model.moe) {
    const E = model.moe.numExperts;
    const k = model.moe.expertsPerToken;
    sink('router', 'moe-router', L, 1, matmulFlops(T, d, E), matrixBytesOf(wf, E, d), T * (d + E) * a, 0, SPECIAL_OPS_PER_SOFTMAX_ELEMENT * T * E);
    R = T * k;
    X = expectedDistinctExperts(E, k, T);
  }
  const mb = model.mlpBias;
  const upFlops = matmulFlops(R, d, ff) + (mb ? R * ff : 0);
  const upBytes = X * (matrixBytesOf(wf, ff, d) + (mb ? ff * vb : 0));
  const actSpecial = SPECIAL_OPS_PER_ACTIVATION[model.activation] * R * ff;
  if (model.mlp === 'gated') {
    sink('gate_proj', 'mlp-gate', L, 1, upFlops, upBytes, R * (d + ff) * a, 0, 0);
    sink('up_proj', 'mlp-up', L, 1, upFlops, upBytes, R * (d + ff) * a, 0, 0);
    sink('act_mul', 'act', L, 1, (ACTIVATION_FLOPS_PER_ELEMENT + GATE_MULTIPLY_FLOPS_PER_ELEMENT) * R * ff, 0, 3 * R * ff * a, 0, actSpecial);
  } else {
    sink('fc1', 'mlp-up', L, 1, upFlops, upBytes, R * (d + ff) * a, 0, 0);
    sink('act', 'act', L, 1, ACTIVATION_FLOPS_PER_ELEMENT * R * ff, 0, 2 * R * ff * a, 0, actSpecial);
  }
  sink(model.mlp === 'gated' ? 'down_proj' : 'fc2', 'mlp-down', L, 1, matmulFlops(R, ff, d) + (mb ? R * d : 0),
    X * (matrixBytesOf(wf, d, ff) + (mb ? d * vb : 0)), R * (ff + d) * a, 0, 0);
  sink('mlp_residual', 'residual', L, 1, ADD_FLOPS_PER_ELEMENT * T * d, 0, 3 * T * d * a, 0, 0);

  norm('final_norm', 1);
  const lmRows = b;
  sink('lm_head', 'lm-head', 1, 1, matmulFlops(lmRows, d, vocab), tableBytes(vocab, d), lmRows * (d + vocab) * a, 0, 0);
}
