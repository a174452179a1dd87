/**
 * Horowitz's 45 nm energy table (ISSCC 2014, 0.9 V), in picojoules per
 * operation or per 32-bit access, as reproduced by Han et al. 2015 (Fig. 1)
 * and Gholami et al. 2021 (Fig. 15).
 *
 * A TEACHING MODEL: one process node (45 nm, 2014); modern 4–7 nm chips
 * spend several times less per operation, and HBM costs less per bit than
 * the DDR3 the DRAM figure describes. What carries over is the ratio: an
 * off-chip access costs hundreds of arithmetic operations.
 */
import { pj } from '../units.ts';

export const HOROWITZ_45NM_PJ = {
  add8: 0.03,
  add16: 0.05,
  add32: 0.1,
  fpAdd16: 0.4,
  fpAdd32: 0.9,
  mult8: 0.2,
  mult32: 3.1,
  fpMult16: 1.1,
  fpMult32: 3.7,
  /** 32-bit read from an 8 KB SRAM. */
  sramRead32: 5,
  /** 32-bit read from DRAM. */
  dramRead32: 640,
} as const;

/** The same table in joules. */
export const HOROWITZ_45NM_JOULES: { readonly [K in keyof typeof HOROWITZ_45NM_PJ]: number } = Object.fromEntries(
  Object.entries(HOROWITZ_45NM_PJ).map(([k, v]) => [k, pj(v)]),
) as { readonly [K in keyof typeof HOROWITZ_45NM_PJ]: number };
