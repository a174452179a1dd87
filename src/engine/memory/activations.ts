import type { NumberFormat } from './formats.ts';
import { dtypeBytes } from './formats.ts';
import type { ModelSpec } from '../model/types.ts';
import type { AttentionKernel, TensorParallelLayout } from '../model/operators.ts';

/**
 * Peak live activation bytes per GPU while prefilling `batch` sequences of
 * `tokens` tokens. Inference frees each layer's activations before the next,
 * so the peak is one layer's widest moment:
 *   T·a·(d + max(q + 2kv, w_mlp, w_attn))
 * T = b·s tokens, a bytes per element, d residual stream, q/kv the per-GPU
 * query and K/V widths, w_mlp = 2·d_ff/tp (gate and up live together; d_ff/tp
 * for a plain MLP; × k for MoE), w_attn = n_h/tp · s for the naive kernel's
 * score matrix (0 with FlashAttention, which keeps it on chip).
 * Ignores: allocator fragmentation, CUDA graphs' static buffers.
 * Source: 'dao-2022-flashattention' (scores never materialised); layout as emitOperators.
 */
export function activationPeakBytes(
  model: ModelSpec, batch: number, tokens: number, activations: NumberFormat,
  layout: TensorParallelLayout, tp: number, attention: AttentionKernel,
): number {
  const a = dtypeBytes('activations', activations);
  const T = batch * tokens;
  const hd = model.headDim;
  const qkv = (layout.headsPerGpu + 2 * layout.kvHeadsPerGpu) * hd;
  const k = model.moe ? model.moe.expertsPerToken : 1;
  const mlp = ((model.mlp === 'gated' ? 2 : 1) * model.intermediateSize * k) / tp;
  const scores = attention === 'naive' ? layout.headsPerGpu * tokens : 0;
  return T * a * (model.hiddenSize + Math.max(qkv, mlp, scores));
}

/**
 * Per-GPU workspace: the logits of the last position of every sequence in
 * FP32 for sampling, b · V/tp · 4 bytes, plus a fixed runtime reserve the
 * caller may set (cuBLAS workspace, CUDA context; default 0).
 * Source: 'hf-transformers-modeling' (logits are upcast to float32 before sampling).
 */
export function workspaceBytes(model: ModelSpec, batch: number, tp: number, reserveBytes = 0): number {
  return (batch * model.vocabSize * 4) / tp + reserveBytes;
}
