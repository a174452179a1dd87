/**
 * Horizontal stacked bars (e.g. GPU memory: weights + KV cache + activations)
 * against a capacity line. Numbers in, geometry out: each segment's rectangle,
 * whether its label fits inside it, the capacity line and any overflow past
 * it. Negative or non-finite parts count as 0 and are listed in `invalid`.
 */
import { bottomAxisHeight, layoutAxis, type AxisLayout } from '../axisLayout.ts';
import { layoutLegend, type LegendLayout } from '../legendLayout.ts';
import { seriesStyle, type MarkStyle } from '../palette.ts';
import { makeScale, niceDomain, type Scale } from '../scales.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont, defaultMargin, type Margin, type Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';
import { formatNumber } from '../../i18n/format.ts';

/* ---------- inputs ---------- */

export interface SegmentInput {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** Default: seriesStyle of the segment's position. */
  readonly style?: MarkStyle;
}

export interface BarInput {
  readonly id: string;
  /** Row label left of the bar ('' for a single unlabelled bar). */
  readonly label: string;
  readonly segments: readonly SegmentInput[];
}

export interface StackedBarInput {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly BarInput[];
  readonly capacity?: { readonly value: number; readonly label: string };
  readonly axis: {
    readonly title: string;
    readonly format?: TickFormat;
    /** Ticks are nice in this unit (2^30 for GiB). */
    readonly tickUnit?: number;
    /** Fixed axis maximum; default: nice value above the largest total and the capacity. */
    readonly max?: number;
    readonly tickCount?: number;
  };
  /** Segment and total labels; default the axis format. */
  readonly valueFormat?: (value: number) => string;
  /** Text after the total of a bar past the capacity, given the excess (e.g. a => `超出 ${formatBytes(a, 'GB')}`). */
  readonly overflowLabel?: (excess: number) => string;
  /** Show a legend above the bars (default true). */
  readonly legend?: boolean;
  readonly margin?: Partial<Margin>;
}

export const stackedBarDefaults = {
  margin: { top: 8, right: defaultMargin.right, bottom: defaultMargin.bottom, left: defaultMargin.left },
  /** Thickest bar: more looks like a block, not a bar. */
  maxBarHeight: 110,
  /** Share of each row a bar fills. */
  barFill: 0.62,
  labelPadding: 8,
  /** Widest share of the plot the totals column may take before totals move above the bars. */
  maxTotalsShare: 0.3,
} as const;

/* ---------- outputs ---------- */

export interface SegmentLayout extends Rect {
  readonly barId: string;
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly style: MarkStyle;
  /** Label lines drawn centred in the segment; empty when nothing fits (the legend names it). */
  readonly text: readonly string[];
  readonly textX: number;
  readonly textY: number;
}

export interface BarLayout extends Rect {
  readonly id: string;
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly total: number;
  /** "Σ 29.8 GB" (+ the overflow label), drawn left-aligned right of the bar's end, or above the bar when the chart is narrow. */
  readonly totalText: string;
  readonly totalX: number;
  readonly totalY: number;
  /** The part past the capacity line, if any. */
  readonly overflow: (Rect & { readonly amount: number }) | null;
}

export interface StackedBarLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: Rect;
  readonly scale: Scale;
  readonly axis: AxisLayout;
  readonly bars: readonly BarLayout[];
  readonly segments: readonly SegmentLayout[];
  readonly capacity: { readonly x: number; readonly y1: number; readonly y2: number; readonly label: string; readonly labelX: number; readonly labelY: number; readonly labelAnchor: 'start' | 'end' } | null;
  readonly legend: LegendLayout;
  /** Baseline of the hover readout line (left-aligned at plot.x), between the legend and the bars. */
  readonly readoutY: number;
  /** Ids ("bar/segment") of parts whose value was negative or not finite and drawn as 0. */
  readonly invalid: readonly string[];
}

/** A part's drawable size: negatives and non-finite values count as 0; the cap keeps sums finite. */
const clean = (v: number) => (Number.isFinite(v) && v > 0 ? Math.min(v, 1e300) : 0);

export function layoutStackedBar(input: StackedBarInput): StackedBarLayout {
  const { width, height, bars } = input;
  const margin = { ...stackedBarDefaults.margin, ...input.margin };
  const format = input.valueFormat ?? input.axis.format ?? formatNumber;
  const fs = chartFont.tick;
  const invalid = bars.flatMap((b) => b.segments.filter((s) => !(Number.isFinite(s.value) && s.value >= 0)).map((s) => `${b.id}/${s.id}`));

  // Legend entries: each segment id once, in first-seen order.
  const legendItems: { id: string; label: string; style: MarkStyle }[] = [];
  for (const b of bars) for (const s of b.segments) {
    if (!legendItems.some((i) => i.id === s.id)) legendItems.push({ id: s.id, label: s.label, style: s.style ?? seriesStyle(legendItems.length) });
  }
  const styleOf = (id: string) => legendItems.find((i) => i.id === id)?.style ?? seriesStyle(0);
  const legend = layoutLegend(input.legend === false ? [] : legendItems, { x: margin.left, y: margin.top, maxWidth: width - margin.left - margin.right });

  const totals = bars.map((b) => b.segments.reduce((sum, s) => sum + clean(s.value), 0));
  const capacityValue = input.capacity && Number.isFinite(input.capacity.value) && input.capacity.value > 0 ? input.capacity.value : null;
  const domainMax = input.axis.max !== undefined && Number.isFinite(input.axis.max) && input.axis.max > 0
    ? input.axis.max
    : niceDomain([...totals, capacityValue ?? 0].map((v) => v * 1.04), 'linear', { includeZero: true, tickUnit: input.axis.tickUnit })[1];
  const totalText = (total: number) => {
    const over = capacityValue !== null && total > capacityValue && input.overflowLabel ? `  ✕ ${input.overflowLabel(total - capacityValue)}` : '';
    return `Σ ${format(total)}${over}`;
  };

  const rowLabelWidth = Math.max(0, ...bars.map((b) => estimateTextWidth(b.label, fs)));
  const totalsWidth = Math.max(0, ...totals.map((t) => estimateTextWidth(totalText(t), fs)));
  const top = margin.top + legend.height + (legend.height > 0 ? 8 : 0) + fs * 2.2; // room for the capacity label
  const left = margin.left + (rowLabelWidth > 0 ? rowLabelWidth + 16 : 0);
  // Totals sit right of each bar's end, unless that would squeeze the bars (a phone): then above each bar.
  const bottom = height - Math.max(margin.bottom, bottomAxisHeight());
  const roomAbove = (bottom - top) / Math.max(1, bars.length) >= fs * 3.5;
  const totalsAbove = roomAbove && totalsWidth + 12 > (width - margin.right - left) * stackedBarDefaults.maxTotalsShare;
  const right = width - margin.right - (totalsAbove ? 0 : totalsWidth + 12);
  const plot: Rect = { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
  const scale = makeScale({ kind: 'linear', domain: [0, domainMax], range: [plot.x, plot.x + plot.width], tickUnit: input.axis.tickUnit });
  const axis = layoutAxis(scale, { orientation: 'bottom', plot, title: input.axis.title, format: input.axis.format, tickCount: input.axis.tickCount });
  const px = (v: number) => Math.min(plot.x + plot.width, Math.max(plot.x, scale.toPx(v)));

  const rowHeight = plot.height / Math.max(1, bars.length);
  const totalLine = totalsAbove ? fs * 1.3 : 0;
  const barHeight = Math.min(stackedBarDefaults.maxBarHeight, (rowHeight - totalLine) * stackedBarDefaults.barFill);
  const pad = stackedBarDefaults.labelPadding;

  const segments: SegmentLayout[] = [];
  const barLayouts: BarLayout[] = bars.map((b, row) => {
    const y = plot.y + row * rowHeight + totalLine + (rowHeight - totalLine - barHeight) / 2;
    let acc = 0;
    for (const s of b.segments) {
      const v = clean(s.value);
      const x0 = px(acc);
      const x1 = px(acc + v);
      acc += v;
      const w = Math.max(0, x1 - x0);
      const valueText = format(v);
      const both = `${s.label} ${valueText}`;
      const fits = (t: string) => estimateTextWidth(t, fs) + 2 * pad <= w;
      let text: string[] = [];
      if (barHeight >= fs * 2.6 && fits(s.label) && fits(valueText)) text = [s.label, valueText];
      else if (fits(both)) text = [both];
      else if (fits(valueText)) text = [valueText];
      const lineHeight = fs * 1.2;
      segments.push({
        barId: b.id, id: s.id, label: s.label, value: v, style: styleOf(s.id),
        x: x0, y, width: w, height: barHeight,
        text, textX: x0 + w / 2, textY: y + barHeight / 2 - ((text.length - 1) * lineHeight) / 2 + fs * 0.35,
      });
    }
    const total = totals[row] ?? 0;
    const end = px(total);
    const overflow = capacityValue !== null && total > capacityValue
      ? { x: px(capacityValue), y: y - 4, width: end - px(capacityValue), height: barHeight + 8, amount: total - capacityValue }
      : null;
    return {
      id: b.id, label: b.label, x: plot.x, y, width: end - plot.x, height: barHeight,
      labelX: plot.x - 12, labelY: y + barHeight / 2 + fs * 0.35,
      total, totalText: totalText(total),
      totalX: totalsAbove ? plot.x : end + 8,
      totalY: totalsAbove ? y - 6 : y + barHeight / 2 + fs * 0.35,
      overflow,
    };
  });

  const capacity = capacityValue !== null && input.capacity
    ? (() => {
        const x = px(capacityValue);
        // Left of the line when it sits in the plot's right part, unless the label would run off the chart's
        // left edge there (a narrow chart on a phone) and fits on the right.
        const labelWidth = estimateTextWidth(input.capacity.label, chartFont.label);
        const fitsLeft = x - 8 - labelWidth >= 0;
        const fitsRight = x + 8 + labelWidth <= width;
        const onLeft = x > plot.x + plot.width * 0.6 ? fitsLeft || !fitsRight : !fitsRight && fitsLeft;
        return { x, y1: plot.y - fs * 1.6, y2: plot.y + plot.height, label: input.capacity.label, labelX: x + (onLeft ? -8 : 8), labelY: plot.y - fs * 1.8 + fs, labelAnchor: onLeft ? 'end' as const : 'start' as const };
      })()
    : null;

  return { width, height, plot, scale, axis, bars: barLayouts, segments, capacity, legend, readoutY: margin.top + legend.height + fs * 1.2, invalid };
}

