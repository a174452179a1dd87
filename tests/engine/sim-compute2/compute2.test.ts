import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, getHardware, getModel, KiB } from '../../../src/engine/index.ts';
import { attentionCrossovers, attentionIo } from '../../../src/engine/compute/flashAttention.ts';
import { FUSION_CHAINS, fusionChain, fusionCost } from '../../../src/engine/compute/fusion.ts';
import { computeStrategies } from '../../../src/engine/compute/computeStrategies.ts';
import { simulateBatching } from '../../../src/engine/serving/batching.ts';
import { requestStream } from '../../../src/engine/serving/requestStream.ts';
import { replicasVsTp } from '../../../src/engine/serving/replicasVsTp.ts';
import { schedulePipeline } from '../../../src/engine/serving/taskPipeline.ts';

const m7 = getModel('llama-2-7b');
const m13 = getModel('llama-2-13b');
const a100 = getHardware('a100-80gb-sxm');

describe('fusionCost', () => {
  it('fusionCost never moves more bytes fused than unfused and keeps the FLOPs', () => {
    fc.assert(fc.property(fc.constantFrom(...FUSION_CHAINS), fc.integer({ min: 1, max: 8192 }), (chain, T) => {
      const r = fusionCost(fusionChain(m7, chain, { tokens: T, contextTokens: T, batch: 1 }), a100);
      return r.fused.bytes <= r.unfused.bytes && r.fused.flops === r.unfused.flops && r.fused.intensity >= r.unfused.intensity && r.speedup >= 1;
    }));
  });
  it('fusionCost of SiLU·gate moves 5Tf elements unfused and 3Tf fused', () => {
    const T = 512;
    const f = m7.intermediateSize;
    const r = fusionCost(fusionChain(m7, 'silu-gate', { tokens: T, contextTokens: T, batch: 1 }), a100);
    expect(r.unfused.bytes).toBe(2 * 5 * T * f);
    expect(r.fused.bytes).toBe(2 * 3 * T * f);
  });
  it('fusionChain rejects an unknown chain with an EngineError', () => {
    expect(() => fusionChain(m7, 'nope' as never, { tokens: 1, contextTokens: 1, batch: 1 })).toThrow(EngineError);
  });
});

describe('attentionIo', () => {
  // Dao et al. 2022, Theorem 2: standard Θ(Nd + N²); FlashAttention Θ(N²d²/M). Source: 'dao-2022-flashattention-io'.
  it('attentionIo standard traffic quadruples when N doubles at large N', () => {
    const a = attentionIo({ seqLen: 16384, headDim: 128, sramBytes: 164 * KiB });
    const b = attentionIo({ seqLen: 32768, headDim: 128, sramBytes: 164 * KiB });
    expect(b.standardBytes / a.standardBytes).toBeCloseTo(4, 1);
  });
  it('attentionIo FlashAttention traffic is within 5% of 12aN²d²/M at large N', () => {
    const N = 65536; const d = 128; const M = (164 * KiB) / 2;
    const r = attentionIo({ seqLen: N, headDim: d, sramBytes: 164 * KiB });
    const theory = (12 * 2 * N * N * d * d) / M;
    expect(Math.abs(r.flashBytes - theory) / theory).toBeLessThan(0.05);
  });
  it('attentionIo FlashAttention traffic never rises when SRAM grows', () => {
    fc.assert(fc.property(fc.integer({ min: 64, max: 65536 }), fc.integer({ min: 16, max: 1024 }), (N, kib) => {
      const small = attentionIo({ seqLen: N, headDim: 128, sramBytes: kib * KiB });
      const big = attentionIo({ seqLen: N, headDim: 128, sramBytes: 2 * kib * KiB });
      return big.flashBytes <= small.flashBytes;
    }));
  });
  it('attentionCrossovers finds a compute-bound N for d = 64 on an A100 but none for d = 128', () => {
    expect(attentionCrossovers(a100, 'fp16', { headDim: 64, sramBytes: 164 * KiB }).flashComputeBoundFrom).not.toBeNull();
    expect(attentionCrossovers(a100, 'fp16', { headDim: 128, sramBytes: 164 * KiB }).flashComputeBoundFrom).toBeNull();
  });
});

describe('simulateBatching', () => {
  const stream = requestStream({ count: 24, ratePerSecond: 4, seed: 7, promptTokens: [32, 512], outputTokens: [8, 256] });
  it('requestStream gives the same stream for the same seed', () => {
    expect(requestStream({ count: 24, ratePerSecond: 4, seed: 7, promptTokens: [32, 512], outputTokens: [8, 256] })).toEqual(stream);
  });
  it('simulateBatching continuous beats static on throughput and mean latency for the seeded stream', () => {
    const st = simulateBatching(m13, a100, stream, { policy: 'static', slots: 8 });
    const co = simulateBatching(m13, a100, stream, { policy: 'continuous', slots: 8 });
    expect(co.tokensPerSecond).toBeGreaterThan(st.tokensPerSecond);
    expect(co.meanLatencySeconds).toBeLessThan(st.meanLatencySeconds);
  });
  it('simulateBatching never lets a request finish before it arrives or overfill its slots', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 16 }), fc.constantFrom('static' as const, 'continuous' as const), (seed, slots, policy) => {
      const s = requestStream({ count: 10, ratePerSecond: 5, seed, promptTokens: [16, 128], outputTokens: [2, 64] });
      const r = simulateBatching(m7, a100, s, { policy, slots });
      return r.requests.every((q) => q.finishSeconds >= q.firstTokenSeconds && q.firstTokenSeconds > q.arrivalSeconds) && r.segments.every((g) => g.slot < slots);
    }), { numRuns: 20 });
  });
});

describe('replicasVsTp and schedulePipeline', () => {
  it('replicasVsTp: TP cuts TPOT against replicas on the same 8 GPUs', () => {
    const rows = replicasVsTp(m13, a100, { gpus: 8, perGpuBatch: 8, promptTokens: 512, contextTokens: 640 });
    expect(rows.map((r) => r.tp)).toEqual([1, 2, 4, 8]);
    expect((rows[3] as { tpotSeconds: number }).tpotSeconds).toBeLessThan((rows[0] as { tpotSeconds: number }).tpotSeconds);
  });
  it('schedulePipeline pipelined makespan is Σ stages + (J−1)·max stage', () => {
    const times = { tokenise: 1, prefill: 3, decode: 5, detokenise: 2 };
    expect(schedulePipeline(times, 4, 'pipelined').makespanSeconds).toBeCloseTo(11 + 3 * 5);
    expect(schedulePipeline(times, 4, 'sequential').makespanSeconds).toBeCloseTo(44);
  });
});

describe('computeStrategies', () => {
  it('computeStrategies gives one finite speed-up ≥ 1 per technique on an A100', () => {
    const rows = computeStrategies(m7, a100);
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r.speedup !== null && Number.isFinite(r.speedup) && r.speedup >= 1).toBe(true);
  });
});
