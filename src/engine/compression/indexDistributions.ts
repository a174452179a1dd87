/**
 * Symbol distributions that Huffman coding sees in a Deep Compression layer,
 * so a simulator can estimate coded bits without real weights.
 *
 * quantizedWeightProbabilities: weights ~ N(0, 1); pruning keeps the fraction
 * d with the largest |w| (|w| ≥ t, P(|w| ≥ t) = d), giving the bimodal
 * distribution of Han et al. 2016 Fig. 5; the kept weights are quantised to
 * k = 2^bits centroids spaced linearly over [−R, R] (the paper's linear
 * initialisation, R = 4σ here) and each weight goes to the nearest centroid.
 * A model, not the paper's measured histogram.
 *
 * relativeIndexProbabilities: the stored distance of each entry (non-zero or
 * filler) under the relative index with M = 2^i, for randomly placed
 * non-zeros (geometric gaps, q = 1 − d): a filler stores M with expected
 * count q^M/(1 − q^M) per non-zero; the final entry of a gap stores
 * k ∈ 1…M with probability d·q^(k−1)/(1 − q^M).
 */
import { requireInRange, requirePositiveInt, requireObject } from '../errors.ts';
import { expectedFillersPerNonzero } from './sparseIndex.ts';

// Abramowitz & Stegun 7.1.26, |error| < 1.5e-7: enough for symbol probabilities.
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-ax * ax);
  return sign * y;
}
const normalCdf = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2));

/** t with P(|w| ≥ t) = d for standard normal w, by bisection (deterministic). */
function pruneThreshold(d: number): number {
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (2 * (1 - normalCdf(mid)) > d) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function quantizedWeightProbabilities(params: { bits: number; density: number; rangeSigmas?: number }): number[] {
  requireObject('params', params);
  const bits = requirePositiveInt('bits', params.bits);
  const d = requireInRange('density', params.density, Number.MIN_VALUE, 1);
  const R = requireInRange('rangeSigmas', params.rangeSigmas ?? 4, 0.5, 10);
  const k = 2 ** bits;
  const t = d >= 1 ? 0 : pruneThreshold(d);
  const step = (2 * R) / (k - 1 || 1);
  // Mass of kept weights (|w| ≥ t) inside [a, b].
  const keptMass = (a: number, b: number): number => {
    const part = (lo: number, hi: number) => (hi > lo ? normalCdf(hi) - normalCdf(lo) : 0);
    return part(Math.max(a, t), b) + part(a, Math.min(b, -t));
  };
  const probs: number[] = [];
  for (let j = 0; j < k; j++) {
    const centre = -R + j * step;
    const lo = j === 0 ? -Infinity : centre - step / 2;
    const hi = j === k - 1 ? Infinity : centre + step / 2;
    probs.push(keptMass(lo, hi));
  }
  const total = probs.reduce((a, p) => a + p, 0);
  // So few weights kept that all lie beyond ±R (and underflow): they fall in the two end bins.
  if (!(total > 0)) return probs.map((_, j) => (j === 0 || j === k - 1 ? (k === 1 ? 1 : 0.5) : 0));
  return probs.map((p) => p / total);
}

export function relativeIndexProbabilities(params: { density: number; indexBits: number }): number[] {
  requireObject('params', params);
  const d = requireInRange('density', params.density, Number.MIN_VALUE, 1);
  const i = requirePositiveInt('indexBits', params.indexBits);
  const M = 2 ** i;
  // Dense: every gap is 1 (and log(1 − d) = −∞ would make 0·∞ = NaN below).
  if (d === 1) return Array.from({ length: M }, (_, k) => (k === 0 ? 1 : 0));
  const logQ = Math.log1p(-d);
  // 1 − q^M without cancellation for tiny d.
  const oneMinusQM = -Math.expm1(M * logQ);
  const counts: number[] = [];
  for (let k = 1; k <= M; k++) counts.push((d * Math.exp((k - 1) * logQ)) / oneMinusQM);
  counts[M - 1] = (counts[M - 1] as number) + expectedFillersPerNonzero(d, i);
  const total = counts.reduce((a, c) => a + c, 0);
  return counts.map((c) => c / total);
}
