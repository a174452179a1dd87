import { EngineError, requireInRange, requirePositiveInt } from './errors.ts';

/**
 * Upper limits on the sizes the public API accepts. They are far beyond any
 * real deployment (16.7 M sequences, 134 M tokens of context, 65,536 GPUs) and
 * keep every product the engine forms finite: with them the largest FLOP count
 * is below 10^40, far from the 1.8·10^308 where a double overflows.
 */
export const LIMITS = {
  batch: 1 << 24,
  tokens: 1 << 27,
  gpus: 1 << 16,
  /** Model widths: hidden size, head width, intermediate size. */
  width: 1 << 20,
  heads: 1 << 16,
  layers: 1 << 14,
  vocab: 1 << 24,
  positions: 1 << 27,
  experts: 1 << 12,
} as const;

/** A count: a positive integer no larger than `max`; throws EngineError naming `field`. */
export function requireCount(field: string, value: unknown, max: number): number {
  return requireInRange(field, requirePositiveInt(field, value), 1, typeof max === 'number' && max >= 1 ? max : Number.MAX_SAFE_INTEGER);
}

/** An index: an integer in [0, max]; throws EngineError naming `field`. */
export function requireIndex(field: string, value: unknown, max: number): number {
  const v = requireInRange(field, value, 0, max);
  if (!Number.isInteger(v)) throw new EngineError('notInteger', { field, value });
  return v;
}
