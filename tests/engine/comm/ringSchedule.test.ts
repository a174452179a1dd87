import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ringAllReduceSchedule } from '../../../src/engine/comm/index.ts';

/** Simulate the schedule with sets of contributing ranks per (rank, chunk). */
function simulate(p: number): Set<number>[][] {
  const held = Array.from({ length: p }, (_, r) => Array.from({ length: p }, () => new Set([r])));
  for (const step of ringAllReduceSchedule(p)) {
    const sent = step.transfers.map((t) => new Set(held[t.rank]![t.sendChunk]));
    for (const t of step.transfers) {
      const incoming = sent[t.receiveFrom]!;
      const sender = step.transfers[t.receiveFrom]!;
      expect(sender.sendChunk).toBe(t.receiveChunk);
      expect(sender.sendTo).toBe(t.rank);
      const mine = held[t.rank]![t.receiveChunk]!;
      held[t.rank]![t.receiveChunk] = t.reduces ? new Set([...mine, ...incoming]) : incoming;
    }
  }
  return held;
}

describe('ringAllReduceSchedule', () => {
  it('has 2(p−1) steps, p−1 per phase', () => {
    const s = ringAllReduceSchedule(5);
    expect(s).toHaveLength(8);
    expect(s.filter((x) => x.phase === 'reduce-scatter')).toHaveLength(4);
  });

  it('leaves every rank with every chunk reduced over all ranks', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), (p) => {
      for (const rank of simulate(p)) for (const chunk of rank) expect(chunk.size).toBe(p);
    }), { numRuns: 30 });
  });

  it('has no steps for one rank', () => {
    expect(ringAllReduceSchedule(1)).toHaveLength(0);
  });
});
