/**
 * "Show the work" for a level of the best-practice stack (practiceStack):
 * the time to first token and the throughput it reports, from the numbers
 * the level was computed with.
 */
import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep } from './inferenceStep.ts';
import type { PracticeLevel } from './practiceStack.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { requireObject } from '../errors.ts';

export type PracticeTtftDerivation = Derivation<'practice-ttft', 'b' | 'p' | 't_{prefill}' | 't_{comm}' | 'f'>;

/**
 * TTFT of a level: the prefill of b requests of p prompt tokens with the
 * overlap applied,
 *   TTFT = t_prefill − f · min(t_prefill − t_comm, t_comm)
 * b = 1 under continuous batching (a request is admitted alone) and the
 * running batch otherwise; t_comm its tensor-parallel communication, f the
 * overlap fraction. Null when the level does not fit.
 * Sources: 'databricks-2023-inference' (TTFT), 'wang-2023-overlap-decomposition' (overlap).
 */
export function practiceTtftDerivation(model: ModelSpec, hw: HardwareSpec, level: PracticeLevel): PracticeTtftDerivation | null {
  validateModel(model);
  validateHardware(hw);
  requireObject('level', level);
  if (!level.fits || level.ttftSeconds === null) return null;
  const c = level.config;
  const b = c.paged ? 1 : level.deployment.batch;
  const step = inferenceStep(model, hw, { phase: 'prefill', batch: b, tokens: c.promptTokens, weights: c.weights, kv: c.kv, tp: c.tp, attention: c.attention });
  return {
    id: 'practice-ttft',
    tex: '\\mathrm{TTFT} = t_{prefill} - f\\,\\min(t_{prefill} - t_{comm},\\, t_{comm})',
    evaluate: (v) => v['t_{prefill}'] - v.f * Math.min(v['t_{prefill}'] - v['t_{comm}'], v['t_{comm}']),
    terms: [
      { symbol: 'b', value: b, unit: 'count' },
      { symbol: 'p', value: c.promptTokens, unit: 'tokens' },
      { symbol: 't_{prefill}', value: step.seconds, unit: 's' },
      { symbol: 't_{comm}', value: step.communicationSeconds, unit: 's' },
      { symbol: 'f', value: level.overlapFraction, unit: 'ratio' },
    ],
    result: { value: level.ttftSeconds, unit: 's' },
    source: 'databricks-2023-inference',
  };
}

export type PracticeThroughputDerivation = Derivation<'practice-throughput', 'b' | 'o' | 't_{prefill}' | '\\mathrm{TPOT}'>;

/**
 * Throughput of a level, all its GPUs: b requests of o output tokens each
 * finish after their prefill and o decode steps,
 *   tokens/s = b · o / (t_prefill + o · TPOT)
 * t_prefill the batch's prefill (overlap applied), TPOT the mean decode step.
 * Null when the level does not fit. Source: 'databricks-2023-inference'.
 */
export function practiceThroughputDerivation(level: PracticeLevel): PracticeThroughputDerivation | null {
  requireObject('level', level);
  const t = level.timing;
  if (!level.fits || t === null) return null;
  return {
    id: 'practice-throughput',
    tex: '\\text{tokens/s} = \\frac{b\\,o}{t_{prefill} + o\\,\\mathrm{TPOT}}',
    evaluate: (v) => (v.b * v.o) / (v['t_{prefill}'] + v.o * v['\\mathrm{TPOT}']),
    terms: [
      { symbol: 'b', value: level.deployment.batch, unit: 'count' },
      { symbol: 'o', value: level.config.outputTokens, unit: 'tokens' },
      { symbol: 't_{prefill}', value: t.ttftSeconds, unit: 's' },
      { symbol: '\\mathrm{TPOT}', value: t.tpotSeconds, unit: 's' },
    ],
    result: { value: t.tokensPerSecond, unit: 'tokens/s' },
    source: 'databricks-2023-inference',
  };
}
