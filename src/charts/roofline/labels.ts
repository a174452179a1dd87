/**
 * Where a roofline's words go: each roof's name and peak, the ridge readouts
 * and the labelled points, placed so that none covers another or a point's
 * marker. Pure: a layout and label strings in, positions out.
 *
 * Greedy (labelPlacement.ts), in order of importance: roofs, ridge
 * readouts, then points.
 */
import { pickSpot, type Box, type PlacedLabel } from '../labelPlacement.ts';
import { estimateTextWidth } from '../textWidth.ts';
import type { RooflineChartLayout } from './layout.ts';

/** Half the side of the box a point's marker (and its highlight ring) covers. */
const MARKER = 11;

export interface RooflineLabelInput {
  readonly layout: RooflineChartLayout;
  /** The drawing's size: labels stay inside it. */
  readonly width: number;
  readonly height: number;
  /** Each roof's label, in layout.roofs order. */
  readonly roofLabels: readonly string[];
  readonly roofFontSize: number;
  /** Ridge readouts by roof ('' for none), stacked up from the plot's bottom. */
  readonly ridgeLabels: readonly string[];
  readonly ridgeFontSize: number;
  /** Labelled points: layout point id → text. */
  readonly pointLabels: ReadonlyMap<string, string>;
  readonly pointFontSize: number;
}

export interface RooflineLabels {
  readonly roofs: readonly PlacedLabel[];
  /** By roof; null where the roof has no ridge readout or its ridge is off the plot. */
  readonly ridges: readonly (PlacedLabel | null)[];
  readonly points: ReadonlyMap<string, PlacedLabel>;
}

export function placeRooflineLabels(input: RooflineLabelInput): RooflineLabels {
  const { layout, roofFontSize: rs, ridgeFontSize: gs, pointFontSize: ps } = input;
  const { plot } = layout;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const area: Box = { x0: 0, y0: 0, x1: input.width, y1: input.height };
  // Roof and ridge words stay over the plot (right of the y axis, above the x axis); the margin above it is theirs too.
  const inPlot: Box = { x0: plot.x, y0: 0, x1: input.width, y1: bottom };
  // Every marker is in the way of every label (a point's own label goes beside it).
  const taken: Box[] = layout.points.map((p) => ({ x0: p.x - MARKER, y0: p.y - MARKER, x1: p.x + MARKER, y1: p.y + MARKER }));

  // Roof labels, highest roof first: at the right end above the flat part (the reader's eye follows
  // the line there), else below it, else just past the ridge.
  const order = layout.roofs.map((_, i) => i).sort((a, b) => layout.roofs[a]!.ridge.y - layout.roofs[b]!.ridge.y);
  const roofs: PlacedLabel[] = [];
  for (const i of order) {
    const r = layout.roofs[i]!;
    const text = input.roofLabels[i] ?? '';
    const w = estimateTextWidth(text, rs);
    const y = r.ridge.y;
    const past = Math.max(plot.x, r.ridge.x) + 10;
    const before = Math.min(right, r.ridge.x) - 12;
    roofs[i] = pickSpot([
      { x: right - 6, y: y - 8, anchor: 'end' },
      { x: right - 6, y: y + rs + 4, anchor: 'end' },
      { x: past, y: y - 8, anchor: 'start' },
      { x: past, y: y + rs + 4, anchor: 'start' },
      { x: (past + right) / 2, y: y - 8, anchor: 'middle' },
      { x: (past + right) / 2, y: y + rs + 4, anchor: 'middle' },
      // Left of the ridge, level with the roof: above the slope, where no line runs.
      { x: before, y: y - 8, anchor: 'end' },
      { x: before, y: y - rs - 12, anchor: 'end' },
      // A line clear of the roof, for a marker sitting on it.
      { x: right - 6, y: y - rs - 12, anchor: 'end' },
      { x: right - 6, y: y + 2 * rs + 10, anchor: 'end' },
    ], w, rs, taken, inPlot);
  }

  // Ridge readouts: near the bottom of their dotted line, on the side where they fit.
  const ridges = layout.roofs.map((r, i) => {
    const text = input.ridgeLabels[i] ?? '';
    if (text === '' || r.ridge.x < plot.x || r.ridge.x > right) return null;
    const w = estimateTextWidth(text, gs);
    const rows = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => bottom - 10 - ((i + k) % 8) * (gs + 4));
    // Beside the dotted line on the side with room for the whole readout, else slid along it into the plot.
    const fitsRight = r.ridge.x + 6 + w <= right;
    const fitsLeft = r.ridge.x - 6 - w >= plot.x;
    const slid = Math.max(plot.x + 4, Math.min(r.ridge.x + 6, right - w));
    const sides: PlacedLabel[] = rows.flatMap((yy) => [
      ...(fitsRight || !fitsLeft ? [{ x: r.ridge.x + 6, y: yy, anchor: 'start' as const }] : []),
      ...(fitsLeft ? [{ x: r.ridge.x - 6, y: yy, anchor: 'end' as const }] : []),
      { x: slid, y: yy, anchor: 'start' as const },
    ]);
    // Else up and left of the ridge point itself: above the slope nothing is ever drawn.
    const upLeft = Math.max(plot.x + 4 + w, r.ridge.x - 10);
    for (let k = 0; k < 4; k++) sides.push({ x: upLeft, y: r.ridge.y - 12 - k * (gs + 4), anchor: 'end' });
    return pickSpot(sides, w, gs, taken, inPlot);
  });

  // Point labels: beside their marker, up-right first.
  const points = new Map<string, PlacedLabel>();
  for (const p of layout.points) {
    const text = input.pointLabels.get(p.id);
    if (text === undefined || text === '') continue;
    const w = estimateTextWidth(text, ps);
    points.set(p.id, pickSpot([
      { x: p.x + 12, y: p.y - 10, anchor: 'start' },
      { x: p.x + 12, y: p.y + ps + 4, anchor: 'start' },
      { x: p.x - 12, y: p.y - 10, anchor: 'end' },
      { x: p.x - 12, y: p.y + ps + 4, anchor: 'end' },
      { x: p.x, y: p.y - 16, anchor: 'middle' },
      { x: p.x, y: p.y + ps + 10, anchor: 'middle' },
      { x: p.x + 16, y: p.y + ps * 0.35, anchor: 'start' },
      { x: p.x - 16, y: p.y + ps * 0.35, anchor: 'end' },
    ], w, ps, taken, area));
  }
  return { roofs, ridges, points };
}
