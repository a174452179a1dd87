/**
 * Colour, dash, marker and fill pattern for each thing the deck draws, named
 * by role. Colours are Okabe & Ito's colour-blind-safe set (Okabe & Ito 2008,
 * "Color Universal Design"); every role also has its own dash, marker and
 * pattern, so nothing is told by colour alone (and it survives greyscale print).
 */

export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * `color` as a text colour on the white page: the same hue, darkened (in linear light) just enough for
 * WCAG's 4.5:1 against #FFFFFF; colours already that dark come back unchanged. Lines and swatches keep
 * the Okabe–Ito colour (3:1 is enough for them); a label drawn in a line's colour uses this (vermillion
 * #D55E00 → #C15400, bluish green #009E73 → #008560, orange #E69F00 → #9D6B00, all about 4.6:1).
 */
export function textShadeOnWhite(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color;
  const channels = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255);
  const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const toSrgb = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
  const linear = channels.map(toLinear);
  const luminance = (l: readonly number[]) => 0.2126 * l[0]! + 0.7152 * l[1]! + 0.0722 * l[2]!;
  // 4.5:1 on white is a luminance of at most 1.05 / 4.5 − 0.05; aim a little under it so rounding cannot cross it.
  const target = 1.05 / 4.6 - 0.05;
  const lum = luminance(linear);
  if (lum <= target) return color;
  const k = target / lum;
  return `#${linear.map((c) => Math.floor(toSrgb(c * k) * 255).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** Neutral grey for "empty"/"idle" (not an Okabe–Ito hue on purpose: it means absence). */
export const neutralGrey = '#BBBBBB';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';
export type FillPattern = 'solid' | 'diagonal' | 'backDiagonal' | 'dots' | 'crosshatch' | 'horizontal' | 'vertical' | 'none';

export interface MarkStyle {
  /** Line or fill colour. */
  readonly color: string;
  /** SVG stroke-dasharray for lines ('' = solid). */
  readonly dash: string;
  readonly marker: MarkerShape;
  /** Texture over the fill of areas and bar segments. */
  readonly pattern: FillPattern;
  /** Text colour with enough contrast on `color` (WCAG ≥ 4.5:1). */
  readonly ink: '#000000' | '#FFFFFF';
}

const style = (color: string, dash: string, marker: MarkerShape, pattern: FillPattern, ink: MarkStyle['ink']): MarkStyle => ({ color, dash, marker, pattern, ink });

/** Roles used across the simulators: memory parts, time parts, before/after, limits. */
export const roles = {
  weights: style(okabeIto.blue, '', 'square', 'solid', '#FFFFFF'),
  kvCache: style(okabeIto.vermillion, '10 5', 'circle', 'diagonal', '#000000'),
  activations: style(okabeIto.bluishGreen, '3 4', 'triangle', 'dots', '#000000'),
  overhead: style(okabeIto.reddishPurple, '12 4 3 4', 'diamond', 'crosshatch', '#000000'),
  free: style(neutralGrey, '2 6', 'cross', 'none', '#000000'),
  compute: style(okabeIto.blue, '', 'square', 'solid', '#FFFFFF'),
  memory: style(okabeIto.vermillion, '10 5', 'circle', 'diagonal', '#000000'),
  communication: style(okabeIto.bluishGreen, '3 4', 'triangle', 'horizontal', '#000000'),
  idle: style(neutralGrey, '2 6', 'cross', 'none', '#000000'),
  baseline: style(okabeIto.black, '8 6', 'circle', 'backDiagonal', '#FFFFFF'),
  optimised: style(okabeIto.orange, '', 'diamond', 'dots', '#000000'),
  highlight: style(okabeIto.yellow, '', 'star', 'vertical', '#000000'),
} as const satisfies Record<string, MarkStyle>;

export type Role = keyof typeof roles;

/**
 * Styles for generic series in order (first series first). Every entry differs
 * from every other in colour, dash and marker; yellow is left out because a
 * thin yellow line vanishes on a white projector screen.
 */
export const seriesStyles: readonly MarkStyle[] = [
  style(okabeIto.blue, '', 'circle', 'solid', '#FFFFFF'),
  style(okabeIto.vermillion, '10 5', 'square', 'diagonal', '#000000'),
  style(okabeIto.bluishGreen, '3 4', 'triangle', 'dots', '#000000'),
  style(okabeIto.reddishPurple, '12 4 3 4', 'diamond', 'crosshatch', '#000000'),
  style(okabeIto.orange, '16 6', 'wye', 'horizontal', '#000000'),
  style(okabeIto.skyBlue, '4 2 4 8', 'star', 'backDiagonal', '#000000'),
  style(okabeIto.black, '1 5', 'cross', 'vertical', '#FFFFFF'),
];

/** The style of the i-th generic series (cycles after seven). */
export function seriesStyle(index: number): MarkStyle {
  const n = seriesStyles.length;
  return seriesStyles[((Math.trunc(index) % n) + n) % n] as MarkStyle;
}
