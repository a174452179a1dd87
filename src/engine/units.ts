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

export const KB = 1e3;
export const MB = 1e6;
export const GB = 1e9;
export const TB = 1e12;
export const KiB = 2 ** 10;
export const MiB = 2 ** 20;
export const GiB = 2 ** 30;
export const TiB = 2 ** 40;

/** Decimal gigabytes → bytes (datasheets print "80 GB" HBM as 80·1e9 or 80·2^30: the preset says which). */
export const gb = (n: number): number => n * GB;
/** Binary gibibytes → bytes. */
export const gib = (n: number): number => n * GiB;
/** Decimal terabytes per second → bytes/s. */
export const tbPerSec = (n: number): number => n * TB;
/** Decimal gigabytes per second → bytes/s. */
export const gbPerSec = (n: number): number => n * GB;
/** Gigabits per second (network line rate) → bytes/s. */
export const gbitPerSec = (n: number): number => (n * 1e9) / 8;
/** Tera floating-point operations per second → FLOP/s. */
export const tflops = (n: number): number => n * 1e12;
/** Tera operations per second (integer) → op/s; the engine treats one op like one FLOP. */
export const tops = (n: number): number => n * 1e12;
/** Giga FLOP/s → FLOP/s. */
export const gflops = (n: number): number => n * 1e9;
/** Microseconds → seconds. */
export const us = (n: number): number => n * 1e-6;
/** Nanoseconds → seconds. */
export const ns = (n: number): number => n * 1e-9;
/** Milliseconds → seconds. */
export const ms = (n: number): number => n * 1e-3;
/** Picojoules → joules. */
export const pj = (n: number): number => n * 1e-12;

/** Bytes occupied by one element of `bits` bits (may be fractional, e.g. 4 bits = 0.5 B). */
export const bitsToBytes = (bits: number): number => bits / 8;
