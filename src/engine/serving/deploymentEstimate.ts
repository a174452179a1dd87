import { servingEnergy, type ServingEnergy } from '../energy/servingEnergy.ts';
import { requireOneOf, requirePositiveInt, requireObject } from '../errors.ts';
import type { NumberFormat } from '../memory/formats.ts';
import { largestBatchThatFits, memoryBreakdown, type MemoryBreakdown, type MemoryOptions } from '../memory/fit.ts';
import type { AttentionKernel } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import type { EfficiencyInput } from './efficiency.ts';
import { kvReservedTokens } from './kvReservation.ts';
import { servingEstimate, type ServingEstimate } from './latency.ts';

/** One way of serving a model: the knobs an operator turns, and the workload. */
export interface DeploymentConfig {
  readonly weights: NumberFormat;
  readonly kv: NumberFormat;
  /** Concurrent requests wanted; fewer run when memory runs out. */
  readonly batch: number;
  /** KV cache in on-demand blocks (PagedAttention) instead of contiguous max-length slots. */
  readonly paged: boolean;
  readonly tp: number;
  readonly attention: AttentionKernel;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Longest request the server accepts (default the model's max_position_embeddings). */
  readonly maxLength?: number;
  readonly efficiency?: EfficiencyInput;
  readonly memoryUtilization?: number;
  /** Precision of the matmuls (default: the activations' fp16); FP8 deployments say 'fp8'. */
  readonly computePrecision?: Precision;
}

export interface DeploymentEstimate {
  readonly requestedBatch: number;
  /** Requests that actually run together: min(requested, batchLimit). 0 when not even one fits. */
  readonly batch: number;
  /** Largest batch whose memory fits at the reserved KV length (largestBatchThatFits). */
  readonly batchLimit: number;
  readonly limitedByMemory: boolean;
  /** KV slots each request holds (kvReservedTokens). */
  readonly reservedTokens: number;
  /** Memory per GPU at the running batch (at batch 1 when nothing fits, to show by how much). */
  readonly memory: MemoryBreakdown;
  readonly memoryOptions: MemoryOptions;
  /** Timing and energy of the running batch; null when not even one request fits. */
  readonly serving: ServingEstimate | null;
  readonly energy: ServingEnergy | null;
  readonly gpus: number;
}

const ATTENTION: readonly AttentionKernel[] = ['flash', 'naive'];

/**
 * What a deployment delivers: how many requests fit (largestBatchThatFits at
 * the KV slots each request reserves), then TTFT, TPOT and tokens/s
 * (servingEstimate) and energy per token (servingEnergy) at that batch.
 *   b_run = min(b_wanted, max{b : M(b, n_res) ≤ u·C}),  n_res = kvReservedTokens
 * Without paging each request reserves the maximum length, so memory caps the
 * batch much earlier (Kwon et al. Fig. 2 and 3). The activation term is the
 * live peak of the batch's prefill (b × prompt tokens), not of the reserved
 * length; compute runs at `computePrecision`.
 * Ignores: queueing, continuous batching, requests of unequal length.
 * Sources: 'kwon-2023-vllm', 'vllm-engine-args', 'databricks-2023-inference'.
 */
export function deploymentEstimate(model: ModelSpec, hw: HardwareSpec, config: DeploymentConfig): DeploymentEstimate {
  validateModel(model);
  requireObject('config', config);
  const requested = requirePositiveInt('batch', config.batch);
  const tp = requirePositiveInt('tp', config.tp);
  const attention = requireOneOf('attention', config.attention, ATTENTION);
  const reservedTokens = kvReservedTokens({
    promptTokens: config.promptTokens, outputTokens: config.outputTokens,
    maxLength: config.maxLength ?? model.maxPositionEmbeddings, paged: config.paged,
  });
  const fitOptions = {
    tokens: reservedTokens, stepTokens: config.promptTokens, weights: config.weights, kv: config.kv, tp, attention,
    ...(config.memoryUtilization === undefined ? {} : { memoryUtilization: config.memoryUtilization }),
  };
  const batchLimit = largestBatchThatFits(model, hw, fitOptions);
  const batch = Math.min(requested, batchLimit);
  const memoryOptions: MemoryOptions = { ...fitOptions, batch: Math.max(1, batch) };
  const memory = memoryBreakdown(model, hw, memoryOptions);
  if (batch === 0) {
    return { requestedBatch: requested, batch, batchLimit, limitedByMemory: true, reservedTokens, memory, memoryOptions, serving: null, energy: null, gpus: tp };
  }
  const step = {
    weights: config.weights, kv: config.kv, tp, attention, batch,
    promptTokens: config.promptTokens, outputTokens: config.outputTokens,
    ...(config.efficiency === undefined ? {} : { efficiency: config.efficiency }),
    ...(config.computePrecision === undefined ? {} : { computePrecision: config.computePrecision }),
  };
  return {
    requestedBatch: requested, batch, batchLimit, limitedByMemory: batch < requested, reservedTokens, memory, memoryOptions,
    serving: servingEstimate(model, hw, step),
    energy: servingEnergy(model, hw, step),
    gpus: tp,
  };
}
