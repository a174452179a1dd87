/** The comm-methods scenario built from the inputs; every number from the engine. */
import {
  chunkSweep, commMethodsTimeline, commStallDerivation, commStepDerivation, getHardware, getInterconnect, getModel, layerComputeSeconds,
  NO_METHODS, parallelMemory, REALISTIC_EFFICIENCY,
  type CommMethods, type ParallelMemory, type CommMethodsParams, type CommMethodsResult, type CommStallDerivation, type CommStepDerivation,
} from '../../engine/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import { CHUNK_STOPS, type Inputs } from './inputs.ts';

export type State = ValuesOf<Inputs>;

/** FP16 activations on the wire. */
const ACTIVATION_BYTES = 2;

export function methodsOf(s: State): CommMethods {
  return {
    compression: s.compression,
    topkDensity: s.topkPercent / 100,
    async: s.async,
    chunks: s.chunked ? s.chunks : 1,
    priority: s.priority,
    bucketBytes: s.merging ? s.bucketBytes : null,
  };
}

export function buildParams(s: State): CommMethodsParams {
  const model = getModel(s.modelId);
  const hw = getHardware(s.hardwareId);
  const link = getInterconnect(s.linkId);
  const opts = { phase: s.phase, batch: s.batch, tokens: s.promptTokens, tp: s.tp, interconnect: s.linkId };
  const full = layerComputeSeconds(model, hw, opts);
  // Two halves: of the batch when there are at least two sequences, else of the prompt (prefill).
  const halfOpts = s.batch >= 2 ? { ...opts, batch: Math.floor(s.batch / 2) } : s.phase === 'prefill' && s.promptTokens >= 2 ? { ...opts, tokens: Math.floor(s.promptTokens / 2) } : null;
  const half = halfOpts ? layerComputeSeconds(model, hw, halfOpts) : null;
  const tokens = s.phase === 'prefill' ? s.promptTokens : 1;
  return {
    layers: full.layers,
    full, half,
    beforeSeconds: full.beforeSeconds,
    afterSeconds: full.afterSeconds,
    tp: s.tp,
    allReduceBytes: s.batch * tokens * model.hiddenSize * ACTIVATION_BYTES,
    latency: link.latencySeconds.default,
    bandwidth: link.bandwidthBytesPerSecPerDirection,
    codecBytesPerSec: hw.memoryBandwidthBytesPerSec * REALISTIC_EFFICIENCY.memoryEfficiency,
    backgroundBytes: s.backgroundBytes,
    backgroundPageBytes: s.pageBytes,
    methods: methodsOf(s),
  };
}

/**
 * Memory per GPU of the tensor-parallel layout (parallelMemory): weights split
 * tp ways, the batch's KV cache for the prompt (the context in decode). The
 * methods move bytes on the link, not in memory, so every schedule shares it.
 */
export function memoryOf(s: State): ParallelMemory {
  return parallelMemory({
    model: getModel(s.modelId), hardware: getHardware(s.hardwareId), mode: 'tp', phase: s.phase, degree: s.tp, batch: s.batch, tokens: s.promptTokens,
  });
}

export type MethodId = 'baseline' | 'compression' | 'async' | 'chunked' | 'priority' | 'merging' | 'all';

/** One schedule with its inputs, so its step and stall can show their work. */
export interface Run {
  readonly params: CommMethodsParams;
  readonly result: CommMethodsResult;
}

export interface MethodRun extends Run {
  readonly id: MethodId;
}

function run(params: CommMethodsParams, methods: Partial<CommMethods>): Run {
  const p = { ...params, methods: { ...NO_METHODS, ...methods } };
  return { params: p, result: commMethodsTimeline(p) };
}

export const stepWork = (r: Run): CommStepDerivation => commStepDerivation(r.params, r.result);
export const stallWork = (r: Run): CommStallDerivation => commStallDerivation(r.params, r.result);

export interface Scenario {
  readonly params: CommMethodsParams;
  /** The schedules run only if this fits (issue #9 item 9). */
  readonly memory: ParallelMemory;
  readonly baseline: Run;
  readonly current: Run;
  /** The current methods with INT8 compression instead of the chosen one, and without: the predict-first answer. */
  readonly withInt8: Run;
  readonly withoutCompression: Run;
  /** The chunk sweep's parameters (chunking on), for sweepSteps; the sweep itself runs after the frame (useEngineSteps). */
  readonly sweep: CommMethodsParams | null;
}

/** The figure's schedules. Throws EngineError on invalid input. */
export function buildScenario(s: State): Scenario {
  const params = buildParams(s);
  const methods = methodsOf(s);
  const current = run(params, methods);
  const withInt8 = methods.compression === 'int8' ? current : run(params, { ...methods, compression: 'int8' });
  const withoutCompression = methods.compression === 'none' ? current : run(params, { ...methods, compression: 'none' });
  const allOff = !s.async && !s.chunked && !s.priority && !s.merging && s.compression === 'none';
  return {
    params,
    memory: memoryOf(s),
    baseline: allOff ? current : run(params, {}),
    current, withInt8, withoutCompression,
    sweep: s.chunked ? params : null,
  };
}

/** Each method alone on the baseline, and all of them together (表9). Throws EngineError on invalid input. */
export function methodRuns(s: State): MethodRun[] {
  const params = buildParams(s);
  const compression = s.compression === 'none' ? 'int8' : s.compression;
  const topkDensity = s.topkPercent / 100;
  const all = { compression, topkDensity, async: true, chunks: s.chunks, priority: true, bucketBytes: s.bucketBytes } as const;
  const list: [MethodId, Partial<CommMethods>][] = [
    ['baseline', {}],
    ['compression', { compression, topkDensity }],
    ['async', { async: true }],
    ['chunked', { chunks: s.chunks }],
    ['priority', { priority: true }],
    ['merging', { bucketBytes: s.bucketBytes }],
    ['all', all],
  ];
  return list.map(([id, m]) => ({ id, ...run(params, m) }));
}

/** The chunk sweep (best chunk count), one candidate per step, for useEngineSteps: seven timelines, up to ~80,000 tasks each. */
export function sweepSteps(params: CommMethodsParams | null): (() => { readonly chunks: number; readonly stepSeconds: number })[] {
  if (!params) return [];
  return CHUNK_STOPS.map((chunks) => () => chunkSweep(params, [chunks]).points[0] as { chunks: number; stepSeconds: number });
}
