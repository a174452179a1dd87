/** Show-the-work panels for the roofline and graph simulators. */
import type { Derivation } from '../derivation.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops, rooflineTime } from '../roofline.ts';
import type { GraphCost } from '../graph/cost.ts';
import { resolveEfficiency, type EfficiencyInput } from '../serving/efficiency.ts';

/** params.precision names the peak P is taken at. */
export type OperatorTimeDerivation = Derivation<'operator-time', 'F' | 'Q' | 'P' | 'B'>;
export type GraphTimeDerivation = Derivation<'graph-time', 'N_k' | 'F_k' | 'Q_k' | 'P' | 'B' | '\\eta_c' | '\\eta_m' | 't_{launch}'>;

/** One operator on the pure roofline: t = max(F / P, Q / B). Source: 'williams-2009-roofline'. */
export function operatorTimeDerivation(hw: HardwareSpec, precision: Precision, op: { flops: number; bytes: number }): OperatorTimeDerivation {
  const P = peakFlops(hw, precision);
  const B = hw.memoryBandwidthBytesPerSec;
  return {
    id: 'operator-time',
    tex: 't = \\max\\!\\left(\\frac{F}{P}, \\frac{Q}{B}\\right)',
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

/** The graph's estimated time: Σ over kernels of the roofline time plus launch overhead. Source: 'williams-2009-roofline'. */
export function graphTimeDerivation(hw: HardwareSpec, precision: Precision, cost: GraphCost, efficiency: EfficiencyInput = 'realistic'): GraphTimeDerivation {
  const eff = resolveEfficiency(efficiency);
  return {
    id: 'graph-time',
    tex: 't = \\sum_{k=1}^{N_k} \\max\\!\\left(\\frac{F_k}{P\\,\\eta_c}, \\frac{Q_k}{B\\,\\eta_m}\\right) + N_k\\,t_{launch}',
    terms: [
      { symbol: 'N_k', value: cost.kernels, unit: 'count' },
      { symbol: 'F_k', value: cost.flops, unit: 'FLOP' },
      { symbol: 'Q_k', value: cost.bytes, unit: 'B' },
      { symbol: 'P', value: peakFlops(hw, precision), unit: 'FLOP/s' },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s' },
      { symbol: '\\eta_c', value: eff.computeEfficiency, unit: 'ratio' },
      { symbol: '\\eta_m', value: eff.memoryEfficiency, unit: 'ratio' },
      { symbol: 't_{launch}', value: eff.kernelLaunchSeconds, unit: 's' },
    ],
    result: { value: cost.seconds, unit: 's' },
    source: 'williams-2009-roofline',
  };
}
