import { EngineError, requireInRange, requireObject, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { tensorParallelLayout, type AttentionKernel } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { activationPeakUnchecked, workspaceUnchecked } from './activations.ts';
import { dtypeBytes, resolveFormat, type DType, type NumberFormat } from './formats.ts';
import { kvBytesPerToken } from './kvCache.ts';
import { breakdownResolved } from './weights.ts';

export interface MemoryOptions {
  readonly batch: number;
  /** Tokens per sequence the KV cache must hold (prompt + output). */
  readonly tokens: number;
  /**
   * New tokens per sequence in the largest forward step, which sets the live
   * activation peak: the prompt when each sequence is prefilled whole, a chunk
   * size with chunked prefill, 1 for decode only. Default `tokens`.
   */
  readonly stepTokens?: number;
  readonly weights?: NumberFormat;
  readonly kv?: NumberFormat;
  readonly activations?: DType;
  readonly tp?: number;
  readonly attention?: AttentionKernel;
  /**
   * Fraction of device memory the serving engine may use (vLLM
   * --gpu-memory-utilization, default 0.9); 1 = all of it.
   */
  readonly memoryUtilization?: number;
  /** Fixed runtime reserve added to the workspace, bytes (default 0). */
  readonly reserveBytes?: number;
}

export interface MemoryBreakdown {
  /** Per GPU, bytes. */
  readonly weights: number;
  readonly kv: number;
  readonly activations: number;
  readonly workspace: number;
  /** weights + kv + activations + workspace. */
  readonly total: number;
  readonly capacity: number;
  /** capacity × memoryUtilization. */
  readonly usable: number;
  /** usable − total (negative when it does not fit). */
  readonly free: number;
  readonly fits: boolean;
}

/** vLLM's default --gpu-memory-utilization. Source: 'vllm-engine-args'. */
export const DEFAULT_MEMORY_UTILIZATION = 0.9;

const ATTENTION: readonly AttentionKernel[] = ['flash', 'naive'];

/** Smallest usable fraction of memory accepted (the same floor as the efficiencies). */
const MIN_UTILIZATION = 1e-3;

/**
 * Memory per GPU for serving `batch` sequences of `tokens` tokens with tensor
 * parallelism tp:
 *   weights/tp (norms replicated) + b·n·kv_token·(n_kv per GPU / n_kv)
 *   + activation peak (one layer of the largest step, activationPeakBytes)
 *   + workspace  ≤  capacity · utilisation.
 * Ignores: paging slack in the KV cache, allocator fragmentation.
 * Sources: 'kwon-2023-vllm', 'vllm-engine-args', 'shoeybi-2019-megatron-tp'.
 */
export function memoryBreakdown(model: ModelSpec, hw: HardwareSpec, opts: MemoryOptions): MemoryBreakdown {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const batch = requireCount('batch', opts.batch, LIMITS.batch);
  const tokens = requireCount('tokens', opts.tokens, LIMITS.tokens);
  return breakdownUnchecked(model, hw, opts, batch, tokens);
}

function breakdownUnchecked(model: ModelSpec, hw: HardwareSpec, opts: Omit<MemoryOptions, 'batch' | 'tokens'>, batch: number, tokens: number): MemoryBreakdown {
  if (typeof opts !== 'object' || opts === null) throw new EngineError('invalidConfig', { field: 'options', value: opts });
  const tp = requireCount('tp', opts.tp ?? 1, LIMITS.gpus);
  const attention = requireOneOf('attention', opts.attention ?? 'flash', ATTENTION);
  const utilization = requireInRange('memoryUtilization', opts.memoryUtilization ?? DEFAULT_MEMORY_UTILIZATION, MIN_UTILIZATION, 1);
  const reserve = requireInRange('reserveBytes', opts.reserveBytes ?? 0, 0, hw.memoryCapacityBytes);
  const step = opts.stepTokens === undefined ? tokens : requireCount('stepTokens', opts.stepTokens, LIMITS.tokens);
  const layout = tensorParallelLayout(model, tp);
  const weights = breakdownResolved(model, resolveFormat('weights', opts.weights ?? 'fp16'), tp, layout.kvReplication).total;
  return memoryFromPartsUnchecked(hw, {
    weights, kvBytesPerToken: kvBytesPerToken(model, opts.kv ?? 'fp16') * (layout.kvHeadsPerGpu / model.numKvHeads),
    kvTokens: batch * tokens,
    activations: activationPeakUnchecked(model, batch, Math.min(step, tokens), dtypeBytes('activations', opts.activations ?? 'fp16'), layout, tp, attention),
    workspace: workspaceUnchecked(model, batch, tp, reserve),
    utilization,
  });
}

/** Parts already resolved to bytes per GPU (weights, KV per token, activation peak, workspace). */
export interface MemoryParts {
  readonly weights: number;
  readonly kvBytesPerToken: number;
  /** Σ over sequences of the tokens each holds in the KV cache. */
  readonly kvTokens: number;
  readonly activations: number;
  readonly workspace: number;
  readonly utilization: number;
}

/** Sums resolved parts into a MemoryBreakdown against the device's capacity (no validation: callers validate). */
export function memoryFromParts(hw: HardwareSpec, p: MemoryParts): MemoryBreakdown {
  validateHardware(hw);
  const o = requireObject('parts', p);
  for (const k of ['weights', 'kvBytesPerToken', 'kvTokens', 'activations', 'workspace'] as const) requireInRange(`parts.${k}`, o[k], 0, 1e150);
  requireInRange('parts.utilization', o.utilization, 1e-3, 1);
  return memoryFromPartsUnchecked(hw, p);
}

/** memoryFromParts for callers whose parts are computed (not passed in). */
export function memoryFromPartsUnchecked(hw: HardwareSpec, p: MemoryParts): MemoryBreakdown {
  const kv = p.kvTokens * p.kvBytesPerToken;
  const total = p.weights + kv + p.activations + p.workspace;
  const capacity = hw.memoryCapacityBytes;
  const usable = capacity * p.utilization;
  return { weights: p.weights, kv, activations: p.activations, workspace: p.workspace, total, capacity, usable, free: usable - total, fits: total <= usable };
}

/** Search bound for batch and context searches (beyond any real deployment). */
const SEARCH_LIMIT = 1 << 24;

function largestFitting(limit: number, fits: (n: number) => boolean): number {
  if (!fits(1)) return 0;
  let lo = 1;
  let hi = 2;
  while (hi <= limit && fits(hi)) {
    lo = hi;
    hi *= 2;
  }
  hi = Math.min(hi, limit + 1);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The largest batch whose memory (memoryBreakdown) fits at `tokens` tokens per
 * sequence; 0 when even one sequence does not fit. Memory grows monotonically
 * with batch, so a doubling then bisection search finds it exactly.
 */
export function largestBatchThatFits(model: ModelSpec, hw: HardwareSpec, opts: Omit<MemoryOptions, 'batch'>): number {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const tokens = requireCount('tokens', opts.tokens, LIMITS.tokens);
  return largestFitting(SEARCH_LIMIT, (b) => breakdownUnchecked(model, hw, opts, b, tokens).fits);
}

/**
 * The longest context (tokens per sequence) that fits at `batch`, capped at
 * `maxTokens` (default the model's max_position_embeddings); 0 when none fits.
 */
export function longestContextThatFits(
  model: ModelSpec, hw: HardwareSpec, opts: Omit<MemoryOptions, 'tokens'> & { readonly maxTokens?: number },
): number {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const batch = requireCount('batch', opts.batch, LIMITS.batch);
  const cap = requireCount('maxTokens', opts.maxTokens ?? model.maxPositionEmbeddings, LIMITS.tokens);
  return largestFitting(cap, (n) => breakdownUnchecked(model, hw, opts, batch, n).fits);
}
