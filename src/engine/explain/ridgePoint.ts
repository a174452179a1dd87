import type { Derivation } from '../derivation.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops, ridgePoint } from '../roofline.ts';

/** params.precision names the peak P is taken at. */
export type RidgePointDerivation = Derivation<'ridge-point', 'P' | 'B'>;

/** How ridgePoint was computed: I* = P / B. */
export function ridgePointDerivation(hw: HardwareSpec, precision: Precision): RidgePointDerivation {
  return {
    id: 'ridge-point',
    tex: 'I^{*} = \\frac{P}{B}',
    evaluate: (v) => v.P / v.B,
    terms: [
      { symbol: 'P', value: peakFlops(hw, precision), unit: 'FLOP/s' },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s' },
    ],
    result: { value: ridgePoint(hw, precision), unit: 'FLOP/B' },
    source: 'williams-2009-roofline',
    params: { precision },
  };
}
