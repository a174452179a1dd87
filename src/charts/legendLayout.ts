/** Legend geometry: entries laid out left to right, wrapping to new rows within a width. Pure. */
import { estimateTextWidth } from './textWidth.ts';
import { chartFont } from './theme.ts';

export interface LegendEntryInput {
  readonly id: string;
  readonly label: string;
}

export interface LegendEntryLayout {
  readonly id: string;
  readonly label: string;
  /** Swatch box top-left. */
  readonly x: number;
  readonly y: number;
  /** Text start (baseline at textY). */
  readonly textX: number;
  readonly textY: number;
}

export interface LegendLayout {
  readonly entries: readonly LegendEntryLayout[];
  readonly width: number;
  readonly height: number;
  readonly swatchWidth: number;
  readonly swatchHeight: number;
  readonly fontSize: number;
}

export interface LegendOptions {
  readonly x: number;
  readonly y: number;
  readonly maxWidth: number;
  readonly fontSize?: number;
}

const SWATCH_WIDTH = 40;
const GAP = 8;
const ENTRY_GAP = 24;

export function layoutLegend(items: readonly LegendEntryInput[], options: LegendOptions): LegendLayout {
  const fontSize = Math.max(chartFont.tick, options.fontSize ?? chartFont.tick);
  const rowHeight = fontSize * 1.5;
  const swatchHeight = fontSize * 0.9;
  const entries: LegendEntryLayout[] = [];
  let cx = 0;
  let row = 0;
  let width = 0;
  for (const item of items) {
    const w = SWATCH_WIDTH + GAP + estimateTextWidth(item.label, fontSize);
    if (cx > 0 && cx + w > options.maxWidth) {
      row += 1;
      cx = 0;
    }
    const top = options.y + row * rowHeight;
    entries.push({
      id: item.id,
      label: item.label,
      x: options.x + cx,
      y: top + (rowHeight - swatchHeight) / 2,
      textX: options.x + cx + SWATCH_WIDTH + GAP,
      textY: top + rowHeight / 2 + fontSize * 0.35,
    });
    width = Math.max(width, cx + w);
    cx += w + ENTRY_GAP;
  }
  return { entries, width, height: items.length === 0 ? 0 : (row + 1) * rowHeight, swatchWidth: SWATCH_WIDTH, swatchHeight, fontSize };
}
