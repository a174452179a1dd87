/**
 * FLOP counting convention — the ONE place where a multiply-add becomes FLOPs.
 *
 * FLOPs = 2 × multiply-adds (one multiply and one add per MAC), the convention
 * of Kaplan et al. 2020 (Table 1, "2N per token") and of hardware peaks
 * (a Tensor Core FMA counts as 2 FLOP). Source: 'kaplan-2020-scaling'.
 */
import { requireInRange } from '../errors.ts';

export const FLOPS_PER_MAC = 2;

/** Largest count accepted (far beyond any real workload; keeps 2·MACs finite). */
const MAX_COUNT = 1e300;
/** Largest factor of a product accepted: three of them multiply to 10^90, still finite. */
const MAX_DIM = 1e30;

/** FLOPs of `macs` multiply-accumulates: 2·MACs. */
export const flopsFromMacs = (macs: number): number => FLOPS_PER_MAC * requireInRange('macs', macs, 0, MAX_COUNT);

/** Multiply-accumulates in `flops` FLOPs: FLOPs / 2 (the TPU paper's roofline x-axis counts MACs). */
export const macsFromFlops = (flops: number): number => requireInRange('flops', flops, 0, MAX_COUNT) / FLOPS_PER_MAC;

/**
 * FLOPs of a matrix product (m × k) · (k × n): 2·m·k·n.
 * Ignores: the bias add (counted separately by the operator that has one).
 */
export const matmulFlops = (m: number, k: number, n: number): number =>
  flopsFromMacs(requireInRange('m', m, 0, MAX_DIM) * requireInRange('k', k, 0, MAX_DIM) * requireInRange('n', n, 0, MAX_DIM));

/**
 * Peak operations per second of an array of MAC units:
 * 2 · units · MACs per unit per clock · clock (Hz).
 * E.g. TPU v1: 2 · 65,536 · 1 · 700 MHz ≈ 92 TOPS (Jouppi et al. 2017);
 * A100: 2 · (108 SMs · 4 Tensor Cores) · 256 FMA/clk · 1.41 GHz ≈ 312 TFLOP/s.
 */
export const peakFromMacUnits = (units: number, macsPerUnitPerClock: number, clockHz: number): number =>
  flopsFromMacs(requireInRange('units', units, 0, MAX_DIM) * requireInRange('macsPerUnitPerClock', macsPerUnitPerClock, 0, MAX_DIM) * requireInRange('clockHz', clockHz, 0, MAX_DIM));
