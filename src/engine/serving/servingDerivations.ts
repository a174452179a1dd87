/**
 * Show-the-work for a serving deployment's steady state (servingThroughput)
 * and for the batching experiments (a request stream, replicas vs tensor
 * parallelism, a task pipeline): each written so the substituted values
 * reproduce the number the view shows.
 */
import type { Derivation } from '../derivation.ts';
import type { BatchingResult } from './batching.ts';
import type { IterationParts, ServingThroughput } from './servingThroughput.ts';
import type { PipelineResult, PipelineStage } from './taskPipeline.ts';
import { PIPELINE_STAGES } from './taskPipeline.ts';
import { EngineError, requireArray, requireNonNegative, requireNumberFields, requireObject, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';

type Values<S extends string> = Readonly<Record<S, number>>;

export type ServingThroughputDerivation = Derivation<'serving-throughput', 'R' | 'C' | 'O' | 't'>;
/** params.step is 'TPOT' or 'TTFT': which iteration. */
export type ServingIterationDerivation = Derivation<'serving-iteration', 't_c' | 't_m' | 't_{launch}' | 't_{comm}'>;
export type ServingMemoryDerivation = Derivation<'serving-memory', 'W' | 'C' | 'n' | 'k' | 'A' | 'S'>;
export type StreamThroughputDerivation = Derivation<'stream-throughput', 'N' | 'T'>;
export type StreamTtftDerivation = Derivation<'stream-ttft', '\\sum t_{first}' | 'n'>;
/** params.mode is 'sequential' or 'pipelined'. */
export type PipelineMakespanDerivation = Derivation<'pipeline-makespan', 'J' | '\\sum t_s' | 't_{max}'>;
export type LayoutThroughputDerivation = Derivation<'layout-throughput', 'b' | 'N' | 't'>;

/**
 * Output tokens per second under continuous batching:
 *   tokens/s = R · C · O / ((O − 1) · t)   (O = 1: R · C / t)
 * R replicas, C sequences in flight per replica, O output tokens per request,
 * t the iteration's seconds (every iteration advances each sequence by one
 * token and prefills C/(O − 1) new requests).
 * Sources: 'yu-2022-orca' (iteration-level scheduling), 'kwon-2023-vllm'.
 */
export function servingThroughputDerivation(r: ServingThroughput, opts: { readonly gpus: number; readonly tp?: number; readonly outputTokens: number }): ServingThroughputDerivation {
  requireNumberFields('r', r, ['concurrency', 'iterationSeconds', 'tokensPerSecond']);
  requireObject('opts', opts);
  const gpus = requireCount('gpus', opts.gpus, LIMITS.gpus);
  const tp = requireCount('tp', opts.tp ?? 1, LIMITS.gpus);
  requireCount('outputTokens', opts.outputTokens, LIMITS.tokens);
  if (gpus % tp !== 0) throw new EngineError('notDivisible', { field: 'gpus', value: gpus, divisor: 'tp', divisorValue: tp });
  const R = opts.gpus / (opts.tp ?? 1);
  const O = opts.outputTokens;
  const prefillOnly = O === 1;
  const base: Omit<ServingThroughputDerivation, 'evaluate'> = {
    id: 'serving-throughput',
    tex: prefillOnly ? '\\text{tokens/s} = \\frac{R\\,C}{t}' : '\\text{tokens/s} = \\frac{R\\,C\\,O}{(O - 1)\\,t}',
    terms: [
      { symbol: 'R', value: R, unit: 'count' },
      { symbol: 'C', value: r.concurrency, unit: 'count' },
      { symbol: 'O', value: O, unit: 'tokens' },
      { symbol: 't', value: r.iterationSeconds, unit: 's' },
    ],
    result: { value: r.tokensPerSecond, unit: 'tokens/s' },
    source: 'yu-2022-orca',
  };
  const evaluate = prefillOnly ? (v: Values<'R' | 'C' | 'O' | 't'>) => (v.R * v.C) / v.t : (v: Values<'R' | 'C' | 'O' | 't'>) => (v.R * ((v.C * v.O) / (v.O - 1))) / v.t;
  return Object.assign(base, { evaluate });
}

/**
 * The iteration behind a sequence's TPOT (C decodes beside the others'
 * prefills) or its TTFT (its whole prefill beside C − 1 decodes), as
 *   t = t_c + t_m + t_launch + t_comm
 * (compute-bound operators' compute term, memory-bound operators' memory term,
 * launches, exposed collectives). Source: 'williams-2009-roofline', as servingThroughput.
 */
export function servingIterationDerivation(parts: IterationParts, step: 'TPOT' | 'TTFT'): ServingIterationDerivation {
  requireNumberFields('parts', parts, ['compute', 'memory', 'launch', 'communication', 'seconds']);
  requireOneOf('step', step, ['TPOT', 'TTFT']);
  const base: Omit<ServingIterationDerivation, 'evaluate'> = {
    id: 'serving-iteration',
    tex: 't = t_c + t_m + t_{launch} + t_{comm}',
    terms: [
      { symbol: 't_c', value: parts.compute, unit: 's' },
      { symbol: 't_m', value: parts.memory, unit: 's' },
      { symbol: 't_{launch}', value: parts.launch, unit: 's' },
      { symbol: 't_{comm}', value: parts.communication, unit: 's' },
    ],
    result: { value: parts.seconds, unit: 's' },
    source: 'williams-2009-roofline',
    params: { step },
  };
  return Object.assign(base, { evaluate: (v: Values<'t_c' | 't_m' | 't_{launch}' | 't_{comm}'>) => v.t_c + v.t_m + v['t_{launch}'] + v['t_{comm}'] });
}

/**
 * Memory per GPU of a serving replica with C sequences in flight:
 *   M = W + C · n · k + A + S
 * W weights (per GPU), n tokens a sequence holds on average (I + O/2, paged),
 * k KV bytes per token per GPU, A the largest iteration's activation peak,
 * S workspace (logits). Compared with the usable memory (capacity × 0.9).
 * Sources: 'kwon-2023-vllm' (paged KV holds a sequence's current length).
 */
export function servingMemoryDerivation(r: ServingThroughput): ServingMemoryDerivation {
  requireNumberFields('r', r, ['concurrency']);
  requireNumberFields('r.memory', r.memory, ['weights', 'heldTokens', 'kvBytesPerToken', 'activations', 'workspace', 'total']);
  const m = r.memory;
  const base: Omit<ServingMemoryDerivation, 'evaluate'> = {
    id: 'serving-memory',
    tex: 'M = W + C\\,n\\,k + A + S',
    terms: [
      { symbol: 'W', value: m.weights, unit: 'B' },
      { symbol: 'C', value: r.concurrency, unit: 'count' },
      { symbol: 'n', value: m.heldTokens, unit: 'tokens' },
      { symbol: 'k', value: m.kvBytesPerToken, unit: 'B' },
      { symbol: 'A', value: m.activations, unit: 'B' },
      { symbol: 'S', value: m.workspace, unit: 'B' },
    ],
    result: { value: m.total, unit: 'B' },
    source: 'kwon-2023-vllm',
  };
  return Object.assign(base, { evaluate: (v: Values<'W' | 'C' | 'n' | 'k' | 'A' | 'S'>) => v.W + v.C * v.n * v.k + v.A + v.S });
}

/** A simulated stream handed back by a caller (normally simulateBatching's result): its requests' times and totals. */
function requireStream(r: unknown): BatchingResult {
  const x = requireNumberFields('r', r, ['makespanSeconds', 'tokensPerSecond', 'meanTtftSeconds']) as unknown as Record<string, unknown>;
  requireArray('r.requests', x.requests, 1 << 20).forEach((q, i) => requireNumberFields(`r.requests[${i}]`, q, ['outputTokens', 'firstTokenSeconds', 'arrivalSeconds']));
  return r as BatchingResult;
}

/** Throughput of a simulated request stream: tokens/s = N / T, N output tokens of all requests, T until the last finishes. Source: 'yu-2022-orca'. */
export function streamThroughputDerivation(r: BatchingResult): StreamThroughputDerivation {
  requireStream(r);
  const N = r.requests.reduce((s, q) => s + q.outputTokens, 0);
  const base: Omit<StreamThroughputDerivation, 'evaluate'> = {
    id: 'stream-throughput',
    tex: '\\text{tokens/s} = \\frac{N}{T}',
    terms: [
      { symbol: 'N', value: N, unit: 'tokens' },
      { symbol: 'T', value: r.makespanSeconds, unit: 's' },
    ],
    result: { value: r.tokensPerSecond, unit: 'tokens/s' },
    source: 'yu-2022-orca',
  };
  return Object.assign(base, { evaluate: (v: Values<'N' | 'T'>) => v.N / v.T });
}

/** Mean time to first token of a simulated stream: Σ (first token − arrival) / n. Source: 'yu-2022-orca'. */
export function streamTtftDerivation(r: BatchingResult): StreamTtftDerivation {
  requireStream(r);
  const sum = r.requests.reduce((s, q) => s + q.firstTokenSeconds - q.arrivalSeconds, 0);
  const base: Omit<StreamTtftDerivation, 'evaluate'> = {
    id: 'stream-ttft',
    tex: '\\overline{\\text{TTFT}} = \\frac{\\sum t_{first}}{n}',
    terms: [
      { symbol: '\\sum t_{first}', value: sum, unit: 's' },
      { symbol: 'n', value: r.requests.length, unit: 'count' },
    ],
    result: { value: r.meanTtftSeconds, unit: 's' },
    source: 'yu-2022-orca',
  };
  return Object.assign(base, { evaluate: (v: Values<'\\sum t_{first}' | 'n'>) => v['\\sum t_{first}'] / v.n });
}

/**
 * Total time of J identical jobs through the four stages:
 *   sequential: T = J · Σ t_s;  pipelined (each stage on its own resource): T = Σ t_s + (J − 1) · t_max
 * t_s each stage's seconds, t_max the slowest stage's. Source: 'patel-2024-splitwise' (separate resources per phase).
 */
export function pipelineMakespanDerivation(r: PipelineResult, jobs: number): PipelineMakespanDerivation {
  requireObject('r', r);
  requireNumberFields('r.stageSeconds', r.stageSeconds, PIPELINE_STAGES);
  requireNumberFields('r', r, ['makespanSeconds']);
  requireOneOf('r.mode', r.mode, ['sequential', 'pipelined']);
  requireCount('jobs', jobs, 1 << 16);
  const times: readonly number[] = PIPELINE_STAGES.map((s: PipelineStage) => r.stageSeconds[s]);
  const sum = times.reduce((a, b) => a + b, 0);
  const max = Math.max(...times);
  const pipelined = r.mode === 'pipelined';
  const base: Omit<PipelineMakespanDerivation, 'evaluate'> = {
    id: 'pipeline-makespan',
    tex: pipelined ? 'T = \\sum t_s + (J - 1)\\,t_{max}' : 'T = J \\sum t_s',
    terms: [
      { symbol: 'J', value: jobs, unit: 'count' },
      { symbol: '\\sum t_s', value: sum, unit: 's' },
      { symbol: 't_{max}', value: max, unit: 's' },
    ],
    result: { value: r.makespanSeconds, unit: 's' },
    source: 'patel-2024-splitwise',
    params: { mode: r.mode },
  };
  const evaluate = pipelined
    ? (v: Values<'J' | '\\sum t_s' | 't_{max}'>) => v['\\sum t_s'] + (v.J - 1) * v['t_{max}']
    : (v: Values<'J' | '\\sum t_s' | 't_{max}'>) => v.J * v['\\sum t_s'];
  return Object.assign(base, { evaluate });
}

/**
 * Throughput of N GPUs each decoding b sequences, as replicas or tensor-parallel groups:
 *   tokens/s = b · N / t, t the group's decode step (TPOT).
 * Source: 'shoeybi-2019-megatron-tp'.
 */
export function layoutThroughputDerivation(row: { readonly tpotSeconds: number; readonly tokensPerSecond: number }, perGpuBatch: number, gpus: number): LayoutThroughputDerivation {
  requireNumberFields('row', row, ['tpotSeconds', 'tokensPerSecond']);
  requireNonNegative('perGpuBatch', perGpuBatch);
  requireCount('gpus', gpus, LIMITS.gpus);
  const base: Omit<LayoutThroughputDerivation, 'evaluate'> = {
    id: 'layout-throughput',
    tex: '\\text{tokens/s} = \\frac{b\\,N}{t}',
    terms: [
      { symbol: 'b', value: perGpuBatch, unit: 'count' },
      { symbol: 'N', value: gpus, unit: 'count' },
      { symbol: 't', value: row.tpotSeconds, unit: 's' },
    ],
    result: { value: row.tokensPerSecond, unit: 'tokens/s' },
    source: 'shoeybi-2019-megatron-tp',
  };
  return Object.assign(base, { evaluate: (v: Values<'b' | 'N' | 't'>) => (v.b * v.N) / v.t });
}
