/**
 * Position scales for charts: pure wrappers around d3-scale that never return
 * NaN. A log scale needs a positive domain; anything else falls back to a
 * valid domain instead of breaking the chart.
 */
import { extent, scaleLinear, scaleLog, ticks as d3ticks } from 'd3';

export type ScaleKind = 'linear' | 'log';

export interface ScaleSpec {
  readonly kind: ScaleKind;
  readonly domain: readonly [number, number];
  /** Pixel range, e.g. [left, right] or [bottom, top]. */
  readonly range: readonly [number, number];
  /** Tick spacing of a log scale: powers of 10 (default) or of 2 (batch sizes, context lengths). */
  readonly logBase?: 2 | 10;
  /** Linear ticks are nice in this unit (e.g. 2^30 for an axis labelled in GiB). */
  readonly tickUnit?: number;
}

export interface Scale {
  readonly kind: ScaleKind;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Whether `value` can be placed (finite, and positive on a log scale). */
  accepts(value: number): boolean;
  /** Pixel position of a value; values the scale does not accept map to the start of the range. */
  toPx(value: number): number;
  fromPx(px: number): number;
  ticks(count: number): number[];
}

const LOG_FLOOR = 1e-300;
const LOG_CEILING = 1e300;
/** Linear domains stay within ±1e300 so spans and ratios cannot overflow. */
const LINEAR_LIMIT = 1e300;

function validDomain(kind: ScaleKind, domain: readonly [number, number]): [number, number] {
  let [a, b] = domain;
  if (kind === 'log') {
    let lo = a > 0 && Number.isFinite(a) ? a : b > 0 && Number.isFinite(b) ? b / 10 : 1;
    let hi = b > 0 && Number.isFinite(b) ? b : lo * 10;
    [lo, hi] = [Math.min(lo, hi), Math.max(lo, hi)];
    // Far from any real quantity, but keeps log() and powers of the base finite.
    lo = Math.min(Math.max(lo, LOG_FLOOR), LOG_CEILING / 10);
    hi = Math.min(Math.max(hi, LOG_FLOOR), LOG_CEILING);
    return hi > lo ? [lo, hi] : [lo, lo * 10];
  }
  if (!Number.isFinite(a)) a = 0;
  if (!Number.isFinite(b)) b = a + 1;
  a = Math.min(Math.max(a, -LINEAR_LIMIT), LINEAR_LIMIT);
  b = Math.min(Math.max(b, -LINEAR_LIMIT), LINEAR_LIMIT);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  // A span at or below float resolution (equal ends, denormals) cannot be ticked: widen it around zero.
  if (!(hi - lo > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-12 + 1e-200)) return lo >= 0 ? [0, Math.max(hi * 2, 1)] : [Math.min(lo * 2, -1), 0];
  return [lo, hi];
}

/** Tick values of a log scale: whole powers of the base, thinned to about `count`, or 1-2-5 steps when the domain spans less than two decades. */
export function logTicks(domain: readonly [number, number], count: number, base: 2 | 10 = 10): number[] {
  const [lo, hi] = domain;
  const first = Math.ceil(Math.log(lo) / Math.log(base) - 1e-9);
  const last = Math.floor(Math.log(hi) / Math.log(base) + 1e-9);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  const powers: number[] = [];
  for (let k = first; k <= last; k++) powers.push(Math.pow(base, k));
  const target = Math.max(2, Math.round(count));
  if (powers.length > target) {
    const stride = Math.ceil(powers.length / target);
    return powers.filter((_, i) => (i - (powers.length - 1)) % stride === 0);
  }
  if (base === 10 && powers.length < 3) {
    const steps: number[] = [];
    for (let k = first - 1; k <= last; k++) for (const m of [1, 2, 5]) steps.push(m * Math.pow(10, k));
    const inside = steps.filter((v) => Number.isFinite(v) && v / lo >= 1 - 1e-9 && v / hi <= 1 + 1e-9);
    if (inside.length >= 2) return inside;
  }
  return powers;
}

const finiteOr = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);

export function makeScale(spec: ScaleSpec): Scale {
  const domain = validDomain(spec.kind, spec.domain);
  const range: [number, number] = [spec.range[0], spec.range[1]];
  if (spec.kind === 'log') {
    const s = scaleLog().domain(domain).range(range);
    const accepts = (v: number) => Number.isFinite(v) && v > 0;
    return {
      kind: 'log', domain, range, accepts,
      toPx: (v) => finiteOr(accepts(v) ? s(v) : range[0], range[0]),
      fromPx: (px) => s.invert(px),
      ticks: (count) => logTicks(domain, count, spec.logBase ?? 10),
    };
  }
  const s = scaleLinear().domain(domain).range(range);
  const unit = spec.tickUnit && spec.tickUnit > 0 ? spec.tickUnit : 1;
  const accepts = (v: number) => Number.isFinite(v);
  return {
    kind: 'linear', domain, range, accepts,
    toPx: (v) => finiteOr(accepts(v) ? s(v) : range[0], range[0]),
    fromPx: (px) => s.invert(px),
    ticks: (count) => d3ticks(domain[0] / unit, domain[1] / unit, Math.max(2, count)).map((t) => t * unit),
  };
}

export interface DomainOptions {
  /** Keep 0 in a linear domain (bars and amounts usually start at zero). */
  readonly includeZero?: boolean;
  /** Linear domains are rounded to nice numbers in this unit (default 1). */
  readonly tickUnit?: number;
  readonly logBase?: 2 | 10;
}

/**
 * A domain covering `values` with nice ends: linear rounded outward to tick
 * values, log to whole powers of the base. Non-finite values (and non-positive
 * ones on a log scale) are ignored; no usable value gives [0, 1] or [1, 10].
 */
export function niceDomain(values: readonly number[], kind: ScaleKind, options: DomainOptions = {}): [number, number] {
  if (kind === 'log') {
    const base = options.logBase ?? 10;
    const [lo, hi] = extent(values.filter((v) => Number.isFinite(v) && v > 0));
    if (lo === undefined || hi === undefined) return [1, base === 10 ? 10 : 8];
    const a = Math.pow(base, Math.floor(Math.log(lo) / Math.log(base) + 1e-9));
    let b = Math.pow(base, Math.ceil(Math.log(hi) / Math.log(base) - 1e-9));
    if (b <= a) b = a * base;
    return [a, b];
  }
  // Magnitudes below 1e-200 are float noise for any physical quantity here (treated as 0); beyond ±1e300, clamped.
  const finite = values.filter((v) => Number.isFinite(v)).map((v) => (Math.abs(v) < 1e-200 ? 0 : Math.min(Math.max(v, -LINEAR_LIMIT), LINEAR_LIMIT)));
  if (options.includeZero) finite.push(0);
  const [lo, hi] = extent(finite);
  if (lo === undefined || hi === undefined) return [0, 1];
  const unit = options.tickUnit && options.tickUnit > 0 ? options.tickUnit : 1;
  const [a, b] = lo === hi ? [lo - Math.abs(lo || unit) * 0.5, hi + Math.abs(hi || unit) * 0.5] : [lo, hi];
  const nice = scaleLinear().domain([a / unit, b / unit]).nice().domain();
  const n0 = (nice[0] ?? 0) * unit;
  const n1 = (nice[1] ?? 1) * unit;
  if (n0 <= lo && n1 >= hi && n0 < n1 && Number.isFinite(n0) && Number.isFinite(n1)) return [n0, n1];
  // Denormal or near-overflow data, where nice rounding fails: pad plainly instead.
  const pad = Math.min(Math.max(Math.abs(lo), Math.abs(hi), 1), Number.MAX_VALUE / 4);
  return [Math.max(lo - pad, -Number.MAX_VALUE), Math.min(hi + pad, Number.MAX_VALUE)];
}
