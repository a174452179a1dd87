/** Turns the inputs into engine objects (model, device, formats), and reads a pasted config.json. */
import {
  EngineError, getHardware, getModel, modelFromHfConfig,
  type HardwareSpec, type ModelSpec, type NumberFormat,
} from '../../engine/index.ts';
import { errorText, type Bilingual } from '../../i18n/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import { configFields, CUSTOM_MODEL, type Inputs, type WeightFormatId } from './inputs.ts';
import { text } from './text.ts';

export type State = ValuesOf<Inputs>;

export function weightFormatOf(id: WeightFormatId, groupSize: number): NumberFormat {
  if (id === 'int4' && groupSize > 0) return { bits: 4, groupSize, scaleBits: 16 };
  return id;
}

export const FORMAT_LABELS: Record<WeightFormatId, string> = { fp32: 'FP32', bf16: 'BF16', fp16: 'FP16', fp8: 'FP8', int8: 'INT8', int4: 'INT4' };

export function formatLabel(id: WeightFormatId, groupSize: number): string {
  return id === 'int4' && groupSize > 0 ? `INT4 g${groupSize}` : FORMAT_LABELS[id];
}

export function modelOf(s: State): ModelSpec {
  if (s.modelId === CUSTOM_MODEL) {
    if (!s.customConfig) throw new EngineError('missingField', { field: 'config.json' });
    return modelFromHfConfig(s.customConfig, { id: CUSTOM_MODEL, name: String(s.customConfig._name_or_path ?? 'config.json') });
  }
  return getModel(s.modelId);
}

export const hardwareOf = (s: State): HardwareSpec => getHardware(s.hardwareId);

/** Reads pasted text as a config.json; the error names the field that is wrong, in both languages. */
export function parseConfig(pasted: string): { ok: true; value: Record<string, unknown> } | { ok: false; error: Bilingual } {
  let json: unknown;
  try {
    json = JSON.parse(pasted);
  } catch {
    return { ok: false, error: text.notJson };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: text.notObject };
  const config = configFields(json);
  try {
    modelFromHfConfig(config, { id: CUSTOM_MODEL, name: 'config.json' });
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, error: errorText(e) };
    throw e;
  }
  return { ok: true, value: config };
}
