import type { Derivation } from '../derivation.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops, ridgePoint } from '../roofline.ts';

/** How ridgePoint was computed: I* = P / B. */
export function ridgePointDerivation(hw: HardwareSpec, precision: Precision): Derivation {
  return {
    id: 'ridge-point',
    title: { zh: '屋顶线拐点（算术强度）', en: 'Roofline ridge point (operational intensity)' },
    tex: 'I^{*} = \\frac{P}{B}',
    terms: [
      { symbol: 'P', value: peakFlops(hw, precision), unit: 'FLOP/s', label: { zh: `${precision} 稠密峰值算力`, en: `dense ${precision} peak` } },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s', label: { zh: '显存带宽', en: 'memory bandwidth' } },
    ],
    result: { value: ridgePoint(hw, precision), unit: 'FLOP/B' },
    source: 'williams-2009-roofline',
  };
}
