/**
 * Before-vs-after bars: one row per metric (each in its own unit), a baseline
 * bar above an optimised bar, both scaled to the row's larger value, the two
 * values printed at the bar ends and the change written out ("3.0× faster").
 * Numbers in, geometry out.
 */
import { layoutLegend, type LegendLayout } from '../legendLayout.ts';
import { roles, type MarkStyle } from '../palette.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont, type Rect } from '../theme.ts';

/* ---------- inputs ---------- */

export interface BeforeAfterRowInput {
  readonly id: string;
  /** Metric name, one or two lines (e.g. ['TPOT', 'ms per token']). */
  readonly label: readonly string[];
  readonly before: number;
  readonly after: number;
  /** Value text with unit. */
  readonly format: (value: number) => string;
  readonly better: 'lower' | 'higher';
  /**
   * Hide the optimised value (it answers a question the room has not answered
   * yet): its bar is not drawn, its value reads `masked`, and no change is written.
   */
  readonly masked?: string;
}

export interface BeforeAfterInput {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly BeforeAfterRowInput[];
  readonly legend: { readonly before: string; readonly after: string };
  /** Change text from the improvement factor (≥ 1 better, < 1 worse) and the row's direction. */
  readonly changeText: (factor: number, row: BeforeAfterRowInput) => string;
}

export const beforeAfterDefaults = {
  padding: 8,
  barGap: 3,
  rowGap: 8,
  maxBarHeight: 30,
  labelGap: 14,
} as const;

/* ---------- outputs ---------- */

export interface BarPart extends Rect {
  readonly style: MarkStyle;
  readonly valueText: string;
  readonly textX: number;
  readonly textY: number;
}

export interface BeforeAfterRowLayout {
  readonly id: string;
  readonly label: readonly string[];
  readonly labelX: number;
  readonly labelY: number;
  readonly before: BarPart;
  readonly after: BarPart;
  /** after better than before by this factor (> 1 better, < 1 worse, 1 same); NaN when undefined. */
  readonly factor: number;
  readonly changeText: string;
  readonly changeX: number;
  readonly changeY: number;
}

export interface BeforeAfterLayout {
  readonly width: number;
  readonly height: number;
  readonly legend: LegendLayout;
  readonly rows: readonly BeforeAfterRowLayout[];
}

const clean = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);

export function layoutBeforeAfter(input: BeforeAfterInput): BeforeAfterLayout {
  const { width, height, rows } = input;
  const d = beforeAfterDefaults;
  const fs = chartFont.tick;
  const legend = layoutLegend([{ id: 'before', label: input.legend.before }, { id: 'after', label: input.legend.after }], { x: d.padding, y: d.padding, maxWidth: width - 2 * d.padding });
  const top = d.padding + legend.height + 10;
  const labelWidth = Math.max(0, ...rows.flatMap((r) => r.label.map((l) => estimateTextWidth(l, fs))));
  const barsX = d.padding + labelWidth + d.labelGap;
  const texts = rows.map((r) => ({ before: r.format(r.before), after: r.masked ?? r.format(r.after), factor: r.masked === undefined ? improvement(r) : NaN }));
  const changeTexts = rows.map((r, i) => (r.masked === undefined ? input.changeText(texts[i]?.factor ?? NaN, r) : ''));
  const changeWidth = Math.max(0, ...changeTexts.map((c) => estimateTextWidth(c, fs))) + d.labelGap;
  const valueWidth = Math.max(0, ...texts.flatMap((t) => [estimateTextWidth(t.before, fs), estimateTextWidth(t.after, fs)])) + 10;
  const barsMax = Math.max(20, width - d.padding - changeWidth - valueWidth - barsX);
  const rowHeight = (height - top - d.padding) / Math.max(1, rows.length);
  const barHeight = Math.max(8, Math.min(d.maxBarHeight, (rowHeight - d.rowGap - d.barGap) / 2));

  const layoutRows = rows.map((r, i): BeforeAfterRowLayout => {
    const y = top + i * rowHeight + (rowHeight - (2 * barHeight + d.barGap)) / 2;
    // A masked row scales to the baseline alone, so the hidden value leaves no trace in the geometry.
    const max = r.masked === undefined ? Math.max(clean(r.before), clean(r.after)) : clean(r.before);
    const len = (v: number) => (max > 0 ? (clean(v) / max) * barsMax : 0);
    const t = texts[i] as { before: string; after: string; factor: number };
    const part = (v: number, yy: number, style: MarkStyle, text: string): BarPart => ({
      x: barsX, y: yy, width: len(v), height: barHeight, style, valueText: text,
      textX: barsX + len(v) + 8, textY: yy + barHeight / 2 + fs * 0.35,
    });
    const lineHeight = fs * 1.2;
    return {
      id: r.id,
      label: r.label,
      labelX: d.padding,
      labelY: y + barHeight + d.barGap / 2 - ((r.label.length - 1) * lineHeight) / 2 + fs * 0.35,
      before: part(r.before, y, roles.baseline, t.before),
      after: part(r.masked === undefined ? r.after : 0, y + barHeight + d.barGap, roles.optimised, t.after),
      factor: t.factor,
      changeText: changeTexts[i] ?? '',
      changeX: width - d.padding,
      changeY: y + barHeight + d.barGap / 2 + fs * 0.35,
    };
  });
  return { width, height, legend, rows: layoutRows };
}

/** How many times better `after` is than `before` in the row's direction. */
export function improvement(r: Pick<BeforeAfterRowInput, 'before' | 'after' | 'better'>): number {
  const b = clean(r.before);
  const a = clean(r.after);
  if (b === 0 || a === 0) return NaN;
  return r.better === 'lower' ? b / a : a / b;
}
