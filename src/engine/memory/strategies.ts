import { EngineError, requireObject } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { tensorParallelLayout } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { paramCount } from '../model/params.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { weightSharingRatio } from '../compression/weightSharing.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import { kvBytesPerToken } from './kvCache.ts';
import { layerBuffers, layerTensorLifetimes } from './lifetimes.ts';
import { offloadTimeline } from './offload.ts';
import { meanPeakSlots, seededRequests } from './paging.ts';
import { activationPeakUnchecked, workspaceUnchecked } from './activations.ts';
import { chunkedPrefill, SARATHI_CHUNK_TOKENS } from './chunkedPrefill.ts';
import { DEFAULT_MEMORY_UTILIZATION, largestBatchThatFits, memoryFromPartsUnchecked } from './fit.ts';
import { dtypeBytes, resolveFormat } from './formats.ts';
import { preemptionCost } from './preemption.ts';
import { planReuse } from './reuse.ts';
import { breakdownResolved, weightBytes } from './weights.ts';
import type { SourceKey } from '../sources/index.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

/** Extra attention-kernel latency of PagedAttention over a contiguous kernel: 20–26%; the upper end is used. Source: 'kwon-2023-vllm-kernel'. */
export const PAGED_ATTENTION_KERNEL_OVERHEAD = 0.26;
/** k-means clusters per matrix for the weight-sharing row (4-bit indices). Source: 'han-2016-deep-compression'. */
export const WEIGHT_SHARING_CLUSTERS = 16;

export type MemoryStrategyId =
  | 'weight-sharing' | 'chunked-prefill' | 'preempt-recompute' | 'preempt-swap' | 'reuse' | 'offload' | 'paging';

/** The rows in table order. */
export const MEMORY_STRATEGY_IDS: readonly MemoryStrategyId[] = [
  'weight-sharing', 'chunked-prefill', 'preempt-recompute', 'preempt-swap', 'reuse', 'offload', 'paging',
];

export interface MemoryStrategyRow {
  readonly id: MemoryStrategyId;
  /** Bytes of GPU memory the strategy frees against its baseline, per GPU. */
  readonly savedBytes: number;
  /** Bytes the baseline holds per GPU (the saving never exceeds them, and they fit the device). */
  readonly baselineBytes: number;
  /** Extra arithmetic per step (FLOPs; look-ups counted as one op each). */
  readonly extraFlops: number;
  /** Change in the time of the step the strategy affects (negative = faster). */
  readonly extraSeconds: number;
  /** Extra bytes moved over PCIe (offload per step; swap out and back) — 0 for the others. */
  readonly extraLinkBytes: number;
  /** Which step the time refers to. */
  readonly step: 'prefill' | 'decode';
  /** That step's time without the strategy. */
  readonly stepSeconds: number;
  /** Tensor-parallel degree the rows are per GPU of. */
  readonly tp: number;
  readonly source: SourceKey;
}

export interface MemoryStrategyOptions {
  readonly batch: number;
  /** Prompt (prefill rows) or context (decode rows) tokens; also the paging maximum length. */
  readonly tokens: number;
  /** Tensor-parallel degree; default the smallest power of two at which the FP16 baseline (weights, KV, one prompt's prefill buffers) fits. */
  readonly tp?: number;
  /** Prefill chunk for the chunked-prefill row (default 512). */
  readonly chunkTokens?: number;
}

/**
 * The smallest power-of-two TP (up to 64) the model splits over at which the
 * FP16 baseline fits with no strategy on: weights, the KV of batch × tokens,
 * one prompt's prefill step with one layer's buffers not reused (the largest
 * activation baseline the rows use), the logits workspace. Throws when none
 * does, naming the batch.
 */
function baselineTp(model: ModelSpec, hw: HardwareSpec, batch: number, tokens: number): number {
  const fp16 = resolveFormat('weights', 'fp16');
  let last = 1;
  for (let tp = 1; tp <= 64; tp *= 2) {
    let layout;
    try {
      layout = tensorParallelLayout(model, tp);
    } catch {
      continue;
    }
    last = tp;
    const lt = layerTensorLifetimes(model, { batch: 1, tokens, tp });
    const m = memoryFromPartsUnchecked(hw, {
      weights: breakdownResolved(model, fp16, tp, layout.kvReplication).total,
      kvBytesPerToken: kvBytesPerToken(model) * (layout.kvHeadsPerGpu / model.numKvHeads),
      kvTokens: batch * tokens,
      activations: planReuse(layerBuffers(lt, false), 'none', lt.ops.length).peakBytes,
      workspace: workspaceUnchecked(model, batch, tp, 0),
      utilization: DEFAULT_MEMORY_UTILIZATION,
    });
    if (m.fits) return tp;
  }
  throw new EngineError('outOfRange', { field: 'batch', value: batch, min: 1, max: largestBatchThatFits(model, hw, { tokens, stepTokens: 1, tp: last }) });
}

/**
 * The section's memory strategies as inference uses them, on one model and
 * GPU, per GPU of the smallest tensor-parallel group that holds the FP16
 * baseline (weights + KV of `batch` sequences of `tokens` + one prompt's
 * prefill buffers), each against its own baseline:
 *   weight sharing   FP16 weights → k = 16 codebook (r = nb/(n log₂k + kb)); decode time as 4-bit weights; one look-up per weight.
 *   chunked prefill  the activation peak of prefilling one prompt in one step (T = s; continuous
 *                    batching prefills requests one by one) → one chunk of c = 512 tokens (T = c);
 *                    time: the prompt's chunks, which re-read the weights and the earlier chunks'
 *                    KV, against its one-step prefill.
 *   preempt-recompute / preempt-swap  the batch's KV → one sequence evicted (its s tokens of KV freed);
 *                    time: prefilling its s tokens again, or its KV out to CPU memory and back over PCIe.
 *   reuse            one layer of one prompt's prefill without reuse → greedy-by-size with
 *                    in-place ops; free (planned ahead).
 *   offload          all layers' weights in CPU memory with prefetch (decode); PCIe bytes = weights per step.
 *   paging           contiguous to the maximum length → 16-token blocks for a seeded batch
 *                    (seed 42); attention kernels up to 26% slower.
 * Every baseline is what inference holds (the one-layer live activation peak,
 * never training's stash): every saving is at most its baseline's bytes, and
 * the baseline fits the device. Training's forms (gradient checkpointing,
 * vDNN's activation offload) are trainingCheckpoint and offloadTimeline's
 * 'activations' target, under training's baseline.
 * Ignores: accuracy effects of weight sharing; interactions between strategies.
 * Sources: 'han-2016-deep-compression', 'agrawal-2023-sarathi', 'kwon-2023-vllm-preemption', 'pisarchyk-2020-memory',
 * 'rhu-2016-vdnn', 'sheng-2023-flexgen', 'kwon-2023-vllm', 'kwon-2023-vllm-kernel'.
 */
export function memoryStrategyRows(model: ModelSpec, hw: HardwareSpec, opts: MemoryStrategyOptions): MemoryStrategyRow[] {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const batch = requireCount('batch', opts.batch, LIMITS.batch);
  const tokens = requireCount('tokens', opts.tokens, model.maxPositionEmbeddings);
  const tp = opts.tp === undefined ? baselineTp(model, hw, batch, tokens) : requireCount('tp', opts.tp, LIMITS.gpus);
  const chunkTokens = requireCount('chunkTokens', opts.chunkTokens ?? SARATHI_CHUNK_TOKENS, LIMITS.tokens);
  const layout = tensorParallelLayout(model, tp);
  const kvShare = layout.kvHeadsPerGpu / model.numKvHeads;
  const decode = inferenceStep(model, hw, { phase: 'decode', batch, tokens, tp });
  // Continuous batching prefills requests one by one: the prefill rows' step is one prompt.
  const prefill = inferenceStep(model, hw, { phase: 'prefill', batch: 1, tokens, tp });

  const fp16 = weightBytes(model, 'fp16') / tp;
  const n = paramCount(model) / tp;
  const shared = fp16 / weightSharingRatio({ weights: paramCount(model), bits: 16, clusters: WEIGHT_SHARING_CLUSTERS });
  const decode4 = inferenceStep(model, hw, { phase: 'decode', batch, tokens, weights: 'int4', tp });

  const a = dtypeBytes('activations', 'fp16');
  const c = Math.min(chunkTokens, tokens);
  const fullPeak = activationPeakUnchecked(model, 1, tokens, a, layout, tp, 'flash');
  const chunkPeak = activationPeakUnchecked(model, 1, c, a, layout, tp, 'flash');
  const chunked = chunkedPrefill(model, hw, { promptTokens: tokens, chunkTokens: c, tp });

  const m = kvBytesPerToken(model) * kvShare;
  const batchKv = batch * tokens * m;
  const preempt = preemptionCost(model, hw, { tokens, tp });

  const lt = layerTensorLifetimes(model, { batch: 1, tokens, tp });
  const inPlace = planReuse(layerBuffers(lt, true), 'greedy-by-size', lt.ops.length);
  const plain = planReuse(layerBuffers(lt, false), 'none', lt.ops.length);

  const off = offloadTimeline(model, hw, { target: 'weights', fraction: 1, prefetch: true, phase: 'decode', batch, tokens, tp });

  const maxLength = Math.max(4, Math.min(tokens, model.maxPositionEmbeddings));
  const reqs = seededRequests({ seed: 42, count: 16, maxLength });
  // vLLM's 16-token blocks; a maximum length below one block pages in blocks of that length.
  const block = Math.min(16, maxLength);
  const contiguousSlots = meanPeakSlots(reqs, 'contiguous', block);
  const slotsSaved = contiguousSlots - meanPeakSlots(reqs, 'paged', block);
  let attention = 0;
  for (const op of decode.ops) if (op.class === 'attn-score' || op.class === 'attn-v' || op.class === 'softmax') attention += op.count * op.seconds;

  const row = (r: Omit<MemoryStrategyRow, 'tp'>): MemoryStrategyRow => ({ ...r, tp });
  return [
    row({ id: 'weight-sharing', savedBytes: fp16 - shared, baselineBytes: fp16, extraFlops: n, extraSeconds: decode4.seconds - decode.seconds, extraLinkBytes: 0, step: 'decode', stepSeconds: decode.seconds, source: 'han-2016-deep-compression' }),
    row({ id: 'chunked-prefill', savedBytes: Math.max(0, fullPeak - chunkPeak), baselineBytes: fullPeak, extraFlops: 0, extraSeconds: chunked.ttftSeconds - prefill.seconds, extraLinkBytes: 0, step: 'prefill', stepSeconds: prefill.seconds, source: 'agrawal-2023-sarathi' }),
    row({ id: 'preempt-recompute', savedBytes: preempt.kvBytes, baselineBytes: batchKv, extraFlops: preempt.recomputeFlops, extraSeconds: preempt.recomputeSeconds, extraLinkBytes: 0, step: 'decode', stepSeconds: decode.seconds, source: 'kwon-2023-vllm-preemption' }),
    row({ id: 'preempt-swap', savedBytes: preempt.kvBytes, baselineBytes: batchKv, extraFlops: 0, extraSeconds: preempt.swapSeconds, extraLinkBytes: preempt.swapBytes, step: 'decode', stepSeconds: decode.seconds, source: 'kwon-2023-vllm-preemption' }),
    row({ id: 'reuse', savedBytes: plain.peakBytes - inPlace.peakBytes, baselineBytes: plain.peakBytes, extraFlops: 0, extraSeconds: 0, extraLinkBytes: 0, step: 'prefill', stepSeconds: prefill.seconds, source: 'pisarchyk-2020-memory' }),
    row({ id: 'offload', savedBytes: off.savedBytes, baselineBytes: off.transferBytes, extraFlops: 0, extraSeconds: off.stepSeconds - off.baselineSeconds, extraLinkBytes: off.transferBytes, step: 'decode', stepSeconds: off.baselineSeconds, source: 'rhu-2016-vdnn' }),
    row({ id: 'paging', savedBytes: slotsSaved * m * batch, baselineBytes: contiguousSlots * m * batch, extraFlops: 0, extraSeconds: attention * PAGED_ATTENTION_KERNEL_OVERHEAD, extraLinkBytes: 0, step: 'decode', stepSeconds: decode.seconds, source: 'kwon-2023-vllm' }),
  ];
}
