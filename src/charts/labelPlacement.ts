/**
 * Greedy placement of chart words: each label tries a short list of
 * candidate spots in order of preference; the first that covers nothing
 * already taken and stays in the drawing wins, and if every spot covers
 * something the least bad is taken (a label is never dropped). Text boxes
 * are estimated (textWidth.ts). Pure: boxes and candidates in, a spot out.
 */

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  /** Text anchor point (SVG x, baseline y). */
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
}

export interface Box { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

export function textBox(x: number, y: number, anchor: Anchor, width: number, size: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // Baseline y: the glyphs rise about 0.8 em above it and descend 0.2 em.
  return { x0, y0: y - size * 0.8, x1: x0 + width, y1: y + size * 0.2 };
}

export const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Area of `box` outside `area` (a pixel of slack: a glyph's estimated box may graze the edge). */
const outside = (box: Box, area: Box): number =>
  (box.x1 - box.x0) * (box.y1 - box.y0) - overlap(box, { x0: area.x0 - 1, y0: area.y0 - 1, x1: area.x1 + 1, y1: area.y1 + 1 });

/**
 * Picks the first of `candidates` whose text box (`width` × `size`) overlaps
 * nothing in `taken` and stays in `area`, else the least bad; adds its box to
 * `taken`.
 */
export function pickSpot(candidates: readonly PlacedLabel[], width: number, size: number, taken: Box[], area: Box): PlacedLabel {
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const c of candidates) {
    const box = textBox(c.x, c.y, c.anchor, width, size);
    // Leaving the drawing is worse than covering something: clipped text cannot be read at all.
    let cost = outside(box, area) * 4;
    for (const t of taken) cost += overlap(box, t);
    if (cost < bestCost) { best = c; bestCost = cost; }
    // Under a pixel of overlap (rounding at an edge) counts as none.
    if (cost <= 1) break;
  }
  taken.push(textBox(best.x, best.y, best.anchor, width, size));
  return best;
}
