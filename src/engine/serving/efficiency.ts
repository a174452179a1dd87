import { EngineError, requireInRange, requireNonNegative } from '../errors.ts';
import type { SourceKey } from '../sources/index.ts';

/**
 * How far below the roofline real kernels run. Every knob is explicit so a
 * slide can show "ideal" next to "realistic" and say where the gap comes from.
 */
export interface EfficiencyKnobs {
  /** η_c: achieved / peak FLOP/s in compute-bound kernels. */
  readonly computeEfficiency: number;
  /** η_m: achieved / peak memory bandwidth in memory-bound kernels. */
  readonly memoryEfficiency: number;
  /** Fixed cost per kernel launch, seconds (0 with perfect CUDA-graph capture). */
  readonly kernelLaunchSeconds: number;
  /** Achieved / nominal link bandwidth for collectives. */
  readonly communicationEfficiency: number;
}

/** Peak compute, peak bandwidth, no launch overhead: the pure roofline. */
export const IDEAL_EFFICIENCY: EfficiencyKnobs = {
  computeEfficiency: 1,
  memoryEfficiency: 1,
  kernelLaunchSeconds: 0,
  communicationEfficiency: 1,
};

/**
 * Realistic defaults, each with its source:
 * - computeEfficiency 0.76: 76% MFU in large-batch prefill (Pope et al. 2023).
 * - memoryEfficiency 0.6: ~60% model bandwidth utilisation measured at batch 1
 *   on 2×H100 (Databricks 2023). It is an end-to-end figure, so it already
 *   contains some launch gaps: with kernelLaunchSeconds on top it errs slow.
 * - kernelLaunchSeconds 4 µs: a few µs per launch (NVIDIA CUDA Graphs blog);
 *   an order-of-magnitude teaching value, not a measurement of one system.
 * - communicationEfficiency 1: the interconnect presets' bandwidth and α
 *   already stand for achieved values; no further derating is sourced.
 */
export const REALISTIC_EFFICIENCY: EfficiencyKnobs = {
  computeEfficiency: 0.76,
  memoryEfficiency: 0.6,
  kernelLaunchSeconds: 4e-6,
  communicationEfficiency: 1,
};

/** The source of each realistic default (communicationEfficiency has none: it stays 1). */
export const EFFICIENCY_SOURCES: Readonly<Partial<Record<keyof EfficiencyKnobs, SourceKey>>> = {
  computeEfficiency: 'pope-2022-scaling-inference',
  memoryEfficiency: 'databricks-2023-inference',
  kernelLaunchSeconds: 'nvidia-cuda-graphs-blog',
};

export type EfficiencyInput = 'ideal' | 'realistic' | Partial<EfficiencyKnobs>;

const checked = new WeakMap<object, EfficiencyKnobs>();

/** 'ideal', 'realistic' (the default) or an object overriding some realistic knobs. */
export function resolveEfficiency(input: EfficiencyInput | undefined): EfficiencyKnobs {
  if (input === undefined || input === 'realistic') return REALISTIC_EFFICIENCY;
  if (input === 'ideal') return IDEAL_EFFICIENCY;
  if (typeof input !== 'object' || input === null) {
    throw new EngineError('unknownOption', { field: 'efficiency', value: input, options: ['ideal', 'realistic'] });
  }
  const hit = checked.get(input);
  if (hit) return hit;
  const k = { ...REALISTIC_EFFICIENCY, ...input };
  const knobs: EfficiencyKnobs = {
    computeEfficiency: requireInRange('efficiency.computeEfficiency', k.computeEfficiency, Number.MIN_VALUE, 1),
    memoryEfficiency: requireInRange('efficiency.memoryEfficiency', k.memoryEfficiency, Number.MIN_VALUE, 1),
    kernelLaunchSeconds: requireNonNegative('efficiency.kernelLaunchSeconds', k.kernelLaunchSeconds),
    communicationEfficiency: requireInRange('efficiency.communicationEfficiency', k.communicationEfficiency, Number.MIN_VALUE, 1),
  };
  checked.set(input, knobs);
  return knobs;
}
