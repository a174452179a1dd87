import { describe, expect, it } from 'vitest';
import { layoutCommGantt } from './layout.ts';

const base = {
  width: 1000, height: 400, window: [0, 10] as const, laneLabels: { compute: 'compute', link: 'link' }, axisTitle: 't', format: String,
};

describe('layoutCommGantt', () => {
  it('layoutCommGantt turns a gap on the compute lane into an idle bar of the same width', () => {
    const l = layoutCommGantt({ ...base, rows: [{ id: 'a', label: 'A', bars: [
      { lane: 'compute', kind: 'attention', startSeconds: 0, endSeconds: 2 },
      { lane: 'link', kind: 'all-reduce', startSeconds: 2, endSeconds: 5 },
      { lane: 'compute', kind: 'mlp', startSeconds: 5, endSeconds: 8 },
    ] }] });
    const compute = l.lanes[0]!;
    expect(compute.bars.map((b) => b.kind)).toEqual(['attention', 'idle', 'mlp']);
    const link = l.lanes[1]!;
    expect(compute.bars[1]!.width).toBeCloseTo(link.bars[0]!.width, 6);
  });
  it('layoutCommGantt clips bars to the window and drops those outside it', () => {
    const l = layoutCommGantt({ ...base, rows: [{ id: 'a', label: 'A', bars: [
      { lane: 'compute', kind: 'attention', startSeconds: 8, endSeconds: 14 },
      { lane: 'compute', kind: 'mlp', startSeconds: 20, endSeconds: 30 },
    ] }] });
    const bars = l.lanes[0]!.bars.filter((b) => b.kind !== 'idle');
    expect(bars).toHaveLength(1);
    expect(bars[0]!.x + bars[0]!.width).toBeCloseTo(l.plot.x + l.plot.width, 6);
  });
  it('layoutCommGantt puts each row title in a band above its lanes', () => {
    const l = layoutCommGantt({ ...base, height: 300, rows: [{ id: 'a', label: 'A', bars: [] }, { id: 'b', label: 'B', bars: [] }] });
    l.rowLabels.forEach((r, i) => {
      const firstLane = l.lanes[2 * i]!;
      expect(r.y + 24).toBeLessThanOrEqual(firstLane.y);
      if (i > 0) expect(r.y).toBeGreaterThanOrEqual(l.lanes[2 * i - 1]!.y + l.lanes[2 * i - 1]!.height);
    });
  });
});
