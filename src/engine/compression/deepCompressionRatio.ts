/**
 * A network's Deep Compression ratio recomputed from its per-layer table
 * (Han, Mao & Dally 2016, Tables 2–5).
 *
 * Per layer, with n weights, kept fraction d, entries e = d·n·(1 + f):
 *   P:     d·n·32 bits (values only; the paper's pruning ratio excludes indices)
 *   P+Q:   e·(w_Q + i_Q) + 2^{w_Q}·32 bits (indices, weights, FP32 codebook)
 *   P+Q+H: e·(w_H + i_H) + 2^{w_Q}·32 bits (Huffman-coded bits per entry)
 * where f = q^M/(1 − q^M), M = 2^{i_Q}, is the expected number of filler
 * zeros per non-zero for randomly placed non-zeros (`padding: true`), or 0.
 * Ratio = Σ 32·n ÷ Σ compressed bits (weights only; biases are not in the
 * tables).
 * Why it differs from the published ratios by up to ~10%: weights% is
 * printed to 1% (VGG-16's fc6 "4%" spans 3.5–4.5%, ±12% of that layer's
 * bytes), filler counts of real layers are not those of random sparsity, and
 * the tables are not fully self-consistent (see deepCompressionTables.ts).
 */
import { requireOneOf, requireObject } from '../errors.ts';
import { DEEP_COMPRESSION_NETWORKS, type DeepCompressionNetworkId } from './deepCompressionTables.ts';
import { expectedFillersPerNonzero } from './sparseIndex.ts';

export type DeepCompressionStage = 'P' | 'PQ' | 'PQH';

export interface DeepCompressionLayerResult {
  readonly name: string;
  readonly denseBits: number;
  readonly compressedBits: number;
  /** compressed ÷ dense, comparable to the table's "compress rate" column. */
  readonly rate: number;
}

export interface DeepCompressionResult {
  readonly ratio: number;
  readonly denseBytes: number;
  readonly compressedBytes: number;
  readonly layers: readonly DeepCompressionLayerResult[];
}

const ids = Object.keys(DEEP_COMPRESSION_NETWORKS) as DeepCompressionNetworkId[];

export function deepCompressionRatio(network: DeepCompressionNetworkId, options: { stage?: DeepCompressionStage; padding?: boolean } = {}): DeepCompressionResult {
  requireObject('options', options);
  const net = DEEP_COMPRESSION_NETWORKS[requireOneOf('network', network, ids)];
  const stage = requireOneOf('stage', options.stage ?? 'PQH', ['P', 'PQ', 'PQH'] as const);
  const padding = options.padding ?? true;
  const layers = net.layers.map((l) => {
    const denseBits = 32 * l.weights;
    const nnz = l.keptFraction * l.weights;
    const entries = nnz * (1 + (padding ? expectedFillersPerNonzero(l.keptFraction, l.indexBitsPQ) : 0));
    const codebookBits = 2 ** l.weightBitsPQ * 32;
    const compressedBits =
      stage === 'P' ? nnz * 32
      : stage === 'PQ' ? entries * (l.weightBitsPQ + l.indexBitsPQ) + codebookBits
      : entries * (l.weightBitsPQH + l.indexBitsPQH) + codebookBits;
    return { name: l.name, denseBits, compressedBits, rate: compressedBits / denseBits };
  });
  const dense = layers.reduce((a, l) => a + l.denseBits, 0);
  const compressed = layers.reduce((a, l) => a + l.compressedBits, 0);
  return { ratio: dense / compressed, denseBytes: dense / 8, compressedBytes: compressed / 8, layers };
}
