import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickBytes } from '../tickFormat.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { chartFont } from '../theme.ts';
import { layoutStackedBar, type StackedBarInput } from './layout.ts';

const input: StackedBarInput = {
  width: 760,
  height: 260,
  capacity: { value: 24e9, label: '24 GB' },
  axis: { title: 'GB', format: tickBytes('GB') },
  bars: [
    { id: 'fp16', label: 'FP16', segments: [{ id: 'w', label: 'Weights', value: 26e9 }, { id: 'kv', label: 'KV', value: 3.2e9 }] },
    { id: 'int4', label: 'INT4', segments: [{ id: 'w', label: 'Weights', value: 6.5e9 }, { id: 'kv', label: 'KV', value: 3.2e9 }] },
  ],
  overflowLabel: (a) => `over by ${a / 1e9} GB`,
};

describe('layoutStackedBar', () => {
  it('layoutStackedBar puts segments end to end with widths proportional to values', () => {
    const l = layoutStackedBar(input);
    const [w, kv] = l.segments.filter((s) => s.barId === 'int4');
    expect(w!.x).toBe(l.plot.x);
    expect(kv!.x).toBeCloseTo(w!.x + w!.width, 9);
    expect(kv!.width / w!.width).toBeCloseTo(3.2 / 6.5, 6);
  });

  it('layoutStackedBar segment widths sum to the bar total on the axis', () => {
    const l = layoutStackedBar(input);
    for (const b of l.bars) {
      const sum = l.segments.filter((s) => s.barId === b.id).reduce((acc, s) => acc + s.width, 0);
      expect(sum).toBeCloseTo(l.scale.toPx(b.total) - l.plot.x, 6);
    }
  });

  it('layoutStackedBar marks the overflow past the capacity and labels it with the total', () => {
    const l = layoutStackedBar(input);
    const fp16 = l.bars.find((b) => b.id === 'fp16')!;
    expect(fp16.overflow?.amount).toBeCloseTo(5.2e9, 0);
    expect(fp16.overflow?.x).toBeCloseTo(l.capacity!.x, 9);
    expect(fp16.totalText).toBe('Σ 29.2 GB ✕ over by 5.2 GB'.replace(' ✕', '  ✕'));
    expect(l.bars.find((b) => b.id === 'int4')!.overflow).toBeNull();
  });

  it('layoutStackedBar domain covers the capacity and every total', () => {
    const l = layoutStackedBar(input);
    expect(l.scale.domain[1]).toBeGreaterThanOrEqual(29.2e9);
    expect(l.capacity!.x).toBeLessThanOrEqual(l.plot.x + l.plot.width);
  });

  it('layoutStackedBar labels a segment only when its text fits inside', () => {
    const l = layoutStackedBar({ ...input, bars: [{ id: 'b', label: '', segments: [{ id: 'big', label: 'Weights', value: 20e9 }, { id: 'tiny', label: 'Activations', value: 0.05e9 }] }] });
    expect(l.segments[0]!.text.join(' ')).toContain('Weights');
    expect(l.segments[1]!.text).toEqual([]);
  });

  it('layoutStackedBar treats negative and non-finite parts as 0 and reports them', () => {
    const l = layoutStackedBar({ ...input, bars: [{ id: 'b', label: 'b', segments: [{ id: 'x', label: 'x', value: -5 }, { id: 'y', label: 'y', value: NaN }, { id: 'z', label: 'z', value: 1e9 }] }] });
    expect(l.invalid).toEqual(['b/x', 'b/y']);
    expect(l.bars[0]!.total).toBe(1e9);
    expect(JSON.stringify(l.segments)).not.toMatch(/NaN|null/);
  });

  it('layoutStackedBar never produces NaN geometry for arbitrary values', () => {
    fc.assert(fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 6 }), fc.double(), (values, cap) => {
      const l = layoutStackedBar({ ...input, capacity: { value: cap, label: 'cap' }, bars: [{ id: 'b', label: 'b', segments: values.map((value, i) => ({ id: String(i), label: String(i), value })) }] });
      expect(JSON.stringify({ s: l.segments, b: l.bars, a: l.axis, c: l.capacity })).not.toMatch(/NaN|Infinity/);
    }), { numRuns: 200 });
  });
});

describe('capacity label on a narrow chart', () => {
  const long = { ...input, capacity: { value: 21.6e9, label: '可用 21.6 GiB = 90% × 24 GiB' } };
  it('stays left of the line where there is room, and moves right when it would run off the left edge (a phone)', () => {
    const wide = layoutStackedBar({ ...long, width: 1400 }).capacity!;
    expect(wide.labelAnchor).toBe('end');
    const narrow = layoutStackedBar({ ...long, width: 480 }).capacity!;
    const left = narrow.labelAnchor === 'end' ? narrow.labelX - estimateTextWidth(long.capacity.label, chartFont.label) : narrow.labelX;
    expect(left).toBeGreaterThanOrEqual(0);
  });
});
