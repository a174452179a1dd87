import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getHardware, getModel, ridgePoint } from '../../../src/engine/index.ts';
import { rooflinePoints, groupBounds } from '../../../src/engine/compute/operatorBounds.ts';
import { decodeComputeBoundBatch } from '../../../src/engine/compute/ridgeBatch.ts';

const dense = ['llama-2-7b', 'llama-2-13b', 'opt-13b', 'mistral-7b'];

describe('decodeComputeBoundBatch', () => {
  it('is the first batch with all decode linears compute-bound (the batch before is not)', () => {
    const m = getModel('llama-2-7b');
    const hw = getHardware('a100-80gb-sxm');
    const b = decodeComputeBoundBatch(m, hw, { tokens: 1024 })!;
    const linears = (batch: number) => rooflinePoints(m, hw, { phase: 'decode', batch, tokens: 1024 }).filter((p) => p.group === 'linear');
    expect(linears(b).every((p) => p.bound === 'compute')).toBe(true);
    expect(linears(b - 1).some((p) => p.bound === 'memory')).toBe(true);
  });
  it('sits near the ridge point for FP16 dense models (I ≈ b), within a factor of 1.5', () => {
    for (const id of dense) {
      const hw = getHardware('a100-80gb-sxm');
      const b = decodeComputeBoundBatch(getModel(id), hw, { tokens: 1024 })!;
      const ridge = ridgePoint(hw, 'fp16');
      expect(b).toBeGreaterThan(ridge * 0.67);
      expect(b).toBeLessThan(ridge * 1.5);
    }
  });
  it('grows with the ridge: an H100 needs a larger batch than an A100', () => {
    fc.assert(fc.property(fc.constantFrom(...dense), (id) => {
      const m = getModel(id);
      expect(decodeComputeBoundBatch(m, getHardware('h100-sxm'), { tokens: 512 })!)
        .toBeGreaterThan(decodeComputeBoundBatch(m, getHardware('a100-80gb-sxm'), { tokens: 512 })!);
    }), { numRuns: 4 });
  });
  it('MoE needs a larger batch than a dense model of the same width', () => {
    const hw = getHardware('a100-80gb-sxm');
    expect(decodeComputeBoundBatch(getModel('mixtral-8x7b'), hw, { tokens: 512 })!)
      .toBeGreaterThan(decodeComputeBoundBatch(getModel('mistral-7b'), hw, { tokens: 512 })!);
  });
});

describe('rooflinePoints', () => {
  it('attainable FLOP/s never exceeds the peak and equals I·B left of the ridge', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 512 }), fc.integer({ min: 16, max: 8192 }), fc.constantFrom('prefill', 'decode') as fc.Arbitrary<'prefill' | 'decode'>,
      (batch, tokens, phase) => {
        const hw = getHardware('a100-80gb-sxm');
        for (const p of rooflinePoints(getModel('llama-2-7b'), hw, { phase, batch, tokens })) {
          expect(p.attainableFlopsPerSec).toBeLessThanOrEqual(hw.denseFlopsPerSec.fp16! * (1 + 1e-12));
          if (p.bound === 'memory') expect(Math.abs(p.attainableFlopsPerSec - p.intensity * hw.memoryBandwidthBytesPerSec) / p.attainableFlopsPerSec).toBeLessThan(1e-9);
        }
      }), { numRuns: 20 });
  });
  it('decode attention intensity does not grow with batch (each request reads its own KV cache)', () => {
    const hw = getHardware('a100-80gb-sxm');
    const at = (batch: number) => rooflinePoints(getModel('llama-2-7b'), hw, { phase: 'decode', batch, tokens: 2048 }).find((p) => p.class === 'attn-score')!.intensity;
    expect(Math.abs(at(64) - at(1)) / at(1)).toBeLessThan(1e-9);
  });
  it('groupBounds: prefill linears compute-bound, decode linears memory-bound at batch 1 on an A100', () => {
    const hw = getHardware('a100-80gb-sxm');
    const m = getModel('llama-2-7b');
    expect(groupBounds(rooflinePoints(m, hw, { phase: 'prefill', batch: 1, tokens: 1024 })).linear).toBe('compute');
    expect(groupBounds(rooflinePoints(m, hw, { phase: 'decode', batch: 1, tokens: 1024 })).linear).toBe('memory');
  });
});
