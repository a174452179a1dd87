/**
 * Index cost of a pruned (sparse) weight matrix of n weights with density d
 * (fraction kept), a = d·n non-zeros.
 *
 * - bitmask: one bit per position, n bits.
 * - csr: a column index of i bits per non-zero plus (rows + 1) row pointers
 *   of 32 bits (CSR stores 2a + n + 1 numbers: Han et al. 2016, Sec. 2).
 * - relative (Deep Compression, Sec. 2, Fig. 2): each stored entry holds the
 *   distance to the previous one in i bits, reaching at most M = 2^i
 *   positions; a longer gap is bridged by filler zeros, stored entries that
 *   carry a zero weight. For randomly placed non-zeros the gap is geometric
 *   with q = 1 − d, and the expected fillers per non-zero are
 *   Σ_{j≥1} P(gap > jM) = q^M / (1 − q^M).
 *   Real pruned layers are not random, so this is a model of the padding.
 * - 2:4 (NVIDIA structured sparsity, Mishra et al. 2021): exactly 2 of every
 *   4 weights kept, with a 2-bit position per kept value as metadata.
 */
import { EngineError, requireInRange, requireOneOf, requirePositive, requirePositiveInt, requireObject } from '../errors.ts';

export const SPARSE_FORMATS = ['bitmask', 'csr', 'relative', '2:4'] as const;
export type SparseFormat = (typeof SPARSE_FORMATS)[number];

export interface SparseIndexParams {
  readonly weights: number;
  /** Fraction of weights kept, in [0, 1]; 2:4 requires 0.5. */
  readonly density: number;
  readonly format: SparseFormat;
  /** Bits per index: relative default 5 (Deep Compression fc layers), csr default 32. */
  readonly indexBits?: number;
  /** CSR rows (default: a square matrix, ⌈√n⌉). */
  readonly rows?: number;
}

export interface SparseIndexCost {
  /** Stored entries: non-zeros plus filler zeros (relative format). */
  readonly entries: number;
  readonly fillers: number;
  /** Per-entry index bits (bitmask: the mask). */
  readonly indexBytes: number;
  /** Row pointers (CSR) or 2:4 metadata. */
  readonly metadataBytes: number;
}

/**
 * Expected filler zeros per non-zero for random sparsity at density d with
 * i-bit relative indices. 1 − q^M is computed as −expm1(M·log1p(−d)) so tiny
 * densities stay accurate; the value grows like 1/(M·d) as d → 0 and is
 * capped at Number.MAX_VALUE (d = 0 has no non-zeros and returns 0).
 */
export function expectedFillersPerNonzero(density: number, indexBits: number): number {
  const d = requireInRange('density', density, 0, 1);
  const i = requirePositiveInt('indexBits', indexBits);
  if (d === 0 || d === 1) return 0;
  const logQM = 2 ** i * Math.log1p(-d);
  return Math.min(Math.exp(logQM) / -Math.expm1(logQM), Number.MAX_VALUE);
}

export function sparseIndexCost(params: SparseIndexParams): SparseIndexCost {
  requireObject('params', params);
  const n = requirePositiveInt('weights', params.weights);
  const d = requireInRange('density', params.density, 0, 1);
  const format = requireOneOf('format', params.format, SPARSE_FORMATS);
  const nnz = Math.round(d * n);
  switch (format) {
    case 'bitmask':
      return { entries: nnz, fillers: 0, indexBytes: n / 8, metadataBytes: 0 };
    case 'csr': {
      const bits = requirePositive('indexBits', params.indexBits ?? 32);
      const rows = params.rows === undefined ? Math.ceil(Math.sqrt(n)) : requirePositiveInt('rows', params.rows);
      return { entries: nnz, fillers: 0, indexBytes: (nnz * bits) / 8, metadataBytes: ((rows + 1) * 32) / 8 };
    }
    case 'relative': {
      const bits = requirePositiveInt('indexBits', params.indexBits ?? 5);
      // At most one filler per M positions, however few non-zeros there are.
      const fillers = nnz === 0 ? 0 : Math.min(nnz * expectedFillersPerNonzero(d, bits), n / 2 ** bits);
      return { entries: nnz + fillers, fillers, indexBytes: ((nnz + fillers) * bits) / 8, metadataBytes: 0 };
    }
    case '2:4':
      if (d !== 0.5) throw new EngineError('outOfRange', { field: 'density', value: d, min: 0.5, max: 0.5 });
      return { entries: nnz, fillers: 0, indexBytes: 0, metadataBytes: (nnz * 2) / 8 };
  }
}
