/**
 * Two-lane timeline geometry (compute above, host-link transfers below, stalls
 * marked in the compute lane) on a shared time axis. Numbers in, geometry out.
 */
import { layoutAxis, type AxisLayout } from '../axisLayout.ts';
import { makeScale, niceDomain } from '../scales.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont, type Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';

export interface GanttSegmentInput {
  readonly start: number;
  readonly end: number;
  readonly layer: number;
}

export interface OffloadGanttInput {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly { readonly id: string; readonly label: string; readonly segments: readonly GanttSegmentInput[] }[];
  readonly stalls: readonly GanttSegmentInput[];
  /** Time axis end (seconds); default the last segment end. */
  readonly timeMax?: number;
  readonly timeTitle: string;
  readonly timeFormat: TickFormat;
}

export interface GanttBar extends Rect {
  readonly lane: string;
  readonly layer: number;
}

export interface OffloadGanttLayout {
  readonly plot: Rect;
  readonly bars: readonly GanttBar[];
  readonly stallBars: readonly Rect[];
  readonly laneLabels: readonly { readonly x: number; readonly y: number; readonly text: string }[];
  readonly axis: AxisLayout;
}

export function layoutOffloadGantt(input: OffloadGanttInput): OffloadGanttLayout {
  const labelW = Math.max(...input.lanes.map((l) => estimateTextWidth(l.label, chartFont.tick))) + 16;
  const plot: Rect = { x: labelW, y: 40, width: input.width - labelW - 16, height: input.height - 40 - 70 };
  const end = input.timeMax ?? Math.max(1e-12, ...input.lanes.flatMap((l) => l.segments.map((s) => s.end)));
  const x = makeScale({ kind: 'linear', domain: niceDomain([0, end], 'linear', { includeZero: true }), range: [plot.x, plot.x + plot.width] });
  const laneH = plot.height / input.lanes.length;
  const bars: GanttBar[] = [];
  input.lanes.forEach((lane, i) => {
    for (const s of lane.segments) {
      const x0 = x.toPx(s.start);
      bars.push({ lane: lane.id, layer: s.layer, x: x0, y: plot.y + i * laneH + 6, width: Math.max(0.8, x.toPx(s.end) - x0), height: laneH - 12 });
    }
  });
  const stallBars = input.stalls.map((s) => ({ x: x.toPx(s.start), y: plot.y + 6, width: Math.max(0.8, x.toPx(s.end) - x.toPx(s.start)), height: laneH - 12 }));
  const laneLabels = input.lanes.map((l, i) => ({ x: labelW - 10, y: plot.y + (i + 0.5) * laneH, text: l.label }));
  const axis = layoutAxis(x, { orientation: 'bottom', plot, title: input.timeTitle, format: input.timeFormat, tickCount: 6 });
  return { plot, bars, stallBars, laneLabels, axis };
}
