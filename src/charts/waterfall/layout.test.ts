import { describe, expect, it } from 'vitest';
import { layoutWaterfall, type WaterfallInput } from './layout.ts';

const base: WaterfallInput = {
  width: 1000, height: 240, better: 'lower',
  steps: [
    { id: 'a', label: ['A'], value: 30, revealed: true },
    { id: 'b', label: ['B'], value: 18, revealed: true },
    { id: 'c', label: ['C'], value: 24, revealed: true },
    { id: 'd', label: ['D'], value: 10, revealed: false },
  ],
  totalLabel: ['Total'],
  axis: { title: 'ms', format: (v) => `${v}` },
  valueFormat: (v) => `${v}`, deltaFormat: (d) => `${d}`, missingText: 'n/a',
};

describe('layoutWaterfall', () => {
  it('layoutWaterfall draws a start bar, then better/worse deltas, hidden slots and a total of the last revealed level', () => {
    const l = layoutWaterfall(base);
    expect(l.bars.map((b) => b.kind)).toEqual(['start', 'better', 'worse', 'hidden', 'total']);
    expect(l.bars[4]!.text).toBe('24');
  });

  it('layoutWaterfall delta bars span exactly the change between levels', () => {
    const l = layoutWaterfall(base);
    const start = l.bars[0]!;
    const drop = l.bars[1]!;
    const pxPerUnit = start.height / 30;
    expect(drop.height).toBeCloseTo(12 * pxPerUnit, 6);
    expect(drop.y).toBeCloseTo(start.y, 6);
  });

  it('layoutWaterfall with higher-is-better marks a rise as better', () => {
    const l = layoutWaterfall({ ...base, better: 'higher' });
    expect(l.bars[1]!.kind).toBe('worse');
    expect(l.bars[2]!.kind).toBe('better');
  });

  it('layoutWaterfall shows a missing level as a labelled gap and restarts from zero after it', () => {
    const l = layoutWaterfall({ ...base, steps: [{ id: 'a', label: ['A'], value: null, revealed: true }, { id: 'b', label: ['B'], value: 5, revealed: true }] });
    expect(l.bars[0]!.kind).toBe('missing');
    expect(l.bars[0]!.text).toBe('n/a');
    expect(l.bars[1]!.kind).toBe('start');
  });

  it('layoutWaterfall keeps every bar inside the chart and never yields NaN', () => {
    const l = layoutWaterfall({ ...base, reference: { value: 25, label: 'target' } });
    for (const b of l.bars) {
      for (const v of [b.x, b.y, b.width, b.height, b.textX, b.textY]) expect(Number.isFinite(v)).toBe(true);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(1000);
      expect(b.y).toBeGreaterThanOrEqual(0);
    }
    expect(l.reference).not.toBeNull();
  });
});
