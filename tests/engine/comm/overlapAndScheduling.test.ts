import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chunkedTransferTime, optimalBucketMerge, optimalChunkCount, overlappedTime, quantizeMessage,
  scheduleBuckets, scheduleTransfers, topKMessage, unmergedSchedule,
} from '../../../src/engine/comm/index.ts';

describe('overlappedTime', () => {
  it('is C + M without overlap and max(C, M) with full overlap', () => {
    expect(overlappedTime({ computeSeconds: 3, commSeconds: 2, overlapFraction: 0 }).seconds).toBe(5);
    expect(overlappedTime({ computeSeconds: 3, commSeconds: 2, overlapFraction: 1 }).seconds).toBe(3);
  });
});

describe('chunked transfer', () => {
  it('chunkedTransferTime with one chunk is serial: α + n/B + C', () => {
    expect(chunkedTransferTime({ bytes: 1e6, latency: 1e-5, bandwidth: 1e9, computeSeconds: 1e-3, chunks: 1 }).seconds).toBeCloseTo(1e-5 + 1e-3 + 1e-3, 12);
  });

  it('optimalChunkCount is near √(C/α) when the link dominates and beats both 1 chunk and the cap', () => {
    const args = { bytes: 1e8, latency: 1e-5, bandwidth: 1e10, computeSeconds: 1e-3 };
    const best = optimalChunkCount(args);
    expect(best.chunks).toBe(10);
    expect(best.seconds).toBeLessThan(chunkedTransferTime({ ...args, chunks: 1 }).seconds);
    expect(best.seconds).toBeLessThanOrEqual(chunkedTransferTime({ ...args, chunks: 1024 }).seconds);
  });
});

describe('message compression', () => {
  it('quantizeMessage FP16 → INT8 halves the bytes (plus one scale) and costs a read per side', () => {
    const q = quantizeMessage({ bytes: 1e6, from: 'fp16', to: 'int8', codecBytesPerSec: 1e12 });
    expect(q.compressedBytes).toBe(5e5 + 2);
    expect(q.computeSeconds).toBeCloseTo(2e-6, 15);
  });

  it('quantizeMessage with groups of 128 and FP16 scales adds 1/64 of a byte per element', () => {
    const q = quantizeMessage({ bytes: 2 * 1024, from: 'fp16', to: 'int4', groupSize: 128, codecBytesPerSec: 1e12 });
    expect(q.compressedBytes).toBe(512 + 8 * 2);
  });

  it('topKMessage at 1% density with 32-bit indices sends k·(2 + 4) bytes', () => {
    const t = topKMessage({ bytes: 2e6, density: 0.01, codecBytesPerSec: 1e12 });
    expect(t.compressedBytes).toBe(10000 * 6);
    expect(t.overheadBytes).toBe(40000);
  });
});

describe('transfer scheduling', () => {
  const messages = [
    { id: 'big', bytes: 8e6, readySeconds: 0, priority: 5 },
    { id: 'next-layer', bytes: 1e6, readySeconds: 1e-3, priority: 0 },
  ];
  it('scheduleTransfers with priority chunks lets the urgent tensor overtake the big one', () => {
    const fifo = scheduleTransfers({ messages, latency: 0, bandwidth: 1e9, policy: 'fifo' });
    const prio = scheduleTransfers({ messages, latency: 0, bandwidth: 1e9, policy: 'priority', chunkBytes: 1e6 });
    expect(fifo.finishSeconds['next-layer']).toBeCloseTo(9e-3, 12);
    expect(prio.finishSeconds['next-layer']).toBeCloseTo(2e-3, 12);
    expect(prio.makespanSeconds).toBeCloseTo(fifo.makespanSeconds, 12);
  });
});

describe('bucket merging (MG-WFBP)', () => {
  const msgs = (n: number) => Array.from({ length: n }, (_, i) => ({ bytes: 1e4, readySeconds: i * 1e-6 }));

  it('optimalBucketMerge merges small messages when α dominates', () => {
    const merged = optimalBucketMerge(msgs(20), 1e-4, 1e-10);
    expect(merged.buckets.length).toBeLessThan(20);
    expect(merged.finishSeconds).toBeLessThan(unmergedSchedule(msgs(20), 1e-4, 1e-10).finishSeconds);
  });

  it('optimalBucketMerge is never worse than no merging or one bucket', () => {
    const arb = fc.array(fc.record({ bytes: fc.double({ min: 0, max: 1e7, noNaN: true }), gap: fc.double({ min: 0, max: 1e-3, noNaN: true }) }), { minLength: 1, maxLength: 25 });
    fc.assert(fc.property(arb, fc.double({ min: 0, max: 1e-3, noNaN: true }), fc.double({ min: 1e-12, max: 1e-8, noNaN: true }), (rows, a, b) => {
      let t = 0;
      const m = rows.map((r) => ({ bytes: r.bytes, readySeconds: (t += r.gap) }));
      const best = optimalBucketMerge(m, a, b).finishSeconds;
      expect(best).toBeLessThanOrEqual(unmergedSchedule(m, a, b).finishSeconds * (1 + 1e-12));
      expect(best).toBeLessThanOrEqual(scheduleBuckets(m, [m.length - 1], a, b).finishSeconds * (1 + 1e-12));
    }));
  });
});
