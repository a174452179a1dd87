/**
 * From the student's choices to the two deployments the simulator compares:
 * the unoptimised baseline and the optimised stack. Pure; every number is
 * then computed by the engine's deploymentEstimate.
 */
import { getHardware, getModel, INT4_G128_FP16, type HardwareSpec, type ModelSpec, type NumberFormat } from '../../engine/index.ts';
import type { DeploymentConfig } from '../../engine/serving/deploymentEstimate.ts';
import type { OverviewInputs, WeightChoice } from './store.ts';

export const DEFAULT_MODEL = 'llama-2-13b';
export const DEFAULT_HARDWARE = 'a100-80gb-sxm';

/**
 * Longest request the simulated server accepts (vLLM's --max-model-len): the
 * model's own limit, capped at 4096 tokens (a teaching assumption, so models
 * with 128k-token windows do not reserve 128k slots per request without paging).
 */
export const SERVER_MAX_LENGTH = 4096;
export const serverMaxLength = (model: ModelSpec): number => Math.min(model.maxPositionEmbeddings, SERVER_MAX_LENGTH);

export const WEIGHT_FORMATS: Readonly<Record<WeightChoice, NumberFormat>> = {
  fp16: 'fp16',
  int8: 'int8',
  'int4-g128': INT4_G128_FP16,
};

export interface Resolved<T> {
  readonly spec: T;
  /** The id asked for when it was unknown and the default was used instead. */
  readonly unknown: string | null;
}

function resolve<T>(id: string | null | undefined, fallback: string, get: (id: string) => T): Resolved<T> {
  if (id) {
    try {
      return { spec: get(id), unknown: null };
    } catch {
      return { spec: get(fallback), unknown: id };
    }
  }
  return { spec: get(fallback), unknown: null };
}

export const resolveModel = (id: string | null | undefined): Resolved<ModelSpec> => resolve(id, DEFAULT_MODEL, getModel);
export const resolveHardware = (id: string | null | undefined): Resolved<HardwareSpec> => resolve(id, DEFAULT_HARDWARE, getHardware);

/** Tensor parallelism needs a GPU-to-GPU link; devices without one run on a single chip. */
export const canSplit = (hw: HardwareSpec): boolean => hw.intraNodeLink !== null;

/** The baseline every optimisation is measured against: FP16, batch 1, contiguous KV, one GPU, unfused attention. */
export function baselineConfig(inputs: Pick<OverviewInputs, 'promptTokens' | 'outputTokens'>, model: ModelSpec): DeploymentConfig {
  return {
    weights: 'fp16', kv: 'fp16', batch: 1, paged: false, tp: 1, attention: 'naive',
    promptTokens: inputs.promptTokens, outputTokens: inputs.outputTokens, maxLength: serverMaxLength(model),
  };
}

/** The stack the switches describe. */
export function optimisedConfig(inputs: OverviewInputs, model: ModelSpec, hw: HardwareSpec): DeploymentConfig {
  return {
    weights: WEIGHT_FORMATS[inputs.weights],
    kv: inputs.kvFp8 ? 'fp8' : 'fp16',
    batch: inputs.batching ? inputs.batch : 1,
    paged: inputs.paged,
    tp: canSplit(hw) ? Number(inputs.tp) : 1,
    attention: inputs.flash ? 'flash' : 'naive',
    promptTokens: inputs.promptTokens,
    outputTokens: inputs.outputTokens,
    maxLength: serverMaxLength(model),
  };
}

export type SingleChange = 'int4' | 'kv-fp8' | 'flash' | 'paging';
export const SINGLE_CHANGES: readonly SingleChange[] = ['int4', 'kv-fp8', 'flash', 'paging'];

/** The baseline with one optimisation applied (batch 1, one GPU): the predict-first candidates. */
export function singleChangeConfig(change: SingleChange, inputs: Pick<OverviewInputs, 'promptTokens' | 'outputTokens'>, model: ModelSpec): DeploymentConfig {
  const b = baselineConfig(inputs, model);
  switch (change) {
    case 'int4': return { ...b, weights: INT4_G128_FP16 };
    case 'kv-fp8': return { ...b, kv: 'fp8' };
    case 'flash': return { ...b, attention: 'flash' };
    case 'paging': return { ...b, paged: true };
  }
}
