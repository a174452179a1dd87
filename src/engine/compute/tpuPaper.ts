/**
 * Jouppi et al. 2017 ("the TPU paper"), Figures 5–7, as data and formulas.
 * The paper's x-axis counts MAC operations per byte of WEIGHTS read (not all
 * DRAM traffic) and its y-axis counts operations (1 MAC = 2 ops), so its
 * roofline is ops/s = min(P, 2 · I_MAC · B) and its ridge is P / (2B):
 * 92 TOPS / (2 × 34 GB/s) ≈ 1350 (Figure 5), without the /2 it would be 2706.
 */
import { requireNonNegative } from '../errors.ts';
import { flopsFromMacs, macsFromFlops } from '../model/flops.ts';
import { getHardware } from '../presets/hardware.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { attainableFlops, ridgePoint } from '../roofline.ts';
import type { SourceKey } from '../sources/index.ts';

export type TpuPaperAppId = 'MLP0' | 'MLP1' | 'LSTM0' | 'LSTM1' | 'CNN0' | 'CNN1';
export type TpuPaperDeviceId = 'tpu-v1' | 'k80' | 'haswell-e5-2699-v3';

export interface TpuPaperApp {
  readonly id: TpuPaperAppId;
  readonly kind: 'MLP' | 'LSTM' | 'CNN';
  /** TPU ops per weight byte, Table 1 (the figures' x: MAC ops per weight byte). */
  readonly macsPerWeightByte: number;
  /** TPU batch size, Table 1. */
  readonly batch: number;
  /** Measured TeraOps/s of production code on one TPU die, Table 3 row 9 (host overhead excluded), in ops/s. */
  readonly measuredTpuOpsPerSec: number;
  /** Performance relative to one Haswell die, host overhead included (Table 6). */
  readonly relativeToHaswell: { readonly k80: number; readonly tpu: number };
}

const T = 1e12;

/** The six production applications, as printed. Sources: Table 1, Table 3, Table 6. */
export const TPU_PAPER_APPS: readonly TpuPaperApp[] = [
  { id: 'MLP0', kind: 'MLP', macsPerWeightByte: 200, batch: 200, measuredTpuOpsPerSec: 12.3 * T, relativeToHaswell: { k80: 2.5, tpu: 41.0 } },
  { id: 'MLP1', kind: 'MLP', macsPerWeightByte: 168, batch: 168, measuredTpuOpsPerSec: 9.7 * T, relativeToHaswell: { k80: 0.3, tpu: 18.5 } },
  { id: 'LSTM0', kind: 'LSTM', macsPerWeightByte: 64, batch: 64, measuredTpuOpsPerSec: 3.7 * T, relativeToHaswell: { k80: 0.4, tpu: 3.5 } },
  { id: 'LSTM1', kind: 'LSTM', macsPerWeightByte: 96, batch: 96, measuredTpuOpsPerSec: 2.8 * T, relativeToHaswell: { k80: 1.2, tpu: 1.2 } },
  { id: 'CNN0', kind: 'CNN', macsPerWeightByte: 2888, batch: 8, measuredTpuOpsPerSec: 86.0 * T, relativeToHaswell: { k80: 1.6, tpu: 40.3 } },
  { id: 'CNN1', kind: 'CNN', macsPerWeightByte: 1750, batch: 32, measuredTpuOpsPerSec: 14.1 * T, relativeToHaswell: { k80: 2.7, tpu: 71.0 } },
];

export const TPU_PAPER_APP_SOURCES: Readonly<Record<'intensity' | 'measured' | 'relative' | 'rooflines', SourceKey>> = {
  intensity: 'jouppi-2017-table1',
  measured: 'jouppi-2017-table3',
  relative: 'jouppi-2017-table6',
  rooflines: 'jouppi-2017-figures',
};

export interface TpuPaperDevice {
  readonly id: TpuPaperDeviceId;
  /** The precision the paper's roofline uses: 8-bit ops for the TPU, floating point for K80 and Haswell (Sec. 8). */
  readonly precision: Precision;
  /** The ridge point the figure caption prints, MAC ops per weight byte. */
  readonly printedRidge: number;
}

/** The three per-die rooflines of Figures 5 (TPU), 6 (Haswell) and 7 (K80). */
export const TPU_PAPER_DEVICES: readonly TpuPaperDevice[] = [
  { id: 'tpu-v1', precision: 'int8', printedRidge: 1350 },
  { id: 'k80', precision: 'fp32', printedRidge: 9 },
  { id: 'haswell-e5-2699-v3', precision: 'fp32', printedRidge: 13 },
];

/**
 * Ridge point in the paper's unit, MAC ops per weight byte: I* = P / (2 · B)
 * (P peak ops/s, B DRAM bandwidth, 2 ops per MAC). Source: 'jouppi-2017-figures'.
 */
export function ridgeMacsPerByte(hw: HardwareSpec, precision: Precision): number {
  return macsFromFlops(ridgePoint(hw, precision));
}

/**
 * Roofline bound in the paper's axes: ops/s = min(P, 2 · I_MAC · B), I_MAC in
 * MAC ops per weight byte. Ignores: activation traffic (the paper's weights-only
 * intensity), host overhead. Source: 'jouppi-2017-figures'.
 */
export function tpuPaperBoundOpsPerSec(hw: HardwareSpec, precision: Precision, macsPerWeightByte: number): number {
  return attainableFlops(hw, precision, flopsFromMacs(requireNonNegative('macsPerWeightByte', macsPerWeightByte)));
}

export interface TpuPaperPoint {
  readonly app: TpuPaperApp;
  readonly device: TpuPaperDeviceId;
  /** x in the paper's unit. */
  readonly macsPerWeightByte: number;
  /** The roofline's bound at that x, ops/s. */
  readonly boundOpsPerSec: number;
  /** The printed measurement (TPU only, Table 3); null where the paper prints it only as a plotted point. */
  readonly measuredOpsPerSec: number | null;
  readonly bound: 'compute' | 'memory';
}

/**
 * The six applications on one device's roofline at their Table 1 intensities.
 * Measured points exist as numbers only for the TPU (Table 3); the K80 and
 * Haswell measurements are plotted in Figures 6–7 at their own (smaller,
 * untabulated) batch sizes, so they are not reproduced here.
 */
export function tpuPaperPoints(deviceId: TpuPaperDeviceId): TpuPaperPoint[] {
  const device = TPU_PAPER_DEVICES.find((d) => d.id === deviceId) ?? TPU_PAPER_DEVICES[0]!;
  const hw = getHardware(device.id);
  const ridge = ridgeMacsPerByte(hw, device.precision);
  return TPU_PAPER_APPS.map((app) => ({
    app,
    device: device.id,
    macsPerWeightByte: app.macsPerWeightByte,
    boundOpsPerSec: tpuPaperBoundOpsPerSec(hw, device.precision, app.macsPerWeightByte),
    measuredOpsPerSec: device.id === 'tpu-v1' ? app.measuredTpuOpsPerSec : null,
    bound: app.macsPerWeightByte >= ridge ? 'compute' : 'memory',
  }));
}

