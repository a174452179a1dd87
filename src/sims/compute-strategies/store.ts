import { createSimStore } from '../../state/index.ts';

export const BATCH_RANGE = { min: 2, max: 256 } as const;
export const PROMPT_RANGE = { min: 64, max: 4096 } as const;

export interface StrategiesInputs {
  /** null = follow the slide's preset. */
  readonly model: string | null;
  readonly hardware: string | null;
  readonly batch: number;
  readonly promptTokens: number;
}

export const STRATEGIES_DEFAULTS: StrategiesInputs = { model: null, hardware: null, batch: 32, promptTokens: 512 };

const int = (v: unknown, r: { min: number; max: number }) => typeof v === 'number' && Number.isInteger(v) && v >= r.min && v <= r.max;

export function validateStrategies(saved: unknown): Partial<StrategiesInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const ok =
    (s.model === undefined || s.model === null || typeof s.model === 'string') &&
    (s.hardware === undefined || s.hardware === null || typeof s.hardware === 'string') &&
    (s.batch === undefined || int(s.batch, BATCH_RANGE)) &&
    (s.promptTokens === undefined || int(s.promptTokens, PROMPT_RANGE));
  return ok ? (s as Partial<StrategiesInputs>) : false;
}

export const useStrategiesStore = createSimStore<StrategiesInputs>('compute-strategies', STRATEGIES_DEFAULTS, validateStrategies);
export const setStrategies = (patch: Partial<StrategiesInputs>) => useStrategiesStore.setState(patch);
