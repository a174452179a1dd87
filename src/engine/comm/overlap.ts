/**
 * Overlapping communication with computation.
 *
 * overlappedTime: T = C + M − f·min(C, M), for compute time C, communication
 * time M and overlap fraction f ∈ [0, 1] (f = 1: the shorter hides fully
 * under the longer, T = max(C, M); f = 0: serial, T = C + M). Ignores the
 * slowdown overlapped kernels inflict on each other (shared SMs and memory
 * bandwidth). Source: the overlap that ByteScheduler (Peng et al. 2019)
 * schedules for.
 *
 * chunkedTransferTime: a message of n bytes cut into c chunks that feed a
 * consumer computing for C seconds in total, as a two-stage pipeline:
 * a = α + nβ/c per chunk on the link, b = C/c per chunk of compute,
 * T(c) = a + b + (c − 1)·max(a, b). More chunks overlap more but pay α per
 * chunk (ByteScheduler's partition-size trade-off).
 */
import { requireInRange, requireNonNegative, requirePositive, requirePositiveInt, requireObject } from '../errors.ts';
import { requireCount } from '../limits.ts';

export interface OverlapResult {
  readonly seconds: number;
  readonly hiddenCommSeconds: number;
  readonly exposedCommSeconds: number;
}

export function overlappedTime(params: { computeSeconds: number; commSeconds: number; overlapFraction: number }): OverlapResult {
  requireObject('params', params);
  const c = requireNonNegative('computeSeconds', params.computeSeconds);
  const m = requireNonNegative('commSeconds', params.commSeconds);
  const f = requireInRange('overlapFraction', params.overlapFraction, 0, 1);
  const hidden = f * Math.min(c, m);
  return { seconds: c + m - hidden, hiddenCommSeconds: hidden, exposedCommSeconds: m - hidden };
}

export interface ChunkedTransferParams {
  readonly bytes: number;
  readonly latency: number;
  readonly bandwidth: number;
  /** Compute that consumes (or produces) the message, seconds, split evenly over the chunks. */
  readonly computeSeconds: number;
  readonly chunks: number;
}

export interface ChunkedTransferResult {
  readonly seconds: number;
  readonly chunkCommSeconds: number;
  readonly chunkComputeSeconds: number;
  readonly bound: 'communication' | 'compute';
}

export function chunkedTransferTime(params: ChunkedTransferParams): ChunkedTransferResult {
  requireObject('params', params);
  const n = requireNonNegative('bytes', params.bytes);
  const alpha = requireNonNegative('latency', params.latency);
  const bw = requirePositive('bandwidth', params.bandwidth);
  const compute = requireNonNegative('computeSeconds', params.computeSeconds);
  const c = requirePositiveInt('chunks', params.chunks);
  const a = alpha + n / bw / c;
  const b = compute / c;
  return { seconds: a + b + (c - 1) * Math.max(a, b), chunkCommSeconds: a, chunkComputeSeconds: b, bound: a >= b ? 'communication' : 'compute' };
}

/** Largest chunk count optimalChunkCount scans (each count is one evaluation). */
export const MAX_CHUNKS = 1 << 16;

/**
 * The chunk count in [1, maxChunks] minimising chunkedTransferTime (smallest
 * such count on ties). T(c) is convex-like but not smooth, so we scan: cheap
 * for the default cap of 1024.
 */
export function optimalChunkCount(params: Omit<ChunkedTransferParams, 'chunks'> & { maxChunks?: number }): { chunks: number; seconds: number } {
  requireObject('params', params);
  const maxChunks = requireCount('maxChunks', params.maxChunks ?? 1024, MAX_CHUNKS);
  let best = { chunks: 1, seconds: chunkedTransferTime({ ...params, chunks: 1 }).seconds };
  for (let c = 2; c <= maxChunks; c++) {
    const t = chunkedTransferTime({ ...params, chunks: c }).seconds;
    if (t < best.seconds) best = { chunks: c, seconds: t };
  }
  return best;
}
