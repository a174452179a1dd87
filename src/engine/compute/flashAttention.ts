/**
 * HBM traffic of one attention head, standard vs FlashAttention, following
 * Dao et al. 2022 (Algorithm 0, Algorithm 1 and Theorem 2). Counts are in
 * elements, then bytes (× a bytes per element); N sequence length, d head
 * dimension, M on-chip SRAM in elements.
 * Source: 'dao-2022-flashattention-io'.
 */
import type { Derivation } from '../derivation.ts';
import { requireInRange, requirePositive, requirePositiveInt, requireObject } from '../errors.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { ridgePoint } from '../roofline.ts';

export interface AttentionIoInput {
  /** Sequence length N (queries = keys, no masking, as in the paper's analysis). */
  readonly seqLen: number;
  /** Head dimension d. */
  readonly headDim: number;
  /** On-chip SRAM per core, bytes (the paper's M, converted to elements with a). */
  readonly sramBytes: number;
  /** Bytes per element a (default 2, fp16). */
  readonly elementBytes?: number;
}

export interface AttentionIo {
  /** 4 N² d: QKᵀ and PV, FLOPs = 2 × MACs (softmax left out, it is O(N²)). */
  readonly flops: number;
  /** Standard attention, bytes: a(4Nd + 4N²). */
  readonly standardBytes: number;
  /** FlashAttention, bytes: a(2Nd + T_c(3Nd + 4N)), T_c = ⌈N / B_c⌉. */
  readonly flashBytes: number;
  /** B_c = ⌈M / 4d⌉ (M in elements). */
  readonly blockCols: number;
  /** T_c, the number of K/V blocks (outer-loop iterations). */
  readonly outerIterations: number;
  readonly standardIntensity: number;
  readonly flashIntensity: number;
}

/**
 * Standard attention (Algorithm 0) reads Q, K (2Nd), writes S (N²), reads S
 * and writes P (2N²), reads P and V (N² + Nd), writes O (Nd):
 *   Q_std = a · (4Nd + 4N²) = Θ(Nd + N²).
 * FlashAttention (Algorithm 1) loads each K_j, V_j block once (2Nd) and, in
 * each of T_c = ⌈N/B_c⌉ outer iterations, reads Q, O, ℓ, m and writes O, ℓ, m
 * (3Nd + 4N):
 *   Q_flash = a · (2Nd + T_c (3Nd + 4N)) ≈ 12 a N² d² / M = Θ(N²d²/M),
 * with B_c = ⌈M/(4d)⌉ and M the SRAM size in elements (d ≤ M ≤ Nd).
 * Ignores: causal masking (halves both), caches between SRAM and HBM (L2),
 * the backward pass, dropout.
 * Source: 'dao-2022-flashattention-io' (Theorem 2).
 */
export function attentionIo(input: AttentionIoInput): AttentionIo {
  requireObject('input', input);
  const N = requirePositiveInt('seqLen', input.seqLen);
  const d = requirePositiveInt('headDim', input.headDim);
  const a = requirePositive('elementBytes', input.elementBytes ?? 2);
  const M = requirePositive('sramBytes', input.sramBytes) / a;
  requireInRange('sramBytes', M, d, Number.MAX_VALUE);
  const blockCols = Math.ceil(M / (4 * d));
  const outerIterations = Math.ceil(N / blockCols);
  const flops = 4 * N * N * d;
  const standardBytes = a * (4 * N * d + 4 * N * N);
  const flashBytes = a * (2 * N * d + outerIterations * (3 * N * d + 4 * N));
  return {
    flops, standardBytes, flashBytes, blockCols, outerIterations,
    standardIntensity: flops / standardBytes, flashIntensity: flops / flashBytes,
  };
}

export interface AttentionCrossovers {
  /** Smallest N at which FlashAttention moves fewer bytes than standard attention (null: not in range). */
  readonly fewerBytesFrom: number | null;
  /** Smallest N at which FlashAttention's intensity reaches the ridge point (null: never in range). */
  readonly flashComputeBoundFrom: number | null;
  /** Same for standard attention. */
  readonly standardComputeBoundFrom: number | null;
  /** Limits as N → ∞: standard d/a, FlashAttention 4B_c/(3a) (FLOP/B). */
  readonly standardIntensityLimit: number;
  readonly flashIntensityLimit: number;
  readonly ridge: number;
}

/**
 * Where the curves cross, by scanning N over powers of two in [minN, maxN]
 * then bisecting: the first N where flash bytes < standard bytes, and where
 * each kernel's intensity I = 4N²d / Q reaches the ridge point P/B (the
 * kernel stops being memory-bound). Intensities rise with N towards the
 * limits d/a (standard) and 4B_c/(3a) (FlashAttention), so a limit below the
 * ridge means "never".
 * Sources: 'dao-2022-flashattention-io', 'williams-2009-roofline'.
 */
export function attentionCrossovers(
  hw: HardwareSpec, precision: Precision, base: Omit<AttentionIoInput, 'seqLen'>, minN = 16, maxN = 1 << 20,
): AttentionCrossovers {
  requireObject('base', base);
  const ridge = ridgePoint(hw, precision);
  const at = (N: number) => attentionIo({ ...base, seqLen: N });
  const first = (pred: (N: number) => boolean): number | null => {
    let prev = minN;
    if (pred(minN)) return minN;
    for (let N = minN * 2; N <= maxN; N *= 2) {
      if (pred(N)) {
        let lo = prev;
        let hi = N;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (pred(mid)) hi = mid; else lo = mid;
        }
        return hi;
      }
      prev = N;
    }
    return null;
  };
  const a = base.elementBytes ?? 2;
  const blockCols = at(minN).blockCols;
  return {
    fewerBytesFrom: first((N) => { const r = at(N); return r.flashBytes < r.standardBytes; }),
    flashComputeBoundFrom: first((N) => at(N).flashIntensity >= ridge),
    standardComputeBoundFrom: first((N) => at(N).standardIntensity >= ridge),
    standardIntensityLimit: base.headDim / a,
    flashIntensityLimit: (4 * blockCols) / (3 * a),
    ridge,
  };
}

export type AttentionIoStandardDerivation = Derivation<'attention-io-standard', 'a' | 'N' | 'd'>;
export type AttentionIoFlashDerivation = Derivation<'attention-io-flash', 'a' | 'N' | 'd' | 'M' | 'B_c' | 'T_c'>;

/** Show-the-work for both traffic formulas at one N. */
export function attentionIoDerivations(input: AttentionIoInput): { standard: AttentionIoStandardDerivation; flash: AttentionIoFlashDerivation } {
  requireObject('input', input);
  const r = attentionIo(input);
  const a = input.elementBytes ?? 2;
  const N = input.seqLen;
  const d = input.headDim;
  const M = input.sramBytes / a;
  const common = [
    { symbol: 'a' as const, value: a, unit: 'B' as const },
    { symbol: 'N' as const, value: N, unit: 'tokens' as const },
    { symbol: 'd' as const, value: d, unit: 'count' as const },
  ];
  return {
    standard: {
      id: 'attention-io-standard',
      tex: 'Q_{std} = a\\,(4Nd + 4N^2)',
      evaluate: (v) => v.a * (4 * v.N * v.d + 4 * v.N ** 2),
      terms: common,
      result: { value: r.standardBytes, unit: 'B' },
      source: 'dao-2022-flashattention-io',
    },
    flash: {
      id: 'attention-io-flash',
      tex: 'Q_{flash} = a\\,\\bigl(2Nd + T_c\\,(3Nd + 4N)\\bigr),\\quad T_c = \\lceil N / B_c \\rceil,\\ B_c = \\lceil M / 4d \\rceil \\;\\approx\\; \\frac{12\\,a\\,N^2 d^2}{M}',
      evaluate: (v) => v.a * (2 * v.N * v.d + v.T_c * (3 * v.N * v.d + 4 * v.N)),
      terms: [
        ...common,
        { symbol: 'M', value: M, unit: 'count' },
        { symbol: 'B_c', value: r.blockCols, unit: 'count' },
        { symbol: 'T_c', value: r.outerIterations, unit: 'count' },
      ],
      result: { value: r.flashBytes, unit: 'B' },
      source: 'dao-2022-flashattention-io',
    },
  };
}
