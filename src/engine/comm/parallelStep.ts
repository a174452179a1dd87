/**
 * One forward step of tensor- or pipeline-parallel inference on a chosen
 * topology and transport: the numbers behind 图10 and 表10.
 *
 * Tensor parallel (Shoeybi et al. 2019): every layer all-reduces its b·s·h
 * output after attention and after the MLP; the step is scheduled on a
 * compute lane and a link lane by commMethodsTimeline, with the all-reduce
 * timed as a ring of the topology's equivalent (α, B) (parallelTopology's
 * ringEquivalent). `overlap` splits the batch (or, at batch 1 in prefill, the
 * prompt) into two halves that take turns, each half's blocks timed by
 * layerComputeSeconds at half the work — in memory-bound decode each half
 * re-reads the weights.
 *
 * Pipeline parallel (Huang et al. 2019, GPipe): the layers are split over
 * `degree` stages as evenly as possible (the remainder on the first stages),
 * the batch into m micro-batches of ⌈b/m⌉ sequences; each boundary sends one
 * micro-batch's activations (pipelineP2pBytes) point to point; INT8/FP8
 * compression of the sends charges encode + decode to every stage.
 *
 * Links run at the interconnect presets' bandwidth and α (the α-β
 * parameters 图8 shows), so one link has one value in every communication
 * view; the transport (TCP/RDMA/GPUDirect) adds its copies on network hops
 * (transport.ts). Compute uses the realistic efficiency preset. Ignores the
 * slowdown of overlapped kernels and pipeline send/compute contention.
 * Memory is not a limit here: each step carries its memory per GPU
 * (parallelMemory) and says whether it fits; the times are computed either
 * way, so a view must check `memory.fits` before showing them.
 * Sources: 'shoeybi-2019-megatron', 'huang-2019-gpipe'.
 */
import { collectiveTime } from './collectiveCost.ts';
import type { CollectiveParams } from './collectiveTypes.ts';
import { commMethodsTimeline, NO_METHODS, type CommMethodsParams, type CommMethodsResult, type CompressionKind } from './commMethodsTimeline.ts';
import { layerComputeSeconds } from './layerComputeSeconds.ts';
import { parallelMemory, splitLayers, type ParallelMemory } from './parallelMemory.ts';
import { quantizeMessage } from './messageCompression.ts';
import { parallelTopology, type ParallelTopology, type Topology } from './parallelTopology.ts';
import { pipelineBubbleFraction, pipelineP2pBytes } from './pipelineParallel.ts';
import { pipelineTimeline, type PipelineTimeline } from './pipelineTimeline.ts';
import type { Transport } from './transport.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { resolveEfficiency } from '../serving/efficiency.ts';
import { requirePositiveInt, requireObject } from '../errors.ts';

/** FP16 activations on the wire. */
export const PARALLEL_ACTIVATION_BYTES = 2;
/** Kept fraction when the all-reduce is replaced by a top-k all-gather. */
export const PARALLEL_TOPK_DENSITY = 0.1;

export type ParallelMode = 'tp' | 'pp';

export interface ParallelStepConfig {
  readonly model: ModelSpec;
  readonly hardware: HardwareSpec;
  readonly mode: ParallelMode;
  readonly phase: 'decode' | 'prefill';
  /** GPUs: the tensor-parallel degree or the pipeline's stage count. */
  readonly degree: number;
  readonly batch: number;
  /** Prompt length (prefill) or context length (decode); capped at the model's limit. */
  readonly tokens: number;
  readonly overlap: boolean;
  readonly microBatches: number;
  readonly topology: Topology;
  readonly transport: Transport;
}

/** A change applied on top of the configuration (a 表10 row). */
export interface ParallelVariant {
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
  /**
   * Memory per GPU of this layout (parallelMemory): the step's numbers are
   * those of a run only when `memory.fits`; otherwise it cannot run and a
   * view shows by how much it is over instead of a time (issue #9 item 9).
   */
  readonly memory: ParallelMemory;
}

export interface TpStep extends Common {
  readonly mode: 'tp';
  /** The schedule's inputs, for commStepDerivation. */
  readonly params: CommMethodsParams;
  readonly timeline: CommMethodsResult;
  readonly layers: number;
  readonly allReduceBytes: number;
  readonly allReduce: CollectiveParams;
  readonly allReduceSeconds: number;
  readonly allReduces: number;
  readonly computeSeconds: number;
  /** False when overlap was asked for but the step cannot be split (batch-1 decode). */
  readonly overlapApplied: boolean;
}

export interface PpStep extends Common {
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

export type ParallelStep = TpStep | PpStep;

function base(c: ParallelStepConfig, v: ParallelVariant) {
  const eff = resolveEfficiency('realistic');
  const topo = parallelTopology({
    topology: v.topology ?? c.topology, ranks: c.degree, transport: v.transport ?? c.transport, hardware: c.hardware, linkEfficiency: 1,
  });
  const tokens = Math.min(requirePositiveInt('tokens', c.tokens), c.model.maxPositionEmbeddings);
  const codecBytesPerSec = c.hardware.memoryBandwidthBytesPerSec * eff.memoryEfficiency;
  return { topo, tokens, codecBytesPerSec };
}

function tpStep(c: ParallelStepConfig, v: ParallelVariant): TpStep {
  const { model, hardware: hw } = c;
  const { topo, tokens, codecBytesPerSec } = base(c, v);
  const opts = { phase: c.phase, tokens, tp: c.degree } as const;
  const full = layerComputeSeconds(model, hw, { ...opts, batch: c.batch });
  let half = null;
  if (c.batch >= 2) half = layerComputeSeconds(model, hw, { ...opts, batch: Math.ceil(c.batch / 2) });
  else if (c.phase === 'prefill' && tokens >= 2) half = layerComputeSeconds(model, hw, { ...opts, batch: 1, tokens: Math.ceil(tokens / 2) });
  const overlap = v.overlap ?? c.overlap;
  const T = c.phase === 'prefill' ? c.batch * tokens : c.batch;
  const allReduceBytes = T * model.hiddenSize * PARALLEL_ACTIVATION_BYTES;
  const params: CommMethodsParams = {
    layers: model.numLayers,
    full: { attentionSeconds: full.attentionSeconds, mlpSeconds: full.mlpSeconds },
    half: half && { attentionSeconds: half.attentionSeconds, mlpSeconds: half.mlpSeconds },
    beforeSeconds: full.beforeSeconds, afterSeconds: full.afterSeconds,
    tp: c.degree, allReduceBytes,
    latency: topo.ringLatencySeconds, bandwidth: topo.ringBandwidthBytesPerSec, algorithm: 'ring',
    codecBytesPerSec, backgroundBytes: 0, backgroundPageBytes: 1,
    methods: { ...NO_METHODS, compression: v.compression ?? 'none', topkDensity: PARALLEL_TOPK_DENSITY, async: overlap },
  };
  const timeline = commMethodsTimeline(params);
  const allReduce: CollectiveParams = { ...topo.allReduce, bytes: allReduceBytes };
  return {
    mode: 'tp', model, hw, topo, params, timeline, layers: model.numLayers,
    stepSeconds: timeline.stepSeconds, exposedCommSeconds: timeline.stallSeconds,
    tokensProcessed: T, tokensPerSecond: T / timeline.stepSeconds,
    allReduceBytes, allReduce, allReduceSeconds: collectiveTime(allReduce), allReduces: 2 * model.numLayers,
    computeSeconds: timeline.computeBusySeconds, overlapApplied: overlap && timeline.split,
    memory: parallelMemory({ model, hardware: hw, mode: 'tp', phase: c.phase, degree: c.degree, batch: c.batch, tokens }),
  };
}

export { splitLayers };

function ppStep(c: ParallelStepConfig, v: ParallelVariant): PpStep {
  const { model, hardware: hw } = c;
  const { topo, tokens, codecBytesPerSec } = base(c, v);
  const p = c.degree;
  const m = Math.min(v.microBatches ?? c.microBatches, c.batch);
  const microBatchSize = Math.ceil(c.batch / m);
  const layer = layerComputeSeconds(model, hw, { phase: c.phase, batch: microBatchSize, tokens, tp: 1 });
  const layersPerStage = splitLayers(model.numLayers, p);
  const perLayer = layer.attentionSeconds + layer.mlpSeconds;
  const stepTokens = c.phase === 'prefill' ? tokens : 1;
  const rawBytes = pipelineP2pBytes({ microBatch: microBatchSize, tokens: stepTokens, hidden: model.hiddenSize, bytesPerElement: PARALLEL_ACTIVATION_BYTES });
  const compression = v.compression ?? 'none';
  let p2pBytes = rawBytes;
  let codecSeconds = 0;
  if (compression === 'int8' || compression === 'fp8') {
    const q = quantizeMessage({ bytes: rawBytes, from: 'fp16', to: compression, groupSize: 128, codecBytesPerSec });
    p2pBytes = q.compressedBytes;
    codecSeconds = q.computeSeconds;
  }
  // Encode on the sending stage and decode on the receiving one: both charged to every stage's compute.
  const stageSeconds = layersPerStage.map((n, i) => n * perLayer + (i === 0 ? layer.beforeSeconds : 0) + (i === p - 1 ? layer.afterSeconds : 0) + (p > 1 ? codecSeconds : 0));
  const p2p: CollectiveParams = { collective: 'p2p', algorithm: 'ring', ranks: 2, bytes: p2pBytes, latency: topo.p2pLatencySeconds, bandwidth: topo.p2pBandwidthBytesPerSec };
  const p2pSeconds = collectiveTime(p2p);
  const timeline = pipelineTimeline({ stages: p, microBatches: m, stageSeconds, p2pSeconds });
  const free = pipelineTimeline({ stages: p, microBatches: m, stageSeconds, p2pSeconds: 0 });
  const tokensProcessed = c.batch * stepTokens;
  return {
    mode: 'pp', model, hw, topo, timeline, microBatches: m, microBatchSize, stageSeconds, layersPerStage,
    p2pBytes, p2pSeconds, p2p, bubbleFraction: timeline.bubbleFraction, gpipeBubble: pipelineBubbleFraction(p, m), codecSeconds,
    stepSeconds: timeline.totalSeconds, exposedCommSeconds: timeline.totalSeconds - free.totalSeconds,
    tokensProcessed, tokensPerSecond: tokensProcessed / timeline.totalSeconds,
    memory: parallelMemory({ model, hardware: hw, mode: 'pp', phase: c.phase, degree: p, batch: c.batch, tokens, microBatches: m }),
  };
}

/** One step of the configuration with `variant` applied. Throws EngineError on invalid input. */
export function parallelStep(config: ParallelStepConfig, variant: ParallelVariant = {}): ParallelStep {
  requireObject('config', config);
  requirePositiveInt('degree', config.degree);
  requirePositiveInt('batch', config.batch);
  requirePositiveInt('microBatches', config.microBatches);
  return config.mode === 'tp' ? tpStep(config, variant) : ppStep(config, variant);
}
