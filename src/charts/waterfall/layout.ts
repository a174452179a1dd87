/**
 * Waterfall: a starting level, then one floating bar per step from the
 * previous level to the new one (the step's delta), then the final level as a
 * full bar. Steps not yet revealed keep their slot (the scale does not jump
 * when the presenter clicks on) but draw no bar. A level that cannot be
 * computed (e.g. the model does not fit) is a labelled gap, and the next level
 * restarts from zero. Numbers in, geometry out.
 */
import { layoutAxis, leftAxisWidth, tickLabels, type AxisLayout } from '../axisLayout.ts';
import { okabeIto, roles, type MarkStyle } from '../palette.ts';
import { makeScale, niceDomain } from '../scales.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont, type Rect } from '../theme.ts';
import type { TickFormat } from '../tickFormat.ts';

/* ---------- inputs ---------- */

export interface WaterfallStepInput {
  readonly id: string;
  /** Category label under the bar, one or two lines. */
  readonly label: readonly string[];
  /** The level after this step; null when it cannot be computed. */
  readonly value: number | null;
  readonly revealed: boolean;
}

export interface WaterfallInput {
  readonly width: number;
  readonly height: number;
  /** steps[0] is the starting level; every later step is drawn as its change. */
  readonly steps: readonly WaterfallStepInput[];
  /** Label of the closing full bar (the last revealed level); omit for none. */
  readonly totalLabel?: readonly string[];
  readonly better: 'lower' | 'higher';
  readonly axis: { readonly title: string; readonly format: TickFormat; readonly tickUnit?: number };
  readonly valueFormat: (value: number) => string;
  /** Signed change text, e.g. "−14 ms". */
  readonly deltaFormat: (delta: number) => string;
  /** Text in the slot of a level that cannot be computed. */
  readonly missingText: string;
  /** A horizontal reference (target, capacity). */
  readonly reference?: { readonly value: number; readonly label: string };
  /** Step emphasised as the current one. */
  readonly activeIndex?: number;
}

export const waterfallDefaults = {
  top: 8,
  /** Height of the line above the plot that names the reference line. */
  referenceLine: 24,
  right: 12,
  /** Room under the plot for two label lines. */
  labelLines: 2,
  barFill: 0.62,
  textGap: 6,
} as const;

/* ---------- outputs ---------- */

export type WaterfallBarKind = 'start' | 'better' | 'worse' | 'same' | 'total' | 'missing' | 'hidden';

export interface WaterfallBarLayout extends Rect {
  readonly id: string;
  readonly kind: WaterfallBarKind;
  readonly style: MarkStyle;
  /** Value or change printed above the bar ('' for hidden). */
  readonly text: string;
  readonly textX: number;
  readonly textY: number;
  readonly label: readonly string[];
  readonly labelX: number;
  readonly labelY: number;
  readonly active: boolean;
}

export interface WaterfallConnector {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

export interface WaterfallLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: Rect;
  readonly axis: AxisLayout;
  readonly bars: readonly WaterfallBarLayout[];
  readonly connectors: readonly WaterfallConnector[];
  /** The reference line across the plot, and its key (a short dashed stroke and its label) above the plot, right-aligned. */
  readonly reference: {
    readonly y: number; readonly x1: number; readonly x2: number;
    readonly label: string; readonly labelX: number; readonly labelY: number; readonly keyX1: number; readonly keyX2: number;
  } | null;
}

const betterStyle: MarkStyle = { color: okabeIto.bluishGreen, dash: '', marker: 'triangle', pattern: 'dots', ink: '#000000' };
const worseStyle: MarkStyle = { color: okabeIto.vermillion, dash: '10 5', marker: 'circle', pattern: 'diagonal', ink: '#000000' };
const sameStyle: MarkStyle = { color: okabeIto.skyBlue, dash: '3 4', marker: 'square', pattern: 'none', ink: '#000000' };

/** The style each kind of bar is drawn with (colour + texture, so direction is never told by colour alone). */
export const waterfallStyles: Readonly<Record<WaterfallBarKind, MarkStyle>> = {
  start: roles.baseline,
  total: roles.optimised,
  better: betterStyle,
  worse: worseStyle,
  same: sameStyle,
  missing: roles.idle,
  hidden: roles.idle,
};

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

export function layoutWaterfall(input: WaterfallInput): WaterfallLayout {
  const { width, height, steps } = input;
  const d = waterfallDefaults;
  const fs = chartFont.tick;
  const lastRevealed = steps.reduce((acc, s, i) => (s.revealed ? i : acc), -1);
  const finalValue = lastRevealed >= 0 ? steps[lastRevealed]?.value ?? null : null;
  const withTotal = input.totalLabel !== undefined;
  const slots = steps.length + (withTotal ? 1 : 0);

  const values = steps.map((s) => s.value).filter(finite);
  if (input.reference && Number.isFinite(input.reference.value)) values.push(input.reference.value);
  const max = Math.max(0, ...values);
  const [lo, hi] = niceDomain([0, max > 0 ? max * 1.08 : 1], 'linear', { includeZero: true, ...(input.axis.tickUnit ? { tickUnit: input.axis.tickUnit } : {}) });
  const labelBlock = d.labelLines * fs * 1.2 + 10;
  const plotTop = d.top + (input.reference ? d.referenceLine : 0) + fs + d.textGap;
  const plotBottom = height - labelBlock;
  const probe = makeScale({ kind: 'linear', domain: [lo, hi], range: [plotBottom, plotTop], ...(input.axis.tickUnit ? { tickUnit: input.axis.tickUnit } : {}) });
  const extent = Math.max(0, ...tickLabels(probe, 5, input.axis.format).map((t) => estimateTextWidth(t.label, fs)));
  const left = leftAxisWidth(extent);
  const plot: Rect = { x: left, y: plotTop, width: Math.max(40, width - left - d.right), height: Math.max(20, plotBottom - plotTop) };
  const scale = makeScale({ kind: 'linear', domain: [lo, hi], range: [plot.y + plot.height, plot.y], ...(input.axis.tickUnit ? { tickUnit: input.axis.tickUnit } : {}) });
  const axis = layoutAxis(scale, { orientation: 'left', plot, title: input.axis.title, format: input.axis.format, tickCount: 5 });

  const slot = plot.width / Math.max(1, slots);
  const barWidth = slot * d.barFill;
  const y = (v: number) => scale.toPx(v);
  const base = plot.y + plot.height;
  const labelY = base + fs + 8;
  const bars: WaterfallBarLayout[] = [];
  const connectors: WaterfallConnector[] = [];
  let prev: number | null = null;

  const push = (i: number, id: string, kind: WaterfallBarKind, from: number, to: number, text: string, label: readonly string[], active: boolean) => {
    const cx = plot.x + slot * (i + 0.5);
    const top = Math.min(y(from), y(to));
    const h = Math.abs(y(from) - y(to));
    bars.push({
      id, kind, style: waterfallStyles[kind], x: cx - barWidth / 2, y: top, width: barWidth, height: kind === 'hidden' || kind === 'missing' ? 0 : Math.max(h, 2),
      text, textX: cx, textY: (kind === 'hidden' || kind === 'missing' ? base - 10 : top - d.textGap),
      label, labelX: cx, labelY, active,
    });
  };

  steps.forEach((s, i) => {
    const active = input.activeIndex === i;
    if (!s.revealed) {
      push(i, s.id, 'hidden', 0, 0, '', s.label, active);
      return;
    }
    if (!finite(s.value)) {
      push(i, s.id, 'missing', 0, 0, input.missingText, s.label, active);
      prev = null;
      return;
    }
    if (prev === null) {
      push(i, s.id, 'start', 0, s.value, input.valueFormat(s.value), s.label, active);
    } else {
      const delta = s.value - prev;
      const same = Math.abs(delta) <= Math.abs(prev) * 1e-3;
      const improved = input.better === 'lower' ? delta < 0 : delta > 0;
      const kind: WaterfallBarKind = same ? 'same' : improved ? 'better' : 'worse';
      const last = bars[bars.length - 1];
      if (last) connectors.push({ x1: last.x + last.width, x2: plot.x + slot * (i + 0.5) - barWidth / 2, y: y(prev) });
      push(i, s.id, kind, prev, s.value, input.deltaFormat(delta), s.label, active);
    }
    prev = s.value;
  });

  if (withTotal) {
    const i = steps.length;
    if (finite(finalValue)) {
      const last = bars[bars.length - 1];
      if (last && last.kind !== 'hidden' && last.kind !== 'missing') connectors.push({ x1: last.x + last.width, x2: plot.x + slot * (i + 0.5) - barWidth / 2, y: y(finalValue) });
      push(i, 'total', 'total', 0, finalValue, input.valueFormat(finalValue), input.totalLabel ?? [], false);
    } else {
      push(i, 'total', 'missing', 0, 0, input.missingText, input.totalLabel ?? [], false);
    }
  }

  const ref = input.reference && Number.isFinite(input.reference.value) && input.reference.value > 0
    ? {
      y: y(input.reference.value), x1: plot.x, x2: plot.x + plot.width, label: input.reference.label,
      labelX: plot.x + plot.width, labelY: d.top + fs,
      keyX1: plot.x + plot.width - estimateTextWidth(input.reference.label, fs) - 56, keyX2: plot.x + plot.width - estimateTextWidth(input.reference.label, fs) - 10,
    }
    : null;
  return { width, height, plot, axis, bars, connectors, reference: ref };
}
