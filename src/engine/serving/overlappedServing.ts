import type { Derivation } from '../derivation.ts';
import { overlappedTime } from '../comm/overlap.ts';
import { requireInRange, requirePositiveInt, requireObject } from '../errors.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep } from './inferenceStep.ts';
import { servingEstimate, type ServingEstimate, type StepSettings } from './latency.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export interface OverlappedServingOptions extends StepSettings {
  readonly batch: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** f ∈ [0, 1]: share of the hideable communication that runs under computation (0 = serial). */
  readonly overlapFraction: number;
}

export type OverlappedTpotDerivation = Derivation<'overlapped-tpot', 'o' | 'p' | '\\frac{1}{o}\\sum t_{step}' | 'Q_{step}' | 't_{comm}' | 't_{other}' | 'f'>;

export interface OverlappedServing extends ServingEstimate {
  /** The same deployment without overlap (servingEstimate). */
  readonly serial: ServingEstimate;
  /** Tensor-parallel communication of one decode step, seconds (0 on one GPU). */
  readonly decodeCommSeconds: number;
  /** Of it, hidden under the step's other work, seconds per decode step. */
  readonly decodeHiddenSeconds: number;
  /** Communication hidden during the prefill, seconds. */
  readonly prefillHiddenSeconds: number;
  /** Per-GPU bytes of the decode step at the mean context (what bounds a memory-bound TPOT). */
  readonly decodeBytesAtMeanContext: number;
  readonly meanContextTokens: number;
  readonly tpotDerivation: OverlappedTpotDerivation;
}

/**
 * TTFT, TPOT and throughput when tensor-parallel collectives overlap the
 * step's other work (servingEstimate, then overlappedTime on each step):
 *   t'(c) = t(c) − f · min(t(c) − t_comm, t_comm)
 *   TPOT' = TPOT − f · min(t(p + 1) − t_comm, t_comm)
 * t(c) serial step time at context c, t_comm its all-reduce/all-gather time
 * (independent of context in decode: the payload is b·d per collective),
 * f overlap fraction, p prompt tokens. The hidden time is taken at the first
 * decode step, the one with the least other work, so it never overstates
 * the overlap (exact whenever that step's other work exceeds t_comm).
 * Ignores: the slowdown overlapped kernels inflict on each other (shared SMs
 * and bandwidth), dependencies that forbid overlap (decomposition needed,
 * Wang et al. 2023).
 * Sources: 'peng-2019-bytescheduler' (overlap), 'wang-2023-overlap-decomposition',
 * 'databricks-2023-inference' (TTFT/TPOT definitions).
 */
export function overlappedServing(model: ModelSpec, hw: HardwareSpec, opts: OverlappedServingOptions): OverlappedServing {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const f = requireInRange('overlapFraction', opts.overlapFraction, 0, 1);
  const batch = requirePositiveInt('batch', opts.batch);
  const prompt = requirePositiveInt('promptTokens', opts.promptTokens);
  const out = requirePositiveInt('outputTokens', opts.outputTokens);
  const { overlapFraction: _f, ...settings } = opts;
  const serial = servingEstimate(model, hw, settings);
  const prefill = inferenceStep(model, hw, { ...settings, phase: 'prefill', batch, tokens: prompt });
  const firstDecode = inferenceStep(model, hw, { ...settings, phase: 'decode', batch, tokens: prompt + 1 });
  const meanContext = Math.round(prompt + (out + 1) / 2);
  const meanDecode = inferenceStep(model, hw, { ...settings, phase: 'decode', batch, tokens: meanContext });
  const hide = (step: { seconds: number; communicationSeconds: number }) =>
    overlappedTime({ computeSeconds: step.seconds - step.communicationSeconds, commSeconds: step.communicationSeconds, overlapFraction: f }).hiddenCommSeconds;
  const prefillHidden = hide(prefill);
  const decodeHidden = hide(firstDecode);
  const ttft = serial.ttftSeconds - prefillHidden;
  const tpot = serial.tpotSeconds - decodeHidden;
  const decode = tpot * out;
  const total = ttft + decode;
  const derivation: OverlappedTpotDerivation = {
    id: 'overlapped-tpot',
    tex: '\\mathrm{TPOT} = \\frac{1}{o}\\sum_{j=1}^{o} t_{step}(p+j) - f\\,\\min(t_{other},\\, t_{comm})',
    evaluate: (v) => v['\\frac{1}{o}\\sum t_{step}'] - v.f * Math.min(v['t_{other}'], v['t_{comm}']),
    terms: [
      { symbol: 'o', value: out, unit: 'tokens' },
      { symbol: 'p', value: prompt, unit: 'tokens' },
      { symbol: '\\frac{1}{o}\\sum t_{step}', value: serial.tpotSeconds, unit: 's' },
      { symbol: 'Q_{step}', value: meanDecode.bytes, unit: 'B' },
      { symbol: 't_{comm}', value: firstDecode.communicationSeconds, unit: 's' },
      { symbol: 't_{other}', value: firstDecode.seconds - firstDecode.communicationSeconds, unit: 's' },
      { symbol: 'f', value: f, unit: 'ratio' },
    ],
    result: { value: tpot, unit: 's' },
    source: 'databricks-2023-inference',
  };
  return {
    ttftSeconds: ttft, tpotSeconds: tpot, totalSeconds: total,
    decodeTokensPerSecond: batch / tpot, tokensPerSecond: (batch * out) / total,
    serial,
    decodeCommSeconds: firstDecode.communicationSeconds,
    decodeHiddenSeconds: decodeHidden,
    prefillHiddenSeconds: prefillHidden,
    decodeBytesAtMeanContext: meanDecode.bytes,
    meanContextTokens: meanContext,
    tpotDerivation: derivation,
  };
}
