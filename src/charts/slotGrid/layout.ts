/**
 * KV slot grid geometry: a pool of slots laid out row by row, each run of
 * same-state slots drawn as one rectangle per row it spans (so 16k slots cost
 * a few hundred rectangles). Numbers in, geometry out.
 */
import type { Rect } from '../theme.ts';

export interface SlotRunInput {
  readonly start: number;
  readonly length: number;
  readonly state: string;
  readonly owner: string;
}

export interface SlotGridInput {
  readonly width: number;
  readonly height: number;
  readonly poolSlots: number;
  readonly runs: readonly SlotRunInput[];
  /** Fixed columns (e.g. the block size × k); default chosen so cells are about square. */
  readonly columns?: number;
}

export interface SlotRect extends Rect {
  readonly state: string;
  readonly owner: string;
  /** First piece of its run (where the owner label goes). */
  readonly first: boolean;
}

export interface SlotGridLayout {
  readonly columns: number;
  readonly rows: number;
  readonly cell: number;
  readonly rects: readonly SlotRect[];
  /** Draw per-slot cell lines only when cells are big enough to see. */
  readonly showCells: boolean;
  readonly gridWidth: number;
  readonly gridHeight: number;
}

export function layoutSlotGrid(input: SlotGridInput): SlotGridLayout {
  const pool = Math.max(1, Math.floor(input.poolSlots));
  const columns = Math.max(1, Math.floor(input.columns ?? Math.ceil(Math.sqrt((pool * input.width) / input.height))));
  const rows = Math.ceil(pool / columns);
  const cell = Math.min(input.width / columns, input.height / rows);
  const rects: SlotRect[] = [];
  for (const run of input.runs) {
    let s = run.start;
    const end = run.start + run.length;
    let first = true;
    while (s < end) {
      const row = Math.floor(s / columns);
      const col = s % columns;
      const n = Math.min(end - s, columns - col);
      rects.push({ x: col * cell, y: row * cell, width: n * cell, height: cell, state: run.state, owner: run.owner, first });
      first = false;
      s += n;
    }
  }
  return { columns, rows, cell, rects, showCells: cell >= 6, gridWidth: columns * cell, gridHeight: rows * cell };
}
