import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALGORITHMS, COLLECTIVES, collectiveCost, collectiveCrossoverBytes, collectiveDerivation, collectiveTime, type CollectiveAlgorithm, type Collective } from '../../../src/engine/comm/index.ts';

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

// Golden rows copied from ../shared/reference-cases.json (not read at run time).
const golden = [
  {
    id: 'CM-06',
    source: 'MPICH src/mpi/coll/allgather/allgather_intra_ring.c "Cost = (p-1).alpha + n.((p-1)/p).beta" (Thakur, Rabenseifner & Gropp 2005)',
    params: { collective: 'all-gather', algorithm: 'ring', ranks: 8, bytes: 1e9, latency: 5e-6, bandwidth: 1e11 } as const,
    expected: 0.008785,
    tolerance: 1e-9,
  },
];

const combos: [Collective, CollectiveAlgorithm][] = COLLECTIVES.flatMap((c) =>
  ALGORITHMS.filter((a) => !(c === 'all-to-all' && a === 'tree')).map((a) => [c, a] as [Collective, CollectiveAlgorithm]));

const base = { latency: 2e-6, bandwidth: 50e9, reduceSecondsPerByte: 1e-12, ranksPerNode: 4, interLatency: 5e-6, interBandwidth: 25e9 };

describe('collectiveTime golden values', () => {
  for (const g of golden) {
    it(`${g.id}: ring all-gather p=8, n=1e9 B, α=5 µs, β=1/(100 GB/s) = ${g.expected} s (${g.source})`, () => {
      expect(relErr(collectiveTime(g.params), g.expected)).toBeLessThanOrEqual(g.tolerance);
    });
  }
});

describe('collectiveTime formulas', () => {
  it('ring all-reduce = 2(p−1)α + 2(p−1)/p·n/B + (p−1)/p·nγ', () => {
    const p = 8, n = 1e8, a = 3e-6, B = 1e11, g = 2e-12;
    const t = collectiveTime({ collective: 'all-reduce', algorithm: 'ring', ranks: p, bytes: n, latency: a, bandwidth: B, reduceSecondsPerByte: g });
    expect(relErr(t, 2 * (p - 1) * a + (2 * (p - 1) / p) * n / B + ((p - 1) / p) * n * g)).toBeLessThan(1e-12);
  });

  it('halving-doubling all-reduce = 2 log₂p α + 2(p−1)/p·n/B for power-of-two p', () => {
    const t = collectiveTime({ collective: 'all-reduce', algorithm: 'halving-doubling', ranks: 16, bytes: 1e6, latency: 1e-6, bandwidth: 1e10 });
    expect(relErr(t, 2 * 4 * 1e-6 + (2 * 15 / 16) * 1e6 / 1e10)).toBeLessThan(1e-12);
  });

  it('recursive-doubling all-reduce adds two fold steps for non-power-of-two p', () => {
    const p6 = collectiveCost({ collective: 'all-reduce', algorithm: 'recursive-doubling', ranks: 6, bytes: 1e6, latency: 1e-6, bandwidth: 1e10 });
    const p4 = collectiveCost({ collective: 'all-reduce', algorithm: 'recursive-doubling', ranks: 4, bytes: 1e6, latency: 1e-6, bandwidth: 1e10 });
    expect(p6.phases.reduce((a, x) => a + x.messages, 0)).toBe(p4.phases.reduce((a, x) => a + x.messages, 0) + 2);
  });

  it('collectiveTime is 0 for one rank, for every collective and algorithm', () => {
    for (const [collective, algorithm] of combos) {
      expect(collectiveTime({ collective, algorithm, ranks: 1, bytes: 1e9, ...base, ranksPerNode: 1 })).toBe(0);
    }
  });

  it('hierarchical all-reduce with one node equals ring all-reduce', () => {
    const args = { collective: 'all-reduce', ranks: 8, bytes: 1e8, latency: 1e-6, bandwidth: 1e11 } as const;
    expect(collectiveTime({ ...args, algorithm: 'hierarchical', ranksPerNode: 8 })).toBeCloseTo(collectiveTime({ ...args, algorithm: 'ring' }), 15);
  });

  it('collectiveCost labels small messages latency-bound and large ones bandwidth-bound, switching at collectiveCrossoverBytes', () => {
    const args = { collective: 'all-reduce', algorithm: 'ring', ranks: 8, latency: 5e-6, bandwidth: 1e11 } as const;
    const nStar = collectiveCrossoverBytes(args);
    expect(collectiveCost({ ...args, bytes: nStar / 2 }).regime).toBe('latency-bound');
    expect(collectiveCost({ ...args, bytes: nStar * 2 }).regime).toBe('bandwidth-bound');
    // 14 α = 14·5 µs against 1.75·n/B → n* = 70e-6·1e11/1.75 = 4 MB
    expect(nStar).toBeCloseTo(4e6, 0);
  });

  it('collectiveCost phases sum to the total', () => {
    const c = collectiveCost({ collective: 'all-reduce', algorithm: 'hierarchical', ranks: 16, bytes: 1e8, ...base });
    const parts = c.phases.reduce((a, x) => a + x.latencySeconds + x.bandwidthSeconds + x.reduceSeconds, 0);
    expect(relErr(parts, c.seconds)).toBeLessThan(1e-12);
  });

  it('collectiveDerivation returns the same seconds as collectiveTime and cites a source', () => {
    const params = { collective: 'all-reduce', algorithm: 'ring', ranks: 4, bytes: 1e6, latency: 1e-6, bandwidth: 1e10 } as const;
    const d = collectiveDerivation(params);
    expect(d.result.value).toBe(collectiveTime(params));
    expect(d.source).toBe('patarasuk-yuan-2009-ring');
    expect(d.tex).toContain('\\alpha');
  });
});

describe('collectiveTime properties', () => {
  const combo = fc.constantFrom(...combos);
  const ranks = fc.integer({ min: 1, max: 64 }).map((g) => g * 4);
  // 0 or at least a thousandth of a byte: subnormal sizes lose relative precision and mean nothing.
  const bytes = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e10, noNaN: true }));
  const bw = fc.double({ min: 1e6, max: 1e13, noNaN: true });

  it('collectiveTime never decreases when bytes grow', () => {
    fc.assert(fc.property(combo, ranks, bytes, bytes, bw, ([collective, algorithm], p, n1, n2, B) => {
      const [lo, hi] = n1 <= n2 ? [n1, n2] : [n2, n1];
      const t = (n: number) => collectiveTime({ collective, algorithm, ranks: p, bytes: n, ...base, bandwidth: B, interBandwidth: B });
      expect(t(hi)).toBeGreaterThanOrEqual(t(lo));
    }));
  });

  it('collectiveTime never decreases when bandwidth drops', () => {
    fc.assert(fc.property(combo, ranks, bytes, bw, bw, ([collective, algorithm], p, n, b1, b2) => {
      const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
      const t = (B: number) => collectiveTime({ collective, algorithm, ranks: p, bytes: n, ...base, bandwidth: B, interBandwidth: B });
      expect(t(lo)).toBeGreaterThanOrEqual(t(hi));
    }));
  });

  it('ring all-reduce bandwidth term is exactly 2(p−1)/p·n/B, never below the Patarasuk–Yuan bound', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 4096 }), bytes, bw, (p, n, B) => {
      const c = collectiveCost({ collective: 'all-reduce', algorithm: 'ring', ranks: p, bytes: n, latency: 1e-6, bandwidth: B });
      const bound = (2 * (p - 1) / p) * n / B;
      expect(c.bandwidthSeconds).toBeGreaterThanOrEqual(bound * (1 - 1e-12));
    }));
  });

  it('collectiveCost returns finite, non-negative numbers for any valid input', () => {
    fc.assert(fc.property(combo, ranks, bytes, bw, fc.double({ min: 0, max: 1e-3, noNaN: true }), ([collective, algorithm], p, n, B, a) => {
      const c = collectiveCost({ collective, algorithm, ranks: p, bytes: n, ...base, latency: a, bandwidth: B });
      for (const v of [c.seconds, c.latencySeconds, c.bandwidthSeconds, c.reduceSeconds]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
    }));
  });
});
