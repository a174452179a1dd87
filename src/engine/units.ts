/**
 * Units and conversions — the one module where prefixes live.
 *
 * Convention (house style, "one convention, used everywhere"): every quantity
 * inside the engine is a plain `number` in an SI base unit, and every name that
 * holds one ends with its unit: `…Bytes`, `…Flops` (a count of floating-point
 * operations), `…Seconds`, `…BytesPerSec`, `…FlopsPerSec`, `…Joules`, `…Watts`.
 * A bare `bytes`/`flops`/`seconds` field means the same. Prefixes (GB = 1e9,
 * GiB = 2^30) are applied only here — converting a published figure in, or
 * formatting a result out — and are always written out in the label.
 */

import { requireInRange } from './errors.ts';

export const KB = 1e3;
export const MB = 1e6;
export const GB = 1e9;
export const TB = 1e12;
export const KiB = 2 ** 10;
export const MiB = 2 ** 20;
export const GiB = 2 ** 30;
export const TiB = 2 ** 40;

/** n × scale for a non-negative amount n, such that the result stays finite (EngineError on `n` otherwise). */
function scaled(n: number, scale: number): number {
  return requireInRange('n', n, 0, Number.MAX_VALUE / Math.max(1, scale)) * scale;
}

/** Decimal gigabytes → bytes (datasheets print "80 GB" HBM as 80·1e9 or 80·2^30: the preset says which). */
export const gb = (n: number): number => scaled(n, GB);
/** Binary gibibytes → bytes. */
export const gib = (n: number): number => scaled(n, GiB);
/** Decimal terabytes per second → bytes/s. */
export const tbPerSec = (n: number): number => scaled(n, TB);
/** Decimal gigabytes per second → bytes/s. */
export const gbPerSec = (n: number): number => scaled(n, GB);
/** Gigabits per second (network line rate) → bytes/s. */
export const gbitPerSec = (n: number): number => scaled(n, 1e9 / 8);
/** Tera floating-point operations per second → FLOP/s. */
export const tflops = (n: number): number => scaled(n, 1e12);
/** Tera operations per second (integer) → op/s; the engine treats one op like one FLOP. */
export const tops = (n: number): number => scaled(n, 1e12);
/** Giga FLOP/s → FLOP/s. */
export const gflops = (n: number): number => scaled(n, 1e9);
/** Microseconds → seconds. */
export const us = (n: number): number => scaled(n, 1e-6);
/** Nanoseconds → seconds. */
export const ns = (n: number): number => scaled(n, 1e-9);
/** Milliseconds → seconds. */
export const ms = (n: number): number => scaled(n, 1e-3);
/** Picojoules → joules. */
export const pj = (n: number): number => scaled(n, 1e-12);

/** Bytes occupied by one element of `bits` bits (may be fractional, e.g. 4 bits = 0.5 B). */
export const bitsToBytes = (bits: number): number => scaled(bits, 1 / 8);
