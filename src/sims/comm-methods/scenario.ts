/** The comm-methods scenario built from the store's inputs; every number from the engine. */
import { getHardware, getInterconnect, getModel, REALISTIC_EFFICIENCY } from '../../engine/index.ts';
import { layerComputeSeconds } from '../../engine/comm/layerComputeSeconds.ts';
import { chunkSweep, commMethodsTimeline, NO_METHODS, type CommMethods, type CommMethodsParams, type CommMethodsResult } from '../../engine/comm/commMethodsTimeline.ts';
import type { Bilingual } from '../../ui/index.ts';
import { CHUNK_STOPS, type CommMethodsInputs } from './store.ts';
import { errorText } from '../../i18n/engine/errors.ts';

const ACTIVATION_BYTES = 2;

export function methodsOf(s: CommMethodsInputs): CommMethods {
  return {
    compression: s.compression,
    topkDensity: s.topkDensity,
    async: s.async,
    chunks: s.chunked ? s.chunks : 1,
    priority: s.priority,
    bucketBytes: s.merging ? s.bucketBytes : null,
  };
}

export function buildParams(s: CommMethodsInputs): CommMethodsParams {
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

export type MethodId = 'baseline' | 'compression' | 'async' | 'chunked' | 'priority' | 'merging' | 'all';

export interface MethodRun {
  readonly id: MethodId;
  readonly result: CommMethodsResult;
}

export interface Scenario {
  readonly params: CommMethodsParams;
  readonly baseline: CommMethodsResult;
  readonly current: CommMethodsResult;
  readonly sweep: ReturnType<typeof chunkSweep> | null;
}

export type ScenarioResult = { ok: true; value: Scenario } | { ok: false; error: Bilingual };

const localized = errorText;

export function buildScenario(s: CommMethodsInputs): ScenarioResult {
  try {
    const params = buildParams(s);
    const baseline = commMethodsTimeline({ ...params, methods: NO_METHODS });
    const current = commMethodsTimeline(params);
    const sweep = s.chunked ? chunkSweep(params, CHUNK_STOPS) : null;
    return { ok: true, value: { params, baseline, current, sweep } };
  } catch (e) {
    return { ok: false, error: localized(e) };
  }
}

/** Each method alone on the baseline, and all the chosen ones together (表9). */
export function methodRuns(s: CommMethodsInputs): { ok: true; runs: MethodRun[] } | { ok: false; error: Bilingual } {
  try {
    const params = buildParams(s);
    const run = (m: Partial<CommMethods>) => commMethodsTimeline({ ...params, methods: { ...NO_METHODS, ...m } });
    const compression = s.compression === 'none' ? 'int8' : s.compression;
    return {
      ok: true,
      runs: [
        { id: 'baseline', result: run({}) },
        { id: 'compression', result: run({ compression, topkDensity: s.topkDensity }) },
        { id: 'async', result: run({ async: true }) },
        { id: 'chunked', result: run({ chunks: s.chunks }) },
        { id: 'priority', result: run({ priority: true }) },
        { id: 'merging', result: run({ bucketBytes: s.bucketBytes }) },
        { id: 'all', result: run({ compression, topkDensity: s.topkDensity, async: true, chunks: s.chunks, priority: true, bucketBytes: s.bucketBytes }) },
      ],
    };
  } catch (e) {
    return { ok: false, error: localized(e) };
  }
}
