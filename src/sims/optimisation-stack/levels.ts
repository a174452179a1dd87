/**
 * From the inputs to the levels of the waterfall. Every number is the
 * engine's (practiceLevel); levels are cached by the SET of practices
 * applied, so stepping and reordering reuse what was already computed.
 */
import {
  chooseTensorParallel, INT4_G128_FP16, practiceLevel, type HardwareSpec, type ModelSpec, type PracticeId, type PracticeLevel,
  type PracticeSettings, type TensorParallelPlan,
} from '../../engine/index.ts';
import type { State, WeightChoice } from './inputs.ts';

/**
 * Longest request the simulated server accepts (vLLM --max-model-len): the
 * model's own limit capped at 4096 tokens, a teaching assumption.
 */
const SERVER_MAX_LENGTH = 4096;

export const weightFormat = (w: WeightChoice) => (w === 'int8' ? 'int8' as const : INT4_G128_FP16);
export const weightLabel = (w: WeightChoice) => (w === 'int8' ? 'INT8' : 'INT4 g128');

export function practiceSettings(s: Pick<State, 'weights' | 'batch' | 'targetMs' | 'overlapPercent' | 'promptTokens' | 'outputTokens'>, model: ModelSpec): PracticeSettings {
  return {
    weights: weightFormat(s.weights),
    batch: s.batch,
    tpotTargetSeconds: s.targetMs / 1000,
    overlapFraction: s.overlapPercent / 100,
    promptTokens: s.promptTokens,
    outputTokens: s.outputTokens,
    maxLength: Math.min(model.maxPositionEmbeddings, SERVER_MAX_LENGTH),
  };
}

const cache = new Map<string, PracticeLevel>();
const plans = new Map<string, TensorParallelPlan>();
const CACHE_LIMIT = 256;

function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (map.size >= CACHE_LIMIT) map.delete(map.keys().next().value as string);
  map.set(key, value);
  return value;
}

/** practiceLevel, memoised on model, device, settings and the set applied (not its order). */
export function cachedLevel(model: ModelSpec, hw: HardwareSpec, applied: readonly PracticeId[], settings: PracticeSettings, plan?: TensorParallelPlan): PracticeLevel {
  const tpKey = applied.includes('tensor-parallel') && plan ? `${plan.tp}:${plan.reason}` : '-';
  const key = `${model.id}|${hw.id}|${JSON.stringify(settings)}|${[...applied].sort().join(',')}|${tpKey}`;
  return { ...remember(cache, key, () => practiceLevel(model, hw, applied, settings, plan)), applied };
}

/** Level 0 (the baseline) and one level per switched-on practice, in order (as practiceStack, with caching). */
export function stackLevels(model: ModelSpec, hw: HardwareSpec, active: readonly PracticeId[], settings: PracticeSettings): PracticeLevel[] {
  const plan = active.includes('tensor-parallel')
    ? remember(plans, `${model.id}|${hw.id}|${JSON.stringify(settings)}|${[...active].sort().join(',')}`, () => chooseTensorParallel(model, hw, active, settings))
    : undefined;
  return Array.from({ length: active.length + 1 }, (_, k) => cachedLevel(model, hw, active.slice(0, k), settings, plan));
}
