import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartFont } from '../theme.ts';
import { tickSeconds } from '../tickFormat.ts';
import { layoutLineChart, nearestPoint, type LineChartInput } from './layout.ts';

const batches = [1, 2, 4, 8, 16, 32, 64, 128];
const input: LineChartInput = {
  width: 760,
  height: 480,
  x: { title: 'batch', kind: 'log', logBase: 2 },
  y: { title: 'latency', kind: 'log', format: tickSeconds },
  series: [
    { id: 'a100', label: 'A100', points: batches.map((b) => ({ x: b, y: 0.012 * Math.max(1, b / 40) })) },
    { id: 'h100', label: 'H100', points: batches.map((b) => ({ x: b, y: 0.007 * Math.max(1, b / 60) })) },
  ],
  regions: [{ id: 'mb', x0: 1, x1: 40, label: 'memory-bound' }],
  xRefs: [{ id: 'ridge', value: 40, label: 'ridge' }],
  yRefs: [{ id: 'slo', value: 0.05, label: 'SLO' }],
};

describe('layoutLineChart', () => {
  it('layoutLineChart keeps the plot inside the chart with room for the left axis labels', () => {
    const l = layoutLineChart(input);
    expect(l.plot.x).toBeGreaterThan(l.yAxis.labelExtent);
    expect(l.plot.x + l.plot.width).toBeLessThanOrEqual(760);
    expect(l.plot.y + l.plot.height).toBeLessThan(480 - chartFont.tick);
    expect(l.plot.y).toBeGreaterThan(l.legend.height);
  });

  it('layoutLineChart places points increasing left to right and up for larger y', () => {
    const s = layoutLineChart(input).series[0]!;
    for (let i = 1; i < s.points.length; i++) {
      expect(s.points[i]!.px).toBeGreaterThan(s.points[i - 1]!.px);
      expect(s.points[i]!.py).toBeLessThanOrEqual(s.points[i - 1]!.py);
    }
  });

  it('layoutLineChart marks every point of a short series and the last of a long one', () => {
    const l = layoutLineChart({ ...input, series: [input.series[0]!, { id: 'long', label: 'long', points: Array.from({ length: 100 }, (_, i) => ({ x: i + 1, y: i + 1 })) }] });
    expect(l.series[0]!.points.every((p) => p.marked)).toBe(true);
    const marked = l.series[1]!.points.filter((p) => p.marked);
    expect(marked.length).toBeLessThanOrEqual(10);
    expect(marked.at(-1)?.x).toBe(100);
  });

  it('layoutLineChart lays out regions and reference lines at their values', () => {
    const l = layoutLineChart(input);
    const ridge = l.xRefs[0]!;
    expect(ridge.x1).toBeCloseTo(l.xScale.toPx(40), 9);
    expect(l.regions[0]!.x + l.regions[0]!.width).toBeCloseTo(ridge.x1, 9);
    expect(l.yRefs[0]!.y1).toBeCloseTo(l.yScale.toPx(0.05), 9);
  });

  it('layoutLineChart breaks the line at points a log axis cannot place instead of writing NaN', () => {
    const l = layoutLineChart({ ...input, series: [{ id: 's', label: 's', points: [{ x: 1, y: 1 }, { x: 2, y: 0 }, { x: 4, y: -3 }, { x: 8, y: NaN }, { x: 16, y: 2 }] }] });
    expect(l.series[0]!.points.map((p) => p.x)).toEqual([1, 16]);
    expect(l.series[0]!.path).not.toMatch(/NaN|Infinity/);
    expect(l.series[0]!.path.match(/M/g)?.length).toBe(2);
  });

  it('layoutLineChart never produces NaN geometry for arbitrary data', () => {
    const pt = fc.record({ x: fc.double(), y: fc.double() });
    fc.assert(fc.property(fc.array(pt, { maxLength: 30 }), fc.boolean(), fc.boolean(), (points, xLog, yLog) => {
      const l = layoutLineChart({ width: 600, height: 400, x: { title: 'x', kind: xLog ? 'log' : 'linear' }, y: { title: 'y', kind: yLog ? 'log' : 'linear' }, series: [{ id: 's', label: 's', points }] });
      const json = JSON.stringify({ s: l.series, x: l.xAxis, y: l.yAxis, p: l.plot });
      expect(json).not.toMatch(/NaN|null/);
      expect(l.series[0]!.path).not.toMatch(/NaN|Infinity/);
    }), { numRuns: 200 });
  });

  it('nearestPoint finds the point under the pointer', () => {
    const l = layoutLineChart(input);
    const target = l.series[1]!.points[3]!;
    expect(nearestPoint(l, target.px + 2, target.py)).toEqual({ seriesId: 'h100', point: target });
  });
});
