/**
 * How a deployment's timing was computed (deploymentEstimate → servingEstimate),
 * for "show the work": the time to first token, the mean time per output
 * token and the throughput of the batch that runs. Each result is the number
 * deploymentEstimate returns; null when not even one request fits (then
 * there is no timing to explain). A caller that already has
 * deploymentEstimate(model, hw, config) passes it as `estimate` (it is not
 * computed again; it must be that very estimate).
 * Source: 'databricks-2023-inference' (TTFT, TPOT and throughput definitions);
 * each step on the roofline, 'williams-2009-roofline' (via inferenceStep).
 */
import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { deploymentEstimate, type DeploymentConfig, type DeploymentEstimate } from './deploymentEstimate.ts';
import { inferenceStep } from './inferenceStep.ts';
import { requireNumberFields, requireObject } from '../errors.ts';

export type DeploymentTtftDerivation = Derivation<'deployment-ttft', 'b' | 'p' | 't_c' | 't_m' | 'N_{k}\\,t_{k}' | 't_{comm}'>;
export type DeploymentTpotDerivation = Derivation<'deployment-tpot', 'b' | 'o' | 't_1' | 't_o' | 'D'>;
export type DeploymentThroughputDerivation = Derivation<'deployment-throughput', 'b' | 'o' | '\\mathrm{TTFT}' | 'D'>;

/** A caller's estimate, checked where it enters: a batch, and a serving block of timings or null. */
function givenEstimate(estimate: unknown): DeploymentEstimate {
  const e = requireNumberFields('estimate', estimate, ['batch']) as unknown as DeploymentEstimate;
  if (e.serving !== null) requireNumberFields('estimate.serving', e.serving, ['ttftSeconds', 'tpotSeconds', 'totalSeconds', 'tokensPerSecond']);
  return e;
}

function settingsOf(config: DeploymentConfig, batch: number) {
  return {
    batch, weights: config.weights, kv: config.kv, tp: config.tp, attention: config.attention,
    ...(config.efficiency === undefined ? {} : { efficiency: config.efficiency }),
  };
}

/**
 * TTFT: the prefill of the running batch b, each request p prompt tokens, one
 * step on the roofline:
 *   TTFT = t_c + t_m + N_k·t_k + t_comm
 * t_c the compute-bound operators' time, t_m the memory-bound ones', N_k·t_k
 * the kernel launches, t_comm the tensor-parallel communication.
 */
export function deploymentTtftDerivation(model: ModelSpec, hw: HardwareSpec, config: DeploymentConfig, estimate?: DeploymentEstimate): DeploymentTtftDerivation | null {
  requireObject('config', config);
  const e = estimate === undefined ? deploymentEstimate(model, hw, config) : givenEstimate(estimate);
  if (e.serving === null) return null;
  const step = inferenceStep(model, hw, { ...settingsOf(config, e.batch), phase: 'prefill', tokens: config.promptTokens });
  return {
    id: 'deployment-ttft',
    tex: '\\mathrm{TTFT} = t_c + t_m + N_{k}\\,t_{k} + t_{comm}',
    evaluate: (v) => v.t_c + v.t_m + v['N_{k}\\,t_{k}'] + v['t_{comm}'],
    terms: [
      { symbol: 'b', value: e.batch, unit: 'count' },
      { symbol: 'p', value: config.promptTokens, unit: 'tokens' },
      { symbol: 't_c', value: step.computeSeconds, unit: 's' },
      { symbol: 't_m', value: step.memorySeconds, unit: 's' },
      { symbol: 'N_{k}\\,t_{k}', value: step.launchSeconds, unit: 's' },
      { symbol: 't_{comm}', value: step.communicationSeconds, unit: 's' },
    ],
    result: { value: e.serving.ttftSeconds, unit: 's' },
    source: 'databricks-2023-inference',
  };
}

/**
 * Mean time per output token over the generation: decode step j attends to
 * p + j tokens, so the steps lengthen as the context grows,
 *   TPOT = (1/o) · Σ_{j=1..o} t_step(p + j) = D / o
 * D all decode steps together (exact for o ≤ 16, trapezoid rule beyond),
 * t_1 and t_o the first and last step.
 */
export function deploymentTpotDerivation(model: ModelSpec, hw: HardwareSpec, config: DeploymentConfig, estimate?: DeploymentEstimate): DeploymentTpotDerivation | null {
  requireObject('config', config);
  const e = estimate === undefined ? deploymentEstimate(model, hw, config) : givenEstimate(estimate);
  if (e.serving === null) return null;
  const s = e.serving;
  const step = (context: number) => inferenceStep(model, hw, { ...settingsOf(config, e.batch), phase: 'decode', tokens: context }).seconds;
  return {
    id: 'deployment-tpot',
    tex: '\\mathrm{TPOT} = \\frac{1}{o}\\sum_{j=1}^{o} t_{step}(p + j) = \\frac{D}{o}',
    evaluate: (v) => v.D / v.o,
    terms: [
      { symbol: 'b', value: e.batch, unit: 'count' },
      { symbol: 'o', value: config.outputTokens, unit: 'tokens' },
      { symbol: 't_1', value: step(config.promptTokens + 1), unit: 's' },
      { symbol: 't_o', value: step(config.promptTokens + config.outputTokens), unit: 's' },
      { symbol: 'D', value: s.totalSeconds - s.ttftSeconds, unit: 's' },
    ],
    result: { value: s.tpotSeconds, unit: 's' },
    source: 'databricks-2023-inference',
    params: { prompt: config.promptTokens },
  };
}

/**
 * Throughput of the running batch, end to end: b requests of o output tokens
 * finish after their prefill and all decode steps,
 *   tokens/s = b · o / (TTFT + D)
 */
export function deploymentThroughputDerivation(model: ModelSpec, hw: HardwareSpec, config: DeploymentConfig, estimate?: DeploymentEstimate): DeploymentThroughputDerivation | null {
  requireObject('config', config);
  const e = estimate === undefined ? deploymentEstimate(model, hw, config) : givenEstimate(estimate);
  if (e.serving === null) return null;
  const s = e.serving;
  return {
    id: 'deployment-throughput',
    tex: '\\text{tokens/s} = \\frac{b\\,o}{\\mathrm{TTFT} + D}',
    evaluate: (v) => (v.b * v.o) / (v['\\mathrm{TTFT}'] + v.D),
    terms: [
      { symbol: 'b', value: e.batch, unit: 'count' },
      { symbol: 'o', value: config.outputTokens, unit: 'tokens' },
      { symbol: '\\mathrm{TTFT}', value: s.ttftSeconds, unit: 's' },
      { symbol: 'D', value: s.totalSeconds - s.ttftSeconds, unit: 's' },
    ],
    result: { value: s.tokensPerSecond, unit: 'tokens/s' },
    source: 'databricks-2023-inference',
  };
}
