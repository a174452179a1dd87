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
import { EngineError, requireNonNegative, requireObject } from '../errors.ts';
import { accessEnergyJoulesPerByte, macEnergyJoules, type MacPrecision } from './operationEnergy.ts';

export interface InferenceEnergyParams {
  /** Multiply-accumulates; give this or `flops`. */
  readonly macs?: number;
  readonly flops?: number;
  readonly precision: MacPrecision;
  readonly bytesByLevel: { readonly dram?: number; readonly sram?: number; readonly rf?: number };
}

/** params.precision names the MAC precision of e_MAC. */
export type InferenceEnergyDerivation = Derivation<'inference-energy', 'N_{MAC}' | 'e_{MAC}' | 'B_{DRAM}' | 'e_{DRAM}' | 'B_{SRAM}' | 'e_{SRAM}' | 'B_{RF}' | 'e_{RF}'>;

export interface InferenceEnergy {
  readonly joules: number;
  readonly breakdown: { readonly computeJoules: number; readonly dramJoules: number; readonly sramJoules: number; readonly rfJoules: number };
  readonly derivation: InferenceEnergyDerivation;
}

export function inferenceEnergy(params: InferenceEnergyParams): InferenceEnergy {
  requireObject('params', params);
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
      tex: 'E = N_{MAC}\\,e_{MAC} + B_{DRAM}\\,e_{DRAM} + B_{SRAM}\\,e_{SRAM} + B_{RF}\\,e_{RF}',
      evaluate: (v) => v['N_{MAC}'] * v['e_{MAC}'] + v['B_{DRAM}'] * v['e_{DRAM}'] + v['B_{SRAM}'] * v['e_{SRAM}'] + v['B_{RF}'] * v['e_{RF}'],
      terms: [
        { symbol: 'N_{MAC}', value: macs, unit: 'count' },
        { symbol: 'e_{MAC}', value: eMac, unit: 'J' },
        { symbol: 'B_{DRAM}', value: dram, unit: 'B' },
        { symbol: 'e_{DRAM}', value: eDram, unit: 'J' },
        { symbol: 'B_{SRAM}', value: sram, unit: 'B' },
        { symbol: 'e_{SRAM}', value: eSram, unit: 'J' },
        { symbol: 'B_{RF}', value: rf, unit: 'B' },
        { symbol: 'e_{RF}', value: eRf, unit: 'J' },
      ],
      result: { value: joules, unit: 'J' },
      source: 'horowitz-2014-isscc',
      params: { precision: params.precision },
    },
  };
}
