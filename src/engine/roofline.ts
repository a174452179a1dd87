/**
 * The roofline model (Williams, Waterman & Patterson 2009): a kernel of
 * operational intensity I (FLOP per byte of off-chip traffic) attains
 * min(peak, I × bandwidth); the ridge point peak / bandwidth separates
 * memory-bound (left) from compute-bound (right). Source: 'williams-2009-roofline'.
 */
import { EngineError, requireInRange, requireObject, requireOneOf } from './errors.ts';
import { PRECISIONS, type HardwareSpec, type Precision } from './presets/hardwareSpec.ts';
import { HARDWARE_LIMITS, validateHardware } from './presets/validateHardware.ts';

/** Largest FLOP or byte count a roofline query accepts (keeps every time finite). */
const MAX_AMOUNT = 1e300;

/** Dense peak FLOP/s of `hw` at `precision`; a precision the hardware lacks → EngineError('unsupportedPrecision'). */
export function peakFlops(hw: HardwareSpec, precision: Precision, field = 'precision'): number {
  validateHardware(hw);
  const peak = hw.denseFlopsPerSec[requireOneOf(typeof field === 'string' ? field : 'precision', precision, PRECISIONS)];
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
  const i = requireInRange('intensity', intensity, 0, MAX_AMOUNT);
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
  requireInRange('flops', flops, 0, MAX_AMOUNT);
  requireInRange('bytes', bytes, 0, MAX_AMOUNT);
  requireInRange('peakFlopsPerSec', peakFlopsPerSec, 1, HARDWARE_LIMITS.flopsPerSec);
  requireInRange('bandwidthBytesPerSec', bandwidthBytesPerSec, 1, HARDWARE_LIMITS.bytesPerSec);
  requireInRange('computeEfficiency', computeEfficiency, 1e-3, 1);
  requireInRange('memoryEfficiency', memoryEfficiency, 1e-3, 1);
  requireInRange('launchSeconds', launchSeconds, 0, 1);
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
  const o = requireObject('op', op);
  const e = requireObject('efficiency', efficiency);
  const f = requireInRange('flops', o.flops, 0, MAX_AMOUNT);
  const q = requireInRange('bytes', o.bytes, 0, MAX_AMOUNT);
  const ce = requireInRange('computeEfficiency', e.computeEfficiency ?? 1, 1e-3, 1);
  const me = requireInRange('memoryEfficiency', e.memoryEfficiency ?? 1, 1e-3, 1);
  const launch = requireInRange('kernelLaunchSeconds', e.kernelLaunchSeconds ?? 0, 0, 1);
  return rooflineTime(f, q, peakFlops(hw, precision), hw.memoryBandwidthBytesPerSec, ce, me, launch);
}
