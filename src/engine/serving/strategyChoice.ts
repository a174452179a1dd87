/**
 * 图12: a decision procedure from deployment constraints to a combination of
 * optimisations, asked in the order of section 8's "choosing a strategy"
 * slide: does it fit, is the per-token latency met, how many requests at
 * once, does the KV cache dominate, is the first-token latency met, and how
 * the GPUs talk. The rules are data (STRATEGY_RULES, DECISION_NODES); the
 * numbers at each question come from deploymentEstimate / servingEstimate.
 * Ignores: accuracy beyond the stated tolerance, queueing, and every
 * technique the engine does not model (speculative decoding, chunked prefill).
 */
import { EngineError, requireOneOf, requirePositive, requirePositiveInt, requireObject, requireNonNegative } from '../errors.ts';
import { INT4_G128_FP16, type NumberFormat } from '../memory/formats.ts';
import type { MemoryBreakdown, MemoryOptions } from '../memory/fit.ts';
import { tensorParallelLayout } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { getInterconnect } from '../presets/interconnects.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import type { SourceKey } from '../sources/index.ts';
import { largestBatchThatFits, memoryBreakdown } from '../memory/fit.ts';
import type { DeploymentConfig } from './deploymentEstimate.ts';
import { kvReservedTokens } from './kvReservation.ts';
import { servingThroughput } from './servingThroughput.ts';
import { validateHardware } from '../presets/validateHardware.ts';

/** The lowest weight precision the application's accuracy budget accepts. */
export type AccuracyTolerance = 'int4' | 'int8' | 'fp16';
export const ACCURACY_TOLERANCES: readonly AccuracyTolerance[] = ['int4', 'int8', 'fp16'];

export interface DeploymentConstraints {
  /** GPUs (or chips) available; tensor parallelism may use up to this many. */
  readonly gpus: number;
  /** Link between them (interconnect preset id); default the device's own. */
  readonly interconnect?: string;
  readonly tpotTargetSeconds: number;
  readonly ttftTargetSeconds: number;
  /** Requests that must run at once. */
  readonly concurrency: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly tolerance: AccuracyTolerance;
}

export type RuleId =
  | 'flash-attention' | 'quantise-weights' | 'tensor-parallel' | 'smaller-model' | 'continuous-batching'
  | 'paged-kv' | 'fp8-kv' | 'cap-batch' | 'nvlink-domain' | 'overlap-comm';

export type RuleFamily = 'memory' | 'compute' | 'communication';

/** A recommendation; its name, reason and cost are words, kept in src/i18n/engine/strategies.ts by id. */
export interface StrategyRule {
  readonly id: RuleId;
  readonly family: RuleFamily;
  readonly source: SourceKey | null;
}

/** Every recommendation the procedure can make, with its family and source. */
export const STRATEGY_RULES: Readonly<Record<RuleId, StrategyRule>> = {
  'flash-attention': { id: 'flash-attention', family: 'compute', source: 'dao-2022-flashattention' },
  'quantise-weights': { id: 'quantise-weights', family: 'memory', source: 'frantar-2022-gptq' },
  'tensor-parallel': { id: 'tensor-parallel', family: 'communication', source: 'shoeybi-2019-megatron-tp' },
  'smaller-model': { id: 'smaller-model', family: 'memory', source: null },
  'continuous-batching': { id: 'continuous-batching', family: 'compute', source: 'yu-2022-orca' },
  'paged-kv': { id: 'paged-kv', family: 'memory', source: 'kwon-2023-vllm' },
  'fp8-kv': { id: 'fp8-kv', family: 'memory', source: 'micikevicius-2022-fp8' },
  'cap-batch': { id: 'cap-batch', family: 'compute', source: 'databricks-2023-inference' },
  'nvlink-domain': { id: 'nvlink-domain', family: 'communication', source: 'shoeybi-2019-megatron-tp' },
  'overlap-comm': { id: 'overlap-comm', family: 'communication', source: 'wang-2023-overlap-decomposition' },
};

export type DecisionNodeId = 'start' | 'fit' | 'latency' | 'concurrency' | 'kv-share' | 'ttft' | 'multi-gpu';

/** The questions, in the order they are asked (the flowchart's boxes); their words are in src/i18n/engine/strategies.ts. */
export const DECISION_NODES: readonly DecisionNodeId[] = ['start', 'fit', 'latency', 'concurrency', 'kv-share', 'ttft', 'multi-gpu'];

export interface DecisionStep {
  readonly node: DecisionNodeId;
  /** The answer to the node's question (false when it was skipped). */
  readonly answer: boolean;
  /** The node was not reached (nothing fits). */
  readonly skipped: boolean;
  readonly applied: readonly RuleId[];
}

export interface ChoiceEstimate {
  readonly config: DeploymentConfig;
  readonly interconnect: string | null;
  /** Requests that run together (0 when not even one fits). */
  readonly batch: number;
  readonly batchLimit: number;
  readonly fits: boolean;
  readonly memory: MemoryBreakdown;
  /** The memoryBreakdown options `memory` was computed with (fitDerivation shows the work). */
  readonly memoryOptions: MemoryOptions;
  /** Steady-state TTFT at the running batch (servingThroughput), seconds. */
  readonly ttftSeconds: number | null;
  /** Steady-state TPOT at the running batch (servingThroughput: the decode step with the others' prefills amortised), seconds. */
  readonly tpotSeconds: number | null;
  /** Steady-state output tokens per second of the deployment (servingThroughput). */
  readonly tokensPerSecond: number | null;
  readonly gpus: number;
}

export interface StrategyChoice {
  readonly steps: readonly DecisionStep[];
  /** The recommended items, in the order they were added, without repeats. */
  readonly rules: readonly RuleId[];
  readonly recommended: ChoiceEstimate;
  /** FP16 weights and KV, one GPU, unfused attention, contiguous KV, the wanted concurrency. */
  readonly baseline: ChoiceEstimate;
  /**
   * Whether the recommendation meets each constraint, judged on the same
   * steady-state numbers it reports. meets.tpot false with meets.fits true
   * means no combination within the options meets the TPOT target and the
   * recommendation is the closest the procedure found.
   */
  readonly meets: { readonly fits: boolean; readonly tpot: boolean; readonly ttft: boolean; readonly concurrency: boolean };
}

/** Weight formats an accuracy tolerance allows, least aggressive first. */
export function allowedWeightFormats(tolerance: AccuracyTolerance): readonly NumberFormat[] {
  switch (tolerance) {
    case 'fp16': return ['fp16'];
    case 'int8': return ['fp16', 'int8'];
    case 'int4': return ['fp16', 'int8', INT4_G128_FP16];
    default: throw new EngineError('unknownOption', { field: 'tolerance', value: tolerance, options: ['fp16', 'int8', 'int4'] });
  }
}

/** Longest request the simulated server accepts: at least 4096 tokens and the request, at most the model's context length. */
export function chooserMaxLength(model: ModelSpec, prompt: number, output: number): number {
  validateModel(model);
  return Math.min(model.maxPositionEmbeddings, Math.max(4096, requireNonNegative('prompt', prompt) + requireNonNegative('output', output)));
}

/**
 * What a deployment delivers, in the terms the chooser compares and shows:
 *   b_run = min(b_wanted, max{b : M(b, n_res) ≤ u·C})   (as deploymentEstimate)
 *   TPOT, TTFT, tokens/s = servingThroughput of tp GPUs (one replica) with
 *           b_run sequences in flight: the steady-state continuous-batching
 *           iteration, each request's prefill amortised over the decode steps
 * so the decision and the displayed figure are one number. `interconnect` is
 * recorded (the multi-GPU advice depends on it) but the steady-state model
 * times the TP collectives over the device's own link.
 * Ignores: queueing, arrival bursts.
 * Sources: 'kwon-2023-vllm' (reservation), 'yu-2022-orca' (steady state, via servingThroughput).
 */
export function estimateChoice(model: ModelSpec, hw: HardwareSpec, config: DeploymentConfig, interconnect: string | null): ChoiceEstimate {
  validateModel(model);
  validateHardware(hw);
  requireObject('config', config);
  const tp = requirePositiveInt('tp', config.tp);
  const link = tp > 1 ? interconnect ?? hw.intraNodeLink : null;
  const reserved = kvReservedTokens({
    promptTokens: config.promptTokens, outputTokens: config.outputTokens,
    maxLength: config.maxLength ?? model.maxPositionEmbeddings, paged: config.paged,
  });
  const fit = { tokens: reserved, weights: config.weights, kv: config.kv, tp, attention: config.attention };
  const batchLimit = largestBatchThatFits(model, hw, fit);
  const batch = Math.min(requirePositiveInt('batch', config.batch), batchLimit);
  const memoryOptions: MemoryOptions = { ...fit, batch: Math.max(1, batch) };
  const memory = memoryBreakdown(model, hw, memoryOptions);
  const base = { config, interconnect: link, batch, batchLimit, fits: batch > 0, memory, memoryOptions, gpus: tp };
  if (batch === 0) return { ...base, ttftSeconds: null, tpotSeconds: null, tokensPerSecond: null };
  const steady = servingThroughput(model, hw, {
    gpus: tp, tp, weights: config.weights, kv: config.kv,
    inputTokens: config.promptTokens, outputTokens: config.outputTokens, concurrency: batch,
  });
  if (!steady.fits) return { ...base, ttftSeconds: null, tpotSeconds: null, tokensPerSecond: null };
  return { ...base, ttftSeconds: steady.ttftSeconds, tpotSeconds: steady.tpotSeconds, tokensPerSecond: steady.tokensPerSecond };
}

const validTp = (model: ModelSpec, tp: number): boolean => {
  try {
    tensorParallelLayout(model, tp);
    return true;
  } catch {
    return false;
  }
};

/**
 * Walks DECISION_NODES for `model` on `hw` under `constraints` and returns the
 * path taken, the recommended items and the engine's numbers for the
 * recommended deployment next to the FP16 baseline. Each node:
 * - start: FlashAttention (exact; Dao et al. 2022).
 * - fit: FP16 at batch 1 on one GPU? If not, the least aggressive allowed
 *   weight format that fits one GPU; else the smallest TP (≤ gpus, over a
 *   link) that fits with an allowed format; else a smaller model (stop).
 * - latency: TPOT at batch 1 ≤ target? If not, lower weight precision step by
 *   step, then more TP, until met (or the options run out).
 * - concurrency: more than one request? Continuous batching + paged KV; if
 *   memory admits fewer than wanted: FP8 KV, lower weight precision, more TP;
 *   if TPOT at that batch misses the target: lower weight precision, then
 *   more TP, and only then cap the batch.
 * Every TPOT and TTFT compared is the steady-state one estimateChoice reports
 * (servingThroughput), so `meets` judges exactly the numbers shown; when no
 * option meets the TPOT target the recommendation is the closest one found
 * and meets.tpot is false.
 * - kv-share: KV bytes > weight bytes per GPU? FP8 KV and paging.
 * - ttft: TTFT ≤ target? If not, more TP when it helps.
 * - multi-gpu: TP > 1? Over PCIe: overlap/compress; over NVLink: keep TP there.
 */
export function chooseStrategy(model: ModelSpec, hw: HardwareSpec, constraints: DeploymentConstraints): StrategyChoice {
  validateModel(model);
  const c = constraints;
  const gpus = requirePositiveInt('gpus', c.gpus);
  const tpotTarget = requirePositive('tpotTargetSeconds', c.tpotTargetSeconds);
  const ttftTarget = requirePositive('ttftTargetSeconds', c.ttftTargetSeconds);
  const concurrency = requirePositiveInt('concurrency', c.concurrency);
  const prompt = requirePositiveInt('promptTokens', c.promptTokens);
  const output = requirePositiveInt('outputTokens', c.outputTokens);
  const tolerance = requireOneOf('tolerance', c.tolerance, ACCURACY_TOLERANCES);
  if (c.interconnect !== undefined) getInterconnect(c.interconnect);
  if (prompt + output > model.maxPositionEmbeddings) {
    throw new EngineError('outOfRange', { field: 'promptTokens', value: prompt + output, min: 2, max: model.maxPositionEmbeddings });
  }
  const interconnect = c.interconnect ?? hw.intraNodeLink;
  const maxLength = chooserMaxLength(model, prompt, output);
  const formats = allowedWeightFormats(tolerance);
  const tpOptions = [1, 2, 4, 8].filter((t) => t <= gpus && (t === 1 || hw.intraNodeLink !== null) && validTp(model, t));

  const baseline = estimateChoice(model, hw, {
    weights: 'fp16', kv: 'fp16', batch: concurrency, paged: false, tp: 1, attention: 'naive',
    promptTokens: prompt, outputTokens: output, maxLength,
  }, null);

  let weightIndex = 0;
  let cfg: DeploymentConfig = { weights: 'fp16', kv: 'fp16', batch: 1, paged: false, tp: 1, attention: 'flash', promptTokens: prompt, outputTokens: output, maxLength };
  const evalCfg = (x: DeploymentConfig) => estimateChoice(model, hw, x, interconnect);
  const withWeights = (i: number): DeploymentConfig => ({ ...cfg, weights: formats[i] as NumberFormat });
  const steps: DecisionStep[] = [];
  const rules: RuleId[] = [];
  const add = (applied: RuleId[], id: RuleId) => {
    if (!applied.includes(id)) applied.push(id);
    if (!rules.includes(id)) rules.push(id);
  };

  steps.push({ node: 'start', answer: true, skipped: false, applied: ['flash-attention'] });
  rules.push('flash-attention');

  // fit
  {
    const applied: RuleId[] = [];
    const fitsNow = evalCfg(cfg).fits;
    let ok = fitsNow;
    if (!fitsNow) {
      for (let i = 1; i < formats.length && !ok; i++) {
        if (evalCfg(withWeights(i)).fits) { weightIndex = i; ok = true; }
      }
      if (ok) add(applied, 'quantise-weights');
      for (const tp of tpOptions.filter((t) => t > 1)) {
        if (ok) break;
        for (let i = 0; i < formats.length && !ok; i++) {
          const x = { ...withWeights(i), tp };
          if (evalCfg(x).fits) {
            cfg = x; weightIndex = i; ok = true;
            if (i > 0) add(applied, 'quantise-weights');
            add(applied, 'tensor-parallel');
          }
        }
      }
      if (!ok) add(applied, 'smaller-model');
      else cfg = withWeights(weightIndex);
    }
    steps.push({ node: 'fit', answer: fitsNow, skipped: false, applied });
    if (!ok) {
      for (const n of DECISION_NODES.slice(2)) steps.push({ node: n, answer: false, skipped: true, applied: [] });
      return finish(steps, rules, evalCfg({ ...cfg, weights: formats[formats.length - 1] as NumberFormat, tp: tpOptions[tpOptions.length - 1] ?? 1 }), baseline, concurrency, tpotTarget, ttftTarget);
    }
  }

  const tpot = (x: DeploymentConfig) => evalCfg(x).tpotSeconds ?? Number.POSITIVE_INFINITY;
  const ttft = (x: DeploymentConfig) => evalCfg(x).ttftSeconds ?? Number.POSITIVE_INFINITY;

  // latency at batch 1
  {
    const applied: RuleId[] = [];
    const met = tpot(cfg) <= tpotTarget;
    if (!met) {
      while (weightIndex + 1 < formats.length && tpot(cfg) > tpotTarget) {
        weightIndex += 1;
        cfg = withWeights(weightIndex);
        add(applied, 'quantise-weights');
      }
      if (tpot(cfg) > tpotTarget) {
        const faster = pickTp(tpOptions, cfg, (x) => tpot(x), tpotTarget);
        if (faster !== null) { cfg = faster; add(applied, 'tensor-parallel'); }
      }
    }
    steps.push({ node: 'latency', answer: met, skipped: false, applied });
  }

  // concurrency
  {
    const applied: RuleId[] = [];
    const many = concurrency > 1;
    if (many) {
      cfg = { ...cfg, batch: concurrency, paged: true };
      add(applied, 'continuous-batching');
      add(applied, 'paged-kv');
      const short = () => evalCfg(cfg).batchLimit < concurrency;
      if (short() && tolerance !== 'fp16' && cfg.kv === 'fp16') { cfg = { ...cfg, kv: 'fp8' }; add(applied, 'fp8-kv'); }
      while (short() && weightIndex + 1 < formats.length) {
        weightIndex += 1;
        cfg = withWeights(weightIndex);
        add(applied, 'quantise-weights');
      }
      if (short()) {
        const bigger = tpOptions.find((t) => t > cfg.tp && evalCfg({ ...cfg, tp: t }).batchLimit >= concurrency);
        if (bigger !== undefined) { cfg = { ...cfg, tp: bigger }; add(applied, 'tensor-parallel'); }
      }
      let running = Math.min(concurrency, evalCfg(cfg).batchLimit);
      while (tpot({ ...cfg, batch: running }) > tpotTarget && weightIndex + 1 < formats.length) {
        weightIndex += 1;
        cfg = withWeights(weightIndex);
        add(applied, 'quantise-weights');
        running = Math.min(concurrency, evalCfg(cfg).batchLimit);
      }
      if (tpot({ ...cfg, batch: running }) > tpotTarget) {
        const faster = pickTp(tpOptions, cfg, (x) => tpot(x), tpotTarget);
        if (faster !== null) {
          cfg = faster;
          add(applied, 'tensor-parallel');
          running = Math.min(concurrency, evalCfg(cfg).batchLimit);
        }
      }
      if (tpot({ ...cfg, batch: running }) > tpotTarget) {
        let lo = 1;
        let hi = running;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (tpot({ ...cfg, batch: mid }) <= tpotTarget) lo = mid;
          else hi = mid;
        }
        cfg = { ...cfg, batch: lo };
        add(applied, 'cap-batch');
      }
    }
    steps.push({ node: 'concurrency', answer: many, skipped: false, applied });
  }

  // KV share
  {
    const applied: RuleId[] = [];
    const m = evalCfg(cfg).memory;
    const kvHeavy = m.kv > m.weights;
    if (kvHeavy) {
      if (tolerance !== 'fp16' && cfg.kv === 'fp16') { cfg = { ...cfg, kv: 'fp8' }; add(applied, 'fp8-kv'); }
      if (!cfg.paged) { cfg = { ...cfg, paged: true }; add(applied, 'paged-kv'); }
    }
    steps.push({ node: 'kv-share', answer: kvHeavy, skipped: false, applied });
  }

  // TTFT
  {
    const applied: RuleId[] = [];
    const met = ttft(cfg) <= ttftTarget;
    if (!met) {
      const faster = pickTp(tpOptions, cfg, (x) => ttft(x), ttftTarget);
      if (faster !== null) { cfg = faster; add(applied, 'tensor-parallel'); }
    }
    steps.push({ node: 'ttft', answer: met, skipped: false, applied });
  }

  // multi-GPU
  {
    const applied: RuleId[] = [];
    const multi = cfg.tp > 1;
    if (multi && interconnect !== null) add(applied, getInterconnect(interconnect).kind === 'pcie' ? 'overlap-comm' : 'nvlink-domain');
    steps.push({ node: 'multi-gpu', answer: multi, skipped: false, applied });
  }

  return finish(steps, rules, evalCfg(cfg), baseline, concurrency, tpotTarget, ttftTarget);
}

/** The smallest larger TP degree that meets `target`, else the one that lowers `metric` most; null if none lowers it. */
function pickTp(options: readonly number[], cfg: DeploymentConfig, metric: (x: DeploymentConfig) => number, target: number): DeploymentConfig | null {
  const now = metric(cfg);
  let best: DeploymentConfig | null = null;
  let bestValue = now;
  for (const tp of options.filter((t) => t > cfg.tp)) {
    const x = { ...cfg, tp };
    const v = metric(x);
    if (v <= target) return x;
    if (v < bestValue) { best = x; bestValue = v; }
  }
  return best;
}

function finish(
  steps: DecisionStep[], rules: RuleId[], recommended: ChoiceEstimate, baseline: ChoiceEstimate,
  concurrency: number, tpotTarget: number, ttftTarget: number,
): StrategyChoice {
  return {
    steps, rules, recommended, baseline,
    meets: {
      fits: recommended.fits,
      tpot: recommended.tpotSeconds !== null && recommended.tpotSeconds <= tpotTarget,
      ttft: recommended.ttftSeconds !== null && recommended.ttftSeconds <= ttftTarget,
      concurrency: recommended.batch >= concurrency,
    },
  };
}
