/**
 * The text of an EngineError in the reader's language. The engine throws a
 * key, the field and the values (src/engine/errors.ts); the words are here,
 * once, for every simulator (issue #9 "Bad input").
 */
import {
  isEngineError, type EngineError, type EngineErrorKey, type EngineErrorParams, type EngineErrorReason,
} from '../../engine/index.ts';
import { formatNumber } from '../format.ts';
import type { Lang } from '../lang.ts';
import type { Bilingual } from '../strings.ts';
import { fieldName } from './fields.ts';

type Template = (p: Shown) => string;

/** The params as the message shows them. */
interface Shown {
  readonly field: string;
  /** " (got 3.5)" / "（收到 3.5）", or '' when the value cannot be shown. */
  readonly got: string;
  readonly value: string;
  readonly min: string | null;
  readonly max: string | null;
  readonly divisor: string;
  readonly options: string;
  readonly reason: string;
}

export const ENGINE_ERROR_TEXT: { readonly [K in EngineErrorKey]: { readonly zh: Template; readonly en: Template } } = {
  notFinite: { zh: (p) => `${p.field} 必须是有限数值${p.got}`, en: (p) => `${p.field} must be a finite number${p.got}` },
  notPositive: { zh: (p) => `${p.field} 必须大于 0${p.got}`, en: (p) => `${p.field} must be greater than 0${p.got}` },
  negative: { zh: (p) => `${p.field} 不能为负数${p.got}`, en: (p) => `${p.field} must not be negative${p.got}` },
  notInteger: { zh: (p) => `${p.field} 必须是整数${p.got}`, en: (p) => `${p.field} must be a whole number${p.got}` },
  outOfRange: {
    zh: (p) => `${p.field} ${p.min !== null && p.max !== null ? `必须在 ${p.min} 到 ${p.max} 之间` : p.max !== null ? `不能大于 ${p.max}` : `不能小于 ${p.min ?? '−∞'}`}${p.got}`,
    en: (p) => `${p.field} ${p.min !== null && p.max !== null ? `must be between ${p.min} and ${p.max}` : p.max !== null ? `must be at most ${p.max}` : `must be at least ${p.min ?? '−∞'}`}${p.got}`,
  },
  notDivisible: { zh: (p) => `${p.field}（${p.value}）必须能被${p.divisor}整除`, en: (p) => `${p.field} (${p.value}) must be divisible by ${p.divisor}` },
  unknownPreset: { zh: (p) => `未知的${p.field}预设 “${p.value}”`, en: (p) => `Unknown ${p.field} preset "${p.value}"` },
  unsupportedPrecision: { zh: (p) => `该硬件不支持精度 ${p.value}（${p.field}）`, en: (p) => `This hardware has no ${p.value} peak (${p.field})` },
  missingField: { zh: (p) => `配置缺少字段 ${p.field}`, en: (p) => `The config is missing the field ${p.field}` },
  invalidConfig: { zh: (p) => `配置字段 ${p.field} 无效${p.reason ? `：${p.reason}` : ''}`, en: (p) => `The config field ${p.field} is invalid${p.reason ? `: ${p.reason}` : ''}` },
  unknownOption: {
    zh: (p) => `${p.field} 的取值 “${p.value}” 无效${p.reason ? `：${p.reason}` : ''}${p.options ? `（可选：${p.options}）` : ''}`,
    en: (p) => `${p.field} = "${p.value}" is not valid${p.reason ? `: ${p.reason}` : ''}${p.options ? ` (options: ${p.options})` : ''}`,
  },
};

/** Why a value is invalid; `{name}` is filled from the error's args. */
export const ENGINE_ERROR_REASON_TEXT: { readonly [R in EngineErrorReason]: Bilingual } = {
  notAnObject: { zh: '不是一个对象', en: 'not an object' },
  expectedPositiveInteger: { zh: '应为正整数', en: 'expected a positive whole number' },
  expectedBoolean: { zh: '应为 true 或 false', en: 'expected true or false' },
  expectedJsonObject: { zh: '应为一个 JSON 对象', en: 'expected a JSON object' },
  headDimUndetermined: {
    zh: '未给出，且 hidden_size {hidden_size} 不能被 num_attention_heads {num_attention_heads} 整除',
    en: 'missing, and hidden_size {hidden_size} is not divisible by num_attention_heads {num_attention_heads}',
  },
  projectionNotModelled: { zh: '不支持 project_in/project_out 投影层（OPT-350M）', en: 'project_in/project_out layers (OPT-350M) are not modelled' },
  readyTimesDecrease: { zh: '就绪时间不能递减', en: 'ready times must not decrease' },
  noTreeAllToAll: { zh: 'all-to-all 没有 tree 算法', en: 'all-to-all has no tree algorithm' },
  stageCountMismatch: { zh: '需要 {stages} 个值，每个流水线级一个', en: 'needs {stages} values, one per stage' },
  duplicateMessageIds: { zh: '消息 id 不能重复', en: 'message ids must be unique' },
  duplicateTaskId: { zh: '任务 id {id} 重复', en: 'duplicate task id {id}' },
  unknownTaskDependency: { zh: '依赖了未知的任务 {id}', en: 'depends on an unknown task {id}' },
  dependencyCycle: { zh: '依赖关系成环，或等待一个顺序在后的计算任务', en: 'the dependencies form a cycle or wait on a compute task out of order' },
  expectedArray: { zh: '应为一个列表', en: 'expected a list' },
  expectedString: { zh: '应为一段文字', en: 'expected a text value' },
  expectedFunction: { zh: '应为一个函数', en: 'expected a function' },
};

const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { zh: '、', en: ', ' };

/** A value as the message shows it: numbers through the formatter, strings as they are; null for NaN, ±∞ and objects. */
function valueText(v: unknown): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumber(v, 6) : null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return null;
}

function reasonText(p: EngineErrorParams, lang: Lang): string {
  if (p.reason === undefined) return '';
  const args = p.args ?? {};
  return ENGINE_ERROR_REASON_TEXT[p.reason][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = args[name];
    return v === undefined ? whole : typeof v === 'number' ? formatNumber(v, 6) : v;
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The message of an EngineError in `lang`, with the field named as the reader knows it. */
export function engineErrorText(e: EngineError, lang: Lang): string {
  const p = e.params;
  const value = valueText(p.value);
  const bound = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : formatNumber(x, 6));
  const divisorValue = p.divisorValue === undefined ? '' : lang === 'zh' ? `（${formatNumber(p.divisorValue, 6)}）` : ` (${formatNumber(p.divisorValue, 6)})`;
  const shown: Shown = {
    field: fieldName(p.field, lang),
    got: value === null ? '' : lang === 'zh' ? `（收到 ${value}）` : ` (got ${value})`,
    value: value ?? '—',
    min: bound(p.min),
    max: bound(p.max),
    divisor: p.divisor === undefined ? '' : lang === 'zh' ? ` ${fieldName(p.divisor, lang)}${divisorValue} ` : `${fieldName(p.divisor, lang)}${divisorValue}`,
    options: p.options ? p.options.join(LIST_SEPARATOR[lang]) : '',
    reason: reasonText(p, lang),
  };
  const text = ENGINE_ERROR_TEXT[e.key][lang](shown);
  // "Batch size must…", but never "NumHeads" or "Hidden_size": a raw name keeps its spelling.
  return lang === 'en' && shown.field !== p.field ? capitalise(text) : text;
}

/**
 * Anything a computation threw, as text in both languages: an EngineError
 * through its key; anything else (a bug, not bad input) by its message.
 */
export function errorText(e: unknown): Bilingual {
  if (isEngineError(e)) return { zh: engineErrorText(e, 'zh'), en: engineErrorText(e, 'en') };
  const m = e instanceof Error ? e.message : String(e);
  return { zh: m, en: m };
}
