import type { Derivation } from '../derivation.ts';
import { EngineError, requireInRange, requireObject, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import type { NumberFormat } from './formats.ts';
import { dtypeBytes } from './formats.ts';
import type { ModelSpec } from '../model/types.ts';
import { tensorParallelLayout, type AttentionKernel, type TensorParallelLayout } from '../model/operators.ts';
import { validateModel } from '../model/validate.ts';

const ATTENTION: readonly AttentionKernel[] = ['flash', 'naive'];

/** Widths (elements per token, per GPU) of the live activation peak's candidates. */
interface PeakWidths {
  readonly d: number;
  readonly q: number;
  readonly mlp: number;
  readonly scores: number;
}

function peakWidths(model: ModelSpec, tokens: number, layout: TensorParallelLayout, tp: number, attention: AttentionKernel): PeakWidths {
  const k = model.moe ? model.moe.expertsPerToken : 1;
  return {
    d: model.hiddenSize,
    q: layout.headsPerGpu * model.headDim,
    mlp: ((model.mlp === 'gated' ? 2 : 1) * model.intermediateSize * k) / tp,
    scores: attention === 'naive' ? layout.headsPerGpu * tokens : 0,
  };
}

/** max(2d + q, d + 2q, 2d + w_mlp, d + q + w_S): the widest moment of one layer. */
const peakWidth = (w: PeakWidths): number => Math.max(2 * w.d + w.q, w.d + 2 * w.q, 2 * w.d + w.mlp, w.d + w.q + w.scores);

/**
 * Peak live activation bytes per GPU of one forward step of `batch` sequences
 * of `tokens` new tokens each (a prefill, a prefill chunk, or tokens = 1 for
 * decode). Inference keeps no activation for later: each layer's tensors die
 * as soon as their last consumer has run (in place where an operator allows),
 * so the peak is one layer's widest moment — the same number the lifetime walk
 * of layerTensorLifetimes + layerBuffers (in place) reaches:
 *   A = T·a·max(2d + q, d + 2q, 2d + w_mlp, d + q + w_S)
 * T = b·s tokens in the step, a bytes per element, d residual width (the layer
 * input stays live for the residual), q = n_h/tp·d_h query width, w_mlp the
 * MLP's live hidden width (gate and up together: 2·d_ff/tp; d_ff/tp for a plain
 * MLP; × k experts for MoE), w_S = n_h/tp·s the naive kernel's score row per
 * token (0 with FlashAttention, which keeps scores on chip). K and V go
 * straight into the KV cache and are counted there.
 * Llama-2-13B, 13 × 512 tokens, naive attention, FP16: 0.41 GiB.
 * Ignores: allocator fragmentation, kernel workspaces, CUDA graphs' static buffers.
 * Sources: 'pisarchyk-2020-memory' (lifetimes, in-place reuse), 'dao-2022-flashattention' (scores never materialised).
 */
export function activationPeakBytes(
  model: ModelSpec, batch: number, tokens: number, activations: NumberFormat,
  layout: TensorParallelLayout, tp: number, attention: AttentionKernel,
): number {
  validateModel(model);
  requireCount('batch', batch, LIMITS.batch);
  requireCount('tokens', tokens, LIMITS.tokens);
  requireCount('tp', tp, LIMITS.gpus);
  requireOneOf('attention', attention, ATTENTION);
  const l = requireObject('layout', layout);
  const expected = tensorParallelLayout(model, tp);
  if (l.headsPerGpu !== expected.headsPerGpu || l.kvHeadsPerGpu !== expected.kvHeadsPerGpu) {
    throw new EngineError('invalidConfig', { field: 'layout', value: l.headsPerGpu });
  }
  return activationPeakUnchecked(model, batch, tokens, dtypeBytes('activations', activations), expected, tp, attention);
}

/** activationPeakBytes for callers that have checked their inputs (a = bytes per activation element). */
export function activationPeakUnchecked(
  model: ModelSpec, batch: number, tokens: number, a: number, layout: TensorParallelLayout, tp: number, attention: AttentionKernel,
): number {
  return batch * tokens * a * peakWidth(peakWidths(model, tokens, layout, tp, attention));
}

export interface ActivationPeakOptions {
  readonly batch: number;
  /** New tokens per sequence in the step (prompt, chunk, or 1 in decode). */
  readonly tokens: number;
  readonly activations?: NumberFormat;
  readonly tp?: number;
  readonly attention?: AttentionKernel;
}

export type ActivationPeakDerivation = Derivation<'activation-peak', 'T' | 'a' | 'd' | 'q' | 'w_{mlp}' | 'w_S'>;

/** How activationPeakBytes was computed (one derivation for every view that shows activation memory). */
export function activationPeakDerivation(model: ModelSpec, opts: ActivationPeakOptions): ActivationPeakDerivation {
  validateModel(model);
  const o = requireObject('options', opts);
  const batch = requireCount('batch', o.batch, LIMITS.batch);
  const tokens = requireCount('tokens', o.tokens, LIMITS.tokens);
  const tp = requireCount('tp', o.tp ?? 1, LIMITS.gpus);
  const attention = requireOneOf('attention', opts.attention ?? 'flash', ATTENTION);
  const layout = tensorParallelLayout(model, tp);
  const a = dtypeBytes('activations', opts.activations ?? 'fp16');
  const w = peakWidths(model, tokens, layout, tp, attention);
  return {
    id: 'activation-peak',
    tex: 'A = T\\,a\\,\\max(2d + q,\\; d + 2q,\\; 2d + w_{mlp},\\; d + q + w_S)',
    evaluate: (v) => v.T * v.a * Math.max(2 * v.d + v.q, v.d + 2 * v.q, 2 * v.d + v['w_{mlp}'], v.d + v.q + v.w_S),
    terms: [
      { symbol: 'T', value: batch * tokens, unit: 'tokens' },
      { symbol: 'a', value: a, unit: 'B' },
      { symbol: 'd', value: w.d, unit: 'count' },
      { symbol: 'q', value: w.q, unit: 'count' },
      { symbol: 'w_{mlp}', value: w.mlp, unit: 'count' },
      { symbol: 'w_S', value: w.scores, unit: 'count' },
    ],
    result: { value: batch * tokens * a * peakWidth(w), unit: 'B' },
    source: 'pisarchyk-2020-memory',
  };
}

/**
 * Per-GPU workspace: the logits of the last position of every sequence in
 * FP32 for sampling, b · V/tp · 4 bytes, plus a fixed runtime reserve the
 * caller may set (cuBLAS workspace, CUDA context; default 0).
 * Source: 'hf-transformers-modeling' (logits are upcast to float32 before sampling).
 */
export function workspaceBytes(model: ModelSpec, batch: number, tp: number, reserveBytes = 0): number {
  validateModel(model);
  return workspaceUnchecked(model, requireCount('batch', batch, LIMITS.batch), requireCount('tp', tp, LIMITS.gpus), requireInRange('reserveBytes', reserveBytes, 0, 1e17));
}

/** workspaceBytes for callers that have checked their inputs. */
export const workspaceUnchecked = (model: ModelSpec, batch: number, tp: number, reserveBytes = 0): number =>
  (batch * model.vocabSize * 4) / tp + reserveBytes;
