import { describe, expect, it } from 'vitest';
import { layoutRingSteps } from './layout.ts';

describe('layoutRingSteps', () => {
  const counts = [[1, 2, 1], [1, 1, 3], [1, 1, 1]];
  it('layoutRingSteps places p strips of p cells with fill = count / p', () => {
    const l = layoutRingSteps({ width: 600, height: 600, counts, sends: null });
    expect(l.ranks).toHaveLength(3);
    expect(l.ranks[1]?.cells[2]?.fill).toBeCloseTo(1);
    expect(l.ranks[1]?.cells[2]?.complete).toBe(true);
    expect(l.arrows).toHaveLength(0);
  });
  it('layoutRingSteps draws one arrow per send and marks the sent cell', () => {
    const l = layoutRingSteps({ width: 600, height: 600, counts, sends: [{ rank: 0, chunk: 1 }, { rank: 1, chunk: 0 }, { rank: 2, chunk: 2 }] });
    expect(l.arrows).toHaveLength(3);
    expect(l.ranks[0]?.cells[1]?.sending).toBe(true);
    for (const a of l.arrows) expect(a.path).not.toMatch(/NaN/);
  });
  it('layoutRingSteps in a wide, short box keeps 8 strips apart with cells of at least 15 px', () => {
    const eight = Array.from({ length: 8 }, () => Array.from({ length: 8 }, () => 1));
    const l = layoutRingSteps({ width: 700, height: 260, counts: eight, sends: null });
    const boxes = l.ranks.map((r) => ({ x0: r.cells[0]!.x, x1: r.cells[7]!.x + r.cells[7]!.size, y0: r.labelY - 18, y1: r.cells[0]!.y + r.cells[0]!.size }));
    expect(l.ranks[0]!.cells[0]!.size).toBeGreaterThanOrEqual(15);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(700);
      expect(a.y0).toBeGreaterThanOrEqual(0);
      expect(a.y1).toBeLessThanOrEqual(260);
    }
  });
});
