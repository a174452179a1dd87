/**
 * EngineError: the one way the engine rejects input. It names the field that
 * was wrong and carries a key and the values the message needs, never words:
 * the text for each key, in both languages, lives in src/i18n/engine/errors.ts
 * (issue #9 item 7), so the app never shows a raw exception.
 */

export type EngineErrorKey =
  | 'notFinite'
  | 'notPositive'
  | 'negative'
  | 'notInteger'
  | 'outOfRange'
  | 'notDivisible'
  | 'unknownPreset'
  | 'unsupportedPrecision'
  | 'missingField'
  | 'invalidConfig'
  | 'unknownOption';

export const ENGINE_ERROR_KEYS: readonly EngineErrorKey[] = [
  'notFinite', 'notPositive', 'negative', 'notInteger', 'outOfRange', 'notDivisible',
  'unknownPreset', 'unsupportedPrecision', 'missingField', 'invalidConfig', 'unknownOption',
];

/** Why a value is invalid, when the key alone does not say (its text is in src/i18n/engine/errors.ts). */
export type EngineErrorReason =
  | 'notAnObject'
  | 'expectedPositiveInteger'
  | 'expectedBoolean'
  | 'expectedJsonObject'
  | 'headDimUndetermined'
  | 'projectionNotModelled'
  | 'readyTimesDecrease'
  | 'noTreeAllToAll'
  | 'stageCountMismatch'
  | 'duplicateMessageIds'
  | 'duplicateTaskId'
  | 'unknownTaskDependency'
  | 'dependencyCycle'
  | 'expectedArray'
  | 'expectedString'
  | 'expectedFunction';

export const ENGINE_ERROR_REASONS: readonly EngineErrorReason[] = [
  'notAnObject', 'expectedPositiveInteger', 'expectedBoolean', 'expectedJsonObject', 'headDimUndetermined',
  'projectionNotModelled', 'readyTimesDecrease', 'noTreeAllToAll', 'stageCountMismatch', 'duplicateMessageIds',
  'duplicateTaskId', 'unknownTaskDependency', 'dependencyCycle', 'expectedArray', 'expectedString', 'expectedFunction',
];

export interface EngineErrorParams {
  /** The input field at fault, as the engine (or a config.json) names it, e.g. `batch`, `hidden_size`. */
  field: string;
  value?: unknown;
  min?: number;
  max?: number;
  /** notDivisible: the field `value` must divide by, and its value. */
  divisor?: string;
  divisorValue?: number;
  options?: readonly string[];
  reason?: EngineErrorReason;
  /** Values the reason refers to (ids and numbers). */
  args?: Readonly<Record<string, string | number>>;
}

export class EngineError extends Error {
  readonly field: string;
  readonly key: EngineErrorKey;
  readonly params: EngineErrorParams;

  constructor(key: EngineErrorKey, params: EngineErrorParams) {
    // A stable technical message for logs and tests; readers see src/i18n's text.
    super(`${key}: ${params.field}${params.reason ? ` (${params.reason})` : ''}`);
    this.name = 'EngineError';
    this.key = key;
    // A caller that names no field (or passes a non-string) still gets one: the message always says what was wrong.
    this.field = typeof params.field === 'string' && params.field !== '' ? params.field : 'value';
    this.params = this.field === params.field ? params : { ...params, field: this.field };
  }
}

export const isEngineError = (e: unknown): e is EngineError => e instanceof EngineError;

/** Validation helpers: each throws an EngineError naming `field`. */
export function requireFinite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new EngineError('notFinite', { field, value });
  return value;
}
export function requirePositive(field: string, value: unknown): number {
  const v = requireFinite(field, value);
  if (v <= 0) throw new EngineError('notPositive', { field, value: v });
  return v;
}
export function requireNonNegative(field: string, value: unknown): number {
  const v = requireFinite(field, value);
  if (v < 0) throw new EngineError('negative', { field, value: v });
  return v;
}
export function requirePositiveInt(field: string, value: unknown): number {
  const v = requirePositive(field, value);
  if (!Number.isInteger(v)) throw new EngineError('notInteger', { field, value: v });
  return v;
}
export function requireInRange(field: string, value: unknown, min: number, max: number): number {
  const v = requireFinite(field, value);
  if (v < min || v > max) throw new EngineError('outOfRange', { field, value: v, min, max });
  return v;
}
export function requireOneOf<T extends string>(field: string, value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !Array.isArray(options) || !(options as readonly string[]).includes(value)) {
    throw new EngineError('unknownOption', { field, value, options });
  }
  return value as T;
}

/** A plain object (not null, not an array); returns it for reading fields. */
export function requireObject(field: string, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new EngineError('invalidConfig', { field, value, reason: 'notAnObject' });
  return value as Readonly<Record<string, unknown>>;
}
/** An array of at most `maxLength` elements (default 2^20, so no loop over it runs away). */
export function requireArray(field: string, value: unknown, maxLength = 1 << 20): readonly unknown[] {
  if (!Array.isArray(value)) throw new EngineError('invalidConfig', { field, value, reason: 'expectedArray' });
  if (value.length > maxLength) throw new EngineError('outOfRange', { field: `${field}.length`, value: value.length, min: 0, max: maxLength });
  // A sparse array's holes would be skipped by forEach and read as undefined by for…of.
  for (let i = 0; i < value.length; i++) if (!(i in value)) throw new EngineError('missingField', { field: `${field}[${i}]` });
  return value;
}
/** An array of finite numbers, each within [min, max]. */
export function requireNumberArray(field: string, value: unknown, min = -Number.MAX_VALUE, max = Number.MAX_VALUE, maxLength = 1 << 20): readonly number[] {
  const a = requireArray(field, value, maxLength);
  for (let i = 0; i < a.length; i++) requireInRange(`${field}[${i}]`, a[i], min, max);
  return a as readonly number[];
}
export function requireString(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new EngineError('invalidConfig', { field, value, reason: 'expectedString' });
  return value;
}
export function requireBoolean(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new EngineError('invalidConfig', { field, value, reason: 'expectedBoolean' });
  return value;
}
/**
 * An object whose listed fields are finite non-negative numbers: what a
 * derivation taking an engine result back checks before reading it (the
 * error names `${field}.${key}`). Returns the object for reading.
 */
export function requireNumberFields<K extends string>(field: string, value: unknown, keys: readonly K[]): Readonly<Record<K, number>> {
  const o = requireObject(field, value);
  if (!Array.isArray(keys)) throw new EngineError('invalidConfig', { field: 'keys', value: keys, reason: 'expectedArray' });
  for (const k of keys) requireNonNegative(`${field}.${String(k)}`, o[k]);
  return o as Readonly<Record<K, number>>;
}
