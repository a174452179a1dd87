/** The deck's logical slide size; reveal.js scales it to the window with a CSS transform. */
export interface LogicalSize {
  readonly width: number;
  readonly height: number;
  readonly portrait: boolean;
}

export const LANDSCAPE: LogicalSize = { width: 1600, height: 900, portrait: false };
// Phones held upright get a tall, narrow slide: text wraps instead of
// shrinking to a sliver, and simulators (narrower than the kit's 720 px
// container breakpoint) stack their controls above the chart. 560 logical px
// wide puts a 390 px phone at scale ≈ 0.66, so 18 px simulator text reads at ≈ 12 px.
export const PORTRAIT: LogicalSize = { width: 560, height: 1040, portrait: true };

export function logicalSizeFor(windowWidth: number, windowHeight: number): LogicalSize {
  return windowHeight > windowWidth * 1.15 ? PORTRAIT : LANDSCAPE;
}
