import { describe, expect, it } from 'vitest';
import {
  deepCompressionDerivation, deepCompressionRatio, getModel, llmCompression, llmRatioDerivation, llmReadDerivation, llmStorageDerivation,
  type LlmCompressionMethod,
} from '../../../src/engine/index.ts';

const term = (d: { terms: readonly { symbol: string; value: number }[] }, s: string) => d.terms.find((t) => t.symbol === s)?.value ?? Number.NaN;
const rel = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

const methods: [string, LlmCompressionMethod][] = [
  ['FP16', {}],
  ['INT4 g128', { quantize: { bits: 4, groupSize: 128, scaleBits: 16 } }],
  ['50% CSR', { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } }],
  ['30% bitmask + INT8', { prune: { kind: 'unstructured', density: 0.3, index: 'bitmask' }, quantize: { bits: 8 } }],
  ['2:4', { prune: { kind: '2:4' } }],
  ['k = 16 + Huffman', { quantize: { bits: 4, codebook: true }, huffman: true }],
];

describe('LLM compression derivations reproduce llmCompression', () => {
  for (const id of ['llama-2-7b', 'mixtral-8x7b', 'opt-13b']) {
    const model = getModel(id);
    for (const [name, method] of methods) {
      const r = llmCompression(model, method);
      it(`storage S = V + I + C + M + G + U is totalBytes (${id}, ${name})`, () => {
        const d = llmStorageDerivation(model, method);
        expect(d.result.value).toBe(r.totalBytes);
        const sum = ['V', 'I', 'C', 'M', 'G', 'U'].reduce((s, k) => s + term(d, k), 0);
        expect(rel(sum, d.result.value)).toBeLessThan(1e-12);
      });
      it(`ratio r = D / S is the ratio (${id}, ${name})`, () => {
        const d = llmRatioDerivation(model, method);
        expect(d.result.value).toBe(r.ratio);
        expect(rel(term(d, 'D') / term(d, 'S'), d.result.value)).toBeLessThan(1e-12);
      });
      it(`read per token R = R_c + R_u is readPerTokenBytes (${id}, ${name})`, () => {
        const d = llmReadDerivation(model, method);
        expect(d.result.value).toBe(r.readPerTokenBytes);
        expect(rel(term(d, 'R_c') + term(d, 'R_u'), d.result.value)).toBeLessThan(1e-12);
      });
    }
  }

  it('FP16 reads what the dense model reads', () => {
    const r = llmCompression(getModel('llama-2-7b'), {});
    expect(rel(r.readPerTokenBytes, r.denseReadPerTokenBytes)).toBeLessThan(1e-12);
  });

  it('the source follows the method that sets the bytes', () => {
    const m = getModel('llama-2-7b');
    expect(llmStorageDerivation(m, methods[2]![1]).source).toBe('nvidia-cusparse-csr');
    expect(llmStorageDerivation(m, methods[4]![1]).source).toBe('mishra-2021-sparse-tensor-cores');
    expect(llmStorageDerivation(m, methods[1]![1]).source).toBe('frantar-2022-gptq');
  });
});

describe('deepCompressionDerivation', () => {
  for (const network of ['lenet-300-100', 'lenet-5', 'alexnet', 'vgg-16'] as const) {
    for (const stage of ['P', 'PQ', 'PQH'] as const) {
      it(`r = D / C is deepCompressionRatio (${network}, ${stage})`, () => {
        const d = deepCompressionDerivation(network, { stage });
        expect(d.result.value).toBe(deepCompressionRatio(network, { stage }).ratio);
        expect(rel(term(d, 'D') / term(d, 'C'), d.result.value)).toBeLessThan(1e-12);
        expect(d.params?.stage).toBe(stage);
      });
    }
  }
});
