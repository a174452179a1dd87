/**
 * EngineError: the one way the engine rejects input. It names the field that
 * was wrong and carries a message key; the bilingual text for each key lives
 * here too so the app never shows a raw exception (issue #3, "Bad input").
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

export interface EngineErrorParams {
  field: string;
  value?: unknown;
  min?: number;
  max?: number;
  divisor?: string;
  options?: readonly string[];
  detail?: string;
}

const templates: Record<EngineErrorKey, { zh: (p: EngineErrorParams) => string; en: (p: EngineErrorParams) => string }> = {
  notFinite: { zh: (p) => `${p.field} 必须是有限数值（收到 ${String(p.value)}）`, en: (p) => `${p.field} must be a finite number (got ${String(p.value)})` },
  notPositive: { zh: (p) => `${p.field} 必须大于 0（收到 ${String(p.value)}）`, en: (p) => `${p.field} must be greater than 0 (got ${String(p.value)})` },
  negative: { zh: (p) => `${p.field} 不能为负数（收到 ${String(p.value)}）`, en: (p) => `${p.field} must not be negative (got ${String(p.value)})` },
  notInteger: { zh: (p) => `${p.field} 必须是整数（收到 ${String(p.value)}）`, en: (p) => `${p.field} must be an integer (got ${String(p.value)})` },
  outOfRange: {
    zh: (p) => `${p.field} 超出范围 [${p.min ?? '−∞'}, ${p.max ?? '∞'}]（收到 ${String(p.value)}）`,
    en: (p) => `${p.field} is outside [${p.min ?? '−∞'}, ${p.max ?? '∞'}] (got ${String(p.value)})`,
  },
  notDivisible: { zh: (p) => `${p.field}（${String(p.value)}）必须能被 ${p.divisor ?? ''} 整除`, en: (p) => `${p.field} (${String(p.value)}) must be divisible by ${p.divisor ?? ''}` },
  unknownPreset: { zh: (p) => `未知的预设 ${p.field} = “${String(p.value)}”`, en: (p) => `Unknown preset ${p.field} = "${String(p.value)}"` },
  unsupportedPrecision: {
    zh: (p) => `该硬件不支持精度 ${String(p.value)}（${p.field}）`,
    en: (p) => `This hardware has no ${String(p.value)} peak (${p.field})`,
  },
  missingField: { zh: (p) => `配置缺少字段 ${p.field}`, en: (p) => `The config is missing the field ${p.field}` },
  invalidConfig: { zh: (p) => `配置字段 ${p.field} 无效${p.detail ? `：${p.detail}` : ''}`, en: (p) => `The config field ${p.field} is invalid${p.detail ? `: ${p.detail}` : ''}` },
  unknownOption: {
    zh: (p) => `${p.field} 的取值 “${String(p.value)}” 无效${p.options ? `（可选：${p.options.join('、')}）` : ''}`,
    en: (p) => `${p.field} = "${String(p.value)}" is not valid${p.options ? ` (options: ${p.options.join(', ')})` : ''}`,
  },
};

export class EngineError extends Error {
  readonly field: string;
  readonly key: EngineErrorKey;
  readonly params: EngineErrorParams;

  constructor(key: EngineErrorKey, params: EngineErrorParams) {
    super(templates[key].en(params));
    this.name = 'EngineError';
    this.key = key;
    this.field = params.field;
    this.params = params;
  }

  /** The message in the reader's language. */
  localized(lang: 'zh' | 'en'): string {
    return templates[this.key][lang](this.params);
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
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new EngineError('unknownOption', { field, value, options });
  }
  return value as T;
}
