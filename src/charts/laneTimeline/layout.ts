/**
 * Lane timeline geometry (a Gantt chart): one lane per slot or resource,
 * segments placed by start and end time on a shared linear time axis. Used
 * for batch slots over time and for pipeline stages on their resources.
 * Numbers in, geometry out.
 */
import { bottomAxisHeight, layoutAxis, type AxisLayout } from '../axisLayout.ts';
import { layoutLegend, type LegendLayout } from '../legendLayout.ts';
import type { MarkStyle } from '../palette.ts';
import { makeScale, niceDomain, type Scale } from '../scales.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont, type Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';

export interface LaneInput {
  readonly id: string;
  readonly label: string;
}

export interface LaneSegmentInput {
  readonly lane: string;
  readonly start: number;
  readonly end: number;
  /** Key into `kinds` (its style and legend label). */
  readonly kind: string;
  /** Text drawn inside the segment when it is wide enough (e.g. a request id). */
  readonly text?: string;
}

export interface LaneKind {
  readonly id: string;
  readonly label: string;
  readonly style: MarkStyle;
}

export interface LaneTimelineInput {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly LaneInput[];
  readonly segments: readonly LaneSegmentInput[];
  readonly kinds: readonly LaneKind[];
  readonly timeTitle: string;
  readonly timeFormat?: TickFormat;
  /** Fixed time domain (e.g. to compare two schedules on one scale). */
  readonly timeDomain?: readonly [number, number];
}

export interface PlacedSegment extends Rect {
  readonly lane: string;
  readonly kind: string;
  readonly style: MarkStyle;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface PlacedLane extends Rect {
  readonly id: string;
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
}

export interface LaneTimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: Rect;
  readonly scale: Scale;
  readonly axis: AxisLayout;
  readonly lanes: readonly PlacedLane[];
  readonly segments: readonly PlacedSegment[];
  readonly legend: LegendLayout;
}

const LANE_GAP_FRACTION = 0.18;

export function layoutLaneTimeline(input: LaneTimelineInput): LaneTimelineLayout {
  const { width, height } = input;
  const labelWidth = Math.max(40, ...input.lanes.map((l) => estimateTextWidth(l.label, chartFont.tick))) + 16;
  const legend = layoutLegend(input.kinds.map((k) => ({ id: k.id, label: k.label })), { x: labelWidth, y: 4, maxWidth: width - labelWidth - 16 });
  const top = legend.height + 16;
  const bottom = bottomAxisHeight();
  const plot: Rect = { x: labelWidth, y: top, width: Math.max(40, width - labelWidth - 24), height: Math.max(40, height - top - bottom) };
  const ends = input.segments.map((s) => s.end).filter(Number.isFinite);
  const domain = input.timeDomain ?? niceDomain([0, ...ends], 'linear', { includeZero: true });
  const scale = makeScale({ kind: 'linear', domain: [domain[0], domain[1] > domain[0] ? domain[1] : domain[0] + 1], range: [plot.x, plot.x + plot.width] });
  const axis = layoutAxis(scale, { orientation: 'bottom', plot, title: input.timeTitle, format: input.timeFormat });
  const n = Math.max(1, input.lanes.length);
  const laneH = plot.height / n;
  const barH = laneH * (1 - LANE_GAP_FRACTION);
  const lanes: PlacedLane[] = input.lanes.map((l, i) => ({
    id: l.id, label: l.label, x: plot.x, y: plot.y + i * laneH, width: plot.width, height: laneH,
    labelX: plot.x - 10, labelY: plot.y + i * laneH + laneH / 2,
  }));
  const laneIndex = new Map(input.lanes.map((l, i) => [l.id, i]));
  const kindOf = new Map(input.kinds.map((k) => [k.id, k]));
  const segments: PlacedSegment[] = [];
  for (const s of input.segments) {
    const i = laneIndex.get(s.lane);
    const kind = kindOf.get(s.kind);
    if (i === undefined || !kind || !Number.isFinite(s.start) || !Number.isFinite(s.end) || s.end < s.start) continue;
    const x0 = scale.toPx(s.start);
    const x1 = scale.toPx(s.end);
    const w = Math.max(1, x1 - x0);
    const text = s.text !== undefined && estimateTextWidth(s.text, chartFont.tick) + 8 <= w && barH >= chartFont.tick ? s.text : '';
    segments.push({ lane: s.lane, kind: s.kind, style: kind.style, text, start: s.start, end: s.end, x: x0, y: plot.y + i * laneH + (laneH - barH) / 2, width: w, height: barH });
  }
  return { width, height, plot, scale, axis, lanes, segments, legend };
}
