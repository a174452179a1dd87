// Memory per GPU of a tensor- or pipeline-parallel step (parallelMemory, carried
// by every parallelStep): the views of 图9, 图10, 表9 and 表10 show a step only
// when it fits (issue #9 item 9).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEMORY_UTILIZATION, getHardware, getModel, kvCacheBytes, memoryBreakdown, parallelMemory, parallelMemoryDerivation,
  parallelStep, weightBytes, workspaceBytes, type ParallelMemoryConfig, type ParallelStepConfig,
} from '../../../src/engine/index.ts';

const GiB = 2 ** 30;
const gpt3 = getModel('gpt-3-175b');
const llama70 = getModel('llama-2-70b');
const a100x40 = getHardware('a100-40gb-sxm');
const a100 = getHardware('a100-80gb-sxm');
const base: ParallelMemoryConfig = { model: llama70, hardware: a100, mode: 'tp', phase: 'decode', degree: 8, batch: 16, tokens: 1024 };
const MODELS = ['llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b', 'mixtral-8x7b', 'opt-66b', 'gpt-3-175b', 'qwen2.5-0.5b'].map(getModel);

describe('parallelMemory', () => {
  it('GPT-3 175B on 2× A100 40GB (TP, decode, batch 16 at 1,024 tokens): ~199 GiB per GPU of 36 GiB usable — does not fit', () => {
    const m = parallelMemory({ ...base, model: gpt3, hardware: a100x40, degree: 2 });
    expect(m.fits).toBe(false);
    expect(m.usable).toBeCloseTo(a100x40.memoryCapacityBytes * DEFAULT_MEMORY_UTILIZATION);
    expect(m.usable / GiB).toBeCloseTo(36, 6);
    // Half the 325 GiB checkpoint plus half the batch's 72 GiB KV cache.
    expect(m.weights / GiB).toBeCloseTo(weightBytes(gpt3, 'fp16') / 2 / GiB, 0);
    expect(m.kv).toBeCloseTo(kvCacheBytes(gpt3, { batch: 16, tokens: 1024 }) / 2);
    expect(m.total / GiB).toBeGreaterThan(198);
    expect(m.total / GiB).toBeLessThan(200);
    expect(m.overBytes).toBeCloseTo(m.total - m.usable);
  });

  it('the stories fit: Llama-2-70B over 8 A100 80GB, tensor or pipeline parallel', () => {
    for (const mode of ['tp', 'pp'] as const) {
      const m = parallelMemory({ ...base, mode });
      expect(m.fits).toBe(true);
      expect(m.overBytes).toBe(0);
    }
  });

  it('tensor parallel is memoryBreakdown at tp = t, with the step’s own activation peak (1 token in decode, the prompt in prefill)', () => {
    for (const phase of ['decode', 'prefill'] as const) for (const degree of [1, 2, 4, 8]) {
      const m = parallelMemory({ ...base, phase, degree });
      const b = memoryBreakdown(llama70, a100, { batch: 16, tokens: 1024, stepTokens: phase === 'prefill' ? 1024 : 1, tp: degree });
      expect(m.total).toBe(b.total);
      expect(m.perGpu).toEqual(Array.from({ length: degree }, () => b.total));
    }
  });

  it('pipeline stages hold the whole checkpoint between them (a tied table once more, on the last stage) and the whole KV cache', () => {
    for (const model of MODELS) for (const degree of [1, 2, 4, 8]) {
      const m = parallelMemory({ ...base, model, mode: 'pp', degree, microBatches: 4 });
      expect(m.perGpu).toHaveLength(degree);
      expect(m.pipeline!.kvAllLayers).toBeCloseTo(kvCacheBytes(model, { batch: 16, tokens: 1024 }));
      // Σ_s M_s = Σ weights + M_KV + p·A + S (the logits on the last stage only).
      const weights = m.perGpu.reduce((a, x) => a + x, 0) - m.pipeline!.kvAllLayers - degree * m.activations - workspaceBytes(model, 4, 1);
      const tiedCopy = model.tieWordEmbeddings && degree > 1 ? model.vocabSize * model.hiddenSize * 2 : 0;
      expect(weights / (weightBytes(model, 'fp16') + tiedCopy)).toBeCloseTo(1, 9);
    }
  });

  it('one pipeline stage holds what one unsplit GPU does (weights and KV cache)', () => {
    for (const model of MODELS) {
      const pp = parallelMemory({ ...base, model, mode: 'pp', degree: 1, microBatches: 1 });
      const tp = parallelMemory({ ...base, model, mode: 'tp', degree: 1 });
      expect(pp.weights).toBeCloseTo(tp.weights, -3);
      expect(pp.kv).toBeCloseTo(tp.kv, -3);
    }
  });

  it('the stage shown is the one that needs the most, and the derivation names it', () => {
    const m = parallelMemory({ ...base, model: gpt3, hardware: a100x40, mode: 'pp', degree: 4 });
    expect(m.total).toBe(Math.max(...m.perGpu));
    expect(m.perGpu[m.pipeline!.stage]).toBe(m.total);
    const d = parallelMemoryDerivation(m);
    expect(d.id).toBe('pp-memory');
    expect(d.params).toEqual({ stage: m.pipeline!.stage + 1, stages: 4 });
    expect(d.result.value).toBe(m.total);
  });

  it('more GPUs never need more memory per GPU; more micro-batches never more per stage', () => {
    fc.assert(fc.property(
      fc.constantFrom(...MODELS.filter((m) => m.numHeads % 8 === 0 && (m.numKvHeads % 8 === 0 || 8 % m.numKvHeads === 0))),
      fc.constantFrom('tp' as const, 'pp' as const), fc.constantFrom('decode' as const, 'prefill' as const),
      fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 4096 }),
      (model, mode, phase, batch, tokens) => {
        const at = (degree: number, microBatches = 1) => parallelMemory({ model, hardware: a100, mode, phase, degree, batch, tokens, microBatches }).total;
        expect(at(2)).toBeLessThanOrEqual(at(1) * (1 + 1e-12));
        expect(at(4)).toBeLessThanOrEqual(at(2) * (1 + 1e-12));
        expect(at(8)).toBeLessThanOrEqual(at(4) * (1 + 1e-12));
        if (mode === 'pp') expect(at(4, Math.min(batch, 8))).toBeLessThanOrEqual(at(4, 1) * (1 + 1e-12));
      },
    ), { numRuns: 40 });
  });

  it('every parallelStep carries the memory of its layout (the micro-batches it ran with)', () => {
    const config: ParallelStepConfig = {
      model: gpt3, hardware: a100x40, mode: 'tp', phase: 'decode', degree: 2, batch: 16, tokens: 1024, overlap: false, microBatches: 4, topology: 'nvlink', transport: 'rdma',
    };
    const tp = parallelStep(config);
    expect(tp.memory).toEqual(parallelMemory({ ...config, mode: 'tp' }));
    expect(tp.memory.fits).toBe(false);
    const pp = parallelStep({ ...config, mode: 'pp' }, { microBatches: 8 });
    expect(pp.memory).toEqual(parallelMemory({ ...config, mode: 'pp', microBatches: 8 }));
    // The context is capped at the model's limit, as the step is.
    const long = parallelStep({ ...config, model: llama70, hardware: a100, degree: 8, tokens: 100_000 });
    expect(long.memory.kv).toBeCloseTo(parallelMemory({ ...config, model: llama70, hardware: a100, degree: 8, tokens: llama70.maxPositionEmbeddings }).kv);
  });

  it('rejects what it cannot lay out, naming the field', () => {
    const throwsField = (fn: () => unknown, field: string) => expect(fn).toThrowError(expect.objectContaining({ name: 'EngineError', field }));
    throwsField(() => parallelMemory({ ...base, degree: 0 }), 'degree');
    throwsField(() => parallelMemory({ ...base, batch: 1.5 }), 'batch');
    throwsField(() => parallelMemory({ ...base, tokens: -1 }), 'tokens');
    throwsField(() => parallelMemory({ ...base, mode: 'dp' as 'tp' }), 'mode');
    throwsField(() => parallelMemory({ ...base, phase: 'train' as 'decode' }), 'phase');
    throwsField(() => parallelMemory({ ...base, mode: 'pp', microBatches: 0 }), 'microBatches');
    throwsField(() => parallelMemory({ ...base, degree: 3 }), 'tp');
    throwsField(() => parallelMemory(null as unknown as ParallelMemoryConfig), 'config');
  });
});
