/** The memory-budget simulator's inputs, declared once (ranges, defaults, labels, validation). */
import { modelFromHfConfig, type HfConfig } from '../../engine/index.ts';
import { choiceInput, jsonInput, numberInput } from '../../state/inputs.ts';
import { deviceInput, modelIds, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const WEIGHT_FORMATS = ['fp32', 'bf16', 'fp16', 'fp8', 'int8', 'int4'] as const;
export type WeightFormatId = (typeof WEIGHT_FORMATS)[number];
export const KV_FORMATS = ['fp16', 'fp8', 'int8'] as const;
export type KvFormatId = (typeof KV_FORMATS)[number];
export const GROUP_SIZES = [0, 32, 64, 128] as const;
export const TP_DEGREES = [1, 2, 4, 8] as const;
/** The model id that means "the pasted config.json in `customConfig`". */
export const CUSTOM_MODEL = 'custom';

/** At most this many fields of a pasted config are kept (a real config.json has about 30). */
const MAX_CONFIG_FIELDS = 200;
const MAX_CONFIG_STRING = 200;

/**
 * The part of a pasted config.json that is kept: its top-level fields with a
 * number, boolean, short string or null value (all the engine reads). Nested
 * objects, arrays, long strings and fields past the first 200 are dropped, so
 * a huge or deeply nested paste is never saved, re-serialised or put in a
 * share link. Prototype keys are never copied.
 */
export function configFields(raw: object): HfConfig {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let kept = 0;
  for (const key of Object.keys(raw)) {
    if (kept >= MAX_CONFIG_FIELDS) break;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const v = (raw as Record<string, unknown>)[key];
    if (v === null || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= MAX_CONFIG_STRING)) {
      out[key] = v;
      kept += 1;
    }
  }
  return { ...out };
}

function validConfig(raw: unknown): HfConfig | null | undefined {
  if (raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const config = configFields(raw);
  modelFromHfConfig(config, { id: CUSTOM_MODEL, name: 'config.json' }); // throws on a config the engine cannot read
  return config;
}

/** The story: Llama-2-13B on one 24 GB RTX 4090, FP16, one 4k-token request. */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-13b', label: text.model, ids: () => [...modelIds(), CUSTOM_MODEL] }),
  customConfig: jsonInput<HfConfig | null>({ default: null, validate: validConfig, label: text.paste }),
  hardwareId: deviceInput({ default: 'rtx-4090', label: text.device }),
  weightFormat: choiceInput(WEIGHT_FORMATS, { default: 'fp16', label: text.weightFormat }),
  /** INT4 group size; 0 = no groups (bare 4-bit, no scales). */
  groupSize: numberInput({ default: 128, min: 0, max: 128, allowed: GROUP_SIZES, label: text.groupSize }),
  kvFormat: choiceInput(KV_FORMATS, { default: 'fp16', label: text.kvFormat }),
  batch: numberInput({ default: 1, min: 1, max: 256, log: true, stops: [1, 8, 32, 128], label: text.batch }),
  context: numberInput({ default: 4096, min: 128, max: 1 << 20, log: true, stops: [512, 2048, 4096, 32768], label: text.context, unit: text.tokens }),
  tp: numberInput({ default: 1, min: 1, max: 8, allowed: TP_DEGREES, label: text.tp }),
};

export type Inputs = typeof inputs;
