/**
 * Chart sizes in the deck's logical pixels (slides are 1600×900 and scaled by
 * a CSS transform), chosen to be legible from the back of a lecture hall.
 */

export const chartFont = {
  /** Tick labels, legend entries, segment labels. */
  tick: 18,
  /** Axis titles. */
  title: 20,
  /** The hover readout line and annotation labels. */
  label: 18,
} as const;

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const defaultMargin: Margin = { top: 56, right: 32, bottom: 84, left: 24 };

/**
 * Opacity for content that is de-emphasised but still carries words (a
 * skipped step, a removed node, the series not hovered): the chart's dark
 * text (#111) stays above 4.5:1 on white at this opacity (≈ 5.9:1). Lines and
 * fills without words may fade further.
 */
export const fadedOpacity = 0.65;

/** Stroke widths: data lines must stay visible on a washed-out projector. */
export const strokes = { series: 3.5, axis: 2, grid: 1, reference: 2.5 } as const;

/**
 * Logical size of SimLayout's chart area on a 1600×900 slide (about 1500×680
 * under the heading, minus the controls, outputs and takeaway). A chart drawn
 * with this viewBox shows its fonts at their nominal size.
 */
export const simChartArea = {
  withOutputs: { width: 760, height: 540 },
  withoutOutputs: { width: 1080, height: 540 },
} as const;
