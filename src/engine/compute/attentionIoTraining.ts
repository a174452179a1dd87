/**
 * HBM traffic of one attention head in a training step (forward + backward),
 * standard vs FlashAttention, counted from the algorithms of Dao et al. 2022
 * (Algorithms 0 and 3 for standard attention, 1 and 4 for FlashAttention;
 * Theorems 2 and 5). Counts in elements, then bytes (× a bytes per element);
 * N sequence length, d head dimension, M on-chip SRAM in elements.
 * Source: 'dao-2022-flashattention-fig2'.
 */
import { attentionIo, type AttentionIoInput } from './flashAttention.ts';

export interface AttentionIoTraining {
  /** Algorithm 0: a(4Nd + 4N²). */
  readonly standardForwardBytes: number;
  /** Algorithm 3: a(8Nd + 7N²). */
  readonly standardBackwardBytes: number;
  readonly standardBytes: number;
  /** Algorithm 1: a(2Nd + T_c(3Nd + 4N)). */
  readonly flashForwardBytes: number;
  /** Algorithm 4: a(4Nd + T_c(5Nd + 2N)). */
  readonly flashBackwardBytes: number;
  readonly flashBytes: number;
  /** B_c = ⌈M / 4d⌉. */
  readonly blockCols: number;
  /** T_c = ⌈N / B_c⌉, the passes over Q, O (and dO, dQ in the backward pass). */
  readonly outerIterations: number;
}

/**
 * Standard backward (Algorithm 3): dV = PᵀdO reads P, dO and writes dV
 * (N² + 2Nd); dP = dO Vᵀ reads dO, V and writes dP (N² + 2Nd); dS reads P,
 * dP and writes dS (3N²); dQ = dS K and dK = dSᵀQ each read dS and one
 * N×d input and write their output (2 × (N² + 2Nd)):
 *   Q_std,bwd = a · (8Nd + 7N²).
 * FlashAttention backward (Algorithm 4): K, V read once and dK, dV written
 * once (4Nd); each of the T_c outer passes reads Q, O, dO, dQ, ℓ, m and
 * writes dQ (5Nd + 2N):
 *   Q_flash,bwd = a · (4Nd + T_c (5Nd + 2N)) = Θ(N²d²/M).
 * The forward terms are attentionIo's.
 * Ignores: masking and dropout passes (Algorithm 0 and 3 leave them out; a
 * framework running them as separate kernels moves several more N² matrices),
 * the dropout mask, caches between SRAM and HBM (L2).
 * Source: 'dao-2022-flashattention-fig2' (Appendix B, Algorithms 3–4; Theorem 5).
 */
export function attentionIoForwardBackward(input: AttentionIoInput): AttentionIoTraining {
  const forward = attentionIo(input);
  const N = input.seqLen;
  const d = input.headDim;
  const a = input.elementBytes ?? 2;
  const Tc = forward.outerIterations;
  const standardBackwardBytes = a * (8 * N * d + 7 * N * N);
  const flashBackwardBytes = a * (4 * N * d + Tc * (5 * N * d + 2 * N));
  return {
    standardForwardBytes: forward.standardBytes,
    standardBackwardBytes,
    standardBytes: forward.standardBytes + standardBackwardBytes,
    flashForwardBytes: forward.flashBytes,
    flashBackwardBytes,
    flashBytes: forward.flashBytes + flashBackwardBytes,
    blockCols: forward.blockCols,
    outerIterations: Tc,
  };
}
