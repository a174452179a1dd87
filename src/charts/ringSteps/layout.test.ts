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
});
