/** Show-the-work panels for the roofline and graph simulators. */
import type { Derivation } from '../derivation.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops, rooflineTime } from '../roofline.ts';
import type { GraphCost } from '../graph/cost.ts';
import { resolveEfficiency, type EfficiencyInput } from '../serving/efficiency.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { requireGraphCost } from '../graph/validateGraph.ts';

/** params.precision names the peak P is taken at. */
export type OperatorTimeDerivation = Derivation<'operator-time', 'F' | 'Q' | 'P' | 'B'>;
/** F_c: FLOPs of the compute-bound kernels; Q_m: bytes of the memory-bound ones (so the substituted sum reproduces t). */
export type GraphTimeDerivation = Derivation<'graph-time', 'N_k' | 'F_c' | 'Q_m' | 'P' | 'B' | '\\eta_c' | '\\eta_m' | 't_{launch}'>;

/** One operator on the pure roofline: t = max(F / P, Q / B). Source: 'williams-2009-roofline'. */
export function operatorTimeDerivation(hw: HardwareSpec, precision: Precision, op: { flops: number; bytes: number }): OperatorTimeDerivation {
  const P = peakFlops(hw, precision);
  const B = hw.memoryBandwidthBytesPerSec;
  return {
    id: 'operator-time',
    tex: 't = \\max\\!\\left(\\frac{F}{P}, \\frac{Q}{B}\\right)',
    evaluate: (v) => Math.max(v.F / v.P, v.Q / v.B),
    terms: [
      { symbol: 'F', value: op.flops, unit: 'FLOP' },
      { symbol: 'Q', value: op.bytes, unit: 'B' },
      { symbol: 'P', value: P, unit: 'FLOP/s' },
      { symbol: 'B', value: B, unit: 'B/s' },
    ],
    result: { value: rooflineTime(op.flops, op.bytes, P, B).seconds, unit: 's' },
    source: 'williams-2009-roofline',
    params: { precision },
  };
}

/**
 * The graph's estimated time, Σ over kernels of the roofline time plus launch
 * overhead, written so the substituted values reproduce it: each kernel
 * counts only its binding term, so
 *   t = Σ_k max(F_k/(P·η_c), Q_k/(B·η_m)) + N_k·t_launch = F_c/(P·η_c) + Q_m/(B·η_m) + N_k·t_launch
 * F_c the FLOPs of the compute-bound kernels, Q_m the bytes of the
 * memory-bound ones (a kernel's bound as graphCost decided it). Substituting
 * the totals F and Q into one max() would not reproduce t when some kernels
 * are compute-bound and others memory-bound (prefill).
 * Source: 'williams-2009-roofline'.
 */
export function graphTimeDerivation(hw: HardwareSpec, precision: Precision, cost: GraphCost, efficiency: EfficiencyInput = 'realistic'): GraphTimeDerivation {
  validateHardware(hw);
  requireGraphCost('cost', cost);
  const eff = resolveEfficiency(efficiency);
  let computeFlops = 0;
  let memoryBytes = 0;
  for (const k of cost.perKernel) {
    if (k.bound === 'compute') computeFlops += k.flops;
    else memoryBytes += k.bytes;
  }
  return {
    id: 'graph-time',
    tex: 't = \\frac{F_c}{P\\,\\eta_c} + \\frac{Q_m}{B\\,\\eta_m} + N_k\\,t_{launch}',
    evaluate: (v) => v.F_c / (v.P * v['\\eta_c']) + v.Q_m / (v.B * v['\\eta_m']) + v.N_k * v['t_{launch}'],
    terms: [
      { symbol: 'N_k', value: cost.kernels, unit: 'count' },
      { symbol: 'F_c', value: computeFlops, unit: 'FLOP' },
      { symbol: 'Q_m', value: memoryBytes, unit: 'B' },
      { symbol: 'P', value: peakFlops(hw, precision), unit: 'FLOP/s' },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s' },
      { symbol: '\\eta_c', value: eff.computeEfficiency, unit: 'ratio' },
      { symbol: '\\eta_m', value: eff.memoryEfficiency, unit: 'ratio' },
      { symbol: 't_{launch}', value: eff.kernelLaunchSeconds, unit: 's' },
    ],
    result: { value: cost.seconds, unit: 's' },
    source: 'williams-2009-roofline',
    params: { precision },
  };
}
