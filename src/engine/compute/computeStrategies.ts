/**
 * 表7: the section's compute techniques on one model and device, each as a
 * before/after pair from the engine, so the speed-up, its cost and what it
 * speeds up are all computed, not typed.
 * Sources: per row below; 'williams-2009-roofline' for all step times.
 */
import type { Derivation } from '../derivation.ts';
import { kvCacheBytes } from '../memory/kvCache.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import type { SourceKey } from '../sources/index.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import { simulateBatching } from '../serving/batching.ts';
import { requestStream } from '../serving/requestStream.ts';
import { tensorParallelOptions } from '../serving/replicasVsTp.ts';
import { schedulePipeline, stageSeconds } from '../serving/taskPipeline.ts';
import { requirePositiveInt, requireObject, requireNumberFields, requireOneOf } from '../errors.ts';
import { fusionChain, fusionCost } from './fusion.ts';

export type StrategyId = 'fusion' | 'flash-attention' | 'kv-reuse' | 'batching' | 'continuous-batching' | 'tensor-parallel' | 'task-pipeline';
/** What the speed-up is measured on. */
export type SpeedupMetric = 'ttft' | 'tpot' | 'throughput' | 'makespan';

export interface StrategyRow {
  readonly id: StrategyId;
  readonly metric: SpeedupMetric;
  /** before / after for times, after / before for throughput; null when not applicable on this device. */
  readonly speedup: number | null;
  readonly beforeValue: number | null;
  readonly afterValue: number | null;
  /** Extra memory the technique needs, bytes (negative = it saves memory); null = none to speak of. */
  readonly memoryCostBytes: number | null;
  /** after / before of the latency it may worsen (TPOT for batching); null = it does not worsen latency. */
  readonly latencyCostRatio: number | null;
  /** Extra GPUs the technique uses (tensor parallelism, a separate decode GPU). */
  readonly extraGpus: number;
  readonly source: SourceKey;
}

export interface StrategyOptions {
  /** Batch for the batching rows (default 32). */
  readonly batch?: number;
  /** Prompt tokens (default 512); FlashAttention is shown at 4 × this. */
  readonly promptTokens?: number;
  /** Output tokens (default 256). */
  readonly outputTokens?: number;
}

/**
 * One row per technique:
 * - fusion: TTFT with the element-wise chains (activation·gate or bias+GeLU,
 *   2 × residual+norm per layer) unfused vs fused (fusionCost), the rest of
 *   the prefill step unchanged.
 * - flash-attention: TTFT at 4 × prompt with 'naive' vs 'flash' attention;
 *   memory saved = the b·h·N² score matrix of one layer.
 * - kv-reuse: a decode step with the KV cache vs recomputing the context
 *   (a prefill of it); cost = the cache.
 * - batching: decode throughput at batch B vs 1; latency cost TPOT(B)/TPOT(1).
 * - continuous-batching: throughput on the seeded stream, continuous vs static.
 * - tensor-parallel: TPOT at batch 1, tp = largest allowed ≤ 4 vs 1.
 * - task-pipeline: 4 batches of 8 through tokenise/prefill/decode/detokenise, pipelined vs sequential.
 */
export function computeStrategies(model: ModelSpec, hw: HardwareSpec, opts: StrategyOptions = {}): StrategyRow[] {
  requireObject('opts', opts);
  const B = requirePositiveInt('batch', opts.batch ?? 32);
  const P = requirePositiveInt('promptTokens', opts.promptTokens ?? 512);
  const O = requirePositiveInt('outputTokens', opts.outputTokens ?? 256);
  const ctx = P + Math.ceil(O / 2);
  const rows: StrategyRow[] = [];

  // Operator fusion.
  const prefill = inferenceStep(model, hw, { phase: 'prefill', batch: 1, tokens: P });
  let elementwise = 0;
  for (const op of prefill.ops) if (op.class === 'norm' || op.class === 'residual' || op.class === 'act') elementwise += op.count * op.seconds;
  const shape = { tokens: P, contextTokens: P, batch: 1 };
  const mlp = fusionCost(fusionChain(model, model.mlp === 'gated' ? 'silu-gate' : 'bias-gelu', shape), hw);
  const addNorm = fusionCost(fusionChain(model, 'residual-rmsnorm', shape), hw);
  const L = model.numLayers;
  const rest = prefill.seconds - elementwise;
  const unfused = rest + L * (mlp.unfused.seconds + 2 * addNorm.unfused.seconds);
  const fused = rest + L * (mlp.fused.seconds + 2 * addNorm.fused.seconds);
  rows.push({ id: 'fusion', metric: 'ttft', speedup: unfused / fused, beforeValue: unfused, afterValue: fused, memoryCostBytes: null, latencyCostRatio: null, extraGpus: 0, source: 'chen-2018-tvm-fusion' });

  // FlashAttention.
  const N = Math.min(4 * P, model.maxPositionEmbeddings);
  const naive = inferenceStep(model, hw, { phase: 'prefill', batch: 1, tokens: N, attention: 'naive' }).seconds;
  const flash = inferenceStep(model, hw, { phase: 'prefill', batch: 1, tokens: N, attention: 'flash' }).seconds;
  rows.push({ id: 'flash-attention', metric: 'ttft', speedup: naive / flash, beforeValue: naive, afterValue: flash, memoryCostBytes: -(model.numHeads * N * N * 2), latencyCostRatio: null, extraGpus: 0, source: 'dao-2022-flashattention-io' });

  // KV cache as data reuse.
  const recompute = inferenceStep(model, hw, { phase: 'prefill', batch: 1, tokens: ctx }).seconds;
  const cached = inferenceStep(model, hw, { phase: 'decode', batch: 1, tokens: ctx }).seconds;
  rows.push({ id: 'kv-reuse', metric: 'tpot', speedup: recompute / cached, beforeValue: recompute, afterValue: cached, memoryCostBytes: kvCacheBytes(model, { batch: 1, tokens: ctx }), latencyCostRatio: null, extraGpus: 0, source: 'pope-2022-scaling-inference' });

  // Batching.
  const t1 = inferenceStep(model, hw, { phase: 'decode', batch: 1, tokens: ctx }).seconds;
  const tB = inferenceStep(model, hw, { phase: 'decode', batch: B, tokens: ctx }).seconds;
  rows.push({ id: 'batching', metric: 'throughput', speedup: (B / tB) / (1 / t1), beforeValue: 1 / t1, afterValue: B / tB, memoryCostBytes: kvCacheBytes(model, { batch: B, tokens: P + O }), latencyCostRatio: tB / t1, extraGpus: 0, source: 'kipply-2022-arithmetic' });

  // Continuous batching on the seeded stream of the batching simulator.
  const stream = requestStream({ count: 24, ratePerSecond: 4, seed: 7, promptTokens: [32, 512], outputTokens: [8, 256] });
  const st = simulateBatching(model, hw, stream, { policy: 'static', slots: 8 });
  const co = simulateBatching(model, hw, stream, { policy: 'continuous', slots: 8 });
  rows.push({ id: 'continuous-batching', metric: 'throughput', speedup: co.tokensPerSecond / st.tokensPerSecond, beforeValue: st.tokensPerSecond, afterValue: co.tokensPerSecond, memoryCostBytes: null, latencyCostRatio: co.meanLatencySeconds / st.meanLatencySeconds, extraGpus: 0, source: 'yu-2022-orca' });

  // Tensor parallelism.
  const tps = tensorParallelOptions(model, hw, 4);
  const tp = tps[tps.length - 1] ?? 1;
  if (tp > 1) {
    const tTp = inferenceStep(model, hw, { phase: 'decode', batch: 1, tokens: ctx, tp });
    rows.push({ id: 'tensor-parallel', metric: 'tpot', speedup: t1 / tTp.seconds, beforeValue: t1, afterValue: tTp.seconds, memoryCostBytes: null, latencyCostRatio: null, extraGpus: tp - 1, source: 'shoeybi-2019-megatron-tp' });
  } else {
    rows.push({ id: 'tensor-parallel', metric: 'tpot', speedup: null, beforeValue: t1, afterValue: null, memoryCostBytes: null, latencyCostRatio: null, extraGpus: 0, source: 'shoeybi-2019-megatron-tp' });
  }

  // Task pipelining.
  const times = stageSeconds(model, hw, { batch: 8, promptTokens: P, outputTokens: 32 });
  const seq = schedulePipeline(times, 4, 'sequential').makespanSeconds;
  const pipe = schedulePipeline(times, 4, 'pipelined').makespanSeconds;
  rows.push({ id: 'task-pipeline', metric: 'makespan', speedup: seq / pipe, beforeValue: seq, afterValue: pipe, memoryCostBytes: null, latencyCostRatio: null, extraGpus: 1, source: 'patel-2024-splitwise' });
  return rows;
}

/** params.strategy is the row's StrategyId, params.metric what it speeds up (SpeedupMetric). */
export type StrategySpeedupDerivation = Derivation<'strategy-speedup', 'x_0' | 'x_1'>;

/**
 * How a 表7 row's speed-up was computed from its before and after values:
 *   S = x_0 / x_1 for a time (TTFT, TPOT, total completion time),
 *   S = x_1 / x_0 for a throughput,
 * x_0 the value without the technique, x_1 with it; null for a row with no
 * speed-up on the device (tensor parallelism without an interconnect).
 * Source: the row's own (its `source`).
 */
export function strategySpeedupDerivation(row: StrategyRow): StrategySpeedupDerivation | null {
  requireObject('row', row);
  if (row.speedup === null || row.beforeValue === null || row.afterValue === null) return null;
  requireNumberFields('row', row, ['speedup', 'beforeValue', 'afterValue']);
  requireOneOf('row.metric', row.metric, ['ttft', 'tpot', 'throughput', 'makespan']);
  const throughput = row.metric === 'throughput';
  const unit = throughput ? 'tokens/s' : 's';
  return {
    id: 'strategy-speedup',
    tex: throughput ? 'S = \\frac{x_1}{x_0}' : 'S = \\frac{x_0}{x_1}',
    evaluate: throughput ? (v) => v.x_1 / v.x_0 : (v) => v.x_0 / v.x_1,
    terms: [
      { symbol: 'x_0', value: row.beforeValue, unit },
      { symbol: 'x_1', value: row.afterValue, unit },
    ],
    result: { value: row.speedup, unit: 'ratio' },
    source: row.source,
    params: { strategy: row.id, metric: row.metric },
  };
}
