/** Engine calls of the batching simulator, one per experiment, and the story's constants. */
import {
  BATCHING_POLICIES, DEFAULT_MEMORY_UTILIZATION, getHardware, getModel, layoutThroughputDerivation, memoryBreakdown, pipelineMakespanDerivation,
  replicasVsTp, requestStream, schedulePipeline, servingIterationDerivation, servingMemoryDerivation, servingThroughput, servingThroughputDerivation,
  simulateBatching, stageSeconds, stepTimeDerivation, streamThroughputDerivation, streamTtftDerivation,
  type BatchingResult, type HardwareSpec, type ModelSpec, type ServingThroughput,
} from '../../engine/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import type { Inputs } from './inputs.ts';

export type State = ValuesOf<Inputs>;

/** Every request of the throughput–latency and layout experiments: a 512-token prompt, 256 output tokens, decoded at their mean context. */
export const PROMPT_TOKENS = 512;
export const OUTPUT_TOKENS = 256;
export const CONTEXT_TOKENS = PROMPT_TOKENS + OUTPUT_TOKENS / 2;
/** The curve's batch sizes. */
export const CURVE_BATCHES = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] as const;
/** The seeded request stream of the static-vs-continuous experiment (the same as 表7's continuous-batching row). */
export const STREAM = { count: 24, promptTokens: [32, 512] as const, outputTokens: [8, 256] as const };

export interface Fit {
  readonly fits: boolean;
  readonly needs: number;
  readonly usable: number;
}

function servingAt(model: ModelSpec, hw: HardwareSpec, concurrency: number): ServingThroughput {
  return servingThroughput(model, hw, { gpus: 1, inputTokens: PROMPT_TOKENS, outputTokens: OUTPUT_TOKENS, concurrency });
}

export function curveScenario(model: ModelSpec, hw: HardwareSpec, batch: number) {
  const now = servingAt(model, hw, batch);
  const points = CURVE_BATCHES.map((c) => ({ batch: c, r: servingAt(model, hw, c) }));
  const best = servingThroughput(model, hw, { gpus: 1, inputTokens: PROMPT_TOKENS, outputTokens: OUTPUT_TOKENS });
  const largest = best.fits ? best.concurrency : 0;
  const opts = { gpus: 1, outputTokens: OUTPUT_TOKENS };
  return {
    now, points, largest, best,
    dThroughput: servingThroughputDerivation(now, opts),
    dTpot: servingIterationDerivation(now.tpotParts, 'TPOT'),
    dTtft: servingIterationDerivation(now.ttftParts, 'TTFT'),
    dMemory: servingMemoryDerivation(now),
  };
}

export type CurveAnswer = 'linear' | 'flat' | 'none';

/** The predict-first answer: how throughput grows from batch 1 to `top`. */
export function curveAnswer(tput1: number, tputTop: number, top: number): CurveAnswer {
  const gain = tputTop / tput1;
  if (gain >= 0.8 * top) return 'linear';
  if (gain < 1.5) return 'none';
  return 'flat';
}

export function streamScenario(model: ModelSpec, hw: HardwareSpec, s: Pick<State, 'slots' | 'rate' | 'seed'>) {
  const stream = requestStream({ count: STREAM.count, ratePerSecond: s.rate, seed: s.seed, promptTokens: STREAM.promptTokens, outputTokens: STREAM.outputTokens });
  const mem = memoryBreakdown(model, hw, { batch: s.slots, tokens: STREAM.promptTokens[1] + STREAM.outputTokens[1] });
  const fit: Fit = { fits: mem.fits, needs: mem.total, usable: mem.usable };
  const [stat, cont] = BATCHING_POLICIES.map((policy) => simulateBatching(model, hw, stream, { policy, slots: s.slots })) as [BatchingResult, BatchingResult];
  const derive = (r: BatchingResult) => ({ throughput: streamThroughputDerivation(r), ttft: streamTtftDerivation(r) });
  return { fit, static: stat, continuous: cont, derivations: { static: derive(stat), continuous: derive(cont) } };
}

export function parallelScenario(model: ModelSpec, hw: HardwareSpec, s: Pick<State, 'gpus' | 'perGpuBatch'>) {
  const rows = replicasVsTp(model, hw, { gpus: s.gpus, perGpuBatch: s.perGpuBatch, promptTokens: PROMPT_TOKENS, contextTokens: CONTEXT_TOKENS });
  const usable = hw.memoryCapacityBytes * DEFAULT_MEMORY_UTILIZATION;
  return {
    usable,
    rows: rows.map((row) => ({
      row,
      dTpot: stepTimeDerivation(model, hw, { phase: 'decode', batch: row.groupBatch, tokens: CONTEXT_TOKENS, tp: row.tp }),
      dThroughput: layoutThroughputDerivation(row, s.perGpuBatch, s.gpus),
    })),
  };
}

export function pipelineScenario(model: ModelSpec, hw: HardwareSpec, s: Pick<State, 'jobs' | 'jobBatch' | 'outputTokens' | 'cpuNsPerToken'>) {
  const times = stageSeconds(model, hw, { batch: s.jobBatch, promptTokens: PROMPT_TOKENS, outputTokens: s.outputTokens, cpuSecondsPerToken: s.cpuNsPerToken * 1e-9 });
  const sequential = schedulePipeline(times, s.jobs, 'sequential');
  const pipelined = schedulePipeline(times, s.jobs, 'pipelined');
  const mem = memoryBreakdown(model, hw, { batch: s.jobBatch, tokens: PROMPT_TOKENS + s.outputTokens });
  return {
    times, sequential, pipelined, fit: { fits: mem.fits, needs: mem.total, usable: mem.usable } satisfies Fit,
    dSequential: pipelineMakespanDerivation(sequential, s.jobs), dPipelined: pipelineMakespanDerivation(pipelined, s.jobs),
  };
}

export const modelAndDevice = (s: State) => ({ model: getModel(s.modelId), hw: getHardware(s.hardwareId) });
