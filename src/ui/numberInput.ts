/**
 * Reading a number a student typed: never NaN. Text that is not a number is
 * rejected; a number outside [min, max] is clamped; with a step, it is rounded
 * onto the step grid. The caller shows the outcome next to the field.
 */

export interface NumberBounds {
  readonly min: number;
  readonly max: number;
  /** Grid the value snaps to, counted from `min`; omit or 0 for a continuous value. */
  readonly step?: number;
}

export type ParsedNumber =
  | { readonly kind: 'ok'; readonly value: number }
  | { readonly kind: 'clamped'; readonly value: number; readonly bound: 'min' | 'max' }
  | { readonly kind: 'rounded'; readonly value: number }
  | { readonly kind: 'invalid' };

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Rounds `value` to the nearest point of the grid min + k·step, keeping float noise out ("0.30000000000000004"). */
export function snapToStep(value: number, min: number, step: number | undefined): number {
  if (!step || step <= 0) return value;
  // toFixed first: 0.35 / 0.1 is 3.4999999999999996 in binary and would round down.
  const snapped = min + Math.round(Number(((value - min) / step).toFixed(9))) * step;
  const decimals = Math.max(decimalPlaces(step), decimalPlaces(min));
  return Number(snapped.toFixed(Math.min(decimals, 12)));
}

function decimalPlaces(n: number): number {
  const s = String(n);
  if (s.includes('e-')) return Number(s.split('e-')[1]) + (s.split('e-')[0]?.split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Parses typed text. Accepts full-width digits (Chinese IME), thousands
 * separators and exponents ("1e3"); rejects everything else.
 */
export function parseNumberText(text: string, bounds: NumberBounds): ParsedNumber {
  const normalised = text.normalize('NFKC').replace(/[,\s_]/g, '');
  if (!NUMBER_PATTERN.test(normalised)) return { kind: 'invalid' };
  const raw = Number(normalised);
  if (!Number.isFinite(raw)) return { kind: 'invalid' };
  if (raw > bounds.max) return { kind: 'clamped', value: bounds.max, bound: 'max' };
  if (raw < bounds.min) return { kind: 'clamped', value: bounds.min, bound: 'min' };
  const snapped = clamp(snapToStep(raw, bounds.min, bounds.step), bounds.min, bounds.max);
  return snapped === raw ? { kind: 'ok', value: raw } : { kind: 'rounded', value: snapped };
}
