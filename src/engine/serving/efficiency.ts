import { EngineError, requireInRange, requireObject } from '../errors.ts';
import type { SourceKey } from '../sources/index.ts';

/**
 * How far below the roofline real kernels run. Every knob is explicit so a
 * slide can show "ideal" next to "realistic" and say where the gap comes from.
 */
export interface EfficiencyKnobs {
  /** η_c: achieved / peak FLOP/s in compute-bound kernels at 16- and 32-bit precisions (also applied to the special-function rate). */
  readonly computeEfficiency: number;
  /** η_c8: the same at 8- and 4-bit precisions (FP8, INT8, INT4), whose kernels reach a smaller share of their doubled peak. */
  readonly lowPrecisionComputeEfficiency: number;
  /** η_m: achieved / peak memory bandwidth in memory-bound kernels. */
  readonly memoryEfficiency: number;
  /** Fixed cost per kernel launch, seconds (0 with perfect CUDA-graph capture). */
  readonly kernelLaunchSeconds: number;
  /** η_l: achieved / nominal link bandwidth for collectives. */
  readonly communicationEfficiency: number;
  /** Fixed software cost of each collective call, seconds (NCCL's base latency), on top of the link's per-hop α. */
  readonly collectiveBaseSeconds: number;
  /**
   * ω_c ∈ [0, 1]: share of a step's kernel time under which its tensor-parallel
   * collectives can run (1 = fully overlapped, 0 = on the critical path).
   */
  readonly communicationOverlap: number;
  /**
   * ω_s ∈ [0, 1]: share of FlashAttention's two matmuls under which the
   * softmax exponentials can run (FA-3 pingpong scheduling = 1, FA-2 = 0).
   */
  readonly softmaxOverlap: number;
}

/**
 * Peak compute, peak bandwidth, no launch overhead, collectives and softmax
 * hidden under the matmuls: the pure roofline, a bound no real system beats.
 * Sources: 'williams-2009-roofline'; 'wang-2023-overlap-decomposition'
 * (collectives overlapped with the dependent matmuls); 'shah-2024-flashattention3'
 * (softmax overlapped with the attention GEMMs).
 */
export const IDEAL_EFFICIENCY: EfficiencyKnobs = {
  computeEfficiency: 1,
  lowPrecisionComputeEfficiency: 1,
  memoryEfficiency: 1,
  kernelLaunchSeconds: 0,
  communicationEfficiency: 1,
  collectiveBaseSeconds: 0,
  communicationOverlap: 1,
  softmaxOverlap: 1,
};

/**
 * Realistic defaults, each with its source:
 * - computeEfficiency 0.75: FlashAttention-3 reaches 740 of H100's 989 TFLOPS
 *   in FP16 (Shah et al. 2024); Pope et al. 2023 report 76% MFU in large-batch prefill.
 * - lowPrecisionComputeEfficiency 0.61: the same kernels reach about 1.2 of
 *   1.98 PFLOPS in FP8 (Shah et al. 2024).
 * - memoryEfficiency 0.6: ~60% model bandwidth utilisation measured in decode
 *   (Databricks 2023). It is an end-to-end figure, so it already contains some
 *   launch gaps: with kernelLaunchSeconds on top it errs slow.
 * - kernelLaunchSeconds 4 µs: a few µs per launch (NVIDIA CUDA Graphs blog);
 *   an order-of-magnitude teaching value, not a measurement of one system.
 * - communicationEfficiency 0.82: NCCL reaches 370 GB/s of NVLink's 450 GB/s
 *   line rate after protocol overhead (NCCL maintainer, nccl-tests #212).
 * - collectiveBaseSeconds 6.6 µs: NCCL's tuning model charges each ring
 *   collective (LL protocol) a base latency of 6.6 µs before the per-hop
 *   latencies (src/graph/tuning.cc baseLat).
 * - communicationOverlap 0: Megatron-style tensor parallelism runs its
 *   all-reduces between the matmuls that produce and consume them (Shoeybi et al. 2019).
 * - softmaxOverlap 0: FlashAttention-2 runs softmax between its two matmuls
 *   in the same warps; only FA-3's pingpong schedule hides it (Shah et al. 2024).
 */
export const REALISTIC_EFFICIENCY: EfficiencyKnobs = {
  computeEfficiency: 740 / 989,
  lowPrecisionComputeEfficiency: 1200 / 1979,
  memoryEfficiency: 0.6,
  kernelLaunchSeconds: 4e-6,
  communicationEfficiency: 370 / 450,
  collectiveBaseSeconds: 6.6e-6,
  communicationOverlap: 0,
  softmaxOverlap: 0,
};

/** The source of each realistic default. */
export const EFFICIENCY_SOURCES: Readonly<Record<keyof EfficiencyKnobs, SourceKey>> = {
  computeEfficiency: 'shah-2024-flashattention3',
  lowPrecisionComputeEfficiency: 'shah-2024-flashattention3',
  memoryEfficiency: 'databricks-2023-inference',
  kernelLaunchSeconds: 'nvidia-cuda-graphs-blog',
  communicationEfficiency: 'nccl-tests-212-nvlink-protocol',
  collectiveBaseSeconds: 'nccl-tuning-base-latency',
  communicationOverlap: 'shoeybi-2019-megatron-tp',
  softmaxOverlap: 'dao-2023-flashattention2',
};

export type EfficiencyInput = 'ideal' | 'realistic' | Partial<EfficiencyKnobs>;

/** Smallest efficiency accepted: below 0.1% a roofline estimate says nothing, and the limit keeps times finite. */
export const MIN_EFFICIENCY = 1e-3;
/** Largest launch overhead accepted, seconds. */
export const MAX_LAUNCH_SECONDS = 1;

const KNOBS = Object.keys(IDEAL_EFFICIENCY) as (keyof EfficiencyKnobs)[];
const checked = new WeakMap<object, EfficiencyKnobs>();

/**
 * 'ideal', 'realistic' (the default) or an object overriding some realistic
 * knobs. Efficiencies must lie in [1e-3, 1], overlaps in [0, 1], the launch
 * overhead in [0, 1 s]; an unknown knob name is rejected.
 */
export function resolveEfficiency(input: EfficiencyInput | undefined): EfficiencyKnobs {
  if (input === undefined || input === 'realistic') return REALISTIC_EFFICIENCY;
  if (input === 'ideal') return IDEAL_EFFICIENCY;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new EngineError('unknownOption', { field: 'efficiency', value: input, options: ['ideal', 'realistic'] });
  }
  const hit = checked.get(input);
  if (hit) return hit;
  for (const key of Object.keys(input)) {
    if (!(KNOBS as string[]).includes(key)) throw new EngineError('unknownOption', { field: 'efficiency', value: key, options: KNOBS });
  }
  const k = { ...REALISTIC_EFFICIENCY, ...input };
  const knobs: EfficiencyKnobs = {
    computeEfficiency: requireInRange('efficiency.computeEfficiency', k.computeEfficiency, MIN_EFFICIENCY, 1),
    lowPrecisionComputeEfficiency: requireInRange('efficiency.lowPrecisionComputeEfficiency', k.lowPrecisionComputeEfficiency, MIN_EFFICIENCY, 1),
    memoryEfficiency: requireInRange('efficiency.memoryEfficiency', k.memoryEfficiency, MIN_EFFICIENCY, 1),
    kernelLaunchSeconds: requireInRange('efficiency.kernelLaunchSeconds', k.kernelLaunchSeconds, 0, MAX_LAUNCH_SECONDS),
    communicationEfficiency: requireInRange('efficiency.communicationEfficiency', k.communicationEfficiency, MIN_EFFICIENCY, 1),
    collectiveBaseSeconds: requireInRange('efficiency.collectiveBaseSeconds', k.collectiveBaseSeconds, 0, MAX_LAUNCH_SECONDS),
    communicationOverlap: requireInRange('efficiency.communicationOverlap', k.communicationOverlap, 0, 1),
    softmaxOverlap: requireInRange('efficiency.softmaxOverlap', k.softmaxOverlap, 0, 1),
  };
  checked.set(input, knobs);
  return knobs;
}

/** The compute efficiency that applies at `precision`: 8- and 4-bit precisions use lowPrecisionComputeEfficiency. */
export function computeEfficiencyAt(knobs: EfficiencyKnobs, precision: string): number {
  requireObject('knobs', knobs);
  return precision === 'fp8' || precision === 'int8' || precision === 'int4' ? knobs.lowPrecisionComputeEfficiency : knobs.computeEfficiency;
}
