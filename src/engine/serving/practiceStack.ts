/**
 * Best practices applied one by one (figure 13): each level of the stack is
 * the deployment with the first k practices of a chosen order switched on,
 * evaluated from scratch by deploymentEstimate and overlappedServing. A level
 * depends only on the SET of practices applied, so any order ends at the same
 * deployment; what changes with the order is how much each step appears to
 * contribute.
 */
import { EngineError, requireInRange, requirePositive, requirePositiveInt, requireObject, requireArray } from '../errors.ts';
import { overlappedTime } from '../comm/overlap.ts';
import type { NumberFormat } from '../memory/formats.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { deploymentEstimate, type DeploymentConfig, type DeploymentEstimate } from './deploymentEstimate.ts';
import { inferenceStep } from './inferenceStep.ts';
import { overlappedServing, type OverlappedServing } from './overlappedServing.ts';
import { tensorParallelOptions } from './replicasVsTp.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export type PracticeId = 'quantise-weights' | 'kv-fp8' | 'batching' | 'fused-attention' | 'tensor-parallel' | 'overlap';

/** The order the lecture recommends (after measuring the baseline). */
export const RECOMMENDED_PRACTICE_ORDER: readonly PracticeId[] = [
  'quantise-weights', 'kv-fp8', 'batching', 'fused-attention', 'tensor-parallel', 'overlap',
];

export interface PracticeSettings {
  /** Weight format once 'quantise-weights' is applied (e.g. 'int8' or INT4_G128_FP16). */
  readonly weights: NumberFormat;
  /** Concurrent requests offered once 'batching' is applied; fewer run when memory runs out. */
  readonly batch: number;
  /** TPOT the 'tensor-parallel' step aims for: it takes the fewest GPUs that meet it. */
  readonly tpotTargetSeconds: number;
  /** Most GPUs tensor parallelism may use (default 8, one node). */
  readonly maxGpus?: number;
  /** f once 'overlap' is applied (overlappedServing). */
  readonly overlapFraction: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Longest request the server accepts (contiguous KV reserves this much per request). */
  readonly maxLength?: number;
}

/** Why the tensor-parallel step chose its degree. */
export type TpReason = 'not-applied' | 'already-met' | 'meets-target' | 'best-effort' | 'no-link';

export type LevelBound = 'compute' | 'memory' | 'communication' | 'capacity';

export interface PracticeLevel {
  /** Practices applied at this level, in the order applied (empty = the measured baseline). */
  readonly applied: readonly PracticeId[];
  readonly config: DeploymentConfig;
  readonly overlapFraction: number;
  readonly deployment: DeploymentEstimate;
  /** false when not even one request fits in memory: no timing then. */
  readonly fits: boolean;
  readonly timing: OverlappedServing | null;
  /**
   * Time to first token of one request: with continuous batching a request is
   * admitted at the next iteration and waits only for its own prefill; with a
   * static batch it waits for the prefill of the whole batch.
   */
  readonly ttftSeconds: number | null;
  readonly tpotSeconds: number | null;
  /** Output tokens per second of the deployment (all its GPUs). */
  readonly tokensPerSecond: number | null;
  readonly joulesPerToken: number | null;
  readonly memoryPerGpuBytes: number;
  /** What limits decode at the mean context ('capacity' when nothing fits). */
  readonly bound: LevelBound;
  readonly tp: number;
  readonly tpReason: TpReason;
  readonly meetsTarget: boolean;
}

const PRACTICES: readonly PracticeId[] = RECOMMENDED_PRACTICE_ORDER;

function baseConfig(model: ModelSpec, s: PracticeSettings, set: ReadonlySet<PracticeId>, tp: number): DeploymentConfig {
  const batching = set.has('batching');
  return {
    weights: set.has('quantise-weights') ? s.weights : 'fp16',
    kv: set.has('kv-fp8') ? 'fp8' : 'fp16',
    batch: batching ? s.batch : 1,
    paged: batching,
    tp,
    attention: set.has('fused-attention') ? 'flash' : 'naive',
    promptTokens: s.promptTokens,
    outputTokens: s.outputTokens,
    maxLength: s.maxLength ?? model.maxPositionEmbeddings,
  };
}

/** One request's prefill on the deployment's GPUs, with the overlap applied (continuous batching admits it alone). */
function singlePrefillSeconds(model: ModelSpec, hw: HardwareSpec, c: DeploymentConfig, f: number): number {
  const step = inferenceStep(model, hw, { phase: 'prefill', batch: 1, tokens: c.promptTokens, weights: c.weights, kv: c.kv, tp: c.tp, attention: c.attention });
  const other = step.seconds - step.communicationSeconds;
  return overlappedTime({ computeSeconds: other, commSeconds: step.communicationSeconds, overlapFraction: f }).seconds;
}

function evaluate(
  model: ModelSpec, hw: HardwareSpec, s: PracticeSettings, applied: readonly PracticeId[], tp: number, tpReason: TpReason,
): PracticeLevel {
  const set = new Set(applied);
  const config = baseConfig(model, s, set, tp);
  const f = set.has('overlap') ? s.overlapFraction : 0;
  const deployment = deploymentEstimate(model, hw, config);
  const fits = deployment.batch > 0;
  const base = { applied, config, overlapFraction: f, deployment, fits, memoryPerGpuBytes: deployment.memory.total, tp, tpReason };
  if (!fits) {
    return { ...base, timing: null, ttftSeconds: null, tpotSeconds: null, tokensPerSecond: null, joulesPerToken: null, bound: 'capacity', meetsTarget: false };
  }
  const step = { weights: config.weights, kv: config.kv, tp, attention: config.attention, batch: deployment.batch, promptTokens: config.promptTokens, outputTokens: config.outputTokens };
  const timing = overlappedServing(model, hw, { ...step, overlapFraction: f });
  const mean = inferenceStep(model, hw, { ...step, phase: 'decode', tokens: timing.meanContextTokens });
  const exposedComm = mean.communicationSeconds - timing.decodeHiddenSeconds;
  const bound: LevelBound = exposedComm > mean.computeSeconds && exposedComm > mean.memorySeconds
    ? 'communication'
    : mean.computeSeconds >= mean.memorySeconds ? 'compute' : 'memory';
  const ttft = set.has('batching') ? singlePrefillSeconds(model, hw, config, f) : timing.ttftSeconds;
  return {
    ...base, timing, ttftSeconds: ttft, tpotSeconds: timing.tpotSeconds, tokensPerSecond: timing.tokensPerSecond,
    joulesPerToken: deployment.energy?.joulesPerToken ?? null, bound,
    meetsTarget: timing.tpotSeconds <= s.tpotTargetSeconds,
  };
}

function checkSettings(s: PracticeSettings): void {
  requirePositiveInt('batch', s.batch);
  requirePositive('tpotTargetSeconds', s.tpotTargetSeconds);
  requirePositiveInt('maxGpus', s.maxGpus ?? 8);
  requireInRange('overlapFraction', s.overlapFraction, 0, 1);
  requirePositiveInt('promptTokens', s.promptTokens);
  requirePositiveInt('outputTokens', s.outputTokens);
}

export interface TensorParallelPlan {
  readonly tp: number;
  readonly reason: Exclude<TpReason, 'not-applied'>;
}

/**
 * The tensor-parallel degree for the deployment with the practices in
 * `applied` (plus tensor parallelism): the smallest power of two (≤ maxGpus,
 * dividing the heads, on a device with a GPU-to-GPU link) whose deployment
 * fits, runs every request offered and meets the TPOT target. If none does:
 * among degrees that fit and meet the target, the one that runs the most
 * requests; else the fitting degree with the lowest TPOT; else the largest.
 * "One GPU whenever one GPU is enough."
 * Source: 'shoeybi-2019-megatron-tp' (TP layout); timing as in overlappedServing.
 */
export function chooseTensorParallel(model: ModelSpec, hw: HardwareSpec, applied: readonly PracticeId[], settings: PracticeSettings): TensorParallelPlan {
  validateModel(model);
  validateHardware(hw);
  requireArray('applied', applied);
  requireObject('settings', settings);
  checkSettings(settings);
  const set = applied.includes('tensor-parallel') ? applied : [...applied, 'tensor-parallel' as const];
  const options = tensorParallelOptions(model, hw, settings.maxGpus ?? 8);
  if (options.length <= 1) return { tp: 1, reason: 'no-link' };
  const levels: PracticeLevel[] = [];
  for (const tp of options) {
    const level = evaluate(model, hw, settings, set, tp, 'meets-target');
    if (level.fits && level.meetsTarget && !level.deployment.limitedByMemory) return { tp, reason: tp === 1 ? 'already-met' : 'meets-target' };
    levels.push(level);
  }
  const meeting = levels.filter((l) => l.fits && l.meetsTarget);
  if (meeting.length > 0) {
    const most = meeting.reduce((a, b) => (b.deployment.batch > a.deployment.batch ? b : a));
    return { tp: most.tp, reason: most.tp === 1 ? 'already-met' : 'meets-target' };
  }
  const fitting = levels.filter((l) => l.fits);
  const best = fitting.length > 0
    ? fitting.reduce((a, b) => ((b.tpotSeconds ?? Infinity) < (a.tpotSeconds ?? Infinity) ? b : a))
    : (levels[levels.length - 1] as PracticeLevel);
  return { tp: best.tp, reason: 'best-effort' };
}

/**
 * The deployment with exactly the practices in `applied`. With
 * 'tensor-parallel', the degree is `plan` when given (practiceStack plans it
 * once for the whole order, so the degree does not change from step to step),
 * otherwise chooseTensorParallel for this set.
 */
export function practiceLevel(
  model: ModelSpec, hw: HardwareSpec, applied: readonly PracticeId[], settings: PracticeSettings, plan?: TensorParallelPlan,
): PracticeLevel {
  validateModel(model);
  validateHardware(hw);
  requireArray('applied', applied);
  requireObject('settings', settings);
  if (plan !== undefined) requireObject('plan', plan);
  checkSettings(settings);
  for (const p of applied) if (!PRACTICES.includes(p)) throw new EngineError('unknownOption', { field: 'practice', value: p, options: PRACTICES });
  if (!applied.includes('tensor-parallel')) return evaluate(model, hw, settings, applied, 1, 'not-applied');
  const chosen = plan ?? chooseTensorParallel(model, hw, applied, settings);
  return evaluate(model, hw, settings, applied, chosen.tp, chosen.reason);
}

/**
 * Level 0 is the measured baseline (FP16 weights and KV, batch 1, contiguous
 * KV at the maximum length, unfused attention, one GPU); level k applies the
 * first k practices of `order`, with the tensor-parallel degree planned once
 * for the whole order (chooseTensorParallel). Repeated practices are an error.
 */
export function practiceStack(model: ModelSpec, hw: HardwareSpec, order: readonly PracticeId[], settings: PracticeSettings): PracticeLevel[] {
  validateModel(model);
  validateHardware(hw);
  requireArray('order', order);
  requireObject('settings', settings);
  if (new Set(order).size !== order.length) throw new EngineError('unknownOption', { field: 'order', value: order.join(','), options: PRACTICES });
  const plan = order.includes('tensor-parallel') ? chooseTensorParallel(model, hw, order, settings) : undefined;
  const levels: PracticeLevel[] = [];
  for (let k = 0; k <= order.length; k++) levels.push(practiceLevel(model, hw, order.slice(0, k), settings, plan));
  return levels;
}
