import { describe, expect, it } from 'vitest';
import {
  activeParamCount, expectedDistinctExperts, getHardware, getModel, inferenceStep, INT4_G128_FP16, INT4_G128_FP16_ZP4,
  modelFromHfConfig, paramCount, tensorInventory, weightBytes, weightBytesBreakdown,
} from '../../src/engine/index.ts';

const a100 = getHardware('a100-80gb-sxm');

describe('presets and configs', () => {
  it('modelFromHfConfig reads num_key_value_heads and explicit head_dim (Llama-3.2-1B)', () => {
    const m = getModel('llama-3.2-1b');
    expect(m.numKvHeads).toBe(8);
    expect(m.headDim).toBe(64);
    expect(m.tieWordEmbeddings).toBe(true);
  });
  it('paramCount counts tied embeddings once (Llama-3.2-1B = 1,235,814,400)', () => {
    expect(paramCount(getModel('llama-3.2-1b'))).toBe(1235814400);
    expect(tensorInventory(getModel('llama-3.2-1b')).matrices.some((t) => t.name === 'lm_head')).toBe(false);
  });
  it('paramCount of Qwen2.5-0.5B includes its q/k/v biases (494,032,768)', () => {
    expect(paramCount(getModel('qwen2.5-0.5b'))).toBe(494032768);
  });
  it('OPT has 2 extra learned position rows, LayerNorm biases and linear biases (OPT-13B = 12,853,473,280)', () => {
    const m = getModel('opt-13b');
    expect(m.position).toEqual({ kind: 'learned', offset: 2 });
    expect(tensorInventory(m).matrices.find((t) => t.name === 'embed_positions')?.rows).toBe(2050);
    expect(paramCount(m)).toBe(12853473280);
  });
  it('GPT-3 175B has d 12288, 96 layers, 96 heads, vocab 50257, context 2048 and ≈ 175B parameters', () => {
    const m = getModel('gpt-3-175b');
    expect([m.hiddenSize, m.numLayers, m.numHeads, m.vocabSize, m.maxPositionEmbeddings]).toEqual([12288, 96, 96, 50257, 2048]);
    expect(paramCount(m) / 175e9).toBeCloseTo(1, 2);
  });
  it('activeParamCount(mixtral-8x7b) counts 2 of 8 experts (≈ 12.9B)', () => {
    expect(activeParamCount(getModel('mixtral-8x7b'))).toBe(12879925248);
    expect(activeParamCount(getModel('llama-2-7b'))).toBe(paramCount(getModel('llama-2-7b')));
  });
  it('modelFromHfConfig defaults num_key_value_heads to num_attention_heads when absent', () => {
    const m = modelFromHfConfig({ model_type: 'llama', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, intermediate_size: 128, vocab_size: 100, max_position_embeddings: 32 });
    expect(m.numKvHeads).toBe(4);
    expect(m.headDim).toBe(16);
  });
  it('modelFromHfConfig reads a GPT-2 config (124M parameters)', () => {
    const m = modelFromHfConfig({ model_type: 'gpt2', n_embd: 768, n_layer: 12, n_head: 12, n_positions: 1024, vocab_size: 50257 });
    expect(paramCount(m)).toBe(124439808);
  });
});

describe('weight formats', () => {
  const m = getModel('llama-2-70b');
  const inv = tensorInventory(m);
  const vectors = inv.vectors.reduce((s, v) => s + v.length * v.count, 0);
  const tables = inv.matrices.filter((t) => t.role === 'embedding' || t.role === 'lm-head').reduce((s, t) => s + t.rows * t.cols * t.count, 0);
  it("weightBytes of { bits: 4, embeddingBits: 4, vectorBits: 4 } is exactly half a byte per parameter", () =>
    expect(weightBytes(m, { bits: 4, embeddingBits: 4, vectorBits: 4 })).toBe(paramCount(m) / 2));
  it("weightBytes of bare 'int4' keeps the embedding/lm_head tables and the norm vectors in FP16", () =>
    expect(weightBytes(m, 'int4')).toBe((paramCount(m) - vectors - tables) / 2 + 2 * (vectors + tables)));
  it('INT4 with groups of 128 and FP16 scales adds 16/128 bits per quantised matrix weight (not to the FP16 tables)', () => {
    const r = weightBytesBreakdown(m, INT4_G128_FP16);
    expect(r.groupOverhead).toBeCloseTo(((paramCount(m) - vectors - tables) * 16) / 128 / 8, 0);
    expect(weightBytes(m, INT4_G128_FP16_ZP4)).toBeGreaterThan(weightBytes(m, INT4_G128_FP16));
  });
  it('weightBytes grows when embeddingBits or vectorBits grow', () => {
    expect(weightBytes(m, { bits: 4, embeddingBits: 16 })).toBeGreaterThan(weightBytes(m, { bits: 4, embeddingBits: 4 }));
    expect(weightBytes(m, { bits: 4, vectorBits: 16 })).toBeGreaterThan(weightBytes(m, { bits: 4, vectorBits: 4 }));
  });
  it('FP16 and FP32 weightBytes are paramCount × 2 and × 4 (nothing is kept apart)', () => {
    expect(weightBytes(m, 'fp16')).toBe(paramCount(m) * 2);
    expect(weightBytes(m, 'fp32')).toBe(paramCount(m) * 4);
  });
});

describe('operators', () => {
  const m = getModel('llama-2-7b');
  const step = (phase: 'prefill' | 'decode', tokens: number, batch = 1) =>
    inferenceStep(m, a100, { phase, batch, tokens, efficiency: 'ideal' });
  const op = (r: ReturnType<typeof step>, name: string) => r.ops.find((o) => o.name === name)!;

  it('prefill runs lm_head on the last position only', () => {
    expect(op(step('prefill', 512), 'lm_head').flops).toBe(op(step('decode', 512), 'lm_head').flops);
    expect(op(step('prefill', 512, 4), 'lm_head').flops).toBe(2 * 4 * m.hiddenSize * m.vocabSize);
  });
  it('decode attention FLOPs and KV bytes grow linearly with context', () => {
    const a = op(step('decode', 1000), 'attn_scores');
    const b = op(step('decode', 2000), 'attn_scores');
    expect(b.flops).toBeCloseTo(2 * a.flops, 6);
    expect(b.bytes.kv).toBeCloseTo(2 * a.bytes.kv, 6);
  });
  it('decode reads the KV cache of the whole context, with n_kv heads (GQA)', () => {
    const l3 = getModel('llama-3-8b');
    const r = inferenceStep(l3, a100, { phase: 'decode', batch: 1, tokens: 4096, efficiency: 'ideal' });
    const kvRead = r.ops.filter((o) => o.class === 'attn-score' || o.class === 'attn-v').reduce((s, o) => s + o.count * o.bytes.kv, 0);
    expect(kvRead).toBe(4096 * 2 * 32 * 8 * 128 * 2);
  });
  it('a MoE decode step at batch 1 reads 2 experts, at batch 64 nearly all 8', () => {
    const mx = getModel('mixtral-8x7b');
    const w = (batch: number) => inferenceStep(mx, a100, { phase: 'decode', batch, tokens: 128, efficiency: 'ideal' })
      .ops.find((o) => o.class === 'mlp-up')!.bytes.weights;
    expect(w(64) / w(1)).toBeCloseTo(expectedDistinctExperts(8, 2, 64) / 2, 6);
    expect(expectedDistinctExperts(8, 2, 1)).toBeCloseTo(2, 12);
  });
  it('tensor parallelism divides matrix FLOPs by tp and adds 2 all-reduces per layer', () => {
    const m70 = getModel('llama-2-70b');
    const one = inferenceStep(m70, a100, { phase: 'decode', batch: 1, tokens: 128, tp: 1, efficiency: 'ideal' });
    const eight = inferenceStep(m70, a100, { phase: 'decode', batch: 1, tokens: 128, tp: 8, efficiency: 'ideal' });
    expect(eight.ops.find((o) => o.name === 'q_proj')!.flops).toBe(one.ops.find((o) => o.name === 'q_proj')!.flops / 8);
    const layer = eight.comm.find((c) => c.name === 'layer_all_reduce')!;
    expect(layer.count).toBe(2 * 80);
    expect(layer.bytes).toBe(1 * 8192 * 2);
    expect(eight.communicationSeconds + eight.hiddenCommunicationSeconds).toBeGreaterThan(0);
  });
  it("inferenceStep hides TP collectives under the kernels in 'ideal' and exposes them in 'realistic'", () => {
    const m70 = getModel('llama-2-70b');
    const ideal = inferenceStep(m70, a100, { phase: 'prefill', batch: 1, tokens: 2048, tp: 8, efficiency: 'ideal' });
    const real = inferenceStep(m70, a100, { phase: 'prefill', batch: 1, tokens: 2048, tp: 8, efficiency: 'realistic' });
    let comm = 0;
    for (const c of ideal.comm) comm += c.count * c.seconds;
    expect(ideal.communicationSeconds).toBe(Math.max(0, comm - (ideal.seconds - ideal.communicationSeconds)));
    expect(ideal.hiddenCommunicationSeconds).toBeGreaterThan(0);
    expect(real.hiddenCommunicationSeconds).toBe(0);
    expect(real.communicationSeconds).toBeGreaterThan(0);
  });
  it('flash attention never writes the score matrix; naive does', () => {
    const f = inferenceStep(m, a100, { phase: 'prefill', batch: 1, tokens: 2048, attention: 'flash', efficiency: 'ideal' });
    const n = inferenceStep(m, a100, { phase: 'prefill', batch: 1, tokens: 2048, attention: 'naive', efficiency: 'ideal' });
    expect(f.ops.find((o) => o.class === 'softmax')!.bytes.total).toBe(0);
    expect(n.bytes).toBeGreaterThan(f.bytes);
  });
  it("efficiency 'ideal' is never slower than the realistic defaults", () => {
    const ideal = inferenceStep(m, a100, { phase: 'decode', batch: 8, tokens: 512, efficiency: 'ideal' });
    const real = inferenceStep(m, a100, { phase: 'decode', batch: 8, tokens: 512 });
    expect(real.seconds).toBeGreaterThan(ideal.seconds);
    expect(ideal.launchSeconds).toBe(0);
  });
  it('decode at batch 1 is memory-bound and long prefill is compute-bound', () => {
    expect(step('decode', 512).bound).toBe('memory');
    expect(step('prefill', 2048).bound).toBe('compute');
  });
});
