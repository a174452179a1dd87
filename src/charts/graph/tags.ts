/**
 * Where a removed node's tag ("✕ fold", "✕ DCE" …) goes: beside its node,
 * clear of every node box and of the other tags where the graph leaves room
 * (above or below the node, else to its right or left). Pure: the layout in,
 * spots out (labelPlacement.ts).
 */
import { pickSpot, type Box, type PlacedLabel } from '../labelPlacement.ts';
import { estimateTextWidth } from '../textWidth.ts';
import type { GraphLayout } from './layout.ts';

export function placeRemovalTags(
  layout: GraphLayout, tags: readonly { readonly id: string; readonly text: string }[],
  fontSize: number, width: number, height: number,
): Map<string, PlacedLabel> {
  const area: Box = { x0: 0, y0: 0, x1: width, y1: height };
  const taken: Box[] = [...layout.nodes.values()].map((r) => ({ x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height }));
  const out = new Map<string, PlacedLabel>();
  for (const { id, text } of tags) {
    const r = layout.nodes.get(id);
    if (!r) continue;
    const w = estimateTextWidth(text, fontSize);
    const above = r.y - 4;
    const below = r.y + r.height + fontSize * 0.8 + 2;
    const middle = r.y + r.height / 2 + fontSize * 0.35;
    out.set(id, pickSpot([
      { x: r.x + r.width - 2, y: above, anchor: 'end' },
      { x: r.x + 2, y: above, anchor: 'start' },
      { x: r.x + r.width - 2, y: below, anchor: 'end' },
      { x: r.x + 2, y: below, anchor: 'start' },
      { x: r.x + r.width + 4, y: middle, anchor: 'start' },
      { x: r.x - 4, y: middle, anchor: 'end' },
    ], w, fontSize, taken, area));
  }
  return out;
}
