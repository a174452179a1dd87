import { describe, expect, it } from 'vitest';
import { textBox, overlap } from '../labelPlacement.ts';
import { estimateTextWidth } from '../textWidth.ts';
import type { GraphLayout } from './layout.ts';
import { placeRemovalTags } from './tags.ts';

const FS = 16;
const layoutOf = (rects: Record<string, { x: number; y: number; width: number; height: number }>): GraphLayout =>
  ({ nodes: new Map(Object.entries(rects)), edges: [], hulls: [], bandTops: [] });

describe('placeRemovalTags', () => {
  it('puts a tag above its node, right-aligned, where the graph leaves room', () => {
    const layout = layoutOf({ a: { x: 100, y: 100, width: 90, height: 18 } });
    const spot = placeRemovalTags(layout, [{ id: 'a', text: '✕ fold' }], FS, 400, 300).get('a')!;
    expect(spot).toEqual({ x: 188, y: 96, anchor: 'end' });
  });

  it('in a column packed 4 px apart, the middle node’s tag covers no node: it goes to the side', () => {
    const rects = {
      top: { x: 100, y: 100, width: 90, height: 18 },
      mid: { x: 100, y: 122, width: 90, height: 18 },
      low: { x: 100, y: 144, width: 90, height: 18 },
      right: { x: 200, y: 122, width: 90, height: 18 },
    };
    const spot = placeRemovalTags(layoutOf(rects), [{ id: 'mid', text: '✕ CSE' }], FS, 400, 300).get('mid')!;
    const box = textBox(spot.x, spot.y, spot.anchor, estimateTextWidth('✕ CSE', FS), FS);
    for (const r of Object.values(rects)) expect(overlap(box, { x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height })).toBe(0);
    expect(spot.anchor).toBe('end');
    expect(spot.x).toBe(96);
  });

  it('two tags on neighbouring nodes do not cover each other', () => {
    const rects = { a: { x: 100, y: 100, width: 60, height: 18 }, b: { x: 164, y: 100, width: 60, height: 18 } };
    const spots = placeRemovalTags(layoutOf(rects), [{ id: 'a', text: '✕ layout' }, { id: 'b', text: '✕ layout' }], FS, 400, 300);
    const w = estimateTextWidth('✕ layout', FS);
    const [p, q] = [spots.get('a')!, spots.get('b')!];
    expect(overlap(textBox(p.x, p.y, p.anchor, w, FS), textBox(q.x, q.y, q.anchor, w, FS))).toBe(0);
  });
});
