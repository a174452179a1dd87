import { describe, expect, it } from 'vitest';
import { layoutLegend } from './legendLayout.ts';

describe('layoutLegend', () => {
  it('layoutLegend keeps entries on one row when they fit', () => {
    const l = layoutLegend([{ id: 'a', label: 'A100' }, { id: 'b', label: 'H100' }], { x: 10, y: 0, maxWidth: 800 });
    expect(new Set(l.entries.map((e) => e.y)).size).toBe(1);
    expect(l.entries[1]!.x).toBeGreaterThan(l.entries[0]!.textX);
  });
  it('layoutLegend wraps to a new row inside maxWidth', () => {
    const items = ['权重 weights', 'KV 缓存 KV cache', '激活 activations', '框架开销 overhead'].map((label, i) => ({ id: String(i), label }));
    const l = layoutLegend(items, { x: 0, y: 0, maxWidth: 360 });
    expect(new Set(l.entries.map((e) => e.y)).size).toBeGreaterThan(1);
    expect(l.width).toBeLessThanOrEqual(360);
    expect(l.height).toBeGreaterThan(l.swatchHeight * 2);
  });
  it('layoutLegend of nothing takes no room', () => {
    expect(layoutLegend([], { x: 0, y: 0, maxWidth: 100 }).height).toBe(0);
  });
});
