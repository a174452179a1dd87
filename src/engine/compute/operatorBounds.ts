/**
 * Where each operator of one transformer layer (plus lm_head) sits on the
 * roofline, and the operator-class groups the lecture's 表5 reports.
 * Uses the pure roofline (efficiency 'ideal'), so "bound" means which side of
 * the ridge I* = P / B the operator's intensity lies on.
 * Sources: 'williams-2009-roofline', 'kipply-2022-arithmetic'.
 */
import type { NumberFormat } from '../memory/formats.ts';
import type { OpClass, Phase } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { attainableFlops } from '../roofline.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { requireObject, requireArray } from '../errors.ts';

/** The groups 表5 reports: matrix multiplies with weights, attention against the KV cache, element-wise work, the vocabulary projection. */
export type OpGroup = 'linear' | 'attention' | 'elementwise' | 'lm-head';

export const OP_GROUP_OF: Readonly<Record<OpClass, OpGroup>> = {
  embed: 'elementwise', 'pos-embed': 'elementwise', norm: 'elementwise', residual: 'elementwise', act: 'elementwise', softmax: 'elementwise',
  qkv: 'linear', 'o-proj': 'linear', 'mlp-gate': 'linear', 'mlp-up': 'linear', 'mlp-down': 'linear', 'moe-router': 'linear',
  'attn-score': 'attention', 'attn-v': 'attention',
  'lm-head': 'lm-head',
};

/**
 * The precision a device's single ridge point is quoted at: the source's
 * (`ridgePrecision`: the TPU paper's 8-bit TPU, FP32 K80 and Haswell) where
 * one fixes it, else the first of fp16, bf16, int8, fp32 the hardware has.
 */
export function defaultComputePrecision(hw: HardwareSpec): Precision {
  validateHardware(hw);
  if (hw.ridgePrecision !== undefined && hw.denseFlopsPerSec[hw.ridgePrecision] !== undefined) return hw.ridgePrecision;
  for (const p of ['fp16', 'bf16', 'int8', 'fp32'] as const) if (hw.denseFlopsPerSec[p] !== undefined) return p;
  return (Object.keys(hw.denseFlopsPerSec)[0] as Precision | undefined) ?? 'fp16';
}

export interface RooflineQuery {
  readonly phase: Phase;
  readonly batch: number;
  /** Prompt length (prefill) or context length (decode). */
  readonly tokens: number;
  readonly precision?: Precision;
  readonly weights?: NumberFormat;
}

export interface RooflinePoint {
  readonly name: string;
  readonly class: OpClass;
  readonly group: OpGroup;
  readonly phase: Phase;
  readonly flops: number;
  readonly bytes: number;
  /** FLOP per byte moved. */
  readonly intensity: number;
  /** min(P, I · B), FLOP/s. */
  readonly attainableFlopsPerSec: number;
  /** Time of one instance on the ideal roofline, seconds. */
  readonly seconds: number;
  readonly bound: 'compute' | 'memory';
}

/**
 * The operators of one layer (and lm_head) as roofline points:
 *   I = F / Q,  P_att = min(P, I · B)
 * F, Q one instance's FLOPs and bytes (inferenceStep, ideal efficiency).
 * Skips operators that move no bytes or do no work (the embedding gather, a
 * softmax fused into FlashAttention): they have no place on a log axis.
 */
export function rooflinePoints(model: ModelSpec, hw: HardwareSpec, q: RooflineQuery): RooflinePoint[] {
  validateModel(model);
  validateHardware(hw);
  requireObject('q', q);
  const precision = q.precision ?? defaultComputePrecision(hw);
  const step = inferenceStep(model, hw, {
    phase: q.phase, batch: q.batch, tokens: q.tokens, computePrecision: precision, efficiency: 'ideal',
    ...(q.weights ? { weights: q.weights } : {}),
  });
  const out: RooflinePoint[] = [];
  for (const op of step.ops) {
    if (op.flops <= 0 || op.bytes.total <= 0) continue;
    out.push({
      name: op.name, class: op.class, group: OP_GROUP_OF[op.class], phase: q.phase,
      flops: op.flops, bytes: op.bytes.total, intensity: op.intensity,
      attainableFlopsPerSec: attainableFlops(hw, precision, op.intensity),
      seconds: op.seconds, bound: op.bound,
    });
  }
  return out;
}

/** Which side of the ridge each group is on: 'compute', 'memory', or 'mixed' when its operators disagree. */
export type GroupBound = 'compute' | 'memory' | 'mixed';

export function groupBounds(points: readonly RooflinePoint[]): Partial<Record<OpGroup, GroupBound>> {
  requireArray('points', points);
  const out: Partial<Record<OpGroup, GroupBound>> = {};
  for (const p of points) {
    const prev = out[p.group];
    out[p.group] = prev === undefined || prev === p.bound ? p.bound : 'mixed';
  }
  return out;
}
