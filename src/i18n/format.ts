/**
 * The one formatter for everything a student reads: values in base SI units
 * in, text with an explicit unit out (issue #9 item 7). Conventions:
 * - memory capacities and sizes in binary units (GiB), optionally with the
 *   decimal figure beside them: "21.6 GiB (23.2 GB)"; a fixed decimal unit is
 *   still available where a source counts in GB, and it is labelled so;
 * - bandwidth in decimal units (GB/s), as datasheets print it;
 * - decimal kilo is "k" (SI): "kB", "kFLOP";
 * - a relative change (after − before) / before: "▼ −3.05%" when it falls,
 *   "▲ +82.6%" when it rises; below the display resolution it is "0%";
 * - counts with a unit take the English plural: "1 token", "2 tokens";
 * - a value that is not a finite number prints as "—" (the caller shows why),
 *   never "NaN" or "Infinity".
 */
import type { Unit } from '../engine/index.ts';
import type { Lang } from './lang.ts';

export const MISSING = '—';

/** Significant digits shown by default: enough to compare, few enough to read from the back of a hall. */
const DEFAULT_DIGITS = 3;

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Strips trailing fraction zeros ("12.50" → "12.5", "3.00" → "3"). */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * A plain number: integers and values ≥ 1000 with thousands separators,
 * smaller values to `digits` significant digits, tiny and huge (≥ 1e15) values as a×10ⁿ.
 */
export function formatNumber(value: number, digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(value)) return MISSING;
  if (value === 0) return '0';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (abs >= 1000 && abs < 1e15) return sign + groupThousands(Math.round(abs).toString());
  if (abs < 1e-3 || abs >= 1e15) {
    const [mantissa = '0', exponent = '0'] = abs.toExponential(digits - 1).split('e');
    const exp = String(Number(exponent)).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
    return `${sign}${trimZeros(mantissa)}×10${exp}`;
  }
  const rounded = Number(abs.toPrecision(digits));
  // toPrecision can round 999.7 up to 1000: hand that back to the integer branch.
  if (rounded >= 1000) return sign + groupThousands(Math.round(rounded).toString());
  return sign + trimZeros(rounded.toPrecision(digits).includes('e') ? rounded.toString() : rounded.toPrecision(digits));
}

/** A count (tokens, parameters, GPUs): rounded to an integer, thousands separated. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return MISSING;
  if (Math.abs(value) >= 1e15) return formatNumber(value);
  const sign = value < 0 ? '-' : '';
  return sign + groupThousands(Math.round(Math.abs(value)).toString());
}

interface Prefix { readonly factor: number; readonly symbol: string }

const SI_PREFIXES: readonly Prefix[] = [
  { factor: 1e18, symbol: 'E' }, { factor: 1e15, symbol: 'P' }, { factor: 1e12, symbol: 'T' },
  { factor: 1e9, symbol: 'G' }, { factor: 1e6, symbol: 'M' }, { factor: 1e3, symbol: 'k' }, { factor: 1, symbol: '' },
];
const SUB_UNIT_PREFIXES: readonly Prefix[] = [
  { factor: 1, symbol: '' }, { factor: 1e-3, symbol: 'm' }, { factor: 1e-6, symbol: 'µ' }, { factor: 1e-9, symbol: 'n' }, { factor: 1e-12, symbol: 'p' },
];
const BINARY_PREFIXES: readonly Prefix[] = [
  { factor: 2 ** 60, symbol: 'Ei' }, { factor: 2 ** 50, symbol: 'Pi' }, { factor: 2 ** 40, symbol: 'Ti' },
  { factor: 2 ** 30, symbol: 'Gi' }, { factor: 2 ** 20, symbol: 'Mi' }, { factor: 2 ** 10, symbol: 'Ki' }, { factor: 1, symbol: '' },
];

function pickPrefix(abs: number, prefixes: readonly Prefix[]): Prefix {
  // Compare after rounding so 999.96 k prints as "1 M", not "1,000 k".
  for (const p of prefixes) if (Number((abs / p.factor).toPrecision(DEFAULT_DIGITS)) >= 1) return p;
  return prefixes[prefixes.length - 1] as Prefix;
}

function withPrefix(value: number, unit: string, prefixes: readonly Prefix[], digits: number): string {
  if (!Number.isFinite(value)) return MISSING;
  if (value === 0) return `0 ${prefixes.find((p) => p.factor === 1)?.symbol ?? ''}${unit}`;
  const p = pickPrefix(Math.abs(value), prefixes);
  return `${formatNumber(value / p.factor, digits)} ${p.symbol}${unit}`;
}

/** SI-prefixed value with a unit: formatSi(3.35e12, 'B/s') → "3.35 TB/s". Values below 1 keep the base unit. */
export function formatSi(value: number, unit: string, digits: number = DEFAULT_DIGITS): string {
  return withPrefix(value, unit, SI_PREFIXES, digits);
}

/** Memory in binary units, the decimal figure in parentheses on request: formatMemory(80e9, { decimal: true }) → "74.5 GiB (80 GB)". */
export function formatMemory(bytes: number, options: { readonly decimal?: boolean; readonly digits?: number } = {}): string {
  if (!Number.isFinite(bytes)) return MISSING;
  const digits = options.digits ?? DEFAULT_DIGITS;
  const binary = withPrefix(bytes, 'B', BINARY_PREFIXES, digits);
  return options.decimal ? `${binary} (${withPrefix(bytes, 'B', SI_PREFIXES, digits)})` : binary;
}

export type DecimalByteUnit = 'B' | 'kB' | 'MB' | 'GB' | 'TB' | 'PB';
export type BinaryByteUnit = 'KiB' | 'MiB' | 'GiB' | 'TiB' | 'PiB';
/** A fixed unit, or 'decimal'/'binary' to pick the prefix from the value. */
export type ByteUnitChoice = DecimalByteUnit | BinaryByteUnit | 'decimal' | 'binary';

const BYTE_FACTORS: Record<DecimalByteUnit | BinaryByteUnit, number> = {
  B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, PB: 1e15,
  KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40, PiB: 2 ** 50,
};

/**
 * Bytes with the unit printed. Binary by default (memory is counted in GiB):
 * formatBytes(2 ** 34) → "16 GiB"; formatBytes(26e9, 'GB') → "26 GB" where a
 * source counts in decimal units.
 */
export function formatBytes(bytes: number, unit: ByteUnitChoice = 'binary', digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(bytes)) return MISSING;
  if (unit === 'decimal') return withPrefix(bytes, 'B', SI_PREFIXES, digits);
  if (unit === 'binary') return withPrefix(bytes, 'B', BINARY_PREFIXES, digits);
  return `${formatNumber(bytes / BYTE_FACTORS[unit], digits)} ${unit}`;
}

/** Bandwidth in bytes/s, always decimal as datasheets print it: formatBandwidth(3.35e12) → "3.35 TB/s". */
export function formatBandwidth(bytesPerSec: number, digits: number = DEFAULT_DIGITS): string {
  return withPrefix(bytesPerSec, 'B/s', SI_PREFIXES, digits);
}

/** A FLOP count: formatFlops(2.6e10) → "26 GFLOP". */
export function formatFlops(flops: number, digits: number = DEFAULT_DIGITS): string {
  return withPrefix(flops, 'FLOP', SI_PREFIXES, digits);
}

/** FLOP/s, auto-prefixed ("989 TFLOP/s"), or in a fixed unit: formatFlopsPerSec(9.895e14, 'TFLOP/s') → "990 TFLOP/s". */
export function formatFlopsPerSec(flopsPerSec: number, unit: 'auto' | 'GFLOP/s' | 'TFLOP/s' | 'PFLOP/s' = 'auto', digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(flopsPerSec)) return MISSING;
  if (unit === 'auto') return withPrefix(flopsPerSec, 'FLOP/s', SI_PREFIXES, digits);
  const factor = unit === 'GFLOP/s' ? 1e9 : unit === 'TFLOP/s' ? 1e12 : 1e15;
  return `${formatNumber(flopsPerSec / factor, digits)} ${unit}`;
}

/** Seconds as ns/µs/ms/s, picked from the value ("12.3 ms"), or in a fixed unit. */
export function formatSeconds(seconds: number, unit: 'auto' | 'ns' | 'µs' | 'ms' | 's' = 'auto', digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(seconds)) return MISSING;
  if (unit === 'auto') {
    return Math.abs(seconds) >= 1 ? `${formatNumber(seconds, digits)} s` : withPrefix(seconds, 's', SUB_UNIT_PREFIXES, digits);
  }
  const factor = { ns: 1e-9, 'µs': 1e-6, ms: 1e-3, s: 1 }[unit];
  return `${formatNumber(seconds / factor, digits)} ${unit}`;
}

/** A ratio as a multiplier: formatRatio(2.5) → "2.5×". */
export function formatRatio(ratio: number, digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(ratio)) return MISSING;
  return `${formatNumber(ratio, digits)}×`;
}

/** Percentages are never shown finer than this (0.01 %): anything smaller is rounding noise and prints as 0. */
const PERCENT_RESOLUTION = 0.01;

/** fraction × 100 rounded to the display resolution, without a negative zero. */
function percentOf(fraction: number): number {
  const percent = Math.round((fraction * 100) / PERCENT_RESOLUTION) * PERCENT_RESOLUTION;
  return percent === 0 ? 0 : percent;
}

/** A fraction as a percentage: formatPercent(0.457) → "45.7%". The input is a fraction, not a percent. */
export function formatPercent(fraction: number, digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(fraction)) return MISSING;
  const percent = percentOf(fraction);
  return `${percent < 0 ? '−' : ''}${formatNumber(Math.abs(percent), digits)}%`;
}

/** Which way is better for the quantity that changed: time and bytes should fall, throughput should rise. */
export type Better = 'lower' | 'higher';

export interface ChangeParts {
  /** ▼ when the value fell, ▲ when it rose, '' when the change rounds to 0. */
  readonly arrow: '▲' | '▼' | '';
  /** The signed percentage: "−3.05%", "+82.6%", "0%". */
  readonly amount: string;
  /** A saving or gain ('better'), a cost or loss ('worse'), or no visible change. */
  readonly tone: 'better' | 'worse' | 'same';
}

/**
 * The one sign convention for a relative change, fraction = (after − before) / before:
 * a fall is "▼ −x%", a rise "▲ +x%", whichever way is better; `better` only sets the tone.
 */
export function changeParts(fraction: number, better: Better = 'lower', digits: number = DEFAULT_DIGITS): ChangeParts {
  if (!Number.isFinite(fraction)) return { arrow: '', amount: MISSING, tone: 'same' };
  const percent = percentOf(fraction);
  if (percent === 0) return { arrow: '', amount: '0%', tone: 'same' };
  const amount = `${percent < 0 ? '−' : '+'}${formatNumber(Math.abs(percent), digits)}%`;
  const fell = percent < 0;
  return { arrow: fell ? '▼' : '▲', amount, tone: fell === (better === 'lower') ? 'better' : 'worse' };
}

/** A relative change with its arrow: formatChange(-0.0305) → "▼ −3.05%", formatChange(0.826) → "▲ +82.6%", formatChange(-4.9e-16) → "0%". */
export function formatChange(fraction: number, digits: number = DEFAULT_DIGITS): string {
  const { arrow, amount } = changeParts(fraction, 'lower', digits);
  return arrow === '' ? amount : `${arrow} ${amount}`;
}

/** A unit's singular and plural in English; Chinese has one form. */
export interface CountUnit {
  readonly one: string;
  readonly other: string;
  readonly zh: string;
}

/** The English form of a unit for the count as it is displayed: "1 token", "0 tokens", "1.5 tokens". */
function unitFor(shown: string, unit: { readonly one: string; readonly other: string }): string {
  return shown === '1' ? unit.one : unit.other;
}

/**
 * A count with its unit in the reader's language: formatCountUnit(1, REQUESTS, 'en') → "1 request",
 * formatCountUnit(2, REQUESTS, 'en') → "2 requests", formatCountUnit(2, REQUESTS, 'zh') → "2 个请求".
 */
export function formatCountUnit(n: number, unit: CountUnit, lang: Lang): string {
  if (!Number.isFinite(n)) return MISSING;
  const shown = formatCount(n);
  return lang === 'zh' ? `${shown} ${unit.zh}` : `${shown} ${unitFor(shown, unit)}`;
}

export interface QuantityOptions {
  /** How bytes print (default 'binary', i.e. GiB). Bandwidth is always decimal (GB/s). */
  readonly bytes?: ByteUnitChoice;
  readonly digits?: number;
}

function withUnit(shown: string, unit: { readonly one: string; readonly other: string }): string {
  return shown === MISSING ? MISSING : `${shown} ${unitFor(shown, unit)}`;
}

/** A value in one of the engine's units (a derivation term or result), with that unit printed. */
export function formatQuantity(value: number, unit: Unit, options: QuantityOptions = {}): string {
  const digits = options.digits ?? DEFAULT_DIGITS;
  switch (unit) {
    case 'B': return formatBytes(value, options.bytes ?? 'binary', digits);
    case 'FLOP': return formatFlops(value, digits);
    case 's': return formatSeconds(value, 'auto', digits);
    case 'B/s': return formatBandwidth(value, digits);
    case 'FLOP/s': return formatFlopsPerSec(value, 'auto', digits);
    case 'FLOP/B': return Number.isFinite(value) ? `${formatNumber(value, digits)} FLOP/B` : MISSING;
    case 'J': return formatSi(value, 'J', digits);
    case 'W': return formatSi(value, 'W', digits);
    case 'params': return withUnit(formatCount(value), { one: 'param', other: 'params' });
    case 'tokens': return withUnit(formatCount(value), { one: 'token', other: 'tokens' });
    case 'tokens/s': return Number.isFinite(value) ? `${formatNumber(value, digits)} tokens/s` : MISSING;
    case 'bits': return withUnit(formatNumber(value, digits), { one: 'bit', other: 'bits' });
    case 'ratio': return formatRatio(value, digits);
    case 'count': return formatCount(value);
    case '1': return formatNumber(value, digits);
  }
}

/** A value for an editable number field: no separators or units, so the text parses back to the same number. */
export function formatInputValue(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(6)));
}
