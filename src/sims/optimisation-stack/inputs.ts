/** The optimisation-stack simulator's inputs, declared once (ranges, defaults, labels, validation). */
import { RECOMMENDED_PRACTICE_ORDER, type PracticeId } from '../../engine/index.ts';
import { choiceInput, jsonInput, numberInput, type ValuesOf } from '../../state/inputs.ts';
import { deviceInput, modelInput } from '../_shared/options.ts';
import { text } from './text.ts';

export const WEIGHT_CHOICES = ['int8', 'int4-g128'] as const;
export type WeightChoice = (typeof WEIGHT_CHOICES)[number];
export const METRICS = ['tokens', 'memory', 'energy', 'ttft'] as const;
export type MetricId = (typeof METRICS)[number];

/** 表13's rows: the measured baseline ("measure first"), then each practice. */
export const MEASURES = ['baseline', ...RECOMMENDED_PRACTICE_ORDER] as const;
export type MeasureId = PracticeId | 'baseline';

const isPractice = (v: unknown): v is PracticeId => RECOMMENDED_PRACTICE_ORDER.includes(v as PracticeId);

/** A permutation of all six practices. */
export function isFullOrder(v: unknown): v is readonly PracticeId[] {
  return Array.isArray(v) && v.length === RECOMMENDED_PRACTICE_ORDER.length && v.every(isPractice) && new Set(v).size === v.length;
}

function practiceSet(v: unknown): readonly PracticeId[] | undefined {
  return Array.isArray(v) && v.every(isPractice) && new Set(v).size === v.length ? v : undefined;
}

/**
 * The story: Llama-2-13B on one A100 40GB, nothing applied yet; 64 requests
 * waiting behind batching and a 25 ms TPOT target (a teaching choice) behind
 * tensor parallelism; overlap at its ideal bound.
 */
export const inputs = {
  modelId: modelInput({ default: 'llama-2-13b', label: text.model }),
  hardwareId: deviceInput({ default: 'a100-40gb-sxm', label: text.hardware, kinds: ['gpu', 'soc'] }),
  /** All six practices, in the order they are applied. */
  order: jsonInput<readonly PracticeId[]>({ default: RECOMMENDED_PRACTICE_ORDER, validate: (v) => (isFullOrder(v) ? v : undefined), label: text.order }),
  /** Practices switched off (skipped in the stack). */
  off: jsonInput<readonly PracticeId[]>({ default: [], validate: practiceSet, label: text.off }),
  weights: choiceInput(WEIGHT_CHOICES, { default: 'int8', label: text.weights }),
  batch: numberInput({ default: 64, min: 1, max: 256, log: true, stops: [1, 8, 64, 256], label: text.batch, unit: text.requests }),
  targetMs: numberInput({ default: 25, min: 5, max: 200, log: true, stops: [10, 25, 50, 100], label: text.target, unit: 'ms' }),
  /** f in percent (typing 30 means 30 %). */
  overlapPercent: numberInput({ default: 100, min: 0, max: 100, stops: [0, 50, 100], label: text.overlap, unit: '%' }),
  metric: choiceInput(METRICS, { default: 'tokens', label: text.metric }),
  /** 0 = the measured baseline; k = the first k switched-on practices applied. */
  step: numberInput({ default: 0, min: 0, max: RECOMMENDED_PRACTICE_ORDER.length, label: text.step }),
  promptTokens: numberInput({ default: 512, min: 16, max: 2048, log: true, stops: [128, 512, 2048], label: text.prompt, unit: text.tokens }),
  outputTokens: numberInput({ default: 256, min: 16, max: 1024, log: true, stops: [32, 256, 1024], label: text.output, unit: text.tokens }),
  /** 表13: the measure whose numbers and work the readouts show (the baseline or a practice). */
  measure: choiceInput(MEASURES, { default: 'quantise-weights', label: text.measureShown }),
};

export type Inputs = typeof inputs;
export type State = ValuesOf<Inputs>;

/** State saved before the simulator shape (no version): `model`/`hardware` null meant the slide's preset. */
export function migrate(version: number, saved: unknown): unknown {
  if (version !== 0 || typeof saved !== 'object' || saved === null) return saved;
  const { model, hardware, ...rest } = saved as Record<string, unknown>;
  return { ...rest, ...(typeof model === 'string' ? { modelId: model } : {}), ...(typeof hardware === 'string' ? { hardwareId: hardware } : {}) };
}
