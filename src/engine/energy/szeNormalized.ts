/**
 * Normalised energy of moving one operand to the ALU, relative to one MAC in
 * the ALU, from Eyeriss (Chen et al. ISCA 2016, Table IV; commercial 65 nm,
 * 16-bit operands) as presented by Sze et al. 2017 (Fig. 22):
 * ALU 1×, register file (0.5–1 kB) 1×, PE-to-PE 2×, global buffer
 * (100–500 kB) 6×, DRAM 200×. A teaching model of one chip's hierarchy.
 */
import { requireOneOf } from '../errors.ts';

export const SZE_NORMALIZED_COST = { alu: 1, rf: 1, pe: 2, globalBuffer: 6, dram: 200 } as const;
export type SzeLevel = keyof typeof SZE_NORMALIZED_COST;
const levels = Object.keys(SZE_NORMALIZED_COST) as SzeLevel[];

/** Energy of one access at `level` in units of one ALU MAC. */
export function normalizedAccessCost(level: SzeLevel): number {
  return SZE_NORMALIZED_COST[requireOneOf('level', level, levels)];
}
