/**
 * The roofline model (Williams, Waterman & Patterson 2009): a kernel of
 * operational intensity I (FLOP per byte of off-chip traffic) attains
 * min(peak, I × bandwidth); the ridge point peak / bandwidth separates
 * memory-bound (left) from compute-bound (right). Source: 'williams-2009-roofline'.
 */
import { EngineError, requireInRange, requireNonNegative } from './errors.ts';
import type { HardwareSpec, Precision } from './presets/hardwareSpec.ts';

/** Dense peak FLOP/s of `hw` at `precision`; a precision the hardware lacks → EngineError('unsupportedPrecision'). */
export function peakFlops(hw: HardwareSpec, precision: Precision, field = 'precision'): number {
  const peak = hw.denseFlopsPerSec[precision];
  if (peak === undefined) throw new EngineError('unsupportedPrecision', { field, value: precision });
  return peak;
}

/**
 * Ridge point, FLOP per byte: I* = P / B (P dense peak at `precision`, B memory
 * bandwidth). A100 312 TFLOP/s over 1.5 TB/s → 208 (kipply). The TPU paper's
 * x-axis counts MACs per weight byte: divide by 2 (macsFromFlops) → 1350.
 */
export function ridgePoint(hw: HardwareSpec, precision: Precision): number {
  return peakFlops(hw, precision) / hw.memoryBandwidthBytesPerSec;
}

/**
 * Attainable FLOP/s at operational intensity I (FLOP/byte):
 *   min(P, I · B).
 * Ignores: caches (every byte is off-chip traffic), overlap imperfections.
 */
export function attainableFlops(hw: HardwareSpec, precision: Precision, intensity: number): number {
  const i = requireNonNegative('intensity', intensity);
  return Math.min(peakFlops(hw, precision), i * hw.memoryBandwidthBytesPerSec);
}

export type Bound = 'compute' | 'memory';

export interface RooflineTime {
  readonly computeSeconds: number;
  readonly memorySeconds: number;
  /** max(compute, memory) + launch overhead. */
  readonly seconds: number;
  readonly bound: Bound;
}

/**
 * Time of one kernel on the roofline:
 *   t = max(F / (P · η_c), Q / (B · η_m)) + t_launch
 * F FLOPs, Q bytes moved off-chip, P peak, B bandwidth, η_c and η_m the
 * compute and memory efficiencies (1 = ideal roofline), t_launch the kernel
 * launch overhead. bound = whichever term is larger (ties count as compute).
 * Ignores: partial overlap of compute and memory, cache reuse, wave quantisation.
 */
export function rooflineTime(
  flops: number, bytes: number, peakFlopsPerSec: number, bandwidthBytesPerSec: number,
  computeEfficiency = 1, memoryEfficiency = 1, launchSeconds = 0,
): RooflineTime {
  const computeSeconds = flops / (peakFlopsPerSec * computeEfficiency);
  const memorySeconds = bytes / (bandwidthBytesPerSec * memoryEfficiency);
  const bound: Bound = computeSeconds >= memorySeconds ? 'compute' : 'memory';
  return { computeSeconds, memorySeconds, seconds: Math.max(computeSeconds, memorySeconds) + launchSeconds, bound };
}

/** Checked version of rooflineTime for callers outside the engine's hot path. */
export function operatorTime(
  hw: HardwareSpec, precision: Precision,
  op: { flops: number; bytes: number },
  efficiency: { computeEfficiency?: number; memoryEfficiency?: number; kernelLaunchSeconds?: number } = {},
): RooflineTime {
  const f = requireNonNegative('flops', op.flops);
  const q = requireNonNegative('bytes', op.bytes);
  const ce = requireInRange('computeEfficiency', efficiency.computeEfficiency ?? 1, Number.MIN_VALUE, 1);
  const me = requireInRange('memoryEfficiency', efficiency.memoryEfficiency ?? 1, Number.MIN_VALUE, 1);
  const launch = requireNonNegative('kernelLaunchSeconds', efficiency.kernelLaunchSeconds ?? 0);
  return rooflineTime(f, q, peakFlops(hw, precision), hw.memoryBandwidthBytesPerSec, ce, me, launch);
}
