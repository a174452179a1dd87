import { requirePositive, requirePositiveInt } from '../errors.ts';

/**
 * The FFN hidden width Meta's Llama reference code derives from `dim`:
 * h = ⌊2·4·dim/3⌋; if a multiplier is given h = ⌊mult·h⌋; then h is rounded up
 * to a multiple of `multiple_of`. Llama-3-8B: dim 4096, mult 1.3, multiple 1024 → 14336.
 * Source: 'meta-llama-ffn-sizing' (reference model.py FeedForward).
 */
export function llamaFfnHiddenSize(dim: number, ffnDimMultiplier: number | undefined, multipleOf: number): number {
  requirePositiveInt('dim', dim);
  requirePositiveInt('multipleOf', multipleOf);
  let h = Math.floor((2 * 4 * dim) / 3);
  if (ffnDimMultiplier !== undefined) h = Math.floor(requirePositive('ffnDimMultiplier', ffnDimMultiplier) * h);
  return multipleOf * Math.ceil(h / multipleOf);
}
