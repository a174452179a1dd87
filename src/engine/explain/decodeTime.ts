import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { computeEfficiencyAt, resolveEfficiency } from '../serving/efficiency.ts';
import { inferenceStep, type InferenceStepOptions } from '../serving/inferenceStep.ts';
import { requireObject } from '../errors.ts';

export type DecodeTimeDerivation = Derivation<'decode-time', 't_c' | 't_m' | 'F' | 'Q' | 'P' | 'B' | '\\eta_c' | '\\eta_m' | 'N_{k}\\,t_{k}' | 't_{comm}'>;

/**
 * How the time per output token was computed: the decode step summed over
 * its operators, each counting only its binding roofline term, so
 *   t = Σ_op max(F_op/(P·η_c), Q_op/(B·η_m)) + N_k·t_k + t_comm = t_c + t_m + N_k·t_k + t_comm
 * t_c the compute-bound operators' time, t_m the memory-bound ones', N_k·t_k
 * the launch overhead, t_comm the tensor-parallel communication left exposed.
 * The step's totals F and Q are shown beside them; one max() over the totals
 * would not reproduce t when some operators are compute-bound and others
 * memory-bound. Source: 'williams-2009-roofline' (via inferenceStep).
 */
export function decodeTimeDerivation(model: ModelSpec, hw: HardwareSpec, opts: Omit<InferenceStepOptions, 'phase'>): DecodeTimeDerivation {
  requireObject('opts', opts);
  const step = inferenceStep(model, hw, { ...opts, phase: 'decode' });
  const eff = resolveEfficiency(opts.efficiency);
  return {
    id: 'decode-time',
    tex: 't = \\underbrace{\\sum_{F_{op}/P\\eta_c > Q_{op}/B\\eta_m} \\tfrac{F_{op}}{P\\eta_c}}_{t_c} + \\underbrace{\\sum_{Q_{op}/B\\eta_m \\ge F_{op}/P\\eta_c} \\tfrac{Q_{op}}{B\\eta_m}}_{t_m} + N_{k}\\,t_{k} + t_{comm}',
    evaluate: (v) => v.t_c + v.t_m + v['N_{k}\\,t_{k}'] + v['t_{comm}'],
    terms: [
      { symbol: 't_c', value: step.computeSeconds, unit: 's' },
      { symbol: 't_m', value: step.memorySeconds, unit: 's' },
      { symbol: 'N_{k}\\,t_{k}', value: step.launchSeconds, unit: 's' },
      { symbol: 't_{comm}', value: step.communicationSeconds, unit: 's' },
      { symbol: 'F', value: step.flops, unit: 'FLOP' },
      { symbol: 'Q', value: step.bytes, unit: 'B' },
      { symbol: 'P', value: hw.denseFlopsPerSec[step.precision] ?? 0, unit: 'FLOP/s' },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s' },
      { symbol: '\\eta_c', value: computeEfficiencyAt(eff, step.precision), unit: 'ratio' },
      { symbol: '\\eta_m', value: eff.memoryEfficiency, unit: 'ratio' },
    ],
    result: { value: step.seconds, unit: 's' },
    source: 'williams-2009-roofline',
    params: { precision: step.precision },
  };
}
