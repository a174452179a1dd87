import { createSimStore } from '../../state/index.ts';
import { GPU_IDS, isIntIn, isRecord, MODEL_IDS } from '../_shared/presetChoices.ts';

export interface KvPagingInputs {
  readonly model: string;
  readonly hardware: string;
  readonly scenario: 'seeded' | 'paper';
  readonly allocation: 'contiguous' | 'paged';
  readonly blockTokens: number;
  readonly seed: number;
  readonly requests: number;
  readonly maxLength: number;
  /** Decode steps taken so far. */
  readonly step: number;
}

export const kvPagingDefaults: KvPagingInputs = { model: 'opt-13b', hardware: 'a100-40gb-sxm', scenario: 'seeded', allocation: 'contiguous', blockTokens: 16, seed: 42, requests: 12, maxLength: 2048, step: 64 };

export const useKvPaging = createSimStore<KvPagingInputs>('kv-paging', kvPagingDefaults, (s) => {
  if (!isRecord(s)) return false;
  return typeof s.model === 'string' && MODEL_IDS.includes(s.model) && typeof s.hardware === 'string' && GPU_IDS.includes(s.hardware)
    && (s.scenario === 'seeded' || s.scenario === 'paper') && (s.allocation === 'contiguous' || s.allocation === 'paged')
    && isIntIn(s.blockTokens, 1, 128) && isIntIn(s.seed, 0, 9999) && isIntIn(s.requests, 1, 64) && isIntIn(s.maxLength, 64, 8192) && isIntIn(s.step, 0, 8192);
});

export const setKv = (patch: Partial<KvPagingInputs>) => useKvPaging.setState(patch);
