/**
 * The numbers behind 图10 and 表10: one forward step of tensor- or
 * pipeline-parallel inference on the chosen topology and transport, timed by
 * the engine. Pure (no React): the figure, the table and the tests call it.
 */
import {
  collectiveTime, getHardware, getModel, pipelineBubbleFraction, pipelineP2pBytes, pipelineTimeline,
  quantizeMessage, resolveEfficiency,
  type CollectiveParams, type HardwareSpec, type ModelSpec, type PipelineTimeline,
} from '../../engine/index.ts';
import { commMethodsTimeline, NO_METHODS, type CommMethodsResult, type CompressionKind } from '../../engine/comm/commMethodsTimeline.ts';
import { layerComputeSeconds } from '../../engine/comm/layerComputeSeconds.ts';
import { parallelTopology, type ParallelTopology, type Topology } from '../../engine/comm/parallelTopology.ts';
import type { Transport } from '../../engine/comm/transport.ts';
import type { ParallelTimelineInputs } from './store.ts';

/** FP16 activations on the wire. */
export const ACTIVATION_BYTES = 2;
export const TOPK_DENSITY = 0.1;

/** A change applied on top of the chosen configuration (a 表10 row). */
export interface Variant {
  readonly overlap?: boolean;
  readonly compression?: CompressionKind;
  readonly topology?: Topology;
  readonly transport?: Transport;
  readonly microBatches?: number;
}

interface Common {
  readonly model: ModelSpec;
  readonly hw: HardwareSpec;
  readonly topo: ParallelTopology;
  readonly stepSeconds: number;
  /** Time the GPUs wait on communication (not hidden under compute). */
  readonly exposedCommSeconds: number;
  /** Tokens through the model in the step: batch (decode) or batch × prompt (prefill). */
  readonly tokensProcessed: number;
  readonly tokensPerSecond: number;
}

export interface TpEvaluation extends Common {
  readonly mode: 'tp';
  readonly timeline: CommMethodsResult;
  readonly layers: number;
  readonly allReduceBytes: number;
  readonly allReduce: CollectiveParams;
  readonly allReduceSeconds: number;
  readonly allReduces: number;
  readonly computeSeconds: number;
  /** False when overlap was asked for but the step cannot be split (batch 1 decode). */
  readonly overlapApplied: boolean;
}

export interface PpEvaluation extends Common {
  readonly mode: 'pp';
  readonly timeline: PipelineTimeline;
  readonly microBatches: number;
  readonly microBatchSize: number;
  readonly stageSeconds: readonly number[];
  readonly layersPerStage: readonly number[];
  readonly p2pBytes: number;
  readonly p2pSeconds: number;
  readonly p2p: CollectiveParams;
  readonly bubbleFraction: number;
  /** GPipe's (p − 1)/(m + p − 1) for comparison. */
  readonly gpipeBubble: number;
  readonly codecSeconds: number;
}

export type Evaluation = TpEvaluation | PpEvaluation;

function base(s: ParallelTimelineInputs, v: Variant) {
  const model = getModel(s.modelId);
  const hw = getHardware(s.hardwareId);
  const eff = resolveEfficiency('realistic');
  const topo = parallelTopology({
    topology: v.topology ?? s.topology, ranks: s.degree, transport: v.transport ?? s.transport, hardware: hw,
    linkEfficiency: eff.communicationEfficiency,
  });
  const tokens = Math.min(s.tokens, model.maxPositionEmbeddings);
  const codecBytesPerSec = hw.memoryBandwidthBytesPerSec * eff.memoryEfficiency;
  return { model, hw, topo, tokens, codecBytesPerSec };
}

function evaluateTp(s: ParallelTimelineInputs, v: Variant): TpEvaluation {
  const { model, hw, topo, tokens, codecBytesPerSec } = base(s, v);
  const opts = { phase: s.phase, tokens, tp: s.degree } as const;
  const full = layerComputeSeconds(model, hw, { ...opts, batch: s.batch });
  // Overlap splits the batch (or, at batch 1, the prompt) into two halves that take turns.
  let half = null;
  if (s.batch >= 2) half = layerComputeSeconds(model, hw, { ...opts, batch: Math.ceil(s.batch / 2) });
  else if (s.phase === 'prefill' && tokens >= 2) half = layerComputeSeconds(model, hw, { ...opts, batch: 1, tokens: Math.ceil(tokens / 2) });
  const overlap = v.overlap ?? s.overlap;
  const T = s.phase === 'prefill' ? s.batch * tokens : s.batch;
  const allReduceBytes = T * model.hiddenSize * ACTIVATION_BYTES;
  const timeline = commMethodsTimeline({
    layers: model.numLayers,
    full: { attentionSeconds: full.attentionSeconds, mlpSeconds: full.mlpSeconds },
    half: half && { attentionSeconds: half.attentionSeconds, mlpSeconds: half.mlpSeconds },
    beforeSeconds: full.beforeSeconds, afterSeconds: full.afterSeconds,
    tp: s.degree, allReduceBytes,
    latency: topo.ringLatencySeconds, bandwidth: topo.ringBandwidthBytesPerSec, algorithm: 'ring',
    codecBytesPerSec, backgroundBytes: 0, backgroundPageBytes: 1,
    methods: { ...NO_METHODS, compression: v.compression ?? 'none', topkDensity: TOPK_DENSITY, async: overlap },
  });
  const allReduce: CollectiveParams = { ...topo.allReduce, bytes: allReduceBytes };
  const tokensProcessed = T;
  return {
    mode: 'tp', model, hw, topo, timeline, layers: model.numLayers,
    stepSeconds: timeline.stepSeconds, exposedCommSeconds: timeline.stallSeconds,
    tokensProcessed, tokensPerSecond: tokensProcessed / timeline.stepSeconds,
    allReduceBytes, allReduce, allReduceSeconds: collectiveTime(allReduce), allReduces: 2 * model.numLayers,
    computeSeconds: timeline.computeBusySeconds, overlapApplied: overlap && timeline.split,
  };
}

/** Layers per stage: as even as possible, the remainder on the first stages. */
export function splitLayers(layers: number, stages: number): number[] {
  const q = Math.floor(layers / stages);
  const r = layers % stages;
  return Array.from({ length: stages }, (_, i) => q + (i < r ? 1 : 0));
}

function evaluatePp(s: ParallelTimelineInputs, v: Variant): PpEvaluation {
  const { model, hw, topo, tokens, codecBytesPerSec } = base(s, v);
  const p = s.degree;
  const m = Math.min(v.microBatches ?? s.microBatches, s.batch);
  const microBatchSize = Math.ceil(s.batch / m);
  const layer = layerComputeSeconds(model, hw, { phase: s.phase, batch: microBatchSize, tokens, tp: 1 });
  const layersPerStage = splitLayers(model.numLayers, p);
  const perLayer = layer.attentionSeconds + layer.mlpSeconds;
  const stepTokens = s.phase === 'prefill' ? tokens : 1;
  const rawBytes = pipelineP2pBytes({ microBatch: microBatchSize, tokens: stepTokens, hidden: model.hiddenSize, bytesPerElement: ACTIVATION_BYTES });
  const compression = v.compression ?? 'none';
  let p2pBytes = rawBytes;
  let codecSeconds = 0;
  if (compression === 'int8' || compression === 'fp8') {
    const c = quantizeMessage({ bytes: rawBytes, from: 'fp16', to: compression, groupSize: 128, codecBytesPerSec });
    p2pBytes = c.compressedBytes;
    codecSeconds = c.computeSeconds;
  }
  // Encode on the sending stage and decode on the receiving one: both charged to every stage's compute.
  const stageSeconds = layersPerStage.map((n, i) => n * perLayer + (i === 0 ? layer.beforeSeconds : 0) + (i === p - 1 ? layer.afterSeconds : 0) + (p > 1 ? codecSeconds : 0));
  const p2p: CollectiveParams = { collective: 'p2p', algorithm: 'ring', ranks: 2, bytes: p2pBytes, latency: topo.p2pLatencySeconds, bandwidth: topo.p2pBandwidthBytesPerSec };
  const p2pSeconds = collectiveTime(p2p);
  const timeline = pipelineTimeline({ stages: p, microBatches: m, stageSeconds, p2pSeconds });
  const free = pipelineTimeline({ stages: p, microBatches: m, stageSeconds, p2pSeconds: 0 });
  const tokensProcessed = s.batch * stepTokens;
  return {
    mode: 'pp', model, hw, topo, timeline, microBatches: m, microBatchSize, stageSeconds, layersPerStage,
    p2pBytes, p2pSeconds, p2p, bubbleFraction: timeline.bubbleFraction, gpipeBubble: pipelineBubbleFraction(p, m), codecSeconds,
    stepSeconds: timeline.totalSeconds, exposedCommSeconds: timeline.totalSeconds - free.totalSeconds,
    tokensProcessed, tokensPerSecond: tokensProcessed / timeline.totalSeconds,
  };
}

/** One step of the chosen configuration with `variant` applied. Throws EngineError on invalid input. */
export function evaluate(s: ParallelTimelineInputs, variant: Variant = {}): Evaluation {
  return s.mode === 'tp' ? evaluateTp(s, variant) : evaluatePp(s, variant);
}
