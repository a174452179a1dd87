/**
 * Energy per multiply-accumulate and per byte moved, from Horowitz's 45 nm
 * table (a teaching model; see horowitz45nm.ts).
 *
 * MAC energy = multiply + add at the same precision:
 *   int8 0.2 + 0.03 = 0.23 pJ; int32 3.1 + 0.1 = 3.2 pJ;
 *   fp16 1.1 + 0.4 = 1.5 pJ; fp32 3.7 + 0.9 = 4.6 pJ.
 * (The table has no 16-bit integer multiply or BF16 entries, so those are not
 * offered; accumulating INT8 products in 32 bits would add 0.07 pJ.)
 * Bytes moved: DRAM 640 pJ per 32 bits = 160 pJ/B; SRAM (8 KB) 5 pJ per
 * 32 bits = 1.25 pJ/B. The table has no register-file entry: we take Sze et
 * al.'s RF ≈ 1× ALU MAC (Eyeriss) — RF energy per byte = MAC energy of the
 * chosen precision ÷ its operand bytes. Larger SRAMs cost more per access
 * (Horowitz lists 10/20/100 pJ per 64 bits for 8 KB/32 KB/1 MB caches); we
 * keep the 8 KB figure.
 */
import { requireNonNegative, requireOneOf } from '../errors.ts';
import { HOROWITZ_45NM_JOULES as J } from './horowitz45nm.ts';

export const MAC_PRECISIONS = ['int8', 'int32', 'fp16', 'fp32'] as const;
export type MacPrecision = (typeof MAC_PRECISIONS)[number];
export const MEMORY_LEVELS = ['dram', 'sram', 'rf'] as const;
export type MemoryLevel = (typeof MEMORY_LEVELS)[number];

const operandBytes: Record<MacPrecision, number> = { int8: 1, int32: 4, fp16: 2, fp32: 4 };

/** Joules of one multiply-accumulate at `precision` (45 nm). */
export function macEnergyJoules(precision: MacPrecision): number {
  switch (requireOneOf('precision', precision, MAC_PRECISIONS)) {
    case 'int8': return J.mult8 + J.add8;
    case 'int32': return J.mult32 + J.add32;
    case 'fp16': return J.fpMult16 + J.fpAdd16;
    case 'fp32': return J.fpMult32 + J.fpAdd32;
  }
}

/** Joules per byte read from `level`; `rf` depends on the MAC precision (see the module comment). */
export function accessEnergyJoulesPerByte(level: MemoryLevel, precision: MacPrecision = 'fp16'): number {
  switch (requireOneOf('level', level, MEMORY_LEVELS)) {
    case 'dram': return J.dramRead32 / 4;
    case 'sram': return J.sramRead32 / 4;
    case 'rf': return macEnergyJoules(precision) / operandBytes[requireOneOf('precision', precision, MAC_PRECISIONS)];
  }
}

/** Joules to move `bytes` from `level`. */
export function movementEnergyJoules(level: MemoryLevel, bytes: number, precision: MacPrecision = 'fp16'): number {
  return requireNonNegative('bytes', bytes) * accessEnergyJoulesPerByte(level, precision);
}
