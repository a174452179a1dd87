/**
 * Compression techniques applied to a decoder LLM's linear layers, bytes per
 * component: values, sparse indices, codebooks, metadata (CSR row pointers,
 * 2:4 positions) and group scales, plus the tables and vectors left in FP16.
 *
 * Per matrix rows × cols (n = rows·cols), repeated `count` times:
 *   values, indices, codebook, metadata = compressionPipeline(n, 16-bit
 *     originals; prune → quantise/share → Huffman)
 *   scales = rows · ⌈cols / g⌉ · s / 8 for group-wise quantisation (GPTQ/AWQ)
 * CSR column indices are 16-bit (enough for cols ≤ 65,536, else 32-bit),
 * row pointers 32-bit ('nvidia-cusparse-csr'); the bitmask is 1 bit per
 * position; 2:4 keeps 2 of 4 with 2 bits of metadata per kept value
 * ('mishra-2021-sparse-tensor-cores'); a shared-weight codebook holds 2^bits
 * FP16 centroids per matrix ('han-2016-deep-compression'). Embedding, learned
 * positions and lm_head stay FP16, as GPTQ/AWQ checkpoints keep them; norms
 * and biases stay FP16.
 * Bytes read per token (decode, batch 1): every compressed layer matrix once
 * (MoE: k of E experts), the whole lm_head (the tied embedding when tied), one
 * embedding row, all vectors. Ignores: Huffman tables, alignment padding,
 * KV cache and activations.
 */
import { EngineError, requireInRange, requirePositiveInt } from '../errors.ts';
import { tensorInventory } from '../model/tensors.ts';
import type { ModelSpec } from '../model/types.ts';
import { compressionPipeline, type CompressionPipelineSteps } from './compressionPipeline.ts';

export interface LlmCompressionMethod {
  /** bits per stored weight; codebook: k-means weight sharing with 2^bits centroids instead of a uniform grid with scales. */
  readonly quantize?: { readonly bits: number; readonly groupSize?: number; readonly scaleBits?: number; readonly codebook?: boolean };
  readonly prune?: { readonly kind: 'unstructured'; readonly density: number; readonly index: 'csr' | 'bitmask' } | { readonly kind: '2:4' };
  /** Huffman-code the quantised values (needs quantize). */
  readonly huffman?: boolean;
}

export interface LlmCompressionBytes {
  readonly values: number;
  readonly indices: number;
  readonly codebook: number;
  readonly metadata: number;
  readonly scales: number;
  /** Embedding/lm_head tables and vectors kept in FP16. */
  readonly uncompressed: number;
}

export interface LlmCompressionResult {
  /** All weights in FP16. */
  readonly denseBytes: number;
  readonly bytes: LlmCompressionBytes;
  readonly totalBytes: number;
  /** denseBytes ÷ totalBytes. */
  readonly ratio: number;
  /** Weight bytes a batch-1 decode step reads (readCompressedBytes + readUncompressedBytes). */
  readonly readPerTokenBytes: number;
  /** Of those, the compressed layer matrices (with their indices, scales, codebooks; MoE: k of E experts). */
  readonly readCompressedBytes: number;
  /** Of those, what stays FP16: one embedding row (or the tied table), lm_head, the vectors. */
  readonly readUncompressedBytes: number;
  /** The same for the FP16 model. */
  readonly denseReadPerTokenBytes: number;
}

const BASE_BITS = 16;
const COMPRESSED = new Set(['attn', 'mlp', 'expert', 'router']);

function stepsOf(method: LlmCompressionMethod, cols: number): CompressionPipelineSteps {
  const steps: { prune?: CompressionPipelineSteps['prune']; quantize?: CompressionPipelineSteps['quantize']; huffman?: boolean } = {};
  const p = method.prune;
  if (p?.kind === '2:4') steps.prune = { density: 0.5, index: '2:4' };
  else if (p) {
    const density = requireInRange('prune.density', p.density, 0.01, 1);
    steps.prune = { density, index: p.index, indexBits: p.index === 'csr' ? (cols <= 65536 ? 16 : 32) : undefined };
  }
  if (method.quantize) {
    const bits = requirePositiveInt('quantize.bits', method.quantize.bits);
    if (bits > BASE_BITS) throw new EngineError('outOfRange', { field: 'quantize.bits', value: bits, min: 1, max: BASE_BITS });
    steps.quantize = { bits, codebook: method.quantize.codebook ?? false, codebookBits: BASE_BITS };
  }
  if (method.huffman) {
    if (!method.quantize) throw new EngineError('missingField', { field: 'quantize' });
    steps.huffman = true;
  }
  return steps;
}

export function llmCompression(model: ModelSpec, method: LlmCompressionMethod): LlmCompressionResult {
  const { matrices, vectors } = tensorInventory(model);
  const q = method.quantize;
  const groupSize = q?.groupSize === undefined || q.codebook ? 0 : requirePositiveInt('quantize.groupSize', q.groupSize);
  const scaleBits = q?.scaleBits ?? 16;
  const sum = { values: 0, indices: 0, codebook: 0, metadata: 0, scales: 0, uncompressed: 0 };
  let dense = 0;
  let readCompressed = 0;
  let readUncompressed = 0;
  let denseRead = 0;
  const k = model.moe ? model.moe.expertsPerToken / model.moe.numExperts : 1;
  for (const m of matrices) {
    const n = m.rows * m.cols;
    const denseOne = (n * BASE_BITS) / 8;
    dense += denseOne * m.count;
    if (!COMPRESSED.has(m.role)) {
      sum.uncompressed += denseOne * m.count;
      // A lookup table is read one row per token; lm_head (or the tied embedding) is read whole.
      const readOne = m.role === 'lm-head' || (m.role === 'embedding' && model.tieWordEmbeddings) ? denseOne : (m.cols * BASE_BITS) / 8;
      readUncompressed += readOne * m.count;
      denseRead += readOne * m.count;
      continue;
    }
    const r = compressionPipeline({ weights: n, originalBits: BASE_BITS, rows: m.rows }, stepsOf(method, m.cols));
    const scales = groupSize ? (m.rows * Math.ceil(m.cols / groupSize) * scaleBits) / 8 : 0;
    sum.values += r.bytes.values * m.count;
    sum.indices += r.bytes.indices * m.count;
    sum.codebook += r.bytes.codebook * m.count;
    sum.metadata += r.bytes.metadata * m.count;
    sum.scales += scales * m.count;
    const share = m.role === 'expert' ? k : 1;
    readCompressed += (r.totalBytes + scales) * m.count * share;
    denseRead += denseOne * m.count * share;
  }
  for (const v of vectors) {
    const b = (v.length * v.count * BASE_BITS) / 8;
    dense += b;
    sum.uncompressed += b;
    readUncompressed += b;
    denseRead += b;
  }
  const total = sum.values + sum.indices + sum.codebook + sum.metadata + sum.scales + sum.uncompressed;
  return {
    denseBytes: dense, bytes: sum, totalBytes: total, ratio: dense / total,
    readPerTokenBytes: readCompressed + readUncompressed, readCompressedBytes: readCompressed, readUncompressedBytes: readUncompressed,
    denseReadPerTokenBytes: denseRead,
  };
}
