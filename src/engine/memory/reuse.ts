import { requireOneOf } from '../errors.ts';
import type { LayerBuffer } from './lifetimes.ts';
import { liveBytesByOp } from './lifetimes.ts';

export type ReuseStrategy = 'none' | 'best-fit' | 'greedy-by-size';
export const REUSE_STRATEGIES: readonly ReuseStrategy[] = ['none', 'best-fit', 'greedy-by-size'];

export interface Placement {
  readonly id: string;
  readonly offset: number;
  readonly bytes: number;
  readonly start: number;
  readonly end: number;
}

export interface ReusePlan {
  readonly strategy: ReuseStrategy;
  readonly placements: readonly Placement[];
  /** Arena size: max(offset + bytes). */
  readonly peakBytes: number;
  /** max over ops of the live bytes: no offset plan can be smaller. */
  readonly lowerBoundBytes: number;
  /** Σ bytes of all buffers: the arena without reuse. */
  readonly totalBytes: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start <= b.end && b.start <= a.end;

/** Smallest gap between already-placed, time-overlapping buffers that holds `bytes` (best fit); the top if none does. */
function bestFitOffset(bytes: number, placed: readonly Placement[], buf: LayerBuffer): number {
  const busy = placed.filter((p) => overlaps(p, buf)).sort((p, q) => p.offset - q.offset);
  let best: number | null = null;
  let bestGap = Infinity;
  let cursor = 0;
  for (const p of busy) {
    const gap = p.offset - cursor;
    if (gap >= bytes && gap < bestGap) { best = cursor; bestGap = gap; }
    cursor = Math.max(cursor, p.offset + p.bytes);
  }
  return best ?? cursor;
}

/**
 * Offsets for a layer's buffers in one arena:
 *   none            each buffer its own range: peak = Σ bytes;
 *   best-fit        online, in execution order: each new buffer takes the
 *                   smallest gap among live buffers that holds it (what a
 *                   caching allocator does without knowing the future);
 *   greedy-by-size  offline: buffers sorted by size, largest first, each at
 *                   the best-fitting gap among placed buffers whose lifetimes
 *                   overlap (Pisarchyk & Lee's "Greedy by Size").
 * Both reuse plans are ≥ the lower bound max_i Σ live bytes at op i.
 * Ignores: alignment padding, allocator metadata.
 * Source: 'pisarchyk-2020-memory' Sec. 4.
 */
export function planReuse(buffers: readonly LayerBuffer[], strategy: ReuseStrategy, opCount: number): ReusePlan {
  requireOneOf('strategy', strategy, REUSE_STRATEGIES);
  const placements: Placement[] = [];
  if (strategy === 'none') {
    let offset = 0;
    for (const b of buffers) { placements.push({ id: b.id, offset, bytes: b.bytes, start: b.start, end: b.end }); offset += b.bytes; }
  } else {
    const order = strategy === 'greedy-by-size'
      ? [...buffers].sort((p, q) => q.bytes - p.bytes || p.start - q.start)
      : [...buffers].sort((p, q) => p.start - q.start);
    for (const b of order) placements.push({ id: b.id, offset: bestFitOffset(b.bytes, placements, b), bytes: b.bytes, start: b.start, end: b.end });
  }
  const peakBytes = placements.reduce((m, p) => Math.max(m, p.offset + p.bytes), 0);
  const lowerBoundBytes = Math.max(0, ...liveBytesByOp(buffers, opCount));
  const totalBytes = buffers.reduce((s, b) => s + b.bytes, 0);
  return { strategy, placements, peakBytes, lowerBoundBytes, totalBytes };
}
