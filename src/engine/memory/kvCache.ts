import { requireInRange, requireObject } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { elementBits, resolveFormat, type NumberFormat } from './formats.ts';

export interface KvCacheOptions {
  /** Tokens held per sequence (prompt + generated so far). */
  readonly tokens: number;
  readonly batch?: number;
  /** Element format of the cache (default 'fp16'); group formats put groups along head_dim. */
  readonly dtype?: NumberFormat;
}

/**
 * Bytes of K and V cache per token of one sequence, all layers:
 *   2 · L · n_kv · d_h · b_kv / 8
 * 2 = K and V, L layers, n_kv key/value heads (GQA/MQA shrink this), d_h head
 * width, b_kv bits per element (plus group overhead). OPT-13B FP16: 819,200 B
 * ("800 KB", KiB). Ignores: paging slack (see contiguousSlotWaste) and
 * Mistral's sliding-window cap. Sources: 'kwon-2023-vllm' Sec. 3; 'kipply-2022-arithmetic'.
 */
export function kvBytesPerToken(model: ModelSpec, dtype: NumberFormat = 'fp16'): number {
  validateModel(model);
  const f = resolveFormat('dtype', dtype);
  return (2 * model.numLayers * model.numKvHeads * model.headDim * elementBits(f, model.headDim)) / 8;
}

/**
 * KV cache bytes for `batch` sequences of `tokens` tokens:
 *   batch · tokens · 2 · L · n_kv · d_h · b_kv / 8.
 * Llama-2-70B, 1024 tokens, batch 1, FP16 → 335,544,320 B = 0.3125 GiB
 * (Databricks Table 3: .312 GiB). Source: 'kwon-2023-vllm', 'databricks-2023-inference'.
 */
export function kvCacheBytes(model: ModelSpec, opts: KvCacheOptions): number {
  const o = requireObject('options', opts);
  const tokens = requireInRange('tokens', o.tokens, Number.MIN_VALUE, LIMITS.tokens);
  const batch = requireInRange('batch', o.batch ?? 1, Number.MIN_VALUE, LIMITS.batch);
  return batch * tokens * kvBytesPerToken(model, opts.dtype ?? 'fp16');
}
