/**
 * Roofline chart geometry: log-log axes, one roof per (peak, bandwidth),
 * ridge markers and placed points. Numbers in, pixels out.
 * A roof is y = min(peak, k · bandwidth · x); k = 1 for FLOP/byte axes,
 * k = 2 for the TPU paper's MAC-ops-per-byte axis against ops/s.
 */
import { layoutAxis, leftAxisWidth, tickLabels, type AxisLayout } from '../axisLayout.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { makeScale } from '../scales.ts';
import { chartFont, type Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';

export interface RoofInput {
  readonly id: string;
  readonly label: string;
  readonly peak: number;
  readonly bandwidth: number;
  /** Operations per x unit per byte (2 on the TPU paper's MAC axis). */
  readonly slopeFactor?: number;
}

export interface RooflinePointInput {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface RooflineChartInput {
  readonly width: number;
  readonly height: number;
  readonly roofs: readonly RoofInput[];
  readonly points: readonly RooflinePointInput[];
  readonly xTitle: string;
  readonly yTitle: string;
  readonly xFormat: TickFormat;
  readonly yFormat: TickFormat;
}

export interface RoofLayout {
  readonly id: string;
  readonly label: string;
  readonly path: string;
  readonly ridgeX: number;
  readonly ridge: { readonly x: number; readonly y: number };
}

export interface RooflineChartLayout {
  readonly plot: Rect;
  readonly xAxis: AxisLayout;
  readonly yAxis: AxisLayout;
  readonly roofs: readonly RoofLayout[];
  readonly points: readonly { readonly id: string; readonly x: number; readonly y: number }[];
  readonly toX: (v: number) => number;
  readonly toY: (v: number) => number;
}

const decadeFloor = (v: number) => Math.pow(10, Math.floor(Math.log10(v)));
const decadeCeil = (v: number) => Math.pow(10, Math.ceil(Math.log10(v)));

const ridgesOf = (roofs: readonly RoofInput[]) => roofs.map((r) => r.peak / ((r.slopeFactor ?? 1) * r.bandwidth));

/** The y range in data units: whole decades around the points and the roofs' peaks. */
function yDomain(roofs: readonly RoofInput[], points: readonly RooflinePointInput[]): { readonly yMin: number; readonly yMax: number } {
  const ys = [...points.map((p) => p.y), ...roofs.map((r) => r.peak)].filter((v) => v > 0 && Number.isFinite(v));
  const yMax = decadeCeil(Math.max(...ys, 1) * 1.5);
  const yMin = Math.max(decadeFloor(Math.min(...ys, yMax) / 2), yMax / 1e7);
  return { yMin, yMax };
}

/** Space around the plot: above for the top roof's label, below for the x ticks and title. */
const MARGIN_TOP = 16;
const MARGIN_BOTTOM = 78;
/** Vertical distance two roof labels' baselines need (one line of their font, see labels.ts). */
const LABEL_PITCH = chartFont.label + 2;

/**
 * The chart height at which every roof's label sits on its own roof, none
 * pushed off it by its neighbour: the closest two peaks (in decades) must be a
 * label line apart on the log axis. Used where the chart may grow (the
 * explore view draws every peak a device has, 2× apart: INT4, INT8, FP16,
 * TF32); 0 for fewer than two distinct peaks.
 */
export function rooflineHeightForLabels(roofs: readonly RoofInput[], points: readonly RooflinePointInput[]): number {
  const peaks = roofs.map((r) => r.peak).filter((v) => v > 0 && Number.isFinite(v)).sort((a, b) => a - b);
  let closest = Infinity;
  for (let i = 1; i < peaks.length; i++) {
    const gap = Math.log10(peaks[i]! / peaks[i - 1]!);
    if (gap > 0) closest = Math.min(closest, gap);
  }
  if (!Number.isFinite(closest)) return 0;
  const { yMin, yMax } = yDomain(roofs, points);
  return Math.ceil((LABEL_PITCH * Math.log10(yMax / yMin)) / closest + MARGIN_TOP + MARGIN_BOTTOM);
}

export function layoutRooflineChart(input: RooflineChartInput): RooflineChartLayout {
  const { width, height, roofs } = input;
  const ridges = ridgesOf(roofs);
  const xs = [...input.points.map((p) => p.x), ...ridges].filter((v) => v > 0 && Number.isFinite(v));
  const xMin = decadeFloor(Math.min(...xs, 1) / 2);
  const xMax = decadeCeil(Math.max(...xs, 10) * 2);
  const { yMin, yMax } = yDomain(roofs, input.points);
  const yProbe = makeScale({ kind: 'log', domain: [yMin, yMax], range: [height, 0] });
  const labelExtent = Math.max(0, ...tickLabels(yProbe, 6, input.yFormat).map((l) => estimateTextWidth(l.label, chartFont.tick)));
  // right: room for half of the last x tick label ("10,000") centred on the plot edge.
  const margin = { top: MARGIN_TOP, right: 40, bottom: MARGIN_BOTTOM, left: leftAxisWidth(labelExtent, chartFont.title) + 8 };
  const plot: Rect = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
  const xs_ = makeScale({ kind: 'log', domain: [xMin, xMax], range: [plot.x, plot.x + plot.width] });
  const ys_ = makeScale({ kind: 'log', domain: [yMin, yMax], range: [plot.y + plot.height, plot.y] });
  const clampY = (v: number) => Math.max(yMin, Math.min(yMax, v));
  const toX = (v: number) => xs_.toPx(v);
  const toY = (v: number) => ys_.toPx(clampY(v));
  const xAxis = layoutAxis(xs_, { orientation: 'bottom', plot, chartWidth: width, title: input.xTitle, format: input.xFormat, tickCount: 8, tickFontSize: chartFont.tick, titleFontSize: chartFont.title });
  const yAxis = layoutAxis(ys_, { orientation: 'left', plot, title: input.yTitle, format: input.yFormat, tickCount: 6, tickFontSize: chartFont.tick, titleFontSize: chartFont.title });
  const roofLayouts = roofs.map((r, i) => {
    const k = (r.slopeFactor ?? 1) * r.bandwidth;
    const ridge = ridges[i]!;
    // Start the slope where it enters the plot (at yMin or xMin, whichever is later).
    const x0 = Math.max(xMin, yMin / k);
    const pts: [number, number][] = [[x0, Math.min(r.peak, k * x0)]];
    if (ridge > x0 && ridge < xMax) pts.push([ridge, r.peak]);
    pts.push([xMax, Math.min(r.peak, k * xMax)]);
    const path = pts.map(([x, y], j) => `${j === 0 ? 'M' : 'L'}${toX(x).toFixed(1)},${toY(y).toFixed(1)}`).join('');
    return {
      id: r.id, label: r.label, path, ridgeX: ridge,
      ridge: { x: toX(ridge), y: toY(r.peak) },
    };
  });
  return {
    plot, xAxis, yAxis, roofs: roofLayouts, toX, toY,
    points: input.points.map((p) => ({ id: p.id, x: toX(p.x), y: toY(p.y) })),
  };
}
