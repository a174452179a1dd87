/**
 * From the student's choices to the levels of the waterfall. Every number is
 * the engine's (practiceLevel); levels are cached by the SET of practices
 * applied, so stepping and reordering reuse what was already computed.
 */
import { getHardware, getModel, INT4_G128_FP16, type HardwareSpec, type ModelSpec } from '../../engine/index.ts';
import { chooseTensorParallel, practiceLevel, type PracticeId, type PracticeLevel, type PracticeSettings, type TensorParallelPlan } from '../../engine/serving/practiceStack.ts';
import type { StackInputs, WeightChoice } from './store.ts';

export const DEFAULT_MODEL = 'llama-2-13b';
export const DEFAULT_HARDWARE = 'a100-40gb-sxm';

/**
 * Longest request the simulated server accepts (vLLM --max-model-len): the
 * model's own limit capped at 4096 tokens, a teaching assumption shared with
 * the optimisation-overview simulator.
 */
const SERVER_MAX_LENGTH = 4096;

export interface Resolved<T> {
  readonly spec: T;
  /** The id asked for when it was unknown and the default was used instead. */
  readonly unknown: string | null;
}

function resolve<T>(id: string | null | undefined, fallback: string, get: (id: string) => T): Resolved<T> {
  if (!id) return { spec: get(fallback), unknown: null };
  try {
    return { spec: get(id), unknown: null };
  } catch {
    return { spec: get(fallback), unknown: id };
  }
}

export const resolveModel = (id: string | null | undefined): Resolved<ModelSpec> => resolve(id, DEFAULT_MODEL, getModel);
export const resolveHardware = (id: string | null | undefined): Resolved<HardwareSpec> => resolve(id, DEFAULT_HARDWARE, getHardware);

export const weightFormat = (w: WeightChoice) => (w === 'int8' ? 'int8' as const : INT4_G128_FP16);

export function practiceSettings(inputs: Pick<StackInputs, 'weights' | 'batch' | 'targetMs' | 'overlapPercent' | 'promptTokens' | 'outputTokens'>, model: ModelSpec): PracticeSettings {
  return {
    weights: weightFormat(inputs.weights),
    batch: inputs.batch,
    tpotTargetSeconds: inputs.targetMs / 1000,
    overlapFraction: inputs.overlapPercent / 100,
    promptTokens: inputs.promptTokens,
    outputTokens: inputs.outputTokens,
    maxLength: Math.min(model.maxPositionEmbeddings, SERVER_MAX_LENGTH),
  };
}

const cache = new Map<string, PracticeLevel>();
const CACHE_LIMIT = 256;

/** practiceLevel, memoised on model, device, settings and the set applied (not its order). */
export function cachedLevel(model: ModelSpec, hw: HardwareSpec, applied: readonly PracticeId[], settings: PracticeSettings, plan?: TensorParallelPlan): PracticeLevel {
  const tpKey = applied.includes('tensor-parallel') && plan ? `${plan.tp}:${plan.reason}` : '-';
  const key = `${model.id}|${hw.id}|${JSON.stringify(settings)}|${[...applied].sort().join(',')}|${tpKey}`;
  const hit = cache.get(key);
  if (hit) return { ...hit, applied };
  const level = practiceLevel(model, hw, applied, settings, plan);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, level);
  return level;
}

const plans = new Map<string, TensorParallelPlan>();

/** chooseTensorParallel for the whole active set, memoised like the levels. */
function cachedPlan(model: ModelSpec, hw: HardwareSpec, active: readonly PracticeId[], settings: PracticeSettings): TensorParallelPlan {
  const key = `${model.id}|${hw.id}|${JSON.stringify(settings)}|${[...active].sort().join(',')}`;
  const hit = plans.get(key);
  if (hit) return hit;
  const plan = chooseTensorParallel(model, hw, active, settings);
  if (plans.size >= CACHE_LIMIT) plans.delete(plans.keys().next().value as string);
  plans.set(key, plan);
  return plan;
}

/** Level 0 (the baseline) and one level per switched-on practice, in order (as practiceStack, with caching). */
export function stackLevels(model: ModelSpec, hw: HardwareSpec, active: readonly PracticeId[], settings: PracticeSettings): PracticeLevel[] {
  const plan = active.includes('tensor-parallel') ? cachedPlan(model, hw, active, settings) : undefined;
  const out: PracticeLevel[] = [];
  for (let k = 0; k <= active.length; k++) out.push(cachedLevel(model, hw, active.slice(0, k), settings, plan));
  return out;
}
