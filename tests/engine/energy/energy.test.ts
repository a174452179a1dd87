import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HOROWITZ_45NM_JOULES, HOROWITZ_45NM_PJ, accessEnergyJoulesPerByte, inferenceEnergy, macEnergyJoules,
  movementEnergyJoules, normalizedAccessCost,
} from '../../../src/engine/energy/index.ts';

const HOROWITZ = "Horowitz, 'Computing's Energy Problem', ISSCC 2014 (45 nm, 0.9 V), as reproduced in Han et al. 2015 Fig. 1 and Gholami et al. 2021 Fig. 15";
const SZE = 'Sze, Chen, Yang, Emer, Proc. IEEE 2017, Fig. 22; Eyeriss ISCA 2016 Table IV';
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

// EN-01 inputs (pJ), copied from the reference cases.
const EN01_TABLE = {
  add8: 0.03, add16: 0.05, add32: 0.1, fpAdd16: 0.4, fpAdd32: 0.9, mult8: 0.2, mult32: 3.1,
  fpMult16: 1.1, fpMult32: 3.7, sramRead32: 5.0, dramRead32: 640,
};

describe('energy golden values', () => {
  it(`EN-01: a 32-bit DRAM read costs 6.4e-10 J, and the whole table matches (${HOROWITZ})`, () => {
    expect(HOROWITZ_45NM_JOULES.dramRead32).toBeCloseTo(6.4e-10, 22);
    expect(HOROWITZ_45NM_PJ).toEqual(EN01_TABLE);
    expect(movementEnergyJoules('dram', 4)).toBeCloseTo(6.4e-10, 22);
  });

  it(`EN-04: an FP32 MAC costs 3.7 + 0.9 = 4.6 pJ (${HOROWITZ})`, () => {
    expect(relErr(macEnergyJoules('fp32'), 4.6e-12)).toBeLessThan(1e-12);
  });

  it(`EN-06: a DRAM access costs 200× a MAC in Sze et al.'s normalised table (${SZE})`, () => {
    expect(normalizedAccessCost('dram')).toBe(200);
    expect(normalizedAccessCost('globalBuffer')).toBe(6);
    expect(normalizedAccessCost('pe')).toBe(2);
    expect(normalizedAccessCost('rf')).toBe(1);
  });
});

describe('inferenceEnergy', () => {
  it('counts FLOPs as 2 × MACs', () => {
    const a = inferenceEnergy({ flops: 2e9, precision: 'fp16', bytesByLevel: {} });
    const b = inferenceEnergy({ macs: 1e9, precision: 'fp16', bytesByLevel: {} });
    expect(a.joules).toBe(b.joules);
  });

  it('DRAM bytes cost 128× SRAM bytes (640 pJ vs 5 pJ per 32 bits)', () => {
    expect(accessEnergyJoulesPerByte('dram') / accessEnergyJoulesPerByte('sram')).toBeCloseTo(128, 12);
  });

  it('breakdown parts sum to the total and the derivation carries the result', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1e15, noNaN: true }), fc.double({ min: 0, max: 1e12, noNaN: true }),
      fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1e12, noNaN: true }),
      fc.constantFrom('int8', 'int32', 'fp16', 'fp32' as const),
      (macs, dram, sram, rf, precision) => {
        const e = inferenceEnergy({ macs, precision, bytesByLevel: { dram, sram, rf } });
        const parts = e.breakdown.computeJoules + e.breakdown.dramJoules + e.breakdown.sramJoules + e.breakdown.rfJoules;
        expect(Number.isFinite(e.joules)).toBe(true);
        expect(e.joules).toBeCloseTo(parts, 6);
        expect(e.derivation.result.value).toBe(e.joules);
      }));
  });

  it('energy never drops when more DRAM bytes are read', () => {
    const at = (dram: number) => inferenceEnergy({ macs: 1e9, precision: 'int8', bytesByLevel: { dram } }).joules;
    expect(at(2e9)).toBeGreaterThan(at(1e9));
  });
});

describe('energy rejects bad input with EngineError naming the field', () => {
  const throwsField = (fn: () => unknown, field: string) => expect(fn).toThrowError(expect.objectContaining({ name: 'EngineError', field }));
  it('negative DRAM bytes → bytesByLevel.dram', () => throwsField(() => inferenceEnergy({ macs: 1, precision: 'fp16', bytesByLevel: { dram: -1 } }), 'bytesByLevel.dram'));
  it('NaN MACs → macs', () => throwsField(() => inferenceEnergy({ macs: Number.NaN, precision: 'fp16', bytesByLevel: {} }), 'macs'));
  it('neither macs nor flops → macs', () => throwsField(() => inferenceEnergy({ precision: 'fp16', bytesByLevel: {} }), 'macs'));
  it('unknown precision → precision', () => throwsField(() => macEnergyJoules('bf16' as never), 'precision'));
  it('unknown memory level → level', () => throwsField(() => movementEnergyJoules('l2' as never, 1), 'level'));
});
