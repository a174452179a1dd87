import { describe, expect, it } from 'vitest';
import { busBandwidthDerivation, crossoverDerivation } from '../../../src/engine/comm/busBandwidthDerivation.ts';
import { collectiveTime } from '../../../src/engine/comm/collectiveCost.ts';
import { ringContributions } from '../../../src/engine/comm/ringContributions.ts';
import { layerComputeSeconds } from '../../../src/engine/comm/layerComputeSeconds.ts';
import { getHardware, getModel, inferenceStep } from '../../../src/engine/index.ts';

const params = { collective: 'all-reduce' as const, algorithm: 'ring' as const, ranks: 8, bytes: 1e8, latency: 0.47e-6, bandwidth: 300e9 };

describe('busBandwidthDerivation', () => {
  it('busbw = n/T × 2(p−1)/p (nccl-tests doc/PERFORMANCE.md)', () => {
    const d = busBandwidthDerivation(params);
    expect(d.result.value).toBeCloseTo((1e8 / collectiveTime(params)) * (14 / 8), 0);
    expect(d.source).toBe('nccl-tests-performance');
  });
  it('ring busbw approaches the link bandwidth for a 4 GiB message (bandwidth-optimal ring)', () => {
    const d = busBandwidthDerivation({ ...params, bytes: 2 ** 32 });
    expect(Math.abs(d.result.value - 300e9) / 300e9).toBeLessThan(0.001);
  });
});

describe('crossoverDerivation', () => {
  it('ring n* = p·α·B', () => {
    const d = crossoverDerivation(params);
    expect(d.result.value).toBeCloseTo(8 * 0.47e-6 * 300e9, 3);
  });
});

describe('ringContributions', () => {
  it('before any step every rank holds only its own contribution', () => {
    expect(ringContributions(4, 0).flat().every((c) => c === 1)).toBe(true);
  });
  it('after reduce-scatter each rank holds exactly one fully reduced chunk', () => {
    const c = ringContributions(5, 4);
    for (const row of c) expect(row.filter((x) => x === 5)).toHaveLength(1);
  });
  it('after all 2(p−1) steps every chunk on every rank is fully reduced', () => {
    expect(ringContributions(6, 10).flat().every((c) => c === 6)).toBe(true);
  });
});

describe('layerComputeSeconds', () => {
  it('layerComputeSeconds parts sum to inferenceStep time minus communication', () => {
    const model = getModel('llama-2-70b');
    const hw = getHardware('a100-80gb-sxm');
    const opts = { phase: 'decode' as const, batch: 8, tokens: 512, tp: 8, interconnect: 'nvlink-3' };
    const step = inferenceStep(model, hw, opts);
    const parts = layerComputeSeconds(model, hw, opts);
    expect(parts.totalSeconds).toBeCloseTo(step.seconds - step.communicationSeconds, 12);
    expect(parts.mlpSeconds).toBeGreaterThan(parts.attentionSeconds);
  });
});
