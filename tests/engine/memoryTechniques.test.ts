/**
 * Memory techniques as inference does them (issue #10 item 1): the strategy
 * rows against inference baselines, preemption by recompute or swap (Kwon et
 * al. 2023 §4.5) with its crossover, chunked prefill (SARATHI).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activationPeakBytes, chunkedPrefill, EngineError, getHardware, getModel, inferenceStep, kvBytesPerToken, MEMORY_STRATEGY_IDS, memoryStrategyRows,
  preemptionCost, preemptionCrossover, tensorParallelLayout, type HardwareSpec, type ModelSpec,
} from '../../src/engine/index.ts';

const models = ['llama-2-7b', 'llama-2-13b', 'opt-13b', 'mixtral-8x7b', 'llama-2-70b'].map(getModel);
const devices = ['a100-80gb-sxm', 'a100-40gb-sxm', 'h100-sxm', 'l4', 'rtx-4090'].map(getHardware);

describe('memoryStrategyRows: every saving within its baseline, every baseline within the device', () => {
  it('holds for random models, devices, batches and lengths (or the configuration is rejected, naming the batch)', () => {
    fc.assert(fc.property(
      fc.constantFrom<ModelSpec>(...models), fc.constantFrom<HardwareSpec>(...devices), fc.integer({ min: 1, max: 256 }), fc.integer({ min: 1, max: 4096 }),
      (model, hw, batch, length) => {
        const tokens = Math.min(length, model.maxPositionEmbeddings);
        let rows;
        try {
          rows = memoryStrategyRows(model, hw, { batch, tokens });
        } catch (e) {
          expect(e).toBeInstanceOf(EngineError);
          expect((e as EngineError).field).toBe('batch');
          return;
        }
        expect(rows.map((r) => r.id)).toEqual(MEMORY_STRATEGY_IDS);
        for (const r of rows) {
          expect(r.savedBytes, r.id).toBeGreaterThanOrEqual(0);
          expect(r.savedBytes, r.id).toBeLessThanOrEqual(r.baselineBytes * (1 + 1e-12));
          expect(r.savedBytes, r.id).toBeLessThanOrEqual(hw.memoryCapacityBytes);
          expect(r.baselineBytes, r.id).toBeLessThanOrEqual(hw.memoryCapacityBytes);
        }
      },
    ), { seed: 0x4e4, numRuns: 40 });
  });

  it('the issue\'s case — Llama-2-7B, batch 64 × 4096 on an A100 80GB — no longer reports a saving beyond the card', () => {
    const hw = getHardware('a100-80gb-sxm');
    const rows = memoryStrategyRows(getModel('llama-2-7b'), hw, { batch: 64, tokens: 4096 });
    const tp = rows[0]!.tp;
    expect(tp).toBeGreaterThan(1); // 64 × 4096 tokens of KV (128 GiB) need more than one card
    for (const r of rows) expect(r.savedBytes / hw.memoryCapacityBytes, r.id).toBeLessThan(1);
  });

  it('chunked prefill\'s baseline is the one-layer live peak of one prompt\'s prefill (the inference baseline, one function)', () => {
    const model = getModel('llama-2-13b');
    const rows = memoryStrategyRows(model, getHardware('a100-80gb-sxm'), { batch: 4, tokens: 2048, tp: 2 });
    const chunked = rows.find((r) => r.id === 'chunked-prefill')!;
    expect(chunked.baselineBytes).toBe(activationPeakBytes(model, 1, 2048, 'fp16', tensorParallelLayout(model, 2), 2, 'flash'));
    expect(chunked.savedBytes).toBe(chunked.baselineBytes - activationPeakBytes(model, 1, 512, 'fp16', tensorParallelLayout(model, 2), 2, 'flash'));
  });
});

describe('preemption: recompute or swap', () => {
  const m7 = getModel('llama-2-7b');
  const h100 = getHardware('h100-sxm');

  it('frees the sequence\'s KV either way; recompute is its prefill, swap its KV both ways over PCIe', () => {
    const c = preemptionCost(m7, h100, { tokens: 1000 });
    expect(c.kvBytes).toBe(1000 * kvBytesPerToken(m7));
    expect(c.swapBytes).toBe(2 * c.kvBytes);
    expect(c.recomputeSeconds).toBe(inferenceStep(m7, h100, { phase: 'prefill', batch: 1, tokens: 1000 }).seconds);
    // PCIe 5.0 x16 (H100): the bytes alone take 2·M/β, the per-block copies add their latencies.
    expect(c.swapSeconds).toBeGreaterThan(c.swapBytes / c.linkBytesPerSec);
    expect(c.swapCopies).toBe(2 * m7.numLayers * Math.ceil(1000 / 16));
  });

  it('the crossover lengths are where the cheaper way changes', () => {
    fc.assert(fc.property(fc.constantFrom<ModelSpec>(...models.slice(0, 3)), fc.constantFrom<HardwareSpec>(...devices), fc.constantFrom('ideal', 'realistic' as const), (model, hw, efficiency) => {
      const x = preemptionCrossover(model, hw, { efficiency });
      const cheaper = (n: number) => preemptionCost(model, hw, { tokens: n, efficiency }).cheaper;
      expect(cheaper(1)).toBe(x.cheaperAtOneToken);
      for (const n of x.lengths) expect(cheaper(n)).not.toBe(cheaper(n - 1));
    }), { seed: 0x5a9, numRuns: 15 });
  });

  it('Llama-2-7B on H100 (PCIe 5.0): swap for short sequences, recompute beyond a few hundred tokens', () => {
    const x = preemptionCrossover(m7, h100, { efficiency: 'ideal' });
    expect(x.cheaperAtOneToken).toBe('swap');
    expect(x.lengths.length).toBeGreaterThanOrEqual(1);
    expect(x.lengths[0]).toBeGreaterThan(16);
    expect(x.lengths[0]).toBeLessThan(2048);
  });

  it('a slower link makes swapping dearer, so recompute wins from shorter sequences (PCIe 4.0 instead of 5.0)', () => {
    const gen5 = preemptionCrossover(m7, h100, { efficiency: 'ideal' }).lengths[0]!;
    const gen4 = preemptionCrossover(m7, h100, { efficiency: 'ideal', link: 'pcie-4-x16' }).lengths[0]!;
    expect(gen4).toBeLessThan(gen5);
  });
});

describe('chunked prefill', () => {
  const m = getModel('llama-2-7b');
  const a100 = getHardware('a100-80gb-sxm');

  it('one chunk as long as the prompt changes nothing', () => {
    const r = chunkedPrefill(m, a100, { promptTokens: 2000, chunkTokens: 4096, decodeBatch: 8 });
    expect(r.chunks).toBe(1);
    expect(r.savedActivationBytes).toBe(0);
    expect(r.ttftSeconds).toBeCloseTo(r.unchunkedTtftSeconds, 12);
  });

  it('smaller chunks: lower activation peak and shorter decode stall, longer TTFT', () => {
    fc.assert(fc.property(fc.integer({ min: 1024, max: 4000 }), fc.integer({ min: 0, max: 64 }), (prompt, decodeBatch) => {
      const big = chunkedPrefill(m, a100, { promptTokens: prompt, chunkTokens: 1024, decodeBatch });
      const small = chunkedPrefill(m, a100, { promptTokens: prompt, chunkTokens: 256, decodeBatch });
      expect(small.activationPeakBytes).toBeLessThan(big.activationPeakBytes);
      expect(small.maxStallSeconds).toBeLessThanOrEqual(big.maxStallSeconds);
      expect(small.ttftSeconds).toBeGreaterThanOrEqual(big.ttftSeconds);
      expect(big.maxStallSeconds).toBeLessThanOrEqual(big.unchunkedStallSeconds);
    }), { seed: 0xc4, numRuns: 20 });
  });

  it('decodes ride on a chunk: one chunk + decodes costs less than the two steps apart', () => {
    const alone = chunkedPrefill(m, a100, { promptTokens: 512, chunkTokens: 512 }).ttftSeconds;
    const withDecodes = chunkedPrefill(m, a100, { promptTokens: 512, chunkTokens: 512, decodeBatch: 32, decodeContext: 1024 });
    expect(withDecodes.ttftSeconds).toBeLessThan(alone + withDecodes.decodeSeconds);
  });
});
