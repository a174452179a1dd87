/**
 * Gantt chart geometry: one row per GPU, each split into lanes (compute,
 * communication), bars placed on a linear time axis over a window. Bars
 * outside the window are dropped and bars crossing its edge are clipped
 * (`clipped`), so a long step can show its first layers and a "…" tail with
 * the totals. Each row lane also gets an idle background rectangle, so gaps
 * (bubbles, waits) read as empty track, not as missing data. Pure.
 */
import { bottomAxisHeight, layoutAxis, type AxisLayout } from '../axisLayout.ts';
import { layoutLegend, type LegendLayout } from '../legendLayout.ts';
import type { MarkStyle } from '../palette.ts';
import { makeScale } from '../scales.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont, type Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';

/* ---------- inputs ---------- */

export interface GanttKind {
  readonly id: string;
  readonly label: string;
  readonly style: MarkStyle;
}

export interface GanttBarInput {
  readonly row: number;
  /** Index into `lanes`. */
  readonly lane: number;
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** Id of a `kinds` entry. */
  readonly kind: string;
  /** Short text drawn inside the bar when it fits (e.g. a micro-batch number). */
  readonly text?: string;
  /** Full description for hover and screen readers. */
  readonly title?: string;
}

export interface GanttInput {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly string[];
  readonly lanes: readonly string[];
  readonly bars: readonly GanttBarInput[];
  readonly kinds: readonly GanttKind[];
  /** Time shown, seconds: [start, end]. */
  readonly window: readonly [number, number];
  readonly axis: { readonly title: string; readonly format: TickFormat };
  /** Lines written right of a "…" break after the window (what is not drawn). */
  readonly tail?: readonly string[];
}

/* ---------- outputs ---------- */

export interface GanttBarLayout {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly kind: string;
  readonly style: MarkStyle;
  readonly text: string;
  readonly textX: number;
  readonly textY: number;
  readonly title: string;
  readonly clipped: boolean;
}

export interface GanttLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: Rect;
  readonly rowLabels: readonly { readonly text: string; readonly x: number; readonly y: number }[];
  readonly laneLabels: readonly { readonly text: string; readonly x: number; readonly y: number }[];
  readonly tracks: readonly Rect[];
  readonly bars: readonly GanttBarLayout[];
  readonly axis: AxisLayout;
  readonly legend: LegendLayout;
  readonly tail: { readonly breakX: number; readonly x: number; readonly lines: readonly { readonly text: string; readonly y: number }[] } | null;
  readonly readoutY: number;
}

export const ganttDefaults = {
  /** Lane labels and bar text: the smallest size that reads as 12 px on a 1280×720 projector (the deck scales a 1600×900 slide by 0.78 there). */
  smallFont: 16,
  rowGap: 6,
  laneGap: 2,
  minLaneHeight: 8,
  tailGap: 14,
} as const;

export function layoutGantt(input: GanttInput): GanttLayout {
  const { width, height, rows, lanes, kinds } = input;
  const font = chartFont.tick;
  const legend0 = layoutLegend(kinds.map((k) => ({ id: k.id, label: k.label })), { x: 0, y: 0, maxWidth: width - 16 });
  const legend = layoutLegend(kinds.map((k) => ({ id: k.id, label: k.label })), { x: 8, y: 4, maxWidth: width - 16 });
  const top = legend0.height + 8 + font * 1.4;
  const rowLabelWidth = Math.max(0, ...rows.map((r) => estimateTextWidth(r, font)));
  const laneLabelWidth = lanes.length > 1 ? Math.max(0, ...lanes.map((l) => estimateTextWidth(l, ganttDefaults.smallFont))) : 0;
  const left = 8 + rowLabelWidth + 10 + laneLabelWidth + (laneLabelWidth > 0 ? 8 : 0);
  const tailWidth = input.tail && input.tail.length > 0 ? Math.max(...input.tail.map((t) => estimateTextWidth(t, font))) + ganttDefaults.tailGap * 2 + 12 : 12;
  const bottom = bottomAxisHeight();
  const plot: Rect = { x: left, y: top, width: Math.max(40, width - left - tailWidth), height: Math.max(20, height - top - bottom) };

  const rowCount = Math.max(1, rows.length);
  const rowHeight = plot.height / rowCount;
  const laneCount = Math.max(1, lanes.length);
  const laneHeight = Math.max(ganttDefaults.minLaneHeight, (rowHeight - ganttDefaults.rowGap - (laneCount - 1) * ganttDefaults.laneGap) / laneCount);
  const laneY = (row: number, lane: number) => plot.y + row * rowHeight + ganttDefaults.rowGap / 2 + lane * (laneHeight + ganttDefaults.laneGap);

  const [w0, w1raw] = input.window;
  const w1 = w1raw > w0 ? w1raw : w0 + 1e-9;
  const scale = makeScale({ kind: 'linear', domain: [w0, w1], range: [plot.x, plot.x + plot.width] });
  const axis = layoutAxis(scale, { orientation: 'bottom', plot, title: input.axis.title, format: input.axis.format });

  const tracks: Rect[] = [];
  for (let r = 0; r < rows.length; r++) for (let l = 0; l < laneCount; l++) tracks.push({ x: plot.x, y: laneY(r, l), width: plot.width, height: laneHeight });

  const styleOf = new Map(kinds.map((k) => [k.id, k]));
  const bars: GanttBarLayout[] = [];
  input.bars.forEach((b, i) => {
    const kind = styleOf.get(b.kind);
    if (!kind || !Number.isFinite(b.startSeconds) || !Number.isFinite(b.endSeconds)) return;
    if (b.endSeconds <= w0 || b.startSeconds >= w1 || b.endSeconds <= b.startSeconds) return;
    const s = Math.max(b.startSeconds, w0);
    const e = Math.min(b.endSeconds, w1);
    const x = scale.toPx(s);
    const barWidth = Math.max(1, scale.toPx(e) - x);
    const y = laneY(b.row, b.lane);
    const text = b.text ?? '';
    const fits = text.length > 0 && estimateTextWidth(text, ganttDefaults.smallFont) + 6 <= barWidth && laneHeight >= ganttDefaults.smallFont;
    bars.push({
      key: `${i}`, x, y, width: barWidth, height: laneHeight, kind: b.kind, style: kind.style,
      text: fits ? text : '', textX: x + barWidth / 2, textY: y + laneHeight / 2 + ganttDefaults.smallFont * 0.35,
      title: b.title ?? kind.label, clipped: b.startSeconds < w0 || b.endSeconds > w1,
    });
  });

  const rowLabels = rows.map((text, r) => ({ text, x: 8, y: plot.y + r * rowHeight + rowHeight / 2 + font * 0.35 }));
  // Thin lanes (many GPUs in a short cell) name their lanes on the first row only, so the labels never overlap.
  const labelledRows = laneHeight + ganttDefaults.laneGap >= ganttDefaults.smallFont + 2 ? rows : rows.slice(0, 1);
  const laneLabels = lanes.length > 1
    ? labelledRows.flatMap((_, r) => lanes.map((text, l) => ({ text, x: left - 8, y: laneY(r, l) + laneHeight / 2 + ganttDefaults.smallFont * 0.35 })))
    : [];
  const tail = input.tail && input.tail.length > 0
    ? {
      breakX: plot.x + plot.width + ganttDefaults.tailGap / 2,
      x: plot.x + plot.width + ganttDefaults.tailGap + 12,
      lines: input.tail.map((text, i) => ({ text, y: plot.y + plot.height / 2 + (i - (input.tail!.length - 1) / 2) * font * 1.4 })),
    }
    : null;
  return { width, height, plot, rowLabels, laneLabels, tracks, bars, axis, legend, tail, readoutY: top - 6 };
}
