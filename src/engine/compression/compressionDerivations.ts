/**
 * How the compression numbers were computed, for "show the work": an LLM's
 * compressed storage, its ratio to FP16 and the weight bytes one decode step
 * reads (llmCompression), and a Deep Compression ratio recomputed from the
 * paper's per-layer tables (deepCompressionRatio). Each result is the number
 * the engine function returns.
 */
import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import type { SourceKey } from '../sources/index.ts';
import { deepCompressionRatio, type DeepCompressionStage } from './deepCompressionRatio.ts';
import type { DeepCompressionNetworkId } from './deepCompressionTables.ts';
import { llmCompression, type LlmCompressionMethod } from './llmCompression.ts';
import { requireObject } from '../errors.ts';

export type LlmStorageDerivation = Derivation<'llm-compressed-bytes', 'V' | 'I' | 'C' | 'M' | 'G' | 'U'>;
export type LlmRatioDerivation = Derivation<'llm-compression-ratio', 'D' | 'S'>;
export type LlmReadDerivation = Derivation<'llm-read-per-token', 'R_c' | 'R_u'>;
export type DeepCompressionDerivation = Derivation<'deep-compression-ratio', 'D' | 'C'>;

/** The source that sets the bytes of a method: the index format, the structured pattern, the codebook or the group scales. */
function methodSource(method: LlmCompressionMethod): SourceKey {
  if (method.prune?.kind === 'unstructured' && method.prune.index === 'csr') return 'nvidia-cusparse-csr';
  if (method.prune?.kind === '2:4') return 'mishra-2021-sparse-tensor-cores';
  if (method.quantize?.codebook || method.huffman) return 'han-2016-deep-compression';
  if (method.quantize) return 'frantar-2022-gptq';
  return 'hf-transformers-modeling';
}

/**
 * Compressed storage of an LLM's weights (llmCompression's totalBytes):
 *   S = V + I + C + M + G + U
 * values, sparse indices, codebooks, metadata (CSR row pointers, 2:4
 * positions), group scales, and the tables and vectors kept in FP16.
 */
export function llmStorageDerivation(model: ModelSpec, method: LlmCompressionMethod): LlmStorageDerivation {
  const r = llmCompression(model, method);
  return {
    id: 'llm-compressed-bytes',
    tex: 'S = V + I + C + M + G + U',
    evaluate: (v) => v.V + v.I + v.C + v.M + v.G + v.U,
    terms: [
      { symbol: 'V', value: r.bytes.values, unit: 'B' },
      { symbol: 'I', value: r.bytes.indices, unit: 'B' },
      { symbol: 'C', value: r.bytes.codebook, unit: 'B' },
      { symbol: 'M', value: r.bytes.metadata, unit: 'B' },
      { symbol: 'G', value: r.bytes.scales, unit: 'B' },
      { symbol: 'U', value: r.bytes.uncompressed, unit: 'B' },
    ],
    result: { value: r.totalBytes, unit: 'B' },
    source: methodSource(method),
  };
}

/** Compression against FP16 (llmCompression's ratio): r = D / S, D the FP16 bytes, S the compressed bytes. */
export function llmRatioDerivation(model: ModelSpec, method: LlmCompressionMethod): LlmRatioDerivation {
  const r = llmCompression(model, method);
  return {
    id: 'llm-compression-ratio',
    tex: 'r = \\frac{D}{S}',
    evaluate: (v) => v.D / v.S,
    terms: [
      { symbol: 'D', value: r.denseBytes, unit: 'B' },
      { symbol: 'S', value: r.totalBytes, unit: 'B' },
    ],
    result: { value: r.ratio, unit: 'ratio' },
    source: methodSource(method),
  };
}

/**
 * Weight bytes one decode step reads at batch 1 (llmCompression's readPerTokenBytes):
 *   R = R_c + R_u
 * R_c every compressed layer matrix once with its indices, scales and codebook
 * (MoE: k of E experts); R_u what stays FP16: one embedding row (the whole
 * table when tied to lm_head), lm_head, the norm and bias vectors.
 */
export function llmReadDerivation(model: ModelSpec, method: LlmCompressionMethod): LlmReadDerivation {
  const r = llmCompression(model, method);
  return {
    id: 'llm-read-per-token',
    tex: 'R = R_c + R_u',
    evaluate: (v) => v.R_c + v.R_u,
    terms: [
      { symbol: 'R_c', value: r.readCompressedBytes, unit: 'B' },
      { symbol: 'R_u', value: r.readUncompressedBytes, unit: 'B' },
    ],
    result: { value: r.readPerTokenBytes, unit: 'B' },
    source: methodSource(method),
  };
}

/**
 * A network's Deep Compression ratio from the paper's per-layer tables
 * (deepCompressionRatio): r = D / C, D = Σ 32·n dense bits, C = Σ compressed
 * bits of the stage (values, indices, codebooks; filler zeros when counted).
 * Source: 'han-2016-deep-compression-tables' (Tables 2–5).
 */
export function deepCompressionDerivation(
  network: DeepCompressionNetworkId, options: { stage?: DeepCompressionStage; padding?: boolean } = {},
): DeepCompressionDerivation {
  requireObject('options', options);
  const r = deepCompressionRatio(network, options);
  const dense = r.layers.reduce((a, l) => a + l.denseBits, 0);
  const compressed = r.layers.reduce((a, l) => a + l.compressedBits, 0);
  return {
    id: 'deep-compression-ratio',
    tex: 'r = \\frac{D}{C}',
    evaluate: (v) => v.D / v.C,
    terms: [
      { symbol: 'D', value: dense, unit: 'bits' },
      { symbol: 'C', value: compressed, unit: 'bits' },
    ],
    result: { value: r.ratio, unit: 'ratio' },
    source: 'han-2016-deep-compression-tables',
    params: { stage: options.stage ?? 'PQH' },
  };
}
