import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contiguousSlotWaste, EngineError, getHardware, getModel, inferenceStep } from '../../../src/engine/index.ts';
import { layerBuffers, layerTensorLifetimes, liveBytesByOp } from '../../../src/engine/memory/lifetimes.ts';
import { planReuse } from '../../../src/engine/memory/reuse.ts';
import { checkpointPlan } from '../../../src/engine/memory/recompute.ts';
import { kvSlotMap, meanPeakSlots, mulberry32, PAPER_FIG3_REQUESTS, seededRequests } from '../../../src/engine/memory/paging.ts';
import { offloadedLayerSet, offloadSweep, offloadTimeline } from '../../../src/engine/memory/offload.ts';

const llama7 = getModel('llama-2-7b');
const opt13 = getModel('opt-13b');

describe('layerTensorLifetimes', () => {
  it('gives the SwiGLU intermediate T·d_ff·2 bytes for llama-2-7b (11008 wide)', () => {
    const l = layerTensorLifetimes(llama7, { batch: 2, tokens: 512 });
    expect(l.tensors.find((t) => t.id === 'g')?.bytes).toBe(2 * 512 * 11008 * 2);
  });
  it('keeps the layer input x alive until the attention residual', () => {
    const l = layerTensorLifetimes(llama7, { batch: 1, tokens: 16 });
    const x = l.tensors.find((t) => t.id === 'x');
    expect(l.ops[x?.lastUse ?? -1]?.name).toBe('attn_residual');
  });
  it('materialises b·n_h·s² score bytes only with the naive kernel', () => {
    const naive = layerTensorLifetimes(llama7, { batch: 1, tokens: 128, attention: 'naive' });
    expect(naive.tensors.find((t) => t.id === 'S')?.bytes).toBe(32 * 128 * 128 * 2);
    expect(layerTensorLifetimes(llama7, { batch: 1, tokens: 128 }).tensors.some((t) => t.id === 'S')).toBe(false);
  });
  it('rejects batch 0 with an EngineError', () => {
    expect(() => layerTensorLifetimes(llama7, { batch: 0, tokens: 1 })).toThrow(EngineError);
  });
});

describe('planReuse', () => {
  const l = layerTensorLifetimes(llama7, { batch: 1, tokens: 512 });
  it('without reuse the arena is the sum of all tensors', () => {
    const p = planReuse(layerBuffers(l, false), 'none', l.ops.length);
    expect(p.peakBytes).toBe(l.tensors.reduce((s, t) => s + t.bytes, 0));
  });
  it('greedy-by-size and best-fit never go below the live-bytes lower bound and beat no reuse', () => {
    for (const s of ['best-fit', 'greedy-by-size'] as const) {
      const p = planReuse(layerBuffers(l, false), s, l.ops.length);
      expect(p.peakBytes).toBeGreaterThanOrEqual(p.lowerBoundBytes);
      expect(p.peakBytes).toBeLessThan(p.totalBytes);
    }
  });
  it('in-place operators lower the lower bound (act·mul writes over gate)', () => {
    const a = planReuse(layerBuffers(l, false), 'greedy-by-size', l.ops.length);
    const b = planReuse(layerBuffers(l, true), 'greedy-by-size', l.ops.length);
    expect(b.lowerBoundBytes).toBeLessThan(a.lowerBoundBytes);
  });
  it('no two placements that overlap in time overlap in memory (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4096 }), fc.boolean(), fc.constantFrom('best-fit' as const, 'greedy-by-size' as const), fc.constantFrom('flash' as const, 'naive' as const),
      (batch, tokens, inPlace, strategy, attention) => {
        const lt = layerTensorLifetimes(opt13, { batch, tokens, attention });
        const p = planReuse(layerBuffers(lt, inPlace), strategy, lt.ops.length);
        for (const a of p.placements) for (const b of p.placements) {
          if (a === b || a.start > b.end || b.start > a.end) continue;
          expect(a.offset + a.bytes <= b.offset || b.offset + b.bytes <= a.offset).toBe(true);
        }
        expect(p.peakBytes).toBeGreaterThanOrEqual(p.lowerBoundBytes);
      }), { numRuns: 60 });
  });
  it('liveBytesByOp sums to the same total as bytes × lifetime', () => {
    const bufs = layerBuffers(l, true);
    const live = liveBytesByOp(bufs, l.ops.length);
    expect(live.reduce((s, v) => s + v, 0)).toBe(bufs.reduce((s, b) => s + b.bytes * (b.end - b.start + 1), 0));
  });
});

describe('checkpointPlan', () => {
  const base = { layers: 32, layerInputBytes: 1, layerStashBytes: 10, layerFlops: 100, layerSeconds: 1 };
  it('k = L keeps everything and recomputes nothing', () => {
    const p = checkpointPlan({ ...base, segmentLayers: 32 });
    expect(p.keptBytes).toBe(320);
    expect(p.extraFlops).toBe(0);
  });
  it('k = 1 keeps L checkpoints plus one layer and re-runs L − 1 layers (Chen et al. Sec. 4)', () => {
    const p = checkpointPlan({ ...base, segmentLayers: 1 });
    expect(p.keptBytes).toBe(32 + 10);
    expect(p.extraFlops).toBe(31 * 100);
  });
  it('extra FLOPs fall as the segment grows (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 31 }), (k) => {
      expect(checkpointPlan({ ...base, segmentLayers: k + 1 }).extraFlops).toBeLessThan(checkpointPlan({ ...base, segmentLayers: k }).extraFlops);
    }));
  });
  it('rejects a segment longer than the model', () => {
    expect(() => checkpointPlan({ ...base, segmentLayers: 33 })).toThrow(EngineError);
  });
});

describe('kvSlotMap', () => {
  const golden = [
    { request: 'A', neverUsed: 2038, source: 'kwon-2023-vllm Fig. 3' },
    { request: 'B', neverUsed: 507, source: 'kwon-2023-vllm Fig. 3' },
  ];
  for (const g of golden) {
    it(`contiguous pre-allocation leaves ${g.neverUsed} slots of request ${g.request} never used (${g.source})`, () => {
      const m = kvSlotMap({ requests: PAPER_FIG3_REQUESTS, allocation: 'contiguous', blockTokens: 16, poolSlots: 2560, step: 1 });
      const r = m.requests.find((q) => q.id === g.request);
      expect(Math.abs((r?.internal ?? 0) - g.neverUsed) / g.neverUsed).toBeLessThanOrEqual(0);
      const req = PAPER_FIG3_REQUESTS.find((q) => q.id === g.request);
      if (!req) throw new Error('missing');
      expect(contiguousSlotWaste({ maxLength: req.maxLength, promptTokens: req.promptTokens, generatedTokens: 1, reservedTokens: req.outputTokens - 1 }).neverUsedSlots).toBe(g.neverUsed);
    });
  }
  it('paging leaves less than one block of waste per request', () => {
    const reqs = seededRequests({ seed: 7, count: 8, maxLength: 2048 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 128 }), fc.integer({ min: 0, max: 2048 }), (B, step) => {
      const m = kvSlotMap({ requests: reqs, allocation: 'paged', blockTokens: B, poolSlots: 8 * 2048, step });
      for (const r of m.requests) if (r.admitted) expect(r.reserved + r.internal).toBeLessThan(B);
    }), { numRuns: 40 });
  });
  it('slot totals add up to the pool', () => {
    const reqs = seededRequests({ seed: 3, count: 6, maxLength: 1024 });
    for (const allocation of ['contiguous', 'paged'] as const) {
      const m = kvSlotMap({ requests: reqs, allocation, blockTokens: 16, poolSlots: 4000, step: 50 });
      expect(Object.values(m.totals).reduce((s, v) => s + v, 0)).toBe(4000);
    }
  });
  it('paging admits at least as many requests as contiguous allocation', () => {
    const reqs = seededRequests({ seed: 11, count: 12, maxLength: 2048 });
    const c = kvSlotMap({ requests: reqs, allocation: 'contiguous', blockTokens: 16, poolSlots: 8192, step: 0 });
    const p = kvSlotMap({ requests: reqs, allocation: 'paged', blockTokens: 16, poolSlots: 8192, step: 0 });
    expect(p.admitted).toBeGreaterThanOrEqual(c.admitted);
  });
  it('seededRequests is deterministic for a seed and differs between seeds', () => {
    expect(seededRequests({ seed: 5, count: 4, maxLength: 512 })).toEqual(seededRequests({ seed: 5, count: 4, maxLength: 512 }));
    expect(seededRequests({ seed: 5, count: 4, maxLength: 512 })).not.toEqual(seededRequests({ seed: 6, count: 4, maxLength: 512 }));
    expect(mulberry32(1)()).toBeLessThan(1);
  });
  it('meanPeakSlots is the maximum length under contiguous allocation', () => {
    expect(meanPeakSlots(seededRequests({ seed: 1, count: 4, maxLength: 2048 }), 'contiguous', 16)).toBe(2048);
  });
  it('rejects block size 129', () => {
    expect(() => kvSlotMap({ requests: PAPER_FIG3_REQUESTS, allocation: 'paged', blockTokens: 129, poolSlots: 2560, step: 1 })).toThrow(EngineError);
  });
});

describe('offloadTimeline', () => {
  const l13 = getModel('llama-2-13b');
  const rtx = getHardware('rtx-4090');
  it('with nothing offloaded the step equals the engine step time', () => {
    const r = offloadTimeline(l13, rtx, { target: 'weights', fraction: 0, prefetch: true, phase: 'decode', batch: 1, tokens: 512 });
    const s = inferenceStep(l13, rtx, { phase: 'decode', batch: 1, tokens: 512 });
    expect(Math.abs(r.stepSeconds - s.seconds) / s.seconds).toBeLessThan(1e-9);
  });
  it('prefetch is never slower than no prefetch (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('weights' as const, 'kv' as const, 'activations' as const), fc.constantFrom('prefill' as const, 'decode' as const), (f, target, phase) => {
      const a = offloadTimeline(l13, rtx, { target, fraction: f, prefetch: true, phase, batch: 4, tokens: 256 });
      const b = offloadTimeline(l13, rtx, { target, fraction: f, prefetch: false, phase, batch: 4, tokens: 256 });
      expect(a.stepSeconds).toBeLessThanOrEqual(b.stepSeconds * (1 + 1e-12));
    }), { numRuns: 40 });
  });
  it('decode weight offload stalls: a layer of FP16 weights over PCIe 4 takes longer than its compute', () => {
    const r = offloadTimeline(l13, rtx, { target: 'weights', fraction: 1, prefetch: true, phase: 'decode', batch: 1, tokens: 512 });
    expect(r.layerTransferSeconds).toBeGreaterThan(r.layerComputeSeconds);
    expect(r.stallSeconds).toBeGreaterThan(0);
  });
  it('prefill at a long prompt hides weight transfers under compute (break-even at 100%)', () => {
    const sweep = offloadSweep(l13, rtx, { target: 'weights', prefetch: true, phase: 'prefill', batch: 8, tokens: 2048 });
    expect(sweep.breakEvenFraction).toBe(1);
  });
  it('offloadedLayerSet picks round(L·f) layers', () => {
    expect(offloadedLayerSet(40, 0.5).filter(Boolean).length).toBe(20);
    expect(offloadedLayerSet(40, 1).every(Boolean)).toBe(true);
  });
});
