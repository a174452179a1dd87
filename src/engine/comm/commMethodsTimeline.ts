/**
 * One tensor-parallel forward step on a compute lane and a link lane, with
 * the section's five communication optimisations switchable, so each can be
 * compared with the same baseline.
 *
 * Baseline (Megatron-LM, Shoeybi et al. 2019): every layer computes attention
 * (A), all-reduces its b·s·h output (M = collectiveTime, ring by default),
 * computes the MLP (P) and all-reduces again; compute waits for each
 * all-reduce. The same link also carries a background bulk transfer — a
 * KV-cache migration cut into pages, each a point-to-point message costing
 * α + bytes/B — queued just ahead of the step's first all-reduce, and sent
 * first-come first-served.
 *
 * Methods:
 * - compression: each all-reduce carries INT8/FP8 values (quantizeMessage,
 *   groups of 128 with 16-bit scales) and pays an encode block before and a
 *   decode block after it on the compute lane; top-k instead all-gathers each
 *   rank's k values + 32-bit indices (a sparse sum densifies, Lin et al.
 *   2018) and decodes by scattering p sparse messages into a dense buffer:
 *   (n + p·c)/codec.
 * - async: the batch (or, at batch 1, the prompt) is split into two halves
 *   whose blocks alternate on the compute lane, so one half's all-reduce
 *   overlaps the other half's compute (Wang et al. 2023 decompose a collective
 *   and its dependent matmul the same way). Each half's block times come from
 *   the caller (e.g. layerComputeSeconds at half the batch): in memory-bound
 *   decode each half re-reads the weights.
 * - chunks c: each block's output is produced in c equal pieces, each
 *   all-reduced as soon as it is ready (c messages of n/c bytes, each with
 *   its own α terms); the next block waits for the last piece
 *   (ByteScheduler's partition, Peng et al. 2019).
 * - priority: the link serves the all-reduces before background pages
 *   (preempting only between pages) — the critical path first.
 * - merging: background pages are packed into buckets of up to `bucketBytes`
 *   and each bucket pays α once (MG-WFBP, Shi, Chu & Li).
 *
 * Ignores: re-quantisation at every ring hop, the accuracy cost of
 * compression, kernel slowdown when overlapped, and that a smaller piece of
 * a matmul may run at lower efficiency.
 */
import { EngineError, requireInRange, requireNonNegative, requireOneOf, requirePositive, requirePositiveInt, requireObject, requireArray } from '../errors.ts';
import { collectiveTime } from './collectiveCost.ts';
import type { CollectiveAlgorithm } from './collectiveTypes.ts';
import { quantizeMessage, topKMessage } from './messageCompression.ts';
import { newStepWorkspace, scheduleStep, type StepPiece } from './commStepSchedule.ts';
import { stepSegments, type StepSegments, type StepTaskKind } from './stepSegments.ts';

export type { StepSegment, StepSegments, StepTaskKind, StepTaskMeta } from './stepSegments.ts';

export const COMPRESSION_KINDS = ['none', 'int8', 'fp8', 'topk'] as const;
export type CompressionKind = (typeof COMPRESSION_KINDS)[number];

export interface BlockSeconds {
  readonly attentionSeconds: number;
  readonly mlpSeconds: number;
}

export interface CommMethodsParams {
  readonly layers: number;
  /** Per-layer blocks for the whole batch on one GPU. */
  readonly full: BlockSeconds;
  /** Per-layer blocks for half the work; null when the step cannot be split. */
  readonly half: BlockSeconds | null;
  readonly beforeSeconds: number;
  readonly afterSeconds: number;
  readonly tp: number;
  /** Payload of one all-reduce for the whole batch, b·s·h·bytes. */
  readonly allReduceBytes: number;
  readonly latency: number;
  readonly bandwidth: number;
  readonly algorithm?: CollectiveAlgorithm;
  /** Encode/decode throughput of the codec kernels, bytes/s. */
  readonly codecBytesPerSec: number;
  readonly backgroundBytes: number;
  readonly backgroundPageBytes: number;
  readonly methods: CommMethods;
}

export interface CommMethods {
  readonly compression: CompressionKind;
  /** Kept fraction for top-k. */
  readonly topkDensity: number;
  readonly async: boolean;
  /** 1 = whole messages. */
  readonly chunks: number;
  readonly priority: boolean;
  /** null = every page its own message. */
  readonly bucketBytes: number | null;
}

export const NO_METHODS: CommMethods = { compression: 'none', topkDensity: 0.1, async: false, chunks: 1, priority: false, bucketBytes: null };

/** The step's segments are built on demand (StepSegments): read `segments` or `segmentsBefore` only to draw. */
export interface CommMethodsResult extends StepSegments {
  /** When the first task of `kind` in `layer` starts (NaN if there is none; layer −1 is outside the layers). */
  firstStart(kind: StepTaskKind, layer: number): number;
  /** When the step's last compute ends (the token is ready). */
  readonly stepSeconds: number;
  readonly computeBusySeconds: number;
  /** Compute lane idle before the step ends: waiting for communication. */
  readonly stallSeconds: number;
  readonly linkBusySeconds: number;
  /** When the background transfer's last byte arrives (0 without one). */
  readonly backgroundDoneSeconds: number;
  /** Messages the link started (each pays its α terms). */
  readonly linkMessages: number;
  /** Bytes one all-reduce message carries on the wire as sent (after compression, per chunk). */
  readonly messageBytes: number;
  readonly codecSeconds: number;
  /** Whether async actually split the step (false when `half` is null). */
  readonly split: boolean;
}

function sendCost(p: CommMethodsParams, payload: number): StepPiece {
  const algorithm = p.algorithm ?? 'ring';
  const ar = (bytes: number) => collectiveTime({ collective: 'all-reduce', algorithm, ranks: p.tp, bytes, latency: p.latency, bandwidth: p.bandwidth });
  const m = p.methods;
  switch (m.compression) {
    case 'none':
      return { seconds: ar(payload), bytes: payload, encode: 0, decode: 0 };
    case 'int8':
    case 'fp8': {
      const c = quantizeMessage({ bytes: payload, from: 'fp16', to: m.compression, groupSize: 128, codecBytesPerSec: p.codecBytesPerSec });
      return { seconds: ar(c.compressedBytes), bytes: c.compressedBytes, encode: c.encodeSeconds, decode: c.decodeSeconds };
    }
    case 'topk': {
      const c = topKMessage({ bytes: payload, valueBits: 16, density: m.topkDensity, codecBytesPerSec: p.codecBytesPerSec });
      const gathered = p.tp * c.compressedBytes;
      const seconds = p.tp === 1 ? 0 : collectiveTime({ collective: 'all-gather', algorithm: algorithm === 'hierarchical' ? 'ring' : algorithm, ranks: p.tp, bytes: gathered, latency: p.latency, bandwidth: p.bandwidth });
      return { seconds, bytes: c.compressedBytes, encode: c.encodeSeconds, decode: (payload + gathered) / p.codecBytesPerSec };
    }
  }
}

function validate(p: CommMethodsParams): void {
  requirePositiveInt('layers', p.layers);
  requirePositiveInt('tp', p.tp);
  requireNonNegative('full.attentionSeconds', p.full.attentionSeconds);
  requireNonNegative('full.mlpSeconds', p.full.mlpSeconds);
  if (p.half) {
    requireNonNegative('half.attentionSeconds', p.half.attentionSeconds);
    requireNonNegative('half.mlpSeconds', p.half.mlpSeconds);
  }
  requireNonNegative('beforeSeconds', p.beforeSeconds);
  requireNonNegative('afterSeconds', p.afterSeconds);
  requireNonNegative('allReduceBytes', p.allReduceBytes);
  requireNonNegative('latency', p.latency);
  requirePositive('bandwidth', p.bandwidth);
  requirePositive('codecBytesPerSec', p.codecBytesPerSec);
  requireNonNegative('backgroundBytes', p.backgroundBytes);
  requirePositive('backgroundPageBytes', p.backgroundPageBytes);
  requireOneOf('methods.compression', p.methods.compression, COMPRESSION_KINDS);
  requireInRange('methods.topkDensity', p.methods.topkDensity, 0, 1);
  requirePositiveInt('methods.chunks', p.methods.chunks);
  if (p.methods.bucketBytes !== null) requirePositive('methods.bucketBytes', p.methods.bucketBytes);
  if (p.backgroundBytes / p.backgroundPageBytes > MAX_BACKGROUND_PAGES) {
    throw new EngineError('outOfRange', { field: 'backgroundPageBytes', value: p.backgroundPageBytes, min: p.backgroundBytes / MAX_BACKGROUND_PAGES });
  }
}

/** Most background pages one step schedules. */
export const MAX_BACKGROUND_PAGES = 100_000;

/** Background pages, merged into buckets when `bucketBytes` is set: the byte size of each message. */
export function backgroundMessages(totalBytes: number, pageBytes: number, bucketBytes: number | null): number[] {
  const pages = Math.ceil(requireNonNegative('backgroundBytes', totalBytes) / requirePositive('backgroundPageBytes', pageBytes));
  if (pages > MAX_BACKGROUND_PAGES) throw new EngineError('outOfRange', { field: 'backgroundPageBytes', value: pageBytes, min: totalBytes / MAX_BACKGROUND_PAGES });
  const sizes: number[] = [];
  for (let i = 0; i < pages; i++) sizes.push(Math.min(pageBytes, totalBytes - i * pageBytes));
  if (bucketBytes === null) return sizes;
  const perBucket = Math.max(1, Math.floor(requirePositive('bucketBytes', bucketBytes) / pageBytes));
  const merged: number[] = [];
  for (let i = 0; i < sizes.length; i += perBucket) merged.push(sizes.slice(i, i + perBucket).reduce((a, b) => a + b, 0));
  return merged;
}

/** Arrays reused by every call (the engine runs on one thread, and each call is done before it returns). */
const shared = newStepWorkspace();

/** Schedules the step (see the module comment). */
export function commMethodsTimeline(params: CommMethodsParams): CommMethodsResult {
  requireObject('p', params);
  validate(params);
  // A copy: the segments may be built later, from these very inputs.
  const p: CommMethodsParams = { ...params, full: { ...params.full }, half: params.half && { ...params.half }, methods: { ...params.methods } };
  const m = p.methods;
  const split = m.async && p.half !== null;
  const blocks = split ? (p.half as BlockSeconds) : p.full;
  const micro = split ? 2 : 1;
  const piece = sendCost(p, p.allReduceBytes / micro / m.chunks);
  const pages = backgroundMessages(p.backgroundBytes, p.backgroundPageBytes, m.bucketBytes);
  const background = { seconds: pages.map((bytes) => p.latency + bytes / p.bandwidth), bytes: pages };
  const step = {
    layers: p.layers, attentionSeconds: blocks.attentionSeconds, mlpSeconds: blocks.mlpSeconds, beforeSeconds: p.beforeSeconds, afterSeconds: p.afterSeconds,
    micro, chunks: m.chunks, tp: p.tp, priority: m.priority,
  };
  const run = scheduleStep(step, piece, background, shared);
  // Segments are read for a drawn step only: scheduled again then, in arrays of its own (the shared ones go to
  // the next call), and for a window only as far as the window reaches.
  let drawn: { readonly until: number; readonly view: StepSegments } | null = null;
  const segmentsUntil = (until: number): StepSegments => {
    if (drawn === null || drawn.until < until) {
      // Layers from the first whose attention starts at or after `until` on cannot reach back before it (they
      // come later in compute order, and their messages wait for their compute): scheduled through that layer only.
      let layers = p.layers;
      for (let l = 0; l < p.layers; l++) if (run.firstStart('attention', l) >= until) { layers = l + 1; break; }
      const own = scheduleStep({ ...step, layers }, piece, background, newStepWorkspace(), until);
      drawn = { until, view: stepSegments(own.schedule, own.meta) };
    }
    return drawn.view;
  };
  return {
    get segments() { return segmentsUntil(Infinity).segments; },
    segmentsBefore: (seconds: number) => segmentsUntil(Number.isNaN(seconds) ? Infinity : seconds).segmentsBefore(seconds),
    firstStart: (kind: StepTaskKind, layer: number) => run.firstStart(kind, layer),
    stepSeconds: run.stepSeconds,
    computeBusySeconds: run.schedule.computeBusySeconds,
    stallSeconds: Math.max(0, run.stepSeconds - run.schedule.computeBusySeconds),
    linkBusySeconds: run.schedule.linkBusySeconds,
    backgroundDoneSeconds: run.backgroundDoneSeconds,
    linkMessages: run.messages + pages.length,
    messageBytes: piece.bytes,
    codecSeconds: run.codecSeconds,
    split,
  };
}

/**
 * The chunk count (from `candidates`) that gives the shortest step with the
 * other methods as set, and the step time at each candidate — the α-versus-
 * overlap trade-off as a curve.
 */
export function chunkSweep(p: CommMethodsParams, candidates: readonly number[]): { best: number; points: readonly { chunks: number; stepSeconds: number }[] } {
  requireObject('p', p);
  requireArray('candidates', candidates);
  if (candidates.length === 0) throw new EngineError('missingField', { field: 'candidates' });
  const points = candidates.map((chunks) => ({ chunks, stepSeconds: commMethodsTimeline({ ...p, methods: { ...p.methods, chunks } }).stepSeconds }));
  let best = points[0] as { chunks: number; stepSeconds: number };
  for (const pt of points) if (pt.stepSeconds < best.stepSeconds) best = pt;
  return { best: best.chunks, points };
}
