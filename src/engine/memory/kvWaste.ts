/**
 * How much of the KV-cache memory a request holds stores no token state,
 * averaged over its decode — the quantity of Kwon et al. 2023 (vLLM), Fig. 2
 * ("KV cache usage": token states against reservation and fragmentation).
 */
import { EngineError, requireInRange, requireObject, requireOneOf, requirePositiveInt } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import type { KvAllocation } from './paging.ts';

export interface KvWasteOptions {
  /** Prompt tokens p (already in the cache when decoding starts). */
  readonly promptTokens: number;
  /** Output tokens o the request generates. */
  readonly outputTokens: number;
  /** 'contiguous': a slab of maxLength slots reserved at admission; 'paged': blocks allocated as tokens arrive. */
  readonly allocation: KvAllocation;
  /** Slots contiguous allocation reserves (the server's maximum sequence length L). */
  readonly maxLength?: number;
  /** Tokens per block when paged (B, 1–256). */
  readonly blockTokens?: number;
}

export interface KvWaste {
  /** Mean slots holding token states over the o decode steps: p + (o + 1)/2. */
  readonly meanTokenSlots: number;
  /** Mean slots the request holds over the same steps. */
  readonly meanHeldSlots: number;
  /** 1 − meanTokenSlots / meanHeldSlots. */
  readonly wasteFraction: number;
}

/**
 * Time-averaged share of a request's KV slots that hold no token state. At
 * decode step g = 1…o the cache holds p + g token states;
 *   contiguous: held = L for the request's whole life (reservation for its
 *     future tokens plus internal fragmentation up to the maximum length),
 *     so waste = 1 − (p + (o + 1)/2) / L;
 *   paged: held = ⌈(p + g)/B⌉·B, only the last block's slack is empty,
 *     so waste = 1 − Σ_g (p + g) / Σ_g ⌈(p + g)/B⌉·B.
 * Ignores: external fragmentation between slabs, the spread of request
 * lengths around their means (a dataset's means stand in for it), prefix
 * sharing and preemption.
 * Source: 'kwon-2023-vllm-fig2' (Fig. 2 waste categories; Sec. 4.2 blocks).
 */
export function kvWaste(options: KvWasteOptions): KvWaste {
  requireObject('options', options);
  const p = requireCount('promptTokens', options.promptTokens, LIMITS.tokens);
  const o = requireCount('outputTokens', options.outputTokens, LIMITS.tokens);
  const allocation = requireOneOf('allocation', options.allocation, ['contiguous', 'paged'] as const);
  const meanTokenSlots = p + (o + 1) / 2;
  if (allocation === 'contiguous') {
    const L = requireCount('maxLength', options.maxLength, LIMITS.tokens);
    if (p + o > L) throw new EngineError('outOfRange', { field: 'outputTokens', value: p + o, min: 2, max: L });
    return { meanTokenSlots, meanHeldSlots: L, wasteFraction: 1 - meanTokenSlots / L };
  }
  const B = requireInRange('blockTokens', requirePositiveInt('blockTokens', options.blockTokens), 1, 256);
  // Σ_{t=1}^{n} ⌈t/B⌉ = B·q(q + 1)/2 + (q + 1)·r with n = qB + r: full blocks, then the partial one.
  const ceilSum = (n: number): number => {
    const q = Math.floor(n / B);
    const r = n - q * B;
    return (B * q * (q + 1)) / 2 + (q + 1) * r;
  };
  const held = B * (ceilSum(p + o) - ceilSum(p));
  const meanHeldSlots = held / o;
  return { meanTokenSlots, meanHeldSlots, wasteFraction: 1 - meanTokenSlots / meanHeldSlots };
}
