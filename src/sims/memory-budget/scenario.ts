/** Turns the store's inputs into engine objects (model, device, formats), reporting bad input as an EngineError. */
import {
  EngineError, getHardware, getModel, listHardware, listModels, modelFromHfConfig,
  type HardwareSpec, type ModelSpec, type NumberFormat,
} from '../../engine/index.ts';
import type { Bilingual } from '../../ui/index.ts';
import { CUSTOM_MODEL, type MemoryBudgetInputs, type WeightFormatId } from './store.ts';

export function weightFormatOf(id: WeightFormatId, groupSize: number): NumberFormat {
  if (id === 'int4' && groupSize > 0) return { bits: 4, groupSize, scaleBits: 16 };
  return id;
}

export const FORMAT_LABELS: Record<WeightFormatId, string> = { fp32: 'FP32', bf16: 'BF16', fp16: 'FP16', fp8: 'FP8', int8: 'INT8', int4: 'INT4' };

export function formatLabel(id: WeightFormatId, groupSize: number): string {
  return id === 'int4' && groupSize > 0 ? `INT4 g${groupSize}` : FORMAT_LABELS[id];
}

export function modelOf(inputs: MemoryBudgetInputs): ModelSpec {
  if (inputs.modelId === CUSTOM_MODEL) {
    if (!inputs.customConfig) throw new EngineError('missingField', { field: 'config.json' });
    return modelFromHfConfig(inputs.customConfig, { id: CUSTOM_MODEL, name: String(inputs.customConfig._name_or_path ?? 'config.json') });
  }
  return getModel(inputs.modelId);
}

export const hardwareOf = (inputs: MemoryBudgetInputs): HardwareSpec => getHardware(inputs.hardwareId);

export const isModelId = (id: string): boolean => listModels().some((m) => m.id === id);
export const isHardwareId = (id: string): boolean => listHardware().some((h) => h.id === id);

/** Reads pasted text as a config.json; the error names the field that is wrong. */
export function parseConfig(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; error: Bilingual } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : '';
    return { ok: false, error: { zh: `不是合法的 JSON：${detail}`, en: `Not valid JSON: ${detail}` } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: { zh: 'config.json 应是一个 JSON 对象', en: 'config.json must be a JSON object' } };
  }
  try {
    modelFromHfConfig(json as Record<string, unknown>, { id: CUSTOM_MODEL, name: 'config.json' });
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, error: { zh: e.localized('zh'), en: e.localized('en') } };
    throw e;
  }
  return { ok: true, value: json as Record<string, unknown> };
}

export { errorText } from '../_shared/errorText.ts';
