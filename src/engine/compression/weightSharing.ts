/**
 * Weight sharing (Han, Mao & Dally 2016, Sec. 3, eq. 1).
 *
 * n weights of b bits each replaced by an index into a codebook of k shared
 * values (k-means centroids) of b bits:
 *   r = n·b / (n·log₂k + k·b).
 * The paper's 4×4 example: 16·32 / (16·2 + 4·32) = 3.2. Uses log₂k as the
 * paper does (fractional for k not a power of two; storage would round up).
 */
import type { Derivation } from '../derivation.ts';
import { EngineError, requirePositive, requirePositiveInt, requireObject } from '../errors.ts';

export interface WeightSharingParams {
  readonly weights: number;
  /** Bits per original weight (and per codebook entry). */
  readonly bits: number;
  readonly clusters: number;
}

function validated(p: WeightSharingParams): { n: number; b: number; k: number } {
  const n = requirePositiveInt('weights', p.weights);
  const b = requirePositive('bits', p.bits);
  const k = requirePositiveInt('clusters', p.clusters);
  if (k > n) throw new EngineError('outOfRange', { field: 'clusters', value: k, min: 1, max: n });
  return { n, b, k };
}

export type WeightSharingDerivation = Derivation<'weight-sharing-ratio', 'n' | 'b' | 'k'>;

export function weightSharingRatio(params: WeightSharingParams): number {
  requireObject('params', params);
  const { n, b, k } = validated(params);
  return (n * b) / (n * Math.log2(k) + k * b);
}

export function weightSharingDerivation(params: WeightSharingParams): WeightSharingDerivation {
  requireObject('params', params);
  const { n, b, k } = validated(params);
  return {
    id: 'weight-sharing-ratio',
    tex: 'r = \\frac{n b}{n \\log_2 k + k b}',
    evaluate: (v) => (v.n * v.b) / (v.n * Math.log2(v.k) + v.k * v.b),
    terms: [
      { symbol: 'n', value: n, unit: 'count' },
      { symbol: 'b', value: b, unit: 'bits' },
      { symbol: 'k', value: k, unit: 'count' },
    ],
    result: { value: weightSharingRatio(params), unit: 'ratio' },
    source: 'han-2016-deep-compression',
  };
}
