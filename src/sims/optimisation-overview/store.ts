import { createSimStore } from '../../state/index.ts';

export type WeightChoice = 'fp16' | 'int8' | 'int4-g128';
export type TpChoice = '1' | '2' | '4' | '8';

export const WEIGHT_CHOICES: readonly WeightChoice[] = ['fp16', 'int8', 'int4-g128'];
export const TP_CHOICES: readonly TpChoice[] = ['1', '2', '4', '8'];

export const PROMPT_RANGE = { min: 16, max: 2048 } as const;
export const OUTPUT_RANGE = { min: 16, max: 1024 } as const;
export const BATCH_RANGE = { min: 1, max: 256 } as const;

/** The student's choices. `model`/`hardware` null = follow the slide's preset (Reset returns to it). */
export interface OverviewInputs {
  readonly model: string | null;
  readonly hardware: string | null;
  readonly weights: WeightChoice;
  readonly kvFp8: boolean;
  readonly batching: boolean;
  readonly batch: number;
  readonly paged: boolean;
  readonly tp: TpChoice;
  readonly flash: boolean;
  readonly promptTokens: number;
  readonly outputTokens: number;
}

/** The story: an unoptimised baseline, with a batch of 64 waiting behind the batching switch. */
export const OVERVIEW_DEFAULTS: OverviewInputs = {
  model: null,
  hardware: null,
  weights: 'fp16',
  kvFp8: false,
  batching: false,
  batch: 64,
  paged: false,
  tp: '1',
  flash: false,
  promptTokens: 512,
  outputTokens: 256,
};

const isInt = (v: unknown, r: { min: number; max: number }) => typeof v === 'number' && Number.isInteger(v) && v >= r.min && v <= r.max;

/** Accepts saved data only when every present field has the right type and range. */
export function validateOverview(saved: unknown): Partial<OverviewInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const ok =
    (s.model === undefined || s.model === null || typeof s.model === 'string') &&
    (s.hardware === undefined || s.hardware === null || typeof s.hardware === 'string') &&
    (s.weights === undefined || WEIGHT_CHOICES.includes(s.weights as WeightChoice)) &&
    (s.tp === undefined || TP_CHOICES.includes(s.tp as TpChoice)) &&
    ['kvFp8', 'batching', 'paged', 'flash'].every((k) => s[k] === undefined || typeof s[k] === 'boolean') &&
    (s.batch === undefined || isInt(s.batch, BATCH_RANGE)) &&
    (s.promptTokens === undefined || isInt(s.promptTokens, PROMPT_RANGE)) &&
    (s.outputTokens === undefined || isInt(s.outputTokens, OUTPUT_RANGE));
  return ok ? (s as Partial<OverviewInputs>) : false;
}

export const useOverviewStore = createSimStore<OverviewInputs>('optimisation-overview', OVERVIEW_DEFAULTS, validateOverview);

export const setOverview = (patch: Partial<OverviewInputs>) => useOverviewStore.setState(patch);
