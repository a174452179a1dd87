/**
 * Task parallelism for serving: jobs (batches of requests) pass through the
 * stages tokenise → prefill → decode → detokenise. Run on one resource, the
 * stages of every job follow each other; given one resource per stage, stage
 * s of job j starts when job j has left stage s − 1 and job j − 1 has left
 * stage s (a flow shop / pipeline):
 *   start(j, s) = max(end(j, s−1), end(j−1, s)),  makespan → Σ_s t_s + (J − 1)·max_s t_s.
 * Stage times: tokenise and detokenise = tokens × CPU seconds per token
 * (default from Hugging Face tokenizers: < 20 s per GB of text at ~4 characters
 * per token); prefill and decode from the roofline engine.
 * Ignores: streaming detokenisation interleaved with decode, queueing jitter,
 * KV transfer between separate prefill and decode GPUs.
 * Sources: 'hf-tokenizers-readme', 'openai-tokens-help', 'patel-2024-splitwise'.
 */
import { requireNonNegative, requireOneOf, requirePositiveInt, requireObject } from '../errors.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { ttftSeconds, tpotSeconds, type StepSettings } from './latency.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export type PipelineStage = 'tokenise' | 'prefill' | 'decode' | 'detokenise';
export const PIPELINE_STAGES: readonly PipelineStage[] = ['tokenise', 'prefill', 'decode', 'detokenise'];
export type PipelineMode = 'sequential' | 'pipelined';

/** Which resource runs each stage when pipelined (sequential runs all on 'single'). */
export const PIPELINE_RESOURCES: Readonly<Record<PipelineStage, string>> = {
  tokenise: 'cpu-in', prefill: 'gpu-prefill', decode: 'gpu-decode', detokenise: 'cpu-out',
};

/** 20 s per 1e9 bytes of text at 4 bytes (characters) per token → 8e-8 s per token. */
export const TOKENISER_SECONDS_PER_TOKEN = (20 / 1e9) * 4;

export interface PipelineInterval {
  readonly job: number;
  readonly stage: PipelineStage;
  readonly resource: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
}

export interface PipelineResult {
  readonly mode: PipelineMode;
  readonly stageSeconds: Readonly<Record<PipelineStage, number>>;
  readonly intervals: readonly PipelineInterval[];
  readonly makespanSeconds: number;
  /** Time when two or more resources are busy at once. */
  readonly overlapSeconds: number;
}

export interface TaskPipelineInput extends StepSettings {
  readonly mode: PipelineMode;
  readonly jobs: number;
  /** Requests per job (batch). */
  readonly batch: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** CPU seconds per token for tokenising and detokenising (default TOKENISER_SECONDS_PER_TOKEN). */
  readonly cpuSecondsPerToken?: number;
}

export function stageSeconds(model: ModelSpec, hw: HardwareSpec, input: Omit<TaskPipelineInput, 'mode' | 'jobs'>): Record<PipelineStage, number> {
  validateModel(model);
  validateHardware(hw);
  const batch = requirePositiveInt('batch', input.batch);
  const prompt = requirePositiveInt('promptTokens', input.promptTokens);
  const out = requirePositiveInt('outputTokens', input.outputTokens);
  const cpu = requireNonNegative('cpuSecondsPerToken', input.cpuSecondsPerToken ?? TOKENISER_SECONDS_PER_TOKEN);
  const { batch: _b, promptTokens: _p, outputTokens: _o, cpuSecondsPerToken: _c, ...settings } = input;
  // Decode at the mean context of the generation, n − 1 steps after the prefill's first token.
  const tpot = tpotSeconds(model, hw, { ...settings, batch, contextTokens: prompt + Math.ceil(out / 2) });
  return {
    tokenise: batch * prompt * cpu,
    prefill: ttftSeconds(model, hw, { ...settings, batch, promptTokens: prompt }),
    decode: (out - 1) * tpot,
    detokenise: batch * out * cpu,
  };
}

/** Schedules `jobs` identical jobs given each stage's seconds. */
export function schedulePipeline(times: Readonly<Record<PipelineStage, number>>, jobs: number, mode: PipelineMode): PipelineResult {
  const J = requirePositiveInt('jobs', jobs);
  requireOneOf('mode', mode, ['sequential', 'pipelined'] as const);
  for (const s of PIPELINE_STAGES) requireNonNegative(`stageSeconds.${s}`, times[s]);
  const intervals: PipelineInterval[] = [];
  if (mode === 'sequential') {
    let t = 0;
    for (let j = 0; j < J; j++) {
      for (const stage of PIPELINE_STAGES) {
        intervals.push({ job: j, stage, resource: 'single', startSeconds: t, endSeconds: t + times[stage] });
        t += times[stage];
      }
    }
  } else {
    const stageFree = new Map<PipelineStage, number>();
    for (let j = 0; j < J; j++) {
      let ready = 0;
      for (const stage of PIPELINE_STAGES) {
        const start = Math.max(ready, stageFree.get(stage) ?? 0);
        const end = start + times[stage];
        intervals.push({ job: j, stage, resource: PIPELINE_RESOURCES[stage], startSeconds: start, endSeconds: end });
        stageFree.set(stage, end);
        ready = end;
      }
    }
  }
  const makespan = Math.max(0, ...intervals.map((i) => i.endSeconds));
  return { mode, stageSeconds: times, intervals, makespanSeconds: makespan, overlapSeconds: overlap(intervals) };
}

/** Length of time covered by at least two intervals. */
function overlap(intervals: readonly PipelineInterval[]): number {
  const events: [number, number][] = [];
  for (const i of intervals) if (i.endSeconds > i.startSeconds) events.push([i.startSeconds, 1], [i.endSeconds, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  let last = 0;
  let total = 0;
  for (const [t, d] of events) {
    if (depth >= 2) total += t - last;
    depth += d;
    last = t;
  }
  return total;
}

export function taskPipeline(model: ModelSpec, hw: HardwareSpec, input: TaskPipelineInput): PipelineResult {
  validateModel(model);
  validateHardware(hw);
  requireObject('input', input);
  const { mode, jobs, ...rest } = input;
  return schedulePipeline(stageSeconds(model, hw, rest), jobs, mode);
}
