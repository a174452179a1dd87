import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { resolveEfficiency } from '../serving/efficiency.ts';
import { inferenceStep, type InferenceStepOptions } from '../serving/inferenceStep.ts';

export type DecodeTimeDerivation = Derivation<'decode-time', 'F' | 'Q' | 'P' | 'B' | '\\eta_c' | '\\eta_m' | 'N_{k}\\,t_{k}' | 't_{comm}'>;

/**
 * How the time per output token was computed: the decode step summed over
 * its operators, shown as its compute, memory, launch and communication parts.
 */
export function decodeTimeDerivation(model: ModelSpec, hw: HardwareSpec, opts: Omit<InferenceStepOptions, 'phase'>): DecodeTimeDerivation {
  const step = inferenceStep(model, hw, { ...opts, phase: 'decode' });
  const eff = resolveEfficiency(opts.efficiency);
  return {
    id: 'decode-time',
    tex: 't = \\sum_{op} \\max\\!\\left(\\frac{F_{op}}{P\\,\\eta_c}, \\frac{Q_{op}}{B\\,\\eta_m}\\right) + N_{k}\\,t_{k} + t_{comm}',
    terms: [
      { symbol: 'F', value: step.flops, unit: 'FLOP' },
      { symbol: 'Q', value: step.bytes, unit: 'B' },
      { symbol: 'P', value: hw.denseFlopsPerSec[step.precision] ?? 0, unit: 'FLOP/s' },
      { symbol: 'B', value: hw.memoryBandwidthBytesPerSec, unit: 'B/s' },
      { symbol: '\\eta_c', value: eff.computeEfficiency, unit: 'ratio' },
      { symbol: '\\eta_m', value: eff.memoryEfficiency, unit: 'ratio' },
      { symbol: 'N_{k}\\,t_{k}', value: step.launchSeconds, unit: 's' },
      { symbol: 't_{comm}', value: step.communicationSeconds, unit: 's' },
    ],
    result: { value: step.seconds, unit: 's' },
    source: 'williams-2009-roofline',
  };
}
