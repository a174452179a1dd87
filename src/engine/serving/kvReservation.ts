import { requireInRange, requirePositiveInt, requireObject } from '../errors.ts';

/** vLLM's default KV block size, tokens per block. Source: 'kwon-2023-vllm' (§4.2 and Fig. 18a: block size 16 by default). */
export const DEFAULT_KV_BLOCK_TOKENS = 16;

export interface KvReservationOptions {
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Longest sequence the server accepts; contiguous allocation reserves this much per request. */
  readonly maxLength: number;
  /** true: PagedAttention-style blocks allocated on demand; false: contiguous pre-allocation. */
  readonly paged: boolean;
  /** Tokens per KV block when paged (default 16). */
  readonly blockTokens?: number;
}

/**
 * KV-cache slots one request holds at its peak.
 *   contiguous: L_max (the whole maximum length, reserved up front)
 *   paged:      ⌈(p + o) / B⌉ · B  (only the blocks it fills; waste < one block)
 * p prompt tokens, o output tokens, B tokens per block, L_max the maximum length.
 * prompt + output must not exceed L_max (EngineError on 'outputTokens').
 * Ignores: prefix sharing between requests, preemption and swapping.
 * Source: 'kwon-2023-vllm' (Fig. 3: contiguous pre-allocation; §4: on-demand blocks).
 */
export function kvReservedTokens(opts: KvReservationOptions): number {
  requireObject('opts', opts);
  const prompt = requirePositiveInt('promptTokens', opts.promptTokens);
  const output = requirePositiveInt('outputTokens', opts.outputTokens);
  const maxLength = requirePositiveInt('maxLength', opts.maxLength);
  const used = requireInRange('outputTokens', prompt + output, 2, maxLength);
  if (!opts.paged) return maxLength;
  const block = requirePositiveInt('blockTokens', opts.blockTokens ?? DEFAULT_KV_BLOCK_TOKENS);
  return Math.ceil(used / block) * block;
}
