/**
 * Per-layer compute time of a tensor-parallel forward step, split at the two
 * points where Megatron-LM all-reduces (after attention, after the MLP).
 *
 * From `inferenceStep`'s operator list on one GPU: attention block = the
 * per-layer operators from input_norm to attn_residual; MLP block = from
 * post_attention_norm to mlp_residual (router included for MoE); before = the
 * embedding; after = final norm and LM head. Each operator contributes its
 * roofline time max(F/(P·η_c), Q/(B·η_m)) plus launch overhead, as in
 * inferenceStep. Communication is left out (that is what the caller
 * schedules). Sources: 'shoeybi-2019-megatron' (where the all-reduces sit),
 * inferenceStep for the operator times.
 */
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep, type InferenceStepOptions } from '../serving/inferenceStep.ts';
import { requireObject } from '../errors.ts';

export interface LayerComputeSeconds {
  readonly layers: number;
  /** One layer's attention block on one GPU. */
  readonly attentionSeconds: number;
  /** One layer's MLP block on one GPU. */
  readonly mlpSeconds: number;
  /** Embedding lookup before the first layer. */
  readonly beforeSeconds: number;
  /** Final norm and LM head after the last layer. */
  readonly afterSeconds: number;
  /** All compute of the step: before + layers × (attention + MLP) + after. */
  readonly totalSeconds: number;
}

const MLP_OPS = new Set(['post_attention_norm', 'router', 'gate_proj', 'up_proj', 'act_mul', 'fc1', 'act', 'down_proj', 'fc2', 'mlp_residual']);
const BEFORE_OPS = new Set(['embed_tokens', 'embed_positions']);

export function layerComputeSeconds(model: ModelSpec, hw: HardwareSpec, opts: InferenceStepOptions): LayerComputeSeconds {
  requireObject('opts', opts);
  const step = inferenceStep(model, hw, opts);
  const L = model.numLayers;
  let attention = 0;
  let mlp = 0;
  let before = 0;
  let after = 0;
  for (const op of step.ops) {
    if (BEFORE_OPS.has(op.name)) before += op.count * op.seconds;
    else if (op.count === L && MLP_OPS.has(op.name)) mlp += op.seconds;
    else if (op.count === L) attention += op.seconds;
    else after += op.count * op.seconds;
  }
  return { layers: L, attentionSeconds: attention, mlpSeconds: mlp, beforeSeconds: before, afterSeconds: after, totalSeconds: before + L * (attention + mlp) + after };
}
