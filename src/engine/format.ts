/**
 * Formatting for display: pure functions from SI base values to labelled
 * strings. Decimal (GB = 1e9) and binary (GiB = 2^30) prefixes are never
 * mixed silently: the caller picks the system, and the label says which.
 */
import { GB, GiB, KB, KiB, MB, MiB, TB, TiB } from './units.ts';

export type ByteUnit = 'B' | 'KB' | 'MB' | 'GB' | 'TB' | 'KiB' | 'MiB' | 'GiB' | 'TiB';
export type PrefixSystem = 'decimal' | 'binary';

const BYTE_SCALE: Readonly<Record<ByteUnit, number>> = { B: 1, KB, MB, GB, TB, KiB, MiB, GiB, TiB };
const DECIMAL: readonly ByteUnit[] = ['B', 'KB', 'MB', 'GB', 'TB'];
const BINARY: readonly ByteUnit[] = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** A number with `digits` significant digits, without exponent notation or trailing zeros. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  const fixed = value.toFixed(Math.min(decimals, 20));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** The unit of a system that keeps the value in [1, 1000) (or [1, 1024)). */
export function pickByteUnit(bytes: number, system: PrefixSystem = 'decimal'): ByteUnit {
  const units = system === 'decimal' ? DECIMAL : BINARY;
  let unit: ByteUnit = 'B';
  for (const u of units) if (Math.abs(bytes) >= BYTE_SCALE[u]) unit = u;
  return unit;
}

/** "137.95 GB" / "128.5 GiB": bytes in an explicit unit, or the best unit of a prefix system. */
export function formatBytes(bytes: number, unit: ByteUnit | PrefixSystem = 'decimal', digits = 3): string {
  const u = unit === 'decimal' || unit === 'binary' ? pickByteUnit(bytes, unit) : unit;
  return `${formatNumber(bytes / BYTE_SCALE[u], digits)} ${u}`;
}

/** "2.04 TB/s": bytes per second with decimal prefixes (bandwidths are always decimal). */
export function formatBytesPerSec(bytesPerSec: number, digits = 3): string {
  return `${formatBytes(bytesPerSec, 'decimal', digits)}/s`;
}

const SI: readonly [number, string][] = [[1e18, 'E'], [1e15, 'P'], [1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k'], [1, '']];

function siPrefix(value: number): [number, string] {
  const abs = Math.abs(value);
  for (const [scale, prefix] of SI) if (abs >= scale) return [scale, prefix];
  return [1, ''];
}

/** "103 GFLOP": a FLOP count with an SI prefix. */
export function formatFlops(flops: number, digits = 3): string {
  const [scale, prefix] = siPrefix(flops);
  return `${formatNumber(flops / scale, digits)} ${prefix}FLOP`;
}

/** "312 TFLOP/s". */
export function formatFlopsPerSec(flopsPerSec: number, digits = 3): string {
  return `${formatFlops(flopsPerSec, digits)}/s`;
}

/** "21.7 ms", "4 µs", "1.2 s", "2.5 min". */
export function formatSeconds(seconds: number, digits = 3): string {
  const abs = Math.abs(seconds);
  if (abs === 0) return '0 s';
  if (abs >= 120) return `${formatNumber(seconds / 60, digits)} min`;
  if (abs >= 1) return `${formatNumber(seconds, digits)} s`;
  if (abs >= 1e-3) return `${formatNumber(seconds * 1e3, digits)} ms`;
  if (abs >= 1e-6) return `${formatNumber(seconds * 1e6, digits)} µs`;
  return `${formatNumber(seconds * 1e9, digits)} ns`;
}

/** "208 FLOP/B": operational intensity. */
export function formatIntensity(flopsPerByte: number, digits = 3): string {
  return `${formatNumber(flopsPerByte, digits)} FLOP/B`;
}
