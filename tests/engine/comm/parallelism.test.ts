import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MEGATRON_ALLREDUCES_PER_LAYER, pipelineBubbleFraction, pipelineP2pBytes, pipelineTimeline,
  tensorParallelCommTime, tensorParallelTimeline, tensorParallelTraffic,
} from '../../../src/engine/comm/index.ts';

describe('tensor parallelism (Megatron-LM)', () => {
  it('CM-10: 4 all-reduces per layer in forward + backward, 2 in forward (Shoeybi et al. 2019, Fig. 4 caption)', () => {
    expect(MEGATRON_ALLREDUCES_PER_LAYER.forward + MEGATRON_ALLREDUCES_PER_LAYER.backward).toBe(4);
    expect(MEGATRON_ALLREDUCES_PER_LAYER.forward).toBe(2);
  });

  it('tensorParallelTraffic sends 2 all-reduces of b·s·h·bytes per layer', () => {
    const t = tensorParallelTraffic({ batch: 4, tokens: 1, hidden: 8192, layers: 80, tp: 8, bytesPerElement: 2 });
    expect(t.bytesPerAllReduce).toBe(4 * 8192 * 2);
    expect(t.allReduces).toBe(160);
    expect(t.wireBytesPerRank).toBeCloseTo(t.payloadBytes * 1.75, 6);
  });

  it('tensorParallelTraffic is zero at tp = 1', () => {
    expect(tensorParallelTraffic({ batch: 1, tokens: 128, hidden: 4096, layers: 32, tp: 1, bytesPerElement: 2 }).payloadBytes).toBe(0);
  });

  it('tensorParallelCommTime doubles when layers double', () => {
    const args = { batch: 1, tokens: 512, hidden: 4096, tp: 4, bytesPerElement: 2, latency: 1e-6, bandwidth: 3e11 };
    const a = tensorParallelCommTime({ ...args, layers: 16 }).seconds;
    const b = tensorParallelCommTime({ ...args, layers: 32 }).seconds;
    expect(b / a).toBeCloseTo(2, 12);
  });

  it('tensorParallelTimeline is fully serial without overlap and hides comm with full overlap', () => {
    const args = { layers: 3, tp: 2, attentionSeconds: 4, mlpSeconds: 6, allReduceSeconds: 1 };
    const serial = tensorParallelTimeline(args);
    expect(serial.totalSeconds).toBe(3 * (4 + 6 + 2));
    expect(serial.segments.filter((s) => s.rank === 1)).toHaveLength(12);
    const overlapped = tensorParallelTimeline({ ...args, overlapFraction: 1 });
    expect(overlapped.totalSeconds).toBe(3 * 10 + 1);
    expect(overlapped.exposedCommSeconds).toBe(1);
  });
});

describe('pipeline parallelism (GPipe)', () => {
  it('pipelineBubbleFraction = (p−1)/(m+p−1)', () => {
    expect(pipelineBubbleFraction(4, 8)).toBeCloseTo(3 / 11, 15);
    expect(pipelineBubbleFraction(1, 5)).toBe(0);
  });

  it('pipelineP2pBytes = b·s·h·bytes', () => {
    expect(pipelineP2pBytes({ microBatch: 2, tokens: 1024, hidden: 5120, bytesPerElement: 2 })).toBe(2 * 1024 * 5120 * 2);
  });

  it('pipelineTimeline with equal stages and free transfers reproduces the GPipe bubble and (m+p−1)·t', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 16 }), (p, m) => {
      const t = pipelineTimeline({ stages: p, microBatches: m, stageSeconds: 2, p2pSeconds: 0 });
      expect(t.totalSeconds).toBeCloseTo((m + p - 1) * 2, 12);
      expect(t.bubbleFraction).toBeCloseTo(pipelineBubbleFraction(p, m), 12);
    }));
  });

  it('pipelineTimeline never gets shorter when the p2p transfer gets slower', () => {
    const t = (s: number) => pipelineTimeline({ stages: 4, microBatches: 6, stageSeconds: [1, 2, 1.5, 1], p2pSeconds: s }).totalSeconds;
    expect(t(0.5)).toBeGreaterThanOrEqual(t(0.1));
  });
});
