import { createSimStore } from '../../state/index.ts';
import type { ReuseStrategy } from '../../engine/memory/reuse.ts';
import { isIntIn, isRecord, MODEL_IDS } from '../_shared/presetChoices.ts';

export interface MemoryReuseInputs {
  readonly model: string;
  readonly batch: number;
  readonly tokens: number;
  readonly attention: 'flash' | 'naive';
  readonly strategy: ReuseStrategy;
  readonly inPlace: boolean;
  /** Checkpoint segment length in layers; 0 = the model's layer count (keep everything). */
  readonly segment: number;
}

export const memoryReuseDefaults: MemoryReuseInputs = { model: 'llama-2-7b', batch: 1, tokens: 2048, attention: 'flash', strategy: 'none', inPlace: false, segment: 0 };

export const useMemoryReuse = createSimStore<MemoryReuseInputs>('memory-reuse', memoryReuseDefaults, (s) => {
  if (!isRecord(s)) return false;
  return typeof s.model === 'string' && MODEL_IDS.includes(s.model) && isIntIn(s.batch, 1, 64) && isIntIn(s.tokens, 1, 32768)
    && (s.attention === 'flash' || s.attention === 'naive') && (s.strategy === 'none' || s.strategy === 'best-fit' || s.strategy === 'greedy-by-size')
    && typeof s.inPlace === 'boolean' && isIntIn(s.segment, 0, 200);
});

export const setReuse = (patch: Partial<MemoryReuseInputs>) => useMemoryReuse.setState(patch);
