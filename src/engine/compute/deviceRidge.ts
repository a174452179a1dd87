/**
 * One ridge point per device, the number every view shows: the roofline
 * (LLM operators, 表5) in FLOP per byte and the TPU paper's figures in MAC
 * operations per byte are the same ridge at the same precision, one being
 * twice the other (1 MAC = 2 FLOP).
 */
import type { Derivation } from '../derivation.ts';
import { FLOPS_PER_MAC, macsFromFlops } from '../model/flops.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops, ridgePoint } from '../roofline.ts';
import type { SourceKey } from '../sources/index.ts';
import { defaultComputePrecision } from './operatorBounds.ts';

export interface DeviceRidge {
  /** The precision of the peak: the source's where one fixes it (TPU int8, K80/Haswell FP32), else the device's first of fp16, bf16, int8, fp32. */
  readonly precision: Precision;
  /** I* = P / B, FLOP per byte of DRAM traffic. */
  readonly flopsPerByte: number;
  /** I* / 2, MAC operations per byte: the unit of the TPU paper's Figures 5–7. */
  readonly macsPerByte: number;
  /** FLOPs per MAC used to convert (2). */
  readonly flopsPerMac: number;
  readonly source: SourceKey;
}

/**
 * The ridge point of `hw` at its reference precision, in both units:
 *   I*_FLOP = P / B,  I*_MAC = P / (2B)
 * P dense peak at the precision (defaultComputePrecision), B DRAM bandwidth.
 * Haswell: 1.3 TFLOPS / 51 GB/s = 25.5 FLOP/B = 12.7 MAC/B (the paper prints 13);
 * TPU v1: 92 TOPS / 34 GB/s = 2706 op/B = 1353 MAC/B (1350).
 * Ignores: caches (the roofline counts DRAM traffic only).
 * Sources: 'williams-2009-roofline' (ridge), 'jouppi-2017-figures' (units and precisions of the TPU paper).
 */
export function deviceRidge(hw: HardwareSpec): DeviceRidge {
  validateHardware(hw);
  const precision = defaultComputePrecision(hw);
  const flopsPerByte = ridgePoint(hw, precision);
  return {
    precision, flopsPerByte, macsPerByte: macsFromFlops(flopsPerByte), flopsPerMac: FLOPS_PER_MAC,
    source: hw.ridgePrecision !== undefined ? 'jouppi-2017-figures' : 'williams-2009-roofline',
  };
}

/** params.precision names the peak P is taken at. */
export type DeviceRidgeMacDerivation = Derivation<'ridge-point-mac', 'P' | 'B' | 'f'>;

/**
 * The device's ridge point in the TPU paper's unit, MAC operations per byte:
 *   I*_MAC = P / (f · B),  f = 2 FLOP per MAC
 * P dense peak at the device's ridge precision (deviceRidge), B DRAM bandwidth.
 * The same ridge as ridgePointDerivation's P / B in FLOP per byte, halved.
 * Source: 'jouppi-2017-figures' (the x-axis counts MAC operations per byte).
 */
export function deviceRidgeMacDerivation(hw: HardwareSpec): DeviceRidgeMacDerivation {
  const r = deviceRidge(hw);
  return {
    id: 'ridge-point-mac',
    tex: 'I^{*}_{MAC} = \\frac{P}{f\\,B}',
    evaluate: (v) => v.P / v.B / v.f,
    terms: [
      { symbol: 'P', value: peakFlops(hw, r.precision), unit: 'FLOP/s' },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s' },
      { symbol: 'f', value: r.flopsPerMac, unit: 'count' },
    ],
    result: { value: r.macsPerByte, unit: '1' },
    source: 'jouppi-2017-figures',
    params: { precision: r.precision },
  };
}
