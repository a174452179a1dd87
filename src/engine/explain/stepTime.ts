import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep, type InferenceStepOptions } from '../serving/inferenceStep.ts';
import { requireObject } from '../errors.ts';

/** params.phase is 'prefill' or 'decode', params.batch the sequences in the step, params.tp the GPUs per group. */
export type StepTimeDerivation = Derivation<'step-time', 't_c' | 't_m' | 't_{launch}' | 't_{comm}'>;

/**
 * One prefill or decode step, in the form whose substituted values reproduce
 * it (each operator counts only its binding term):
 *   t = t_c + t_m + t_launch + t_comm
 * t_c the compute term of the compute-bound operators, t_m the memory term of
 * the memory-bound ones, t_launch the kernel launches, t_comm the tensor-parallel
 * collectives left exposed. Source: 'williams-2009-roofline' (each operator on
 * the roofline), as inferenceStep.
 */
export function stepTimeDerivation(model: ModelSpec, hw: HardwareSpec, opts: InferenceStepOptions): StepTimeDerivation {
  requireObject('opts', opts);
  const s = inferenceStep(model, hw, opts);
  const base: Omit<StepTimeDerivation, 'evaluate'> = {
    id: 'step-time',
    tex: 't = t_c + t_m + t_{launch} + t_{comm}',
    terms: [
      { symbol: 't_c', value: s.computeSeconds, unit: 's' },
      { symbol: 't_m', value: s.memorySeconds, unit: 's' },
      { symbol: 't_{launch}', value: s.launchSeconds, unit: 's' },
      { symbol: 't_{comm}', value: s.communicationSeconds, unit: 's' },
    ],
    result: { value: s.seconds, unit: 's' },
    source: 'williams-2009-roofline',
    params: { phase: s.phase, batch: opts.batch, tp: s.tp },
  };
  return Object.assign(base, { evaluate: (v: Readonly<Record<'t_c' | 't_m' | 't_{launch}' | 't_{comm}', number>>) => v.t_c + v.t_m + v['t_{launch}'] + v['t_{comm}'] });
}
