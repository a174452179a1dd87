/**
 * Geometry of the ring all-reduce animation: p ranks on a circle, each with a
 * strip of p chunk cells showing how many contributions the chunk holds, and
 * one arrow per rank to its successor labelled with the chunk it sends in the
 * current step. Numbers in (counts from ringContributions, the step's
 * transfers), geometry out.
 */

export interface RingStepsInput {
  readonly width: number;
  readonly height: number;
  /** counts[rank][chunk], 1 … p. */
  readonly counts: readonly (readonly number[])[];
  /** The step being shown: which chunk each rank sends; null before the first step / after the last. */
  readonly sends: readonly { readonly rank: number; readonly chunk: number }[] | null;
}

export interface CellLayout {
  readonly chunk: number;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** Contributions summed / p, 0 … 1. */
  readonly fill: number;
  readonly count: number;
  readonly complete: boolean;
  /** This cell is being sent in the current step. */
  readonly sending: boolean;
}

export interface RankLayout {
  readonly rank: number;
  readonly cx: number;
  readonly cy: number;
  readonly labelY: number;
  readonly cells: readonly CellLayout[];
}

export interface ArrowLayout {
  readonly from: number;
  readonly path: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly chunk: number;
}

export interface RingStepsLayout {
  readonly width: number;
  readonly height: number;
  readonly ranks: readonly RankLayout[];
  readonly arrows: readonly ArrowLayout[];
}

export function layoutRingSteps({ width, height, counts, sends }: RingStepsInput): RingStepsLayout {
  const p = counts.length;
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(10, Math.min(width, height) / 2 - 40);
  const cell = Math.max(8, Math.min(30, (2 * Math.PI * radius) / p / (p + 1)));
  const angle = (r: number) => -Math.PI / 2 + (2 * Math.PI * r) / p;
  const sent = new Map((sends ?? []).map((s) => [s.rank, s.chunk]));
  const ranks: RankLayout[] = counts.map((row, rank) => {
    const x = cx + radius * Math.cos(angle(rank));
    const y = cy + radius * Math.sin(angle(rank));
    const left = x - (p * cell) / 2;
    return {
      rank, cx: x, cy: y, labelY: y - cell / 2 - 8,
      cells: row.map((count, chunk) => ({
        chunk, x: left + chunk * cell, y: y - cell / 2, size: cell,
        fill: count / p, count, complete: count === p, sending: sent.get(rank) === chunk,
      })),
    };
  });
  const arrows: ArrowLayout[] = sends === null ? [] : sends.map((s) => {
    const a0 = angle(s.rank);
    const a1 = angle((s.rank + 1) % p);
    // Arc just inside the ring so the arrows do not cross the rank strips.
    const r = radius - cell * 1.4;
    const pad = Math.min(0.35, Math.PI / p / 1.6);
    const start = a0 + pad;
    const end = a1 - pad + (a1 < a0 ? 2 * Math.PI : 0);
    const x0 = cx + r * Math.cos(start);
    const y0 = cy + r * Math.sin(start);
    const x1 = cx + r * Math.cos(end);
    const y1 = cy + r * Math.sin(end);
    const mid = (start + end) / 2;
    return {
      from: s.rank,
      path: `M ${x0.toFixed(1)} ${y0.toFixed(1)} A ${r.toFixed(1)} ${r.toFixed(1)} 0 0 1 ${x1.toFixed(1)} ${y1.toFixed(1)}`,
      labelX: cx + (r - 26) * Math.cos(mid),
      labelY: cy + (r - 26) * Math.sin(mid) + 6,
      chunk: s.chunk,
    };
  });
  return { width, height, ranks, arrows };
}
