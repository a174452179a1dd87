/**
 * A slider-driven compression pipeline for one weight tensor: prune →
 * quantise (optionally with a k-means codebook) → Huffman, in the spirit of
 * Deep Compression (Han, Mao & Dally 2016), returning bytes per component.
 *
 * values   = entries × value bits (entries include relative-index fillers)
 * indices  = sparse index bits (bitmask / CSR column indices / relative distances)
 * codebook = 2^bits × codebookBits when weight sharing is on
 * metadata = CSR row pointers or 2:4 position metadata
 * Huffman (when on) replaces the value bits by the average code length of
 * `quantizedWeightProbabilities` and, for the relative index, the index bits
 * by that of `relativeIndexProbabilities` (modelled distributions; bitmask,
 * CSR and 2:4 metadata are not entropy-coded here). Ignores: the Huffman
 * tables' own storage, alignment and per-layer headers.
 */
import { requireInRange, requirePositive, requirePositiveInt, requireObject } from '../errors.ts';
import { huffmanAverageBits } from './huffman.ts';
import { quantizedWeightProbabilities, relativeIndexProbabilities } from './indexDistributions.ts';
import { sparseIndexCost, type SparseFormat } from './sparseIndex.ts';

export interface CompressionPipelineParams {
  readonly weights: number;
  /** Bits per original weight (default 32). */
  readonly originalBits?: number;
  /** Matrix rows, for CSR row pointers. */
  readonly rows?: number;
}

export interface CompressionPipelineSteps {
  readonly prune?: { readonly density: number; readonly index: SparseFormat; readonly indexBits?: number };
  /** bits per stored weight; codebook = k-means weight sharing with 2^bits shared values (default true). */
  readonly quantize?: { readonly bits: number; readonly codebook?: boolean; readonly codebookBits?: number };
  readonly huffman?: boolean;
}

export interface CompressionPipelineResult {
  readonly originalBytes: number;
  readonly bytes: { readonly values: number; readonly indices: number; readonly codebook: number; readonly metadata: number };
  readonly totalBytes: number;
  readonly ratio: number;
  readonly entries: number;
  readonly valueBitsPerEntry: number;
  readonly indexBitsPerEntry: number;
}

export function compressionPipeline(params: CompressionPipelineParams, steps: CompressionPipelineSteps): CompressionPipelineResult {
  requireObject('params', params);
  requireObject('steps', steps);
  const n = requirePositiveInt('weights', params.weights);
  const originalBits = requirePositive('originalBits', params.originalBits ?? 32);
  const originalBytes = (n * originalBits) / 8;

  const density = steps.prune ? requireInRange('prune.density', steps.prune.density, 0, 1) : 1;
  const index = steps.prune
    ? sparseIndexCost({ weights: n, density, format: steps.prune.index, indexBits: steps.prune.indexBits, rows: params.rows })
    : { entries: n, fillers: 0, indexBytes: 0, metadataBytes: 0 };

  const qBits = steps.quantize ? requirePositiveInt('quantize.bits', steps.quantize.bits) : originalBits;
  const sharing = steps.quantize !== undefined && (steps.quantize.codebook ?? true);
  const codebookBytes = sharing ? (2 ** qBits * requirePositive('quantize.codebookBits', steps.quantize?.codebookBits ?? originalBits)) / 8 : 0;

  let valueBits = qBits;
  let indexBits = index.entries > 0 ? (index.indexBytes * 8) / index.entries : 0;
  if (steps.huffman && steps.quantize && density > 0) {
    valueBits = huffmanAverageBits(quantizedWeightProbabilities({ bits: qBits, density }));
  }
  if (steps.huffman && steps.prune?.index === 'relative' && density > 0) {
    indexBits = huffmanAverageBits(relativeIndexProbabilities({ density, indexBits: requirePositiveInt('prune.indexBits', steps.prune.indexBits ?? 5) }));
  }
  const values = (index.entries * valueBits) / 8;
  const indices = steps.prune?.index === 'bitmask' ? index.indexBytes : (index.entries * indexBits) / 8;
  const totalBytes = values + indices + codebookBytes + index.metadataBytes;
  return {
    originalBytes,
    bytes: { values, indices, codebook: codebookBytes, metadata: index.metadataBytes },
    totalBytes,
    ratio: totalBytes === 0 ? 1 : originalBytes / totalBytes,
    entries: index.entries,
    valueBitsPerEntry: valueBits,
    indexBitsPerEntry: steps.prune?.index === 'bitmask' ? (index.entries > 0 ? (index.indexBytes * 8) / index.entries : 0) : indexBits,
  };
}
