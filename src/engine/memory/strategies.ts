import { requirePositiveInt, requireObject } from '../errors.ts';
import type { ModelSpec } from '../model/types.ts';
import { paramCount } from '../model/params.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { weightSharingRatio } from '../compression/weightSharing.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import { kvBytesPerToken } from './kvCache.ts';
import { layerBuffers, layerTensorLifetimes } from './lifetimes.ts';
import { offloadTimeline } from './offload.ts';
import { meanPeakSlots, seededRequests } from './paging.ts';
import { checkpointPlan } from './recompute.ts';
import { planReuse } from './reuse.ts';
import { weightBytes } from './weights.ts';
import type { SourceKey } from '../sources/index.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

/** Extra attention-kernel latency of PagedAttention over a contiguous kernel: 20–26%; the upper end is used. Source: 'kwon-2023-vllm-kernel'. */
export const PAGED_ATTENTION_KERNEL_OVERHEAD = 0.26;
/** k-means clusters per matrix for the weight-sharing row (4-bit indices). Source: 'han-2016-deep-compression'. */
export const WEIGHT_SHARING_CLUSTERS = 16;

export type MemoryStrategyId = 'weight-sharing' | 'activation-pruning' | 'recomputation' | 'reuse' | 'offload' | 'paging';

export interface MemoryStrategyRow {
  readonly id: MemoryStrategyId;
  /** Bytes of GPU memory the strategy frees against its baseline. */
  readonly savedBytes: number;
  /** Bytes the baseline holds (the saving never exceeds them). */
  readonly baselineBytes: number;
  /** Extra arithmetic per step (FLOPs; look-ups counted as one op each). */
  readonly extraFlops: number;
  /** Change in the time of the step the strategy affects (negative = faster). */
  readonly extraSeconds: number;
  /** Extra bytes moved per step over PCIe (offload) — 0 for the others. */
  readonly extraLinkBytes: number;
  /** Which step the time refers to. */
  readonly step: 'prefill' | 'decode';
  /** That step's time without the strategy. */
  readonly stepSeconds: number;
  readonly source: SourceKey;
}

export interface MemoryStrategyOptions {
  readonly batch: number;
  /** Prompt (prefill rows) or context (decode rows) tokens; also the paging maximum length. */
  readonly tokens: number;
}

/**
 * The section's memory strategies on one model and GPU, each against its own
 * baseline, for `batch` sequences of `tokens` tokens:
 *   weight sharing   FP16 weights → k = 16 codebook (r = nb/(n log₂k + kb)); decode time as 4-bit weights; one look-up per weight.
 *   activation pruning  keep-all (L layers' activations) → one layer's live peak (greedy-by-size, in place); free.
 *   recomputation    keep-all → checkpoints every ⌈√L⌉ layers; (L − k) layers re-run (prefill time).
 *   reuse            one layer without reuse → greedy-by-size with in-place ops; free (planned ahead).
 *   offload          all layers' weights in CPU memory with prefetch (decode); PCIe bytes = weights per step.
 *   paging           contiguous to the maximum length → 16-token blocks for a seeded batch
 *                    (seed 42); attention kernels up to 26% slower.
 * Baselines: activation pruning and recomputation are measured against
 * training's (every layer's activations stashed for the backward pass; the
 * outline's training-era form); inference already keeps one layer live
 * (layerMemoryPlan), which is what activation pruning reaches. Every saving
 * is at most its baseline's bytes.
 * Ignores: accuracy effects of weight sharing; interactions between strategies.
 * Sources: 'han-2016-deep-compression', 'chen-2016-checkpointing', 'pisarchyk-2020-memory',
 * 'rhu-2016-vdnn', 'sheng-2023-flexgen', 'kwon-2023-vllm', 'kwon-2023-vllm-kernel'.
 */
export function memoryStrategyRows(model: ModelSpec, hw: HardwareSpec, opts: MemoryStrategyOptions): MemoryStrategyRow[] {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const batch = requirePositiveInt('batch', opts.batch);
  const tokens = requirePositiveInt('tokens', opts.tokens);
  const L = model.numLayers;
  const decode = inferenceStep(model, hw, { phase: 'decode', batch, tokens });
  const prefill = inferenceStep(model, hw, { phase: 'prefill', batch, tokens });

  const fp16 = weightBytes(model, 'fp16');
  const n = paramCount(model);
  const shared = fp16 / weightSharingRatio({ weights: n, bits: 16, clusters: WEIGHT_SHARING_CLUSTERS });
  const decode4 = inferenceStep(model, hw, { phase: 'decode', batch, tokens, weights: 'int4' });

  const lt = layerTensorLifetimes(model, { batch, tokens });
  const inPlace = planReuse(layerBuffers(lt, true), 'greedy-by-size', lt.ops.length);
  const plain = planReuse(layerBuffers(lt, false), 'none', lt.ops.length);
  let layerFlops = 0;
  let layerSeconds = 0;
  for (const op of prefill.ops) if (op.count === L) { layerFlops += op.flops; layerSeconds += op.seconds; }
  const stash = lt.tensors.filter((t) => t.id !== 'out').reduce((a, t) => a + t.bytes, 0);
  const xBytes = lt.tensors.find((t) => t.id === 'x')?.bytes ?? 0;
  const ckpt = checkpointPlan({ layers: L, segmentLayers: Math.max(1, Math.min(L, Math.ceil(Math.sqrt(L)))), layerInputBytes: xBytes, layerStashBytes: stash, layerFlops, layerSeconds });

  const off = offloadTimeline(model, hw, { target: 'weights', fraction: 1, prefetch: true, phase: 'decode', batch, tokens });

  const maxLength = Math.max(4, Math.min(tokens, model.maxPositionEmbeddings));
  const reqs = seededRequests({ seed: 42, count: 16, maxLength });
  const contiguousSlots = meanPeakSlots(reqs, 'contiguous', 16);
  const slotsSaved = contiguousSlots - meanPeakSlots(reqs, 'paged', 16);
  let attention = 0;
  for (const op of decode.ops) if (op.class === 'attn-score' || op.class === 'attn-v' || op.class === 'softmax') attention += op.count * op.seconds;

  return [
    { id: 'weight-sharing', savedBytes: fp16 - shared, baselineBytes: fp16, extraFlops: n, extraSeconds: decode4.seconds - decode.seconds, extraLinkBytes: 0, step: 'decode', stepSeconds: decode.seconds, source: 'han-2016-deep-compression' },
    { id: 'activation-pruning', savedBytes: ckpt.keepAllBytes - inPlace.peakBytes, baselineBytes: ckpt.keepAllBytes, extraFlops: 0, extraSeconds: 0, extraLinkBytes: 0, step: 'prefill', stepSeconds: prefill.seconds, source: 'sze-2017' },
    { id: 'recomputation', savedBytes: ckpt.savedBytes, baselineBytes: ckpt.keepAllBytes, extraFlops: ckpt.extraFlops, extraSeconds: ckpt.extraSeconds, extraLinkBytes: 0, step: 'prefill', stepSeconds: prefill.seconds, source: 'chen-2016-checkpointing' },
    { id: 'reuse', savedBytes: plain.peakBytes - inPlace.peakBytes, baselineBytes: plain.peakBytes, extraFlops: 0, extraSeconds: 0, extraLinkBytes: 0, step: 'prefill', stepSeconds: prefill.seconds, source: 'pisarchyk-2020-memory' },
    { id: 'offload', savedBytes: off.savedBytes, baselineBytes: off.transferBytes, extraFlops: 0, extraSeconds: off.stepSeconds - off.baselineSeconds, extraLinkBytes: off.transferBytes, step: 'decode', stepSeconds: off.baselineSeconds, source: 'rhu-2016-vdnn' },
    { id: 'paging', savedBytes: slotsSaved * kvBytesPerToken(model) * batch, baselineBytes: contiguousSlots * kvBytesPerToken(model) * batch, extraFlops: 0, extraSeconds: attention * PAGED_ATTENTION_KERNEL_OVERHEAD, extraLinkBytes: 0, step: 'decode', stepSeconds: decode.seconds, source: 'kwon-2023-vllm' },
  ];
}
