/**
 * "Show the work" for the throughput of one step: tokens/s = N / T, with N
 * the tokens the step pushes through the model (the batch in decode, batch ×
 * prompt in prefill) and T the step time. Source: 'pope-2022-scaling-inference'
 * (throughput as tokens per step over step latency).
 */
import type { Derivation } from '../derivation.ts';
import { requireInRange, requireNonNegative } from '../errors.ts';

export type StepThroughputDerivation = Derivation<'step-throughput', 'N' | 'T'>;

export function stepThroughputDerivation(tokens: number, stepSeconds: number): StepThroughputDerivation {
  requireNonNegative('tokens', tokens);
  requireInRange('stepSeconds', stepSeconds, Number.MIN_VALUE, Number.MAX_VALUE);
  return {
    id: 'step-throughput',
    tex: '\\text{tokens/s} = \\frac{N}{T}',
    evaluate: (v) => v.N / v.T,
    terms: [
      { symbol: 'N', value: tokens, unit: 'tokens' },
      { symbol: 'T', value: stepSeconds, unit: 's' },
    ],
    result: { value: tokens / stepSeconds, unit: 'tokens/s' },
    source: 'pope-2022-scaling-inference',
  };
}
