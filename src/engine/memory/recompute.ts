import { requireInRange, requireNonNegative, requirePositiveInt, requireObject } from '../errors.ts';

export interface CheckpointInput {
  /** L, layers. */
  readonly layers: number;
  /** k, layers per segment: a checkpoint (the layer input) is kept every k layers. */
  readonly segmentLayers: number;
  /** |x|, bytes of one layer input (the checkpoint). */
  readonly layerInputBytes: number;
  /** S, bytes one layer's forward pass leaves for later use when nothing is dropped. */
  readonly layerStashBytes: number;
  /** F, FLOPs of one layer's forward pass. */
  readonly layerFlops: number;
  /** t, seconds of one layer's forward pass. */
  readonly layerSeconds: number;
}

export interface CheckpointPlan {
  /** Bytes kept: ⌈L/k⌉·|x| + k·S. */
  readonly keptBytes: number;
  /** Bytes kept with nothing recomputed: L·S. */
  readonly keepAllBytes: number;
  readonly savedBytes: number;
  /** Recomputed layers: L − k (every segment but the last is re-run once). */
  readonly recomputedLayers: number;
  readonly extraFlops: number;
  readonly extraSeconds: number;
}

/**
 * Activation recomputation (gradient checkpointing) when a forward pass's
 * activations must be kept for later (training's backward pass, or
 * inference run with autograd recording): keep only every k-th layer input
 * and re-run each segment's forward pass when its activations are needed:
 *   kept = ⌈L/k⌉·|x| + k·S,  extra FLOPs = (L − k)·F,  extra time = (L − k)·t.
 * k = L keeps everything (no recomputation); k ≈ √(L·|x|/S) minimises the
 * kept bytes. Inference without autograd keeps none of it (activation pruning).
 * Ignores: the backward pass itself, allocator fragmentation.
 * Source: 'chen-2016-checkpointing' Sec. 4.
 */
export function checkpointPlan(input: CheckpointInput): CheckpointPlan {
  requireObject('input', input);
  const L = requirePositiveInt('layers', input.layers);
  const k = requireInRange('segmentLayers', requirePositiveInt('segmentLayers', input.segmentLayers), 1, L);
  const x = requireNonNegative('layerInputBytes', input.layerInputBytes);
  const S = requireNonNegative('layerStashBytes', input.layerStashBytes);
  const F = requireNonNegative('layerFlops', input.layerFlops);
  const t = requireNonNegative('layerSeconds', input.layerSeconds);
  const keepAllBytes = L * S;
  const keptBytes = k === L ? keepAllBytes : Math.ceil(L / k) * x + k * S;
  const recomputedLayers = L - k;
  return { keptBytes, keepAllBytes, savedBytes: keepAllBytes - keptBytes, recomputedLayers, extraFlops: recomputedLayers * F, extraSeconds: recomputedLayers * t };
}
