/**
 * Memory-plan chart geometry: top panel, one box per buffer (x = the ops it
 * is live over, y = its offset in the arena); bottom panel, live bytes at each
 * op as steps. Both panels share the op axis. Numbers in, geometry out.
 */
import { layoutAxis, leftAxisWidth, tickLabels, type AxisLayout } from '../axisLayout.ts';
import { makeScale, niceDomain } from '../scales.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont, type Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';

export interface LifetimeBoxInput {
  readonly id: string;
  readonly label: string;
  readonly offset: number;
  readonly bytes: number;
  readonly start: number;
  readonly end: number;
}

export interface LifetimeChartInput {
  readonly width: number;
  readonly height: number;
  readonly opNames: readonly string[];
  readonly boxes: readonly LifetimeBoxInput[];
  readonly live: readonly number[];
  /** Arena size (top of the highest box). */
  readonly peakBytes: number;
  readonly lowerBoundBytes: number;
  /** Shared byte domain top (so switching strategy keeps the scale): default the data's max. */
  readonly bytesMax?: number;
  readonly bytesFormat: TickFormat;
  /** Ticks at multiples of this many bytes (e.g. 2^20 for MiB), so binary labels read as round numbers. */
  readonly bytesTickUnit?: number;
  readonly titles: { readonly offset: string; readonly live: string; readonly ops: string };
}

export interface BoxLayout extends Rect {
  readonly id: string;
  readonly label: string;
  /** Label shown only when it fits inside the box. */
  readonly showLabel: boolean;
}

export interface LifetimeChartLayout {
  readonly top: Rect;
  readonly bottom: Rect;
  readonly boxes: readonly BoxLayout[];
  readonly livePath: string;
  readonly peakY: number;
  readonly lowerBoundY: number;
  readonly liveLowerBoundY: number;
  readonly topAxis: AxisLayout;
  readonly liveAxis: AxisLayout;
  readonly opTicks: readonly { readonly x: number; readonly label: string }[];
  readonly opTitle: { readonly x: number; readonly y: number; readonly text: string };
  /** Index of the op with the most live bytes. */
  readonly peakOp: number;
  readonly peakOpX: number;
}

/** Font of the operator names under the live panel (≥ 15 so they read at 12 px on a 1280×720 projector). */
export const OP_FONT = 16;
const OP_ANGLE = (40 * Math.PI) / 180;

export function layoutLifetimeChart(input: LifetimeChartInput): LifetimeChartLayout {
  const { width, height, opNames, boxes, live } = input;
  const n = Math.max(1, opNames.length);
  const maxData = Math.max(1, input.peakBytes, ...live);
  const tickUnit = input.bytesTickUnit;
  const domain = niceDomain([0, input.bytesMax ?? maxData], 'linear', { includeZero: true, tickUnit });
  const probe = makeScale({ kind: 'linear', domain, range: [1, 0], tickUnit });
  const extent = Math.max(...tickLabels(probe, 4, input.bytesFormat).map((t) => estimateTextWidth(t.label, chartFont.tick)));
  const left = 8 + leftAxisWidth(extent);
  const right = width - 16;
  // Op names are rotated 40°: their room is the longest name's height at that angle, plus the axis title.
  // (The estimate is generous by about a fifth for Latin names; the title needs the room it saves.)
  const opNameWidth = 0.8 * Math.max(0, ...opNames.map((o) => estimateTextWidth(o, OP_FONT)));
  const opLabelRoom = Math.ceil(opNameWidth * Math.sin(OP_ANGLE) + OP_FONT * Math.cos(OP_ANGLE)) + 8 + chartFont.title + 6;
  // Room above each panel for its label: the arena line on top, the peak marker below.
  const gap = chartFont.label + 18;
  const topY = chartFont.label + 14;
  const topH = (height - opLabelRoom - gap - topY) * 0.64;
  const top: Rect = { x: left, y: topY, width: right - left, height: topH };
  const bottom: Rect = { x: left, y: top.y + topH + gap, width: right - left, height: height - opLabelRoom - (top.y + topH + gap) };
  const step = top.width / n;
  const xOf = (i: number) => top.x + i * step;
  const yTop = makeScale({ kind: 'linear', domain, range: [top.y + top.height, top.y], tickUnit });
  const yLive = makeScale({ kind: 'linear', domain, range: [bottom.y + bottom.height, bottom.y], tickUnit });

  const boxLayouts: BoxLayout[] = boxes.map((b) => {
    const x = xOf(b.start) + 2;
    const w = Math.max(2, (b.end - b.start + 1) * step - 4);
    const y = yTop.toPx(b.offset + b.bytes);
    const h = Math.max(1.5, yTop.toPx(b.offset) - y);
    return { id: b.id, label: b.label, x, y, width: w, height: h, showLabel: h >= chartFont.tick + 2 && w >= estimateTextWidth(b.label, chartFont.tick) + 6 };
  });

  let d = '';
  live.forEach((v, i) => {
    const y = yLive.toPx(v);
    d += `${i === 0 ? 'M' : 'L'}${xOf(i)},${y}L${xOf(i + 1)},${y}`;
  });
  let peakOp = 0;
  live.forEach((v, i) => { if (v > (live[peakOp] ?? 0)) peakOp = i; });

  const topAxis = layoutAxis(yTop, { orientation: 'left', plot: top, title: input.titles.offset, format: input.bytesFormat, tickCount: 4 });
  const liveAxis = layoutAxis(yLive, { orientation: 'left', plot: bottom, title: input.titles.live, format: input.bytesFormat, tickCount: 3 });
  return {
    top, bottom, boxes: boxLayouts, livePath: d,
    peakY: yTop.toPx(input.peakBytes), lowerBoundY: yTop.toPx(input.lowerBoundBytes), liveLowerBoundY: yLive.toPx(input.lowerBoundBytes),
    topAxis, liveAxis,
    opTicks: opNames.map((label, i) => ({ x: xOf(i) + step / 2, label })),
    opTitle: { x: top.x + top.width / 2, y: height - 6, text: input.titles.ops },
    peakOp, peakOpX: xOf(peakOp) + step / 2,
  };
}
