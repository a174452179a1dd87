/**
 * Energy of an inference step from its operation and byte counts
 * (teaching model, 45 nm: Horowitz 2014; RF from Sze et al. 2017).
 *
 * E = MACs·e_MAC(precision) + Σ_level bytes_level·e_level
 * with MACs = FLOPs / 2 when FLOPs are given (FLOPs = 2 × multiply-adds).
 * Ignores: static/leakage power, control and instruction overhead (which
 * Horowitz shows dominate on a CPU), interconnect, and process scaling.
 */
import type { Derivation } from '../derivation.ts';
import { EngineError, requireNonNegative } from '../errors.ts';
import { accessEnergyJoulesPerByte, macEnergyJoules, type MacPrecision } from './operationEnergy.ts';

export interface InferenceEnergyParams {
  /** Multiply-accumulates; give this or `flops`. */
  readonly macs?: number;
  readonly flops?: number;
  readonly precision: MacPrecision;
  readonly bytesByLevel: { readonly dram?: number; readonly sram?: number; readonly rf?: number };
}

export interface InferenceEnergy {
  readonly joules: number;
  readonly breakdown: { readonly computeJoules: number; readonly dramJoules: number; readonly sramJoules: number; readonly rfJoules: number };
  readonly derivation: Derivation;
}

export function inferenceEnergy(params: InferenceEnergyParams): InferenceEnergy {
  let macs: number;
  if (params.macs !== undefined) macs = requireNonNegative('macs', params.macs);
  else if (params.flops !== undefined) macs = requireNonNegative('flops', params.flops) / 2;
  else throw new EngineError('missingField', { field: 'macs' });
  const eMac = macEnergyJoules(params.precision);
  const dram = requireNonNegative('bytesByLevel.dram', params.bytesByLevel.dram ?? 0);
  const sram = requireNonNegative('bytesByLevel.sram', params.bytesByLevel.sram ?? 0);
  const rf = requireNonNegative('bytesByLevel.rf', params.bytesByLevel.rf ?? 0);
  const eDram = accessEnergyJoulesPerByte('dram', params.precision);
  const eSram = accessEnergyJoulesPerByte('sram', params.precision);
  const eRf = accessEnergyJoulesPerByte('rf', params.precision);
  const breakdown = { computeJoules: macs * eMac, dramJoules: dram * eDram, sramJoules: sram * eSram, rfJoules: rf * eRf };
  const joules = breakdown.computeJoules + breakdown.dramJoules + breakdown.sramJoules + breakdown.rfJoules;
  return {
    joules,
    breakdown,
    derivation: {
      id: 'inference-energy',
      title: { zh: '推理能耗（45 nm 教学模型）', en: 'Inference energy (45 nm teaching model)' },
      tex: 'E = N_{MAC}\\,e_{MAC} + B_{DRAM}\\,e_{DRAM} + B_{SRAM}\\,e_{SRAM} + B_{RF}\\,e_{RF}',
      terms: [
        { symbol: 'N_{MAC}', value: macs, unit: 'count', label: { zh: '乘加次数', en: 'multiply-accumulates' } },
        { symbol: 'e_{MAC}', value: eMac, unit: 'J', label: { zh: `每次乘加能耗（${params.precision}）`, en: `energy per MAC (${params.precision})` } },
        { symbol: 'B_{DRAM}', value: dram, unit: 'B', label: { zh: 'DRAM 读取字节', en: 'bytes read from DRAM' } },
        { symbol: 'e_{DRAM}', value: eDram, unit: 'J', label: { zh: '每字节 DRAM 能耗', en: 'DRAM energy per byte' } },
        { symbol: 'B_{SRAM}', value: sram, unit: 'B', label: { zh: 'SRAM 读取字节', en: 'bytes read from SRAM' } },
        { symbol: 'e_{SRAM}', value: eSram, unit: 'J', label: { zh: '每字节 SRAM 能耗', en: 'SRAM energy per byte' } },
        { symbol: 'B_{RF}', value: rf, unit: 'B', label: { zh: '寄存器堆读取字节', en: 'bytes read from the register file' } },
        { symbol: 'e_{RF}', value: eRf, unit: 'J', label: { zh: '每字节寄存器堆能耗', en: 'register-file energy per byte' } },
      ],
      result: { value: joules, unit: 'J' },
      source: 'horowitz-2014-isscc',
    },
  };
}
