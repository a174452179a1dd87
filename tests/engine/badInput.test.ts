import { describe, expect, it } from 'vitest';
import {
  EngineError, getHardware, getModel, inferenceStep, kvCacheBytes, memoryBreakdown, modelFromHfConfig, weightBytes,
} from '../../src/engine/index.ts';

const m = getModel('llama-2-7b');
const a100 = getHardware('a100-80gb-sxm');

function expectEngineError(fn: () => unknown, field: string, key?: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).field).toBe(field);
    if (key) expect((e as EngineError).key).toBe(key);
    expect((e as EngineError).message).toContain(field);
    return;
  }
  throw new Error(`expected EngineError for ${field}`);
}

describe('bad input → EngineError naming the field', () => {
  it('NaN batch', () => expectEngineError(() => inferenceStep(m, a100, { phase: 'decode', batch: Number.NaN, tokens: 8 }), 'batch', 'notFinite'));
  it('Infinity tokens', () => expectEngineError(() => kvCacheBytes(m, { tokens: Number.POSITIVE_INFINITY }), 'tokens', 'notFinite'));
  it('negative tokens', () => expectEngineError(() => inferenceStep(m, a100, { phase: 'prefill', batch: 1, tokens: -5 }), 'tokens', 'notPositive'));
  it('zero batch', () => expectEngineError(() => memoryBreakdown(m, a100, { batch: 0, tokens: 8 }), 'batch', 'notPositive'));
  it('fractional batch', () => expectEngineError(() => inferenceStep(m, a100, { phase: 'decode', batch: 1.5, tokens: 8 }), 'batch', 'notInteger'));
  it('heads not divisible by KV heads', () =>
    expectEngineError(() => modelFromHfConfig({ model_type: 'llama', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 3,
      intermediate_size: 128, vocab_size: 100, max_position_embeddings: 32 }), 'numHeads', 'notDivisible'));
  it('TP degree not dividing the heads', () =>
    expectEngineError(() => inferenceStep(getModel('llama-2-13b'), a100, { phase: 'decode', batch: 1, tokens: 8, tp: 3 }), 'tp', 'notDivisible'));
  it('TP on hardware without an intra-node link', () =>
    expectEngineError(() => inferenceStep(m, getHardware('jetson-agx-orin-64gb'), { phase: 'decode', batch: 1, tokens: 8, tp: 2 }), 'tp'));
  it('unknown model preset id', () => expectEngineError(() => getModel('llama-9'), 'model', 'unknownPreset'));
  it('unknown hardware preset id', () => expectEngineError(() => getHardware('a100'), 'hardware', 'unknownPreset'));
  it('precision the hardware lacks (fp16 on K80)', () =>
    expectEngineError(() => inferenceStep(m, getHardware('k80'), { phase: 'decode', batch: 1, tokens: 8 }), 'activations', 'unsupportedPrecision'));
  it('config missing a field', () =>
    expectEngineError(() => modelFromHfConfig({ model_type: 'llama', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4,
      vocab_size: 100, max_position_embeddings: 32 }), 'intermediate_size', 'missingField'));
  it('config without model_type', () => expectEngineError(() => modelFromHfConfig({ hidden_size: 64 }), 'model_type', 'missingField'));
  it('config with a non-integer size', () =>
    expectEngineError(() => modelFromHfConfig({ model_type: 'gpt2', n_embd: '768', n_layer: 12, n_head: 12, n_positions: 1024, vocab_size: 50257 }), 'n_embd', 'invalidConfig'));
  it('unknown weight format', () => expectEngineError(() => weightBytes(m, 'int3' as never), 'format', 'unknownOption'));
  it('efficiency above 1', () =>
    expectEngineError(() => inferenceStep(m, a100, { phase: 'decode', batch: 1, tokens: 8, efficiency: { memoryEfficiency: 1.5 } }), 'efficiency.memoryEfficiency', 'outOfRange'));
});
