/**
 * Line chart geometry: several series on linear or log axes, with markers,
 * shaded x-ranges (e.g. "memory-bound"), vertical and horizontal reference
 * lines with labels (a ridge point, a capacity). Numbers in, geometry out.
 * Points a scale cannot place (non-finite, or ≤ 0 on a log axis) break the
 * line instead of producing NaN.
 */
import { line } from 'd3';
import { bottomAxisHeight, layoutAxis, leftAxisWidth, tickLabels, type AxisLayout } from '../axisLayout.ts';
import { layoutLegend, type LegendLayout } from '../legendLayout.ts';
import { seriesStyle, type MarkStyle } from '../palette.ts';
import { makeScale, niceDomain, type Scale, type ScaleKind } from '../scales.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont, defaultMargin, type Margin, type Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';

/* ---------- inputs ---------- */

export interface LineAxisSpec {
  readonly title: string;
  readonly kind?: ScaleKind;
  readonly format?: TickFormat;
  /** Fixed domain; default: nice domain around the data, reference lines and regions. */
  readonly domain?: readonly [number, number];
  readonly logBase?: 2 | 10;
  readonly tickUnit?: number;
  readonly tickCount?: number;
  /** Linear axes only: keep 0 in the domain (default true for y, false for x). */
  readonly includeZero?: boolean;
}

export interface LineSeriesInput {
  readonly id: string;
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Default: seriesStyle(index). */
  readonly style?: MarkStyle;
  /** Mark every n-th point; default all when ≤ 12 points, else about 8 along the line. */
  readonly markEvery?: number;
}

export interface RegionInput {
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
  readonly style?: MarkStyle;
}

export interface ReferenceLineInput {
  readonly id: string;
  readonly value: number;
  readonly label: string;
}

export interface LineChartInput {
  readonly width: number;
  readonly height: number;
  readonly x: LineAxisSpec;
  readonly y: LineAxisSpec;
  readonly series: readonly LineSeriesInput[];
  readonly regions?: readonly RegionInput[];
  /** Vertical lines at x values. */
  readonly xRefs?: readonly ReferenceLineInput[];
  /** Horizontal lines at y values. */
  readonly yRefs?: readonly ReferenceLineInput[];
  /** Show a legend above the plot (default true). */
  readonly legend?: boolean;
  /** Extra room around the plot; the legend, the readout line and the axes add their own. */
  readonly margin?: Partial<Margin>;
}

export const lineChartDefaults = {
  margin: { top: 8, right: defaultMargin.right, bottom: defaultMargin.bottom, left: defaultMargin.left },
  maxMarkers: 8,
  markAllUpTo: 12,
} as const;

/* ---------- outputs ---------- */

export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
  readonly px: number;
  readonly py: number;
  readonly marked: boolean;
}

export interface SeriesLayout {
  readonly id: string;
  readonly label: string;
  readonly style: MarkStyle;
  /** SVG path data; '' when no point could be placed. */
  readonly path: string;
  /** Points that could be placed. */
  readonly points: readonly PlacedPoint[];
}

export interface RegionLayout extends Rect {
  readonly id: string;
  readonly label: string;
  readonly style: MarkStyle;
  readonly labelX: number;
  readonly labelY: number;
}

export interface RefLineLayout {
  readonly id: string;
  readonly label: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAnchor: 'start' | 'end';
}

export interface LineChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: Rect;
  readonly xScale: Scale;
  readonly yScale: Scale;
  readonly xAxis: AxisLayout;
  readonly yAxis: AxisLayout;
  readonly series: readonly SeriesLayout[];
  readonly regions: readonly RegionLayout[];
  readonly xRefs: readonly RefLineLayout[];
  readonly yRefs: readonly RefLineLayout[];
  /** Legend entries (series order) above the plot; empty when the legend is off. */
  readonly legend: LegendLayout;
  /** Baseline of the hover readout line, between the legend and the plot. */
  readonly readoutY: number;
}

function usable(kind: ScaleKind, v: number): boolean {
  return Number.isFinite(v) && (kind !== 'log' || v > 0);
}

function axisDomain(spec: LineAxisSpec, values: number[], defaultZero: boolean): [number, number] {
  const kind = spec.kind ?? 'linear';
  if (spec.domain) return [spec.domain[0], spec.domain[1]];
  return niceDomain(values.filter((v) => usable(kind, v)), kind, { includeZero: spec.includeZero ?? defaultZero, tickUnit: spec.tickUnit, logBase: spec.logBase });
}

export function layoutLineChart(input: LineChartInput): LineChartLayout {
  const { width, height } = input;
  const margin = { ...lineChartDefaults.margin, ...input.margin };
  const xKind = input.x.kind ?? 'linear';
  const yKind = input.y.kind ?? 'linear';
  const regions = input.regions ?? [];
  const xRefs = input.xRefs ?? [];
  const yRefs = input.yRefs ?? [];

  const xDomain = axisDomain(input.x, [...input.series.flatMap((s) => s.points.map((p) => p.x)), ...regions.flatMap((r) => [r.x0, r.x1]), ...xRefs.map((r) => r.value)], false);
  const yDomain = axisDomain(input.y, [...input.series.flatMap((s) => s.points.map((p) => p.y)), ...yRefs.map((r) => r.value)], true);

  const legend = layoutLegend(input.legend === false ? [] : input.series.map((s) => ({ id: s.id, label: s.label })), {
    x: margin.left, y: margin.top, maxWidth: width - margin.left - margin.right,
  });
  const readoutY = margin.top + legend.height + chartFont.label * 1.1;
  // The y axis is sized first: its widest tick label sets the left margin, which sets the x range.
  const top = readoutY + chartFont.label * 0.6;
  const bottom = height - Math.max(margin.bottom, bottomAxisHeight());
  const yScale = makeScale({ kind: yKind, domain: yDomain, range: [bottom, top], logBase: input.y.logBase, tickUnit: input.y.tickUnit });
  const yLabels = tickLabels(yScale, input.y.tickCount ?? 5, input.y.format);
  const labelExtent = Math.max(0, ...yLabels.map((t) => estimateTextWidth(t.label, chartFont.tick)));
  const left = margin.left + leftAxisWidth(labelExtent);
  const right = width - margin.right;
  const plot: Rect = { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
  const xScale = makeScale({ kind: xKind, domain: xDomain, range: [plot.x, plot.x + plot.width], logBase: input.x.logBase, tickUnit: input.x.tickUnit });

  const xAxis = layoutAxis(xScale, { orientation: 'bottom', plot, title: input.x.title, format: input.x.format, tickCount: input.x.tickCount });
  const yAxis = layoutAxis(yScale, { orientation: 'left', plot, title: input.y.title, format: input.y.format, tickCount: input.y.tickCount });

  const inX = (v: number) => usable(xKind, v) && v >= xScale.domain[0] && v <= xScale.domain[1];
  const inY = (v: number) => usable(yKind, v);

  const series: SeriesLayout[] = input.series.map((s, index) => {
    const n = s.points.length;
    const every = s.markEvery ?? (n <= lineChartDefaults.markAllUpTo ? 1 : Math.ceil(n / lineChartDefaults.maxMarkers));
    const placed = s.points.map((p, i) => ({
      x: p.x, y: p.y,
      ok: inX(p.x) && inY(p.y),
      px: xScale.toPx(p.x),
      py: yScale.toPx(p.y),
      marked: i % Math.max(1, Math.round(every)) === 0 || i === n - 1,
    }));
    const path = line<(typeof placed)[number]>().defined((p) => p.ok).x((p) => p.px).y((p) => p.py)(placed) ?? '';
    return {
      id: s.id,
      label: s.label,
      style: s.style ?? seriesStyle(index),
      path: placed.some((p) => p.ok) ? path : '',
      points: placed.filter((p) => p.ok).map(({ x, y, px, py, marked }) => ({ x, y, px, py, marked })),
    };
  });

  const clampX = (px: number) => Math.min(plot.x + plot.width, Math.max(plot.x, px));
  const regionLayouts: RegionLayout[] = regions
    .filter((r) => usable(xKind, r.x0) && usable(xKind, r.x1))
    .map((r, i) => {
      const a = clampX(xScale.toPx(Math.min(r.x0, r.x1)));
      const b = clampX(xScale.toPx(Math.max(r.x0, r.x1)));
      return {
        id: r.id, label: r.label, style: r.style ?? seriesStyle(i + 4),
        x: a, y: plot.y, width: Math.max(0, b - a), height: plot.height,
        labelX: (a + b) / 2, labelY: plot.y + chartFont.label * 1.2,
      };
    })
    .filter((r) => r.width > 0);

  const xRefLayouts: RefLineLayout[] = xRefs
    .filter((r) => inX(r.value))
    .map((r) => {
      const px = xScale.toPx(r.value);
      // Label on the side with more room, so it stays inside the plot.
      const onRight = px < plot.x + plot.width / 2;
      return { id: r.id, label: r.label, x1: px, y1: plot.y, x2: px, y2: plot.y + plot.height, labelX: px + (onRight ? 8 : -8), labelY: plot.y + plot.height - 10, labelAnchor: onRight ? 'start' : 'end' };
    });

  const yRefLayouts: RefLineLayout[] = yRefs
    .filter((r) => inY(r.value) && r.value >= yScale.domain[0] && r.value <= yScale.domain[1])
    .map((r) => {
      const py = yScale.toPx(r.value);
      return { id: r.id, label: r.label, x1: plot.x, y1: py, x2: plot.x + plot.width, y2: py, labelX: plot.x + plot.width - 8, labelY: py - 8, labelAnchor: 'end' };
    });

  return { width, height, plot, xScale, yScale, xAxis, yAxis, series, regions: regionLayouts, xRefs: xRefLayouts, yRefs: yRefLayouts, legend, readoutY };
}

/** The placed point nearest to (px, py) over all series (for the hover readout), or null if there is none. */
export function nearestPoint(layout: LineChartLayout, px: number, py: number): { seriesId: string; point: PlacedPoint } | null {
  let best: { seriesId: string; point: PlacedPoint } | null = null;
  let bestDistance = Infinity;
  for (const s of layout.series) {
    for (const p of s.points) {
      // x distance dominates: the student scans along x; y only breaks ties between series.
      const d = Math.abs(p.px - px) * 4 + Math.abs(p.py - py);
      if (d < bestDistance) {
        bestDistance = d;
        best = { seriesId: s.id, point: p };
      }
    }
  }
  return best;
}
