/**
 * Geometry of the ring all-reduce animation: p ranks on an ellipse that fills
 * the box (a circle in a square box), each with a
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

/** Room above a strip for its rank label, logical px. */
const LABEL_ROOM = 26;
const GAP = 6;

interface Placement { readonly cell: number; readonly rx: number; readonly ry: number }

/**
 * The largest cell (8–30 px) for which p strips on an ellipse filling the
 * box do not overlap one another (label included): a wide, short stage cell
 * gets a flat ring with readable cells instead of a small circle.
 */
function place(width: number, height: number, p: number): Placement {
  const angle = (r: number) => -Math.PI / 2 + (2 * Math.PI * r) / p;
  for (let cell = 30; cell > 8; cell -= 0.5) {
    const rx = Math.max(10, width / 2 - (p * cell) / 2 - GAP);
    const ry = Math.max(10, height / 2 - cell / 2 - LABEL_ROOM - GAP);
    const boxes = Array.from({ length: p }, (_, r) => {
      const x = rx * Math.cos(angle(r));
      const y = ry * Math.sin(angle(r));
      return { x0: x - (p * cell) / 2, x1: x + (p * cell) / 2, y0: y - cell / 2 - LABEL_ROOM, y1: y + cell / 2 };
    });
    const clash = boxes.some((a, i) => boxes.some((b, j) => j > i
      && a.x0 < b.x1 + GAP && b.x0 < a.x1 + GAP && a.y0 < b.y1 + GAP && b.y0 < a.y1 + GAP));
    if (!clash) return { cell, rx, ry };
  }
  return { cell: 8, rx: Math.max(10, width / 2 - 4 * p - GAP), ry: Math.max(10, height / 2 - 4 - LABEL_ROOM - GAP) };
}

export function layoutRingSteps({ width, height, counts, sends }: RingStepsInput): RingStepsLayout {
  const p = counts.length;
  const cx = width / 2;
  const cy = height / 2 + LABEL_ROOM / 2;
  const { cell, rx, ry } = place(width, height, p);
  const angle = (r: number) => -Math.PI / 2 + (2 * Math.PI * r) / p;
  const sent = new Map((sends ?? []).map((s) => [s.rank, s.chunk]));
  const ranks: RankLayout[] = counts.map((row, rank) => {
    const x = cx + rx * Math.cos(angle(rank));
    const y = cy + ry * Math.sin(angle(rank));
    const left = x - (p * cell) / 2;
    return {
      rank, cx: x, cy: y, labelY: y - cell / 2 - 8,
      cells: row.map((count, chunk) => ({
        chunk, x: left + chunk * cell, y: y - cell / 2, size: cell,
        fill: count / p, count, complete: count === p, sending: sent.get(rank) === chunk,
      })),
    };
  });
  // Arrows run on an ellipse just inside the strips, so they never cross them.
  const ax = Math.max(10, rx - (p * cell) / 2 - 14);
  const ay = Math.max(10, ry - cell / 2 - 16);
  const arrows: ArrowLayout[] = sends === null ? [] : sends.map((s) => {
    const a0 = angle(s.rank);
    const a1 = angle((s.rank + 1) % p);
    const pad = Math.min(0.35, Math.PI / p / 1.6);
    const start = a0 + pad;
    const end = a1 - pad + (a1 < a0 ? 2 * Math.PI : 0);
    const x0 = cx + ax * Math.cos(start);
    const y0 = cy + ay * Math.sin(start);
    const x1 = cx + ax * Math.cos(end);
    const y1 = cy + ay * Math.sin(end);
    const mid = (start + end) / 2;
    return {
      from: s.rank,
      path: `M ${x0.toFixed(1)} ${y0.toFixed(1)} A ${ax.toFixed(1)} ${ay.toFixed(1)} 0 0 1 ${x1.toFixed(1)} ${y1.toFixed(1)}`,
      labelX: cx + Math.max(0, ax - 30) * Math.cos(mid),
      labelY: cy + Math.max(0, ay - 22) * Math.sin(mid) + 6,
      chunk: s.chunk,
    };
  });
  return { width, height, ranks, arrows };
}
