/**
 * Axis geometry: ticks with positions and labels, the axis line, grid lines
 * and the title, for an axis along the bottom or the left of a plot. Pure: the
 * <Axis> component only draws this. Labels that would overlap are dropped
 * (the tick stays), so dense ticks never turn into a smear on the projector.
 */
import { formatNumber } from '../i18n/format.ts';
import type { Scale } from './scales.ts';
import { estimateTextWidth } from './textWidth.ts';
import { chartFont, type Rect } from './theme.ts';
import type { TickFormat } from './tickFormat.ts';

export type AxisOrientation = 'bottom' | 'left';

export interface AxisOptions {
  readonly orientation: AxisOrientation;
  /** The plot area the axis borders. */
  readonly plot: Rect;
  /** Axis title, with the unit when tick labels are bare numbers: "批大小 / batch size". */
  readonly title: string;
  readonly format?: TickFormat;
  /** About how many ticks (default: 6 along the bottom, 5 up the left). */
  readonly tickCount?: number;
  readonly tickFontSize?: number;
  readonly titleFontSize?: number;
  /** The drawing's width: a bottom title centred under the plot is slid left rather than run past it. */
  readonly chartWidth?: number;
}

export interface AxisTick {
  readonly value: number;
  /** Pixel position along the axis (x for bottom, y for left). */
  readonly pos: number;
  /** '' when the label was dropped to avoid overlap. */
  readonly label: string;
}

export interface AxisLayout {
  readonly orientation: AxisOrientation;
  readonly ticks: readonly AxisTick[];
  readonly line: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  /** Grid lines across the plot at each tick. */
  readonly grid: readonly { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }[];
  /** Where tick labels are anchored: x for a left axis (text-anchor end), y for a bottom axis (baseline). */
  readonly labelOffset: number;
  readonly title: { readonly x: number; readonly y: number; readonly text: string; readonly rotate: 0 | -90 };
  readonly tickFontSize: number;
  readonly titleFontSize: number;
  /** Width taken by the widest tick label (a left axis needs this much room plus the title). */
  readonly labelExtent: number;
}

export const TICK_LENGTH = 8;
const LABEL_GAP = 6;
const TITLE_GAP = 12;
const MIN_TICK_SPACING = 70;

/** Pixels a left axis needs between the plot's left edge and the chart's edge: labels, gap and a rotated title. */
export function leftAxisWidth(labelExtent: number, titleFontSize: number = chartFont.title): number {
  return TICK_LENGTH + LABEL_GAP + labelExtent + TITLE_GAP + titleFontSize + 4;
}

/** Pixels a bottom axis needs under the plot: tick, label line, title line. */
export function bottomAxisHeight(tickFontSize: number = chartFont.tick, titleFontSize: number = chartFont.title): number {
  return TICK_LENGTH + LABEL_GAP + tickFontSize + TITLE_GAP + titleFontSize + 6;
}

/** The tick values and labels of a scale, without geometry (a left axis measures these to size its margin). */
export function tickLabels(scale: Scale, count: number, format: TickFormat = formatNumber): { value: number; label: string }[] {
  return scale.ticks(count)
    .filter((v) => Number.isFinite(v) && v >= scale.domain[0] - Math.abs(scale.domain[0]) * 1e-9 && v <= scale.domain[1] + Math.abs(scale.domain[1]) * 1e-9)
    .map((value) => ({ value, label: format(value) }));
}

export function layoutAxis(scale: Scale, options: AxisOptions): AxisLayout {
  const { orientation, plot, title } = options;
  const tickFontSize = Math.max(chartFont.tick, options.tickFontSize ?? chartFont.tick);
  const titleFontSize = Math.max(chartFont.title, options.titleFontSize ?? chartFont.title);
  // About one tick per MIN_TICK_SPACING px, so a narrow (phone) chart asks for fewer ticks.
  const room = Math.max(2, Math.floor((orientation === 'bottom' ? plot.width : plot.height) / MIN_TICK_SPACING));
  const count = Math.min(options.tickCount ?? (orientation === 'bottom' ? 6 : 5), room);
  const raw = tickLabels(scale, count, options.format);
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;

  // Drop labels that would collide with the previous kept one (the ticks stay).
  const ticks: AxisTick[] = [];
  let lastEdge = -Infinity;
  for (const { value, label } of raw) {
    const pos = scale.toPx(value);
    const half = orientation === 'bottom' ? estimateTextWidth(label, tickFontSize) / 2 : tickFontSize * 0.6;
    const lowEdge = Math.min(pos - half, pos + half);
    const highEdge = Math.max(pos - half, pos + half);
    const ordered = orientation === 'bottom' ? lowEdge : -highEdge;
    // Bottom labels need a word-sized gap to read as separate values.
    const keep = ordered >= lastEdge + (orientation === 'bottom' ? 2 * LABEL_GAP : LABEL_GAP);
    if (keep) lastEdge = orientation === 'bottom' ? highEdge : -lowEdge;
    ticks.push({ value, pos, label: keep ? label : '' });
  }
  const labelExtent = Math.max(0, ...ticks.map((t) => estimateTextWidth(t.label, tickFontSize)));

  if (orientation === 'bottom') {
    return {
      orientation, ticks, tickFontSize, titleFontSize, labelExtent,
      line: { x1: plot.x, y1: bottom, x2: right, y2: bottom },
      grid: ticks.map((t) => ({ x1: t.pos, y1: plot.y, x2: t.pos, y2: bottom })),
      labelOffset: bottom + TICK_LENGTH + LABEL_GAP + tickFontSize * 0.8,
      // Centred under the plot, but never past the chart's right edge (when known) or its left edge (a narrow plot on a phone).
      title: { x: Math.max(Math.min(plot.x + plot.width / 2, (options.chartWidth ?? Infinity) - estimateTextWidth(title, titleFontSize) / 2 - 2), estimateTextWidth(title, titleFontSize) / 2 + 2), y: bottom + TICK_LENGTH + LABEL_GAP + tickFontSize + TITLE_GAP + titleFontSize * 0.8, text: title, rotate: 0 },
    };
  }
  const labelX = plot.x - TICK_LENGTH - LABEL_GAP;
  return {
    orientation, ticks, tickFontSize, titleFontSize, labelExtent,
    line: { x1: plot.x, y1: plot.y, x2: plot.x, y2: bottom },
    grid: ticks.map((t) => ({ x1: plot.x, y1: t.pos, x2: right, y2: t.pos })),
    labelOffset: labelX,
    title: { x: labelX - labelExtent - TITLE_GAP - titleFontSize * 0.3, y: plot.y + plot.height / 2, text: title, rotate: -90 },
  };
}
