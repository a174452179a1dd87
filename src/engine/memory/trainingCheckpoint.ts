/**
 * Gradient checkpointing in its training form (the outline cites Chen et al.
 * 2016): training keeps every layer's activations for the backward pass, and
 * checkpointing keeps only every k-th layer input, re-running each segment's
 * forward pass. The baseline here is training's (L layers stashed), never
 * inference's: inference keeps one layer live (layerMemoryPlan).
 */
import type { Derivation } from '../derivation.ts';
import type { AttentionKernel } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import { layerTensorLifetimes } from './lifetimes.ts';
import { checkpointPlan, type CheckpointInput, type CheckpointPlan } from './recompute.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { requireObject, requireNumberFields } from '../errors.ts';

export interface TrainingCheckpointOptions {
  readonly batch: number;
  readonly tokens: number;
  readonly attention?: AttentionKernel;
  /** k, layers per segment (1…L); L keeps every layer's activations. */
  readonly segmentLayers: number;
}

export interface TrainingCheckpoint extends CheckpointPlan {
  readonly input: CheckpointInput;
}

/**
 * checkpointPlan for a model's forward pass on `hw`: |x| the layer input
 * (T·d·a), S the bytes one layer stashes for the backward pass (every
 * activation tensor of layerTensorLifetimes but the layer output, which is
 * the next layer's input), F and t one layer's forward FLOPs and time (the
 * per-layer operators of the engine's prefill step).
 * Ignores: the backward pass itself, optimizer state, the LM head.
 * Source: 'chen-2016-checkpointing' Sec. 4.
 */
export function trainingCheckpoint(model: ModelSpec, hw: HardwareSpec, opts: TrainingCheckpointOptions): TrainingCheckpoint {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const lt = layerTensorLifetimes(model, { batch: opts.batch, tokens: opts.tokens, attention: opts.attention });
  const step = inferenceStep(model, hw, { phase: 'prefill', batch: opts.batch, tokens: opts.tokens, attention: opts.attention });
  const L = model.numLayers;
  let layerFlops = 0;
  let layerSeconds = 0;
  for (const op of step.ops) if (op.count === L) { layerFlops += op.flops; layerSeconds += op.seconds; }
  const input: CheckpointInput = {
    layers: L,
    segmentLayers: opts.segmentLayers,
    layerInputBytes: lt.tensors.find((t) => t.id === 'x')?.bytes ?? 0,
    layerStashBytes: lt.tensors.filter((t) => t.id !== 'out').reduce((a, t) => a + t.bytes, 0),
    layerFlops,
    layerSeconds,
  };
  return { ...checkpointPlan(input), input };
}

export type CheckpointKeptDerivation = Derivation<'checkpoint-kept', 'L' | 'k' | '|x|' | 'S'>;

/**
 * Activation bytes training keeps for the backward pass with a checkpoint
 * every k layers: M = ⌈L/k⌉·|x| + k·S (k = L: M = L·S, nothing recomputed).
 * Source: 'chen-2016-checkpointing' Sec. 4.
 */
export function checkpointKeptDerivation(c: TrainingCheckpoint): CheckpointKeptDerivation {
  requireNumberFields('c', c, ['keptBytes']);
  requireNumberFields('c.input', c.input, ['layers', 'segmentLayers', 'layerInputBytes', 'layerStashBytes']);
  const { layers: L, segmentLayers: k, layerInputBytes: x, layerStashBytes: S } = c.input;
  return {
    id: 'checkpoint-kept',
    tex: k === L ? 'M = L \\cdot S' : 'M = \\lceil L/k \\rceil\\,|x| + k\\,S',
    evaluate: k === L ? (v) => v.L * v.S : (v) => Math.ceil(v.L / v.k) * v['|x|'] + v.k * v.S,
    terms: [
      { symbol: 'L', value: L, unit: 'count' },
      { symbol: 'k', value: k, unit: 'count' },
      { symbol: '|x|', value: x, unit: 'B' },
      { symbol: 'S', value: S, unit: 'B' },
    ],
    result: { value: c.keptBytes, unit: 'B' },
    source: 'chen-2016-checkpointing',
  };
}

export type CheckpointExtraFlopsDerivation = Derivation<'checkpoint-extra-flops', 'L' | 'k' | 'F'>;

/** FLOPs recomputation adds: every segment but the last re-runs its forward pass once, ΔF = (L − k)·F. Source: 'chen-2016-checkpointing' Sec. 4. */
export function checkpointExtraFlopsDerivation(c: TrainingCheckpoint): CheckpointExtraFlopsDerivation {
  requireNumberFields('c', c, ['extraFlops']);
  requireNumberFields('c.input', c.input, ['layers', 'segmentLayers', 'layerFlops']);
  return {
    id: 'checkpoint-extra-flops',
    tex: '\\Delta F = (L - k)\\,F',
    evaluate: (v) => (v.L - v.k) * v.F,
    terms: [
      { symbol: 'L', value: c.input.layers, unit: 'count' },
      { symbol: 'k', value: c.input.segmentLayers, unit: 'count' },
      { symbol: 'F', value: c.input.layerFlops, unit: 'FLOP' },
    ],
    result: { value: c.extraFlops, unit: 'FLOP' },
    source: 'chen-2016-checkpointing',
  };
}
