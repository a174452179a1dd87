import { describe, expect, it } from 'vitest';
import { sortRows } from './tableSort.ts';

const rows = [{ n: 'b', v: 2 }, { n: 'a', v: NaN }, { n: 'c', v: 10 }, { n: 'd', v: 2 }];

describe('sortRows', () => {
  it('sortRows orders numbers numerically and keeps ties in input order', () => {
    expect(sortRows(rows, (r) => r.v, 'ascending', 'en').map((r) => r.n)).toEqual(['b', 'd', 'c', 'a']);
  });
  it('sortRows puts non-finite numbers last in both directions', () => {
    expect(sortRows(rows, (r) => r.v, 'descending', 'en').map((r) => r.n)).toEqual(['c', 'b', 'd', 'a']);
  });
  it('sortRows compares text with numeric collation (Llama-2-7B before Llama-2-13B)', () => {
    const names = [{ n: 'Llama-2-13B' }, { n: 'Llama-2-7B' }];
    expect(sortRows(names, (r) => r.n, 'ascending', 'en').map((r) => r.n)).toEqual(['Llama-2-7B', 'Llama-2-13B']);
  });
});
