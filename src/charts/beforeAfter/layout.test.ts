import { describe, expect, it } from 'vitest';
import { improvement, layoutBeforeAfter, type BeforeAfterRowInput } from './layout.ts';

const row = (id: string, before: number, after: number, better: 'lower' | 'higher'): BeforeAfterRowInput =>
  ({ id, label: [id], before, after, better, format: (v) => `${v} u` });
const input = (rows: BeforeAfterRowInput[]) => ({
  width: 760, height: 320, rows, legend: { before: 'before', after: 'after' },
  changeText: (f: number) => `${f.toFixed(1)}×`,
});

describe('layoutBeforeAfter', () => {
  it('layoutBeforeAfter gives the larger value of a row the full bar and scales the other by the ratio', () => {
    const l = layoutBeforeAfter(input([row('tpot', 24, 8, 'lower')]));
    const r = l.rows[0]!;
    expect(r.after.width / r.before.width).toBeCloseTo(8 / 24, 9);
  });
  it('layoutBeforeAfter keeps every bar, value and change text inside the width', () => {
    const l = layoutBeforeAfter(input([row('a', 1, 1000, 'higher'), row('b', 5, 2, 'lower'), row('c', 0.001, 0.002, 'lower')]));
    for (const r of l.rows) for (const p of [r.before, r.after]) {
      expect(p.x + p.width).toBeLessThanOrEqual(760);
      expect(p.textX).toBeLessThan(r.changeX);
    }
  });
  it('layoutBeforeAfter draws non-finite values as empty bars, never NaN geometry', () => {
    const l = layoutBeforeAfter(input([row('x', Number.NaN, 3, 'lower')]));
    expect(l.rows[0]!.before.width).toBe(0);
    expect(Number.isFinite(l.rows[0]!.after.width)).toBe(true);
  });
  it('layoutBeforeAfter stacks rows top to bottom without overlap', () => {
    const l = layoutBeforeAfter(input([row('a', 1, 2, 'higher'), row('b', 2, 1, 'lower'), row('c', 3, 3, 'lower'), row('d', 4, 1, 'lower')]));
    for (let i = 1; i < l.rows.length; i++) expect(l.rows[i]!.before.y).toBeGreaterThan(l.rows[i - 1]!.after.y + l.rows[i - 1]!.after.height);
  });
});

describe('improvement', () => {
  it('improvement is before/after for lower-is-better and after/before for higher-is-better', () => {
    expect(improvement({ before: 24, after: 8, better: 'lower' })).toBe(3);
    expect(improvement({ before: 40, after: 400, better: 'higher' })).toBe(10);
    expect(improvement({ before: 0, after: 4, better: 'higher' })).toBeNaN();
  });
  it('layoutBeforeAfter draws a masked row without its optimised bar or change, scaled to the baseline alone', () => {
    const l = layoutBeforeAfter(input([{ ...row('tpot', 24, 8, 'lower'), masked: '?' }, row('ttft', 5, 5, 'lower')]));
    const r = l.rows[0]!;
    expect(r.after.width).toBe(0);
    expect(r.after.valueText).toBe('?');
    expect(r.changeText).toBe('');
    expect(Number.isNaN(r.factor)).toBe(true);
    const other = layoutBeforeAfter(input([{ ...row('tpot', 24, 99, 'lower'), masked: '?' }, row('ttft', 5, 5, 'lower')])).rows[0]!;
    expect(other.before.width).toBeCloseTo(r.before.width, 9);
  });
});
