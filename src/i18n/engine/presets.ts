/**
 * Preset names in the reader's language. A preset's `name` is its product
 * name in English and stays in the engine; where Chinese writes it
 * differently (full-width parentheses, 以太网, 单个芯片) the Chinese name is
 * here, keyed by preset id.
 */
import type { Lang } from '../lang.ts';
import type { Bilingual } from '../strings.ts';

/** Chinese names that differ from the English product name, by preset id (interconnects, hardware, models). */
export const PRESET_NAMES_ZH: Readonly<Record<string, string>> = {
  // interconnects
  'nvlink-3': 'NVLink 3（A100）',
  'nvlink-4': 'NVLink 4（H100）',
  'nvlink-5': 'NVLink 5（Blackwell）',
  'eth-100g': '100 GbE 以太网',
  'eth-400g': '400 GbE 以太网',
  'xgmi-mi300x': 'Infinity Fabric（MI300X）',
  // hardware
  'tpu-v1': 'Google TPU v1（2015）',
  k80: 'NVIDIA K80（单个芯片）',
  'haswell-e5-2699-v3': 'Intel Xeon E5-2699 v3（Haswell，单个芯片）',
};

/** A preset's name in `lang`: the Chinese name where one is given, else the product name. */
export function presetName(preset: { readonly id: string; readonly name: string }, lang: Lang): string {
  return lang === 'zh' ? PRESET_NAMES_ZH[preset.id] ?? preset.name : preset.name;
}

/** A preset's name in both languages, for a control that follows the language itself (a Select option). */
export function presetLabel(preset: { readonly id: string; readonly name: string }): Bilingual {
  return { zh: presetName(preset, 'zh'), en: presetName(preset, 'en') };
}
