/**
 * From the inputs to the two deployments 图1 compares — the unoptimised
 * baseline and the stack the switches describe — and the single changes the
 * predict-first question asks about. Every number is then the engine's.
 */
import {
  activationPeakDerivation, deploymentEstimate, deploymentThroughputDerivation, deploymentTpotDerivation, deploymentTtftDerivation, getHardware,
  getModel, INT4_G128_FP16, kvCacheBytes, memoryTotalDerivation, type DeploymentConfig, type HardwareSpec, type ModelSpec, type NumberFormat,
} from '../../engine/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import { baselineConfig, serverMaxLength } from '../_shared/deployment.ts';
import type { Inputs, WeightChoice } from './inputs.ts';

export type State = ValuesOf<Inputs>;

export const WEIGHT_FORMATS: Readonly<Record<WeightChoice, NumberFormat>> = { fp16: 'fp16', int8: 'int8', 'int4-g128': INT4_G128_FP16 };

/** Tensor parallelism needs a GPU-to-GPU link; devices without one run on a single chip. */
export const canSplit = (hw: HardwareSpec): boolean => hw.intraNodeLink !== null;

/** The stack the switches describe. */
export function optimisedConfig(s: State, model: ModelSpec, hw: HardwareSpec): DeploymentConfig {
  return {
    weights: WEIGHT_FORMATS[s.weights],
    kv: s.kvFp8 ? 'fp8' : 'fp16',
    batch: s.batching ? s.batch : 1,
    paged: s.paged,
    tp: canSplit(hw) ? s.tp : 1,
    attention: s.flash ? 'flash' : 'naive',
    promptTokens: s.promptTokens,
    outputTokens: s.outputTokens,
    maxLength: serverMaxLength(model),
  };
}

export const SINGLE_CHANGES = ['int4', 'kv-fp8', 'flash', 'paging'] as const;
export type SingleChange = (typeof SINGLE_CHANGES)[number];

/** The baseline with one optimisation applied (batch 1, one GPU): the predict-first candidates. */
export function singleChangeConfig(change: SingleChange, s: State, model: ModelSpec): DeploymentConfig {
  const b = baselineConfig(s, model);
  switch (change) {
    case 'int4': return { ...b, weights: INT4_G128_FP16 };
    case 'kv-fp8': return { ...b, kv: 'fp8' };
    case 'flash': return { ...b, attention: 'flash' };
    case 'paging': return { ...b, paged: true };
  }
}

/** Both deployments, their derivations, and the TPOT of each single change. */
export function compute(s: State) {
  const model = getModel(s.modelId);
  const hw = getHardware(s.hardwareId);
  const beforeConfig = baselineConfig(s, model);
  const afterConfig = optimisedConfig(s, model, hw);
  const before = deploymentEstimate(model, hw, beforeConfig);
  const after = deploymentEstimate(model, hw, afterConfig);
  const single = Object.fromEntries(SINGLE_CHANGES.map((c) => [c, deploymentEstimate(model, hw, singleChangeConfig(c, s, model)).serving?.tpotSeconds ?? Number.NaN])) as Record<SingleChange, number>;
  const m = after.memoryOptions;
  return {
    model, hw, before, after, afterConfig, single,
    dTtft: deploymentTtftDerivation(model, hw, afterConfig, after),
    dTpot: deploymentTpotDerivation(model, hw, afterConfig, after),
    dThroughput: deploymentThroughputDerivation(model, hw, afterConfig, after),
    dMemory: memoryTotalDerivation(model, hw, m),
    dActivations: activationPeakDerivation(model, {
      batch: m.batch, tokens: Math.min(m.stepTokens ?? m.tokens, m.tokens), tp: m.tp, attention: m.attention,
      ...(m.activations === undefined ? {} : { activations: m.activations }),
    }),
    /** KV cache of one request at its mean context (the predict-first explanation). */
    kvOneRequest: kvCacheBytes(model, { tokens: s.promptTokens + Math.round(s.outputTokens / 2) }),
  };
}
