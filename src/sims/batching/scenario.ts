import { getHardware, getModel, listHardware, listModels, type HardwareSpec, type ModelSpec } from '../../engine/index.ts';
import type { SimProps } from '../_protocol/types.ts';
import { useBatchingStore } from './store.ts';

export const MODELS = listModels();
export const HARDWARE = listHardware().filter((h) => h.denseFlopsPerSec.fp16 !== undefined);
const DEFAULT_MODEL = 'llama-2-13b';
const DEFAULT_HW = 'a100-80gb-sxm';
const isModel = (id: string | undefined): id is string => id !== undefined && MODELS.some((m) => m.id === id);
const isHw = (id: string | undefined): id is string => id !== undefined && HARDWARE.some((h) => h.id === id);

/** The story numbers the panels share: prompt 512, output 256, decode at their mean context. */
export const PROMPT_TOKENS = 512;
export const OUTPUT_TOKENS = 256;
export const CONTEXT_TOKENS = PROMPT_TOKENS + OUTPUT_TOKENS / 2;

export interface Scenario {
  readonly model: ModelSpec;
  readonly hw: HardwareSpec;
  readonly badPreset: boolean;
}

export function useScenario(preset: SimProps['preset']): Scenario {
  const s = useBatchingStore();
  const modelId = s.model ?? (isModel(preset.model) ? preset.model : DEFAULT_MODEL);
  const hwId = s.hardware ?? (isHw(preset.hardware) ? preset.hardware : DEFAULT_HW);
  const badPreset = (preset.model !== undefined && !isModel(preset.model)) || (preset.hardware !== undefined && !isHw(preset.hardware));
  return { model: getModel(modelId), hw: getHardware(hwId), badPreset };
}
