import { RECOMMENDED_PRACTICE_ORDER, type PracticeId } from '../../engine/serving/practiceStack.ts';
import { createSimStore } from '../../state/index.ts';

export type WeightChoice = 'int8' | 'int4-g128';
export type MetricChoice = 'tokens' | 'memory' | 'energy' | 'ttft';

export const WEIGHT_CHOICES: readonly WeightChoice[] = ['int8', 'int4-g128'];
export const METRIC_CHOICES: readonly MetricChoice[] = ['tokens', 'memory', 'energy', 'ttft'];

export const BATCH_RANGE = { min: 1, max: 256 } as const;
export const TARGET_MS_RANGE = { min: 5, max: 200 } as const;
export const OVERLAP_PERCENT_RANGE = { min: 0, max: 100 } as const;
export const PROMPT_RANGE = { min: 16, max: 2048 } as const;
export const OUTPUT_RANGE = { min: 16, max: 1024 } as const;

/** The student's choices. `model`/`hardware` null = follow the slide's preset (Reset returns to it). */
export interface StackInputs {
  readonly model: string | null;
  readonly hardware: string | null;
  /** All six practices, in the order they are applied. */
  readonly order: readonly PracticeId[];
  /** Practices switched off (skipped in the stack). */
  readonly off: readonly PracticeId[];
  readonly weights: WeightChoice;
  readonly batch: number;
  readonly targetMs: number;
  readonly overlapPercent: number;
  readonly metric: MetricChoice;
  /** 0 = the measured baseline; k = the first k switched-on practices applied. */
  readonly step: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
}

/**
 * The story: Llama-2-13B on one A100 40GB, nothing applied yet; 64 requests
 * waiting behind batching and a 25 ms TPOT target (a teaching choice) behind
 * tensor parallelism; overlap at its ideal bound.
 */
export const STACK_DEFAULTS: StackInputs = {
  model: null,
  hardware: null,
  order: RECOMMENDED_PRACTICE_ORDER,
  off: [],
  weights: 'int8',
  batch: 64,
  targetMs: 25,
  overlapPercent: 100,
  metric: 'tokens',
  step: 0,
  promptTokens: 512,
  outputTokens: 256,
};

const isInt = (v: unknown, r: { min: number; max: number }) => typeof v === 'number' && Number.isInteger(v) && v >= r.min && v <= r.max;
const isPractice = (v: unknown): v is PracticeId => RECOMMENDED_PRACTICE_ORDER.includes(v as PracticeId);

/** A permutation of all six practices. */
export function isFullOrder(v: unknown): v is readonly PracticeId[] {
  return Array.isArray(v) && v.length === RECOMMENDED_PRACTICE_ORDER.length && v.every(isPractice) && new Set(v).size === v.length;
}

/** Accepts saved data only when every present field has the right type and range. */
export function validateStack(saved: unknown): Partial<StackInputs> | false {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  const ok =
    (s.model === undefined || s.model === null || typeof s.model === 'string') &&
    (s.hardware === undefined || s.hardware === null || typeof s.hardware === 'string') &&
    (s.order === undefined || isFullOrder(s.order)) &&
    (s.off === undefined || (Array.isArray(s.off) && s.off.every(isPractice))) &&
    (s.weights === undefined || WEIGHT_CHOICES.includes(s.weights as WeightChoice)) &&
    (s.metric === undefined || METRIC_CHOICES.includes(s.metric as MetricChoice)) &&
    (s.batch === undefined || isInt(s.batch, BATCH_RANGE)) &&
    (s.targetMs === undefined || isInt(s.targetMs, TARGET_MS_RANGE)) &&
    (s.overlapPercent === undefined || isInt(s.overlapPercent, OVERLAP_PERCENT_RANGE)) &&
    (s.step === undefined || isInt(s.step, { min: 0, max: RECOMMENDED_PRACTICE_ORDER.length })) &&
    (s.promptTokens === undefined || isInt(s.promptTokens, PROMPT_RANGE)) &&
    (s.outputTokens === undefined || isInt(s.outputTokens, OUTPUT_RANGE));
  return ok ? (s as Partial<StackInputs>) : false;
}

export const useStackStore = createSimStore<StackInputs>('optimisation-stack', STACK_DEFAULTS, validateStack);

export const setStack = (patch: Partial<StackInputs>) => useStackStore.setState(patch);

/** Moves a practice one place earlier (-1) or later (+1) in the order. */
export function movePractice(id: PracticeId, by: -1 | 1): void {
  const order = [...useStackStore.getState().order];
  const i = order.indexOf(id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= order.length) return;
  [order[i], order[j]] = [order[j] as PracticeId, order[i] as PracticeId];
  setStack({ order });
}

export function togglePractice(id: PracticeId, on: boolean): void {
  const off = useStackStore.getState().off.filter((p) => p !== id);
  setStack({ off: on ? off : [...off, id] });
}
