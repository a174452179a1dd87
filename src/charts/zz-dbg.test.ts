import fc from 'fast-check';
import { it, expect } from 'vitest';
import { makeScale } from '/work/main/src/charts/scales.ts';
it('dbg', () => {
  fc.assert(fc.property(fc.double(), fc.double(), fc.double(), (a, b, v) => {
    const s = makeScale({ kind: 'log', domain: [a, b], range: [0, 500] });
    const ok = Number.isFinite(s.toPx(v)) && s.ticks(5).every((t) => Number.isFinite(t) && t > 0);
    if (!ok) console.log('FAIL', a, b, v, s.domain, s.toPx(v), s.ticks(5));
    return ok;
  }));
});
