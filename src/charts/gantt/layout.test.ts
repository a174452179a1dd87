import { describe, expect, it } from 'vitest';
import { roles } from '../palette.ts';
import { tickSeconds } from '../tickFormat.ts';
import { layoutGantt, type GanttInput } from './layout.ts';

const input: GanttInput = {
  width: 800, height: 500, rows: ['GPU 0', 'GPU 1'], lanes: ['compute', 'comm'],
  kinds: [{ id: 'c', label: 'Compute', style: roles.compute }, { id: 'm', label: 'Comm', style: roles.communication }],
  bars: [
    { row: 0, lane: 0, startSeconds: 0, endSeconds: 1, kind: 'c', text: 'A1' },
    { row: 1, lane: 1, startSeconds: 1, endSeconds: 3, kind: 'm' },
    { row: 0, lane: 0, startSeconds: 5, endSeconds: 6, kind: 'c' },
  ],
  window: [0, 2], axis: { title: 'Time', format: tickSeconds }, tail: ['… 76 more layers', '20 ms'],
};

describe('layoutGantt', () => {
  it('layoutGantt drops bars outside the window and clips bars crossing it', () => {
    const l = layoutGantt(input);
    expect(l.bars).toHaveLength(2);
    const clipped = l.bars.find((b) => b.kind === 'm');
    expect(clipped?.clipped).toBe(true);
    expect((clipped?.x ?? 0) + (clipped?.width ?? 0)).toBeCloseTo(l.plot.x + l.plot.width, 6);
  });
  it('layoutGantt places a bar of half the window over half the plot width', () => {
    const l = layoutGantt(input);
    const first = l.bars.find((b) => b.kind === 'c');
    expect(first?.width).toBeCloseTo(l.plot.width / 2, 6);
  });
  it('layoutGantt keeps everything inside the chart and one track per row lane', () => {
    const l = layoutGantt(input);
    expect(l.tracks).toHaveLength(4);
    expect(l.plot.x + l.plot.width).toBeLessThanOrEqual(800);
    expect(l.plot.y + l.plot.height).toBeLessThanOrEqual(500);
    for (const b of l.bars) expect(b.y + b.height).toBeLessThanOrEqual(l.plot.y + l.plot.height + 1e-9);
    expect(l.tail?.lines).toHaveLength(2);
  });
  it('layoutGantt ignores non-finite bar times instead of drawing NaN', () => {
    const l = layoutGantt({ ...input, bars: [{ row: 0, lane: 0, startSeconds: Number.NaN, endSeconds: 1, kind: 'c' }] });
    expect(l.bars).toHaveLength(0);
  });
});
