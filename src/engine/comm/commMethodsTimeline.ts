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
import { scheduleTwoLanes, type LaneSegment, type LaneTask } from './twoLaneSchedule.ts';

export const COMPRESSION_KINDS = ['none', 'int8', 'fp8', 'topk'] as const;
export type CompressionKind = (typeof COMPRESSION_KINDS)[number];

export type StepTaskKind = 'embed' | 'attention' | 'mlp' | 'head' | 'encode' | 'decode' | 'all-reduce' | 'background';

export interface StepTaskMeta {
  readonly kind: StepTaskKind;
  /** Layer index, −1 outside the layers. */
  readonly layer: number;
  readonly microBatch: number;
  readonly chunk: number;
  readonly bytes: number;
}

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

export interface CommMethodsResult {
  readonly segments: readonly LaneSegment<StepTaskMeta>[];
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

interface Sent { readonly seconds: number; readonly bytes: number; readonly encode: number; readonly decode: number }

function sendCost(p: CommMethodsParams, payload: number): Sent {
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

/** Schedules the step (see the module comment). */
export function commMethodsTimeline(p: CommMethodsParams): CommMethodsResult {
  requireObject('p', p);
  validate(p);
  const m = p.methods;
  const split = m.async && p.half !== null;
  const blocks = split ? (p.half as BlockSeconds) : p.full;
  const micro = split ? 2 : 1;
  const c = m.chunks;
  const piece = sendCost(p, p.allReduceBytes / micro / c);
  const tasks: LaneTask<StepTaskMeta>[] = [];
  const meta = (kind: StepTaskKind, layer: number, microBatch: number, chunk: number, bytes = 0): StepTaskMeta => ({ kind, layer, microBatch, chunk, bytes });

  tasks.push({ id: 'embed', lane: 'compute', seconds: p.beforeSeconds, deps: [], meta: meta('embed', -1, 0, 0) });
  const firstProducer = 'c0.0.0.0';
  backgroundMessages(p.backgroundBytes, p.backgroundPageBytes, m.bucketBytes).forEach((bytes, i) => {
    tasks.push({ id: `bg${i}`, lane: 'link', seconds: p.latency + bytes / p.bandwidth, deps: [firstProducer], priority: 1, meta: meta('background', -1, 0, i, bytes) });
  });

  // Per micro-batch: the all-reduces its next block must wait for.
  let pending: string[][] = Array.from({ length: micro }, () => []);
  let codec = 0;
  let messages = 0;
  // Decode blocks go on the compute lane right before the block that needs their result.
  const gateOf = (mb: number, tag: string, layer: number): string[] => {
    const waits = pending[mb] as string[];
    if (waits.length === 0) return ['embed'];
    if (piece.decode === 0) return waits;
    return waits.map((w, k) => {
      const id = `d${tag}.${mb}.${k}`;
      tasks.push({ id, lane: 'compute', seconds: piece.decode, deps: [w], meta: meta('decode', layer, mb, k) });
      codec += piece.decode;
      return id;
    });
  };
  for (let layer = 0; layer < p.layers; layer++) {
    for (const [b, kind] of (['attention', 'mlp'] as const).entries()) {
      const seconds = kind === 'attention' ? blocks.attentionSeconds : blocks.mlpSeconds;
      const nextPending: string[][] = [];
      for (let mb = 0; mb < micro; mb++) {
        const gate = gateOf(mb, `${layer}.${b}`, layer);
        const waits: string[] = [];
        for (let k = 0; k < c; k++) {
          const id = `c${layer}.${b}.${mb}.${k}`;
          tasks.push({ id, lane: 'compute', seconds: seconds / c, deps: k === 0 ? gate : [], meta: meta(kind, layer, mb, k) });
          if (p.tp === 1) continue;
          let producer = id;
          if (piece.encode > 0) {
            producer = `e${layer}.${b}.${mb}.${k}`;
            tasks.push({ id: producer, lane: 'compute', seconds: piece.encode, deps: [id], meta: meta('encode', layer, mb, k) });
            codec += piece.encode;
          }
          const sendId = `m${layer}.${b}.${mb}.${k}`;
          tasks.push({ id: sendId, lane: 'link', seconds: piece.seconds, deps: [producer], priority: 0, meta: meta('all-reduce', layer, mb, k, piece.bytes) });
          messages++;
          waits.push(sendId);
        }
        nextPending.push(waits);
      }
      pending = nextPending;
    }
  }
  const headDeps: string[] = [];
  for (let mb = 0; mb < micro; mb++) headDeps.push(...gateOf(mb, 'end', p.layers));
  tasks.push({ id: 'head', lane: 'compute', seconds: p.afterSeconds, deps: headDeps, meta: meta('head', -1, 0, 0) });

  const schedule = scheduleTwoLanes(tasks, m.priority ? 'priority' : 'fifo');
  let stepSeconds = 0;
  let backgroundDone = 0;
  let backgroundMessagesSent = 0;
  for (const s of schedule.segments) {
    if (s.lane === 'compute') stepSeconds = Math.max(stepSeconds, s.endSeconds);
    if (s.meta.kind === 'background') { backgroundDone = Math.max(backgroundDone, s.endSeconds); backgroundMessagesSent++; }
  }
  return {
    segments: schedule.segments,
    stepSeconds,
    computeBusySeconds: schedule.computeBusySeconds,
    stallSeconds: Math.max(0, stepSeconds - schedule.computeBusySeconds),
    linkBusySeconds: schedule.linkBusySeconds,
    backgroundDoneSeconds: backgroundDone,
    linkMessages: messages + backgroundMessagesSent,
    messageBytes: piece.bytes,
    codecSeconds: codec,
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
