import { createSimStore } from '../../state/index.ts';
import { GPU_IDS, isIntIn, isRecord, MODEL_IDS } from '../_shared/presetChoices.ts';

export interface MemoryStrategiesInputs {
  readonly model: string;
  readonly hardware: string;
  readonly batch: number;
  readonly tokens: number;
}

export const memoryStrategiesDefaults: MemoryStrategiesInputs = { model: 'llama-2-13b', hardware: 'a100-40gb-sxm', batch: 8, tokens: 2048 };

export const useMemoryStrategies = createSimStore<MemoryStrategiesInputs>('memory-strategies', memoryStrategiesDefaults, (s) => {
  if (!isRecord(s)) return false;
  return typeof s.model === 'string' && MODEL_IDS.includes(s.model) && typeof s.hardware === 'string' && GPU_IDS.includes(s.hardware)
    && isIntIn(s.batch, 1, 256) && isIntIn(s.tokens, 1, 32768);
});

export const setStrategies = (patch: Partial<MemoryStrategiesInputs>) => useMemoryStrategies.setState(patch);
