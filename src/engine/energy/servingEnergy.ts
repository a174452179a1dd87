/**
 * Energy per generated token of a served batch (teaching model, 45 nm:
 * Horowitz 2014), from the engine's own FLOP and byte counts.
 *
 *   E_tok = (E(prefill) + o · E(decode at c̄)) / (b · o),  c̄ = p + (o + 1) / 2
 *   E(step) = tp · (F/2 · e_MAC + Q · e_DRAM)
 * F, Q per-GPU FLOPs and bytes of the step (inferenceStep), tp GPUs, b batch,
 * p prompt and o output tokens, e_MAC one FP16 multiply-accumulate, e_DRAM one
 * byte from DRAM. Decode FLOPs and bytes grow linearly with context, so the
 * step at the mean context c̄ stands in exactly for the mean of the o steps.
 * MACs are counted at FP16 because weight-only quantised weights are
 * dequantised to FP16 before the multiply.
 * Ignores: on-chip SRAM and register traffic, static/leakage power,
 * interconnect energy of tensor parallelism, process scaling (45 nm, 2014).
 * Sources: 'horowitz-2014-isscc' (energy table), 'sze-2017' (DRAM ≫ MAC).
 */
import type { Derivation } from '../derivation.ts';
import { requirePositiveInt, requireObject } from '../errors.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import type { StepSettings } from '../serving/latency.ts';
import { accessEnergyJoulesPerByte, macEnergyJoules } from './operationEnergy.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export interface ServingEnergyOptions extends StepSettings {
  readonly batch: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
}

export type ServingEnergyDerivation = Derivation<'serving-energy', 'N_{MAC}' | 'e_{MAC}' | 'Q_{DRAM}' | 'e_{DRAM}' | 'b' | 'o'>;

export interface ServingEnergy {
  /** Joules per generated token, all GPUs together. */
  readonly joulesPerToken: number;
  /** Joules of the prefill step (all GPUs). */
  readonly prefillJoules: number;
  /** Joules of all decode steps (all GPUs). */
  readonly decodeJoules: number;
  /** Share spent moving bytes from DRAM (the rest is arithmetic). */
  readonly dramShare: number;
  readonly derivation: ServingEnergyDerivation;
}

export function servingEnergy(model: ModelSpec, hw: HardwareSpec, opts: ServingEnergyOptions): ServingEnergy {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const batch = requirePositiveInt('batch', opts.batch);
  const prompt = requirePositiveInt('promptTokens', opts.promptTokens);
  const out = requirePositiveInt('outputTokens', opts.outputTokens);
  const tp = requirePositiveInt('tp', opts.tp ?? 1);
  const eMac = macEnergyJoules('fp16');
  const eDram = accessEnergyJoulesPerByte('dram');
  const prefill = inferenceStep(model, hw, { ...opts, phase: 'prefill', batch, tokens: prompt });
  const meanContext = Math.round(prompt + (out + 1) / 2);
  const decode = inferenceStep(model, hw, { ...opts, phase: 'decode', batch, tokens: meanContext });
  const macs = (tp * (prefill.flops + out * decode.flops)) / 2;
  const dramBytes = tp * (prefill.bytes + out * decode.bytes);
  const computeJoules = macs * eMac;
  const dramJoules = dramBytes * eDram;
  const prefillJoules = tp * (prefill.flops / 2 * eMac + prefill.bytes * eDram);
  const decodeJoules = computeJoules + dramJoules - prefillJoules;
  const tokens = batch * out;
  const joulesPerToken = (computeJoules + dramJoules) / tokens;
  return {
    joulesPerToken,
    prefillJoules,
    decodeJoules,
    dramShare: dramJoules / (computeJoules + dramJoules),
    derivation: {
      id: 'serving-energy',
      tex: 'E_{tok} = \\frac{N_{MAC}\\,e_{MAC} + Q_{DRAM}\\,e_{DRAM}}{b\\,o}',
      evaluate: (v) => (v['N_{MAC}'] * v['e_{MAC}'] + v['Q_{DRAM}'] * v['e_{DRAM}']) / (v.b * v.o),
      terms: [
        { symbol: 'N_{MAC}', value: macs, unit: 'count' },
        { symbol: 'e_{MAC}', value: eMac, unit: 'J' },
        { symbol: 'Q_{DRAM}', value: dramBytes, unit: 'B' },
        { symbol: 'e_{DRAM}', value: eDram, unit: 'J' },
        { symbol: 'b', value: batch, unit: 'count' },
        { symbol: 'o', value: out, unit: 'tokens' },
      ],
      result: { value: joulesPerToken, unit: 'J' },
      source: 'horowitz-2014-isscc',
    },
  };
}
