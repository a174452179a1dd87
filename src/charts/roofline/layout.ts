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
  /** Where the roof's label goes: on the flat part, right end. */
  readonly labelAt: { readonly x: number; readonly y: number };
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

export function layoutRooflineChart(input: RooflineChartInput): RooflineChartLayout {
  const { width, height, roofs } = input;
  const ridges = roofs.map((r) => r.peak / ((r.slopeFactor ?? 1) * r.bandwidth));
  const xs = [...input.points.map((p) => p.x), ...ridges].filter((v) => v > 0 && Number.isFinite(v));
  const ys = [...input.points.map((p) => p.y), ...roofs.map((r) => r.peak)].filter((v) => v > 0 && Number.isFinite(v));
  const xMin = decadeFloor(Math.min(...xs, 1) / 2);
  const xMax = decadeCeil(Math.max(...xs, 10) * 2);
  const yMax = decadeCeil(Math.max(...ys) * 1.5);
  const yMin = Math.max(decadeFloor(Math.min(...ys) / 2), yMax / 1e7);
  const yProbe = makeScale({ kind: 'log', domain: [yMin, yMax], range: [height, 0] });
  const labelExtent = Math.max(0, ...tickLabels(yProbe, 6, input.yFormat).map((l) => estimateTextWidth(l.label, chartFont.tick)));
  // right: room for half of the last x tick label ("10,000") centred on the plot edge.
  const margin = { top: 16, right: 40, bottom: 78, left: leftAxisWidth(labelExtent, chartFont.title) + 8 };
  const plot: Rect = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
  const xs_ = makeScale({ kind: 'log', domain: [xMin, xMax], range: [plot.x, plot.x + plot.width] });
  const ys_ = makeScale({ kind: 'log', domain: [yMin, yMax], range: [plot.y + plot.height, plot.y] });
  const clampY = (v: number) => Math.max(yMin, Math.min(yMax, v));
  const toX = (v: number) => xs_.toPx(v);
  const toY = (v: number) => ys_.toPx(clampY(v));
  const xAxis = layoutAxis(xs_, { orientation: 'bottom', plot, title: input.xTitle, format: input.xFormat, tickCount: 8, tickFontSize: chartFont.tick, titleFontSize: chartFont.title });
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
      labelAt: { x: plot.x + plot.width - 6, y: toY(r.peak) - 8 },
    };
  });
  // Roof labels sit above their flat part; push overlapping ones down so each stays readable.
  const order = roofLayouts.map((_, i) => i).sort((a, b) => roofLayouts[a]!.labelAt.y - roofLayouts[b]!.labelAt.y);
  let last = -Infinity;
  const placed = roofLayouts.map((r) => ({ ...r }));
  for (const i of order) {
    const y = Math.max(placed[i]!.labelAt.y, last + chartFont.label + 2);
    placed[i] = { ...placed[i]!, labelAt: { x: placed[i]!.labelAt.x, y } };
    last = y;
  }
  return {
    plot, xAxis, yAxis, roofs: placed, toX, toY,
    points: input.points.map((p) => ({ id: p.id, x: toX(p.x), y: toY(p.y) })),
  };
}
