/**
 * A simulator's inputs, declared once: default, range, step, unit, the
 * validator, and the compact text form used in saved state and share links.
 * Everything that reads an input from outside (a `::sim` attribute, saved
 * state, a URL) goes through `parse`/`decode` here, so ranges and validation
 * live in one place. Pure: no React, no DOM.
 */
import type { Text } from '../i18n/index.ts';

interface InputBase<T> {
  readonly default: T;
  /** Label shown next to the control (current language picked by the view). */
  readonly label?: Text;
  /** A value read back from saved state or a preset: the value if valid, else undefined. */
  parse(raw: unknown): T | undefined;
  /** The value in the compact share form (URL-safe after encodeURIComponent). */
  encode(value: T): string;
  /** The compact share form back to a value, or undefined if it is not valid. */
  decode(text: string): T | undefined;
  /** Two values are the same setting (for "only what differs from the preset"). */
  equals(a: T, b: T): boolean;
}

export interface NumberInputSpec extends InputBase<number> {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer: boolean;
  /** A slider on a logarithmic scale. */
  readonly log: boolean;
  /** Curated stops offered as buttons (story values). */
  readonly stops: readonly number[];
  /** When set, the only values accepted (a tensor-parallel degree: 1, 2, 4, 8). */
  readonly allowed?: readonly number[];
  readonly unit?: Text;
}

export interface ChoiceInputSpec<V extends string = string> extends InputBase<V> {
  readonly kind: 'choice';
  readonly options: () => readonly V[];
}

export interface BoolInputSpec extends InputBase<boolean> {
  readonly kind: 'bool';
}

export interface JsonInputSpec<T> extends InputBase<T> {
  readonly kind: 'json';
}

export type InputSpec<T = unknown> =
  T extends number ? NumberInputSpec
  : T extends boolean ? BoolInputSpec
  : T extends string ? ChoiceInputSpec<T>
  : JsonInputSpec<T>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a map of specs of any value type
export type AnyInputSpec = NumberInputSpec | ChoiceInputSpec<any> | BoolInputSpec | JsonInputSpec<any>;
export type InputSpecs = Readonly<Record<string, AnyInputSpec>>;

/** The value type of a declared input. */
export type ValueOf<S> =
  S extends NumberInputSpec ? number
  : S extends BoolInputSpec ? boolean
  : S extends ChoiceInputSpec<infer V> ? V
  : S extends JsonInputSpec<infer T> ? T
  : never;

/** The state a set of declared inputs describes. */
export type ValuesOf<S extends InputSpecs> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Largest magnitude any numeric input accepts: keeps every engine call finite. */
const LIMIT = 1e15;

/** Rounds to the step's decimals so 0.1 + 0.2 steps read back exactly. */
function snap(value: number, min: number, step: number): number {
  if (step <= 0) return value;
  const decimals = Math.min(12, Math.max(0, -Math.floor(Math.log10(step)) + 2));
  const n = Math.round((value - min) / step);
  return Number((min + n * step).toFixed(decimals));
}

export interface NumberInputOptions {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly integer?: boolean;
  readonly log?: boolean;
  readonly stops?: readonly number[];
  readonly allowed?: readonly number[];
  readonly unit?: Text;
  readonly label?: Text;
}

/**
 * A number in [min, max]. `parse` accepts only a finite number in range
 * (integers when `integer`); `decode` reads the decimal text `encode` wrote.
 */
export function numberInput(o: NumberInputOptions): NumberInputSpec {
  const integer = o.integer ?? (o.step === undefined || Number.isInteger(o.step));
  const step = o.step ?? 1;
  if (!(o.min <= o.default && o.default <= o.max) || (o.allowed && !o.allowed.includes(o.default)) || Math.abs(o.min) > LIMIT || Math.abs(o.max) > LIMIT) {
    throw new RangeError(`numberInput: default ${o.default} outside [${o.min}, ${o.max}]`);
  }
  const parse = (raw: unknown): number | undefined => {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
    if (raw < o.min || raw > o.max) return undefined;
    if (integer && !Number.isInteger(raw)) return undefined;
    if (o.allowed && !o.allowed.includes(raw)) return undefined;
    return raw;
  };
  return {
    kind: 'number',
    default: o.default,
    label: o.label,
    unit: o.unit,
    min: o.min,
    max: o.max,
    step,
    integer,
    log: o.log ?? false,
    stops: (o.stops ?? []).filter((s) => s >= o.min && s <= o.max),
    allowed: o.allowed,
    parse,
    encode: (v) => String(v),
    decode: (text) => {
      if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text) || text.length > 32) return undefined;
      return parse(Number(text));
    },
    equals: (a, b) => a === b,
  };
}

/** Clamps and snaps a typed or slid number to what the input accepts. */
export function clampToInput(spec: NumberInputSpec, value: number): number {
  if (!Number.isFinite(value)) return spec.default;
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  if (spec.allowed && spec.allowed.length > 0) {
    return spec.allowed.reduce((best, a) => (Math.abs(a - clamped) < Math.abs(best - clamped) ? a : best));
  }
  const snapped = spec.integer ? Math.round(clamped) : snap(clamped, spec.min, spec.step);
  return Math.min(spec.max, Math.max(spec.min, snapped));
}

export interface ChoiceInputOptions<V extends string> {
  readonly default: V;
  readonly label?: Text;
}

/**
 * One of a list of ids. `options` may be a function so a list that comes
 * from the engine (models, devices) is read when needed, not at import time.
 */
export function choiceInput<V extends string>(options: readonly V[] | (() => readonly V[]), o: ChoiceInputOptions<V>): ChoiceInputSpec<V> {
  const list = typeof options === 'function' ? options : () => options;
  const parse = (raw: unknown): V | undefined =>
    typeof raw === 'string' && (list() as readonly string[]).includes(raw) ? (raw as V) : undefined;
  return {
    kind: 'choice',
    default: o.default,
    label: o.label,
    options: list,
    parse,
    encode: (v) => v,
    decode: parse,
    equals: (a, b) => a === b,
  };
}

/** On or off. */
export function boolInput(o: { readonly default: boolean; readonly label?: Text }): BoolInputSpec {
  const parse = (raw: unknown): boolean | undefined => (typeof raw === 'boolean' ? raw : undefined);
  return {
    kind: 'bool',
    default: o.default,
    label: o.label,
    parse,
    encode: (v) => (v ? '1' : '0'),
    decode: (text) => (text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : undefined),
    equals: (a, b) => a === b,
  };
}

const MAX_JSON_CHARS = 20_000;

/**
 * Structured data (a pasted config.json, a list of toggles). `validate`
 * returns the cleaned value or undefined; the share form is JSON text,
 * capped in length so a hostile link cannot make the page parse megabytes.
 */
export function jsonInput<T>(o: { readonly default: T; readonly validate: (raw: unknown) => T | undefined; readonly label?: Text }): JsonInputSpec<T> {
  const parse = (raw: unknown): T | undefined => {
    try {
      return o.validate(raw);
    } catch {
      return undefined;
    }
  };
  return {
    kind: 'json',
    default: o.default,
    label: o.label,
    parse,
    encode: (v) => JSON.stringify(v),
    decode: (text) => {
      if (text.length > MAX_JSON_CHARS) return undefined;
      try {
        return parse(JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  };
}

/** The declared defaults of every input. */
export function defaultsOf<S extends InputSpecs>(specs: S): ValuesOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) out[key] = spec.default;
  return out as ValuesOf<S>;
}

/** The result of reading state from outside: the values, and the keys that were present but invalid. */
export interface ReadState<S extends InputSpecs> {
  readonly values: ValuesOf<S>;
  readonly rejected: readonly string[];
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Reads a saved object field by field: each valid field is kept, each
 * invalid one falls back to `base` and is reported. Unknown fields are
 * ignored (an older or newer version may have written them); prototype keys
 * (`__proto__`, `constructor`) are never read.
 */
export function readValues<S extends InputSpecs>(specs: S, base: ValuesOf<S>, saved: unknown): ReadState<S> {
  const values: Record<string, unknown> = { ...base };
  const rejected: string[] = [];
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) {
    return { values: values as ValuesOf<S>, rejected: ['*'] };
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (!hasOwn(saved, key)) continue;
    const parsed = spec.parse((saved as Record<string, unknown>)[key]);
    if (parsed === undefined) rejected.push(key);
    else values[key] = parsed;
  }
  return { values: values as ValuesOf<S>, rejected };
}

/** Share-form version: bump when an input's meaning changes; older links then fall back to the preset. */
export const ENCODING_VERSION = 1;
const FIELD_SEP = '~';
const KV_SEP = '.';

/**
 * The state as a compact, versioned text: only the inputs that differ from
 * `base` (the placement's preset), `1~batch.32~context.8192`. Values are
 * URI-encoded, so the text can go into a URL hash or query as it is.
 */
export function encodeValues<S extends InputSpecs>(specs: S, values: ValuesOf<S>, base: ValuesOf<S>): string {
  const parts = [String(ENCODING_VERSION)];
  for (const [key, spec] of Object.entries(specs)) {
    const v = values[key as keyof S];
    const b = base[key as keyof S];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec handles its own value type
    const s = spec as InputBase<any>;
    if (s.equals(v, b)) continue;
    parts.push(`${key}${KV_SEP}${encodeURIComponent(s.encode(v))}`);
  }
  return parts.join(FIELD_SEP);
}

export type DecodeResult<S extends InputSpecs> =
  | { readonly ok: true; readonly values: ValuesOf<S>; readonly rejected: readonly string[] }
  | { readonly ok: false; readonly reason: 'version' | 'malformed' };

const MAX_ENCODED_CHARS = 40_000;

/**
 * Reads `encodeValues`' text against `base`. A wrong version or text that is
 * not the share form gives `ok: false`; an invalid or unknown field is
 * dropped (listed in `rejected`) and the rest applies.
 */
export function decodeValues<S extends InputSpecs>(specs: S, text: string, base: ValuesOf<S>): DecodeResult<S> {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_ENCODED_CHARS) return { ok: false, reason: 'malformed' };
  const [version, ...fields] = text.split(FIELD_SEP);
  if (version !== String(ENCODING_VERSION)) return { ok: false, reason: /^\d+$/.test(version ?? '') ? 'version' : 'malformed' };
  const values: Record<string, unknown> = { ...base };
  const rejected: string[] = [];
  for (const field of fields) {
    const at = field.indexOf(KV_SEP);
    const key = at < 0 ? field : field.slice(0, at);
    if (at < 0 || !hasOwn(specs, key)) {
      rejected.push(key.slice(0, 40));
      continue;
    }
    let raw: string;
    try {
      raw = decodeURIComponent(field.slice(at + 1));
    } catch {
      rejected.push(key);
      continue;
    }
    const spec = specs[key] as AnyInputSpec;
    const v = spec.decode(raw);
    if (v === undefined) rejected.push(key);
    else values[key] = v;
  }
  return { ok: true, values: values as ValuesOf<S>, rejected };
}
