import { EngineError, requireNonNegative, requirePositiveInt, requireObject } from '../errors.ts';

export interface ContiguousSlots {
  /** Slots pre-allocated for the request (its maximum length). */
  readonly maxLength: number;
  readonly promptTokens: number;
  readonly generatedTokens: number;
  /** Slots reserved for tokens still to be generated in the current step(s). */
  readonly reservedTokens: number;
}

export interface SlotUsage {
  readonly usedSlots: number;
  readonly reservedSlots: number;
  /** Internal fragmentation: pre-allocated slots that will never hold a token. */
  readonly neverUsedSlots: number;
}

/**
 * Slot accounting of contiguous KV pre-allocation (vLLM Fig. 3): a request
 * reserves `maxLength` slots up front; used = prompt + generated; the rest
 * minus reserved slots is never used:
 *   never used = max_len − prompt − generated − reserved.
 * Request A (2048, 7, 1, 2) → 2038; request B (512, 3, 1, 1) → 507.
 * Source: 'kwon-2023-vllm' Fig. 3.
 */
export function contiguousSlotWaste(s: ContiguousSlots): SlotUsage {
  requireObject('s', s);
  const max = requirePositiveInt('maxLength', s.maxLength);
  const prompt = requireNonNegative('promptTokens', s.promptTokens);
  const generated = requireNonNegative('generatedTokens', s.generatedTokens);
  const reserved = requireNonNegative('reservedTokens', s.reservedTokens);
  const used = prompt + generated;
  if (used + reserved > max) {
    throw new EngineError('outOfRange', { field: 'promptTokens', value: used + reserved, min: 0, max });
  }
  return { usedSlots: used, reservedSlots: reserved, neverUsedSlots: max - used - reserved };
}
