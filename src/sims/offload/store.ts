import { createSimStore } from '../../state/index.ts';
import type { OffloadTarget } from '../../engine/memory/offload.ts';
import { GPU_IDS, isIntIn, isNumIn, isRecord, MODEL_IDS } from '../_shared/presetChoices.ts';

export interface OffloadInputs {
  readonly model: string;
  readonly hardware: string;
  readonly link: 'pcie-4-x16' | 'pcie-5-x16';
  readonly target: OffloadTarget;
  readonly fraction: number;
  readonly prefetch: boolean;
  readonly phase: 'prefill' | 'decode';
  readonly batch: number;
  readonly tokens: number;
}

export const offloadDefaults: OffloadInputs = { model: 'llama-2-13b', hardware: 'rtx-4090', link: 'pcie-4-x16', target: 'weights', fraction: 0.5, prefetch: false, phase: 'decode', batch: 1, tokens: 512 };

export const useOffload = createSimStore<OffloadInputs>('offload', offloadDefaults, (s) => {
  if (!isRecord(s)) return false;
  return typeof s.model === 'string' && MODEL_IDS.includes(s.model) && typeof s.hardware === 'string' && GPU_IDS.includes(s.hardware)
    && (s.link === 'pcie-4-x16' || s.link === 'pcie-5-x16') && (s.target === 'weights' || s.target === 'kv' || s.target === 'activations')
    && isNumIn(s.fraction, 0, 1) && typeof s.prefetch === 'boolean' && (s.phase === 'prefill' || s.phase === 'decode')
    && isIntIn(s.batch, 1, 256) && isIntIn(s.tokens, 1, 32768);
});

export const setOffload = (patch: Partial<OffloadInputs>) => useOffload.setState(patch);
