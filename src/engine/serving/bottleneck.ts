/**
 * 图11: where one inference step's time and memory go, and what one
 * representative optimisation of each family (memory, compute,
 * communication) does to it. Every number is an inferenceStep or
 * memoryBreakdown call; this module only chooses the options.
 */
import { collectiveTime } from '../comm/collectiveCost.ts';
import { quantizeMessage } from '../comm/messageCompression.ts';
import type { Derivation } from '../derivation.ts';
import { EngineError, requireOneOf, requirePositiveInt, requireObject, requireArray, requireNumberFields, requireString } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { COLLECTIVES } from '../comm/collectiveTypes.ts';
import { memoryBreakdown, type MemoryBreakdown, type MemoryOptions } from '../memory/fit.ts';
import { INT4_G128_FP16 } from '../memory/formats.ts';
import type { Phase } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { getInterconnect } from '../presets/interconnects.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import type { SourceKey } from '../sources/index.ts';
import { resolveEfficiency } from './efficiency.ts';
import { inferenceStep, type InferenceStepOptions, type InferenceStepResult } from './inferenceStep.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export type OptimisationFamily = 'memory' | 'compute' | 'communication';
export const OPTIMISATION_FAMILIES: readonly OptimisationFamily[] = ['memory', 'compute', 'communication'];

/** The representative optimisations, one or two per family. */
export type RemedyId = 'int4-weights-fp8-kv' | 'low-precision-flash' | 'int8-allreduce' | 'faster-link';
export const REMEDY_IDS: readonly RemedyId[] = ['int4-weights-fp8-kv', 'low-precision-flash', 'int8-allreduce', 'faster-link'];

export interface BottleneckScenario {
  readonly phase: Phase;
  readonly batch: number;
  /** Prompt length (prefill) or context length (decode), tokens. */
  readonly tokens: number;
  /** Tensor-parallel degree (GPUs). */
  readonly tp: number;
  /** Interconnect preset for the TP collectives (default: the device's own link). */
  readonly interconnect?: string;
}

/** A step's time by what bounds it; the four parts sum to the step time. */
export interface StepSplit {
  readonly computeSeconds: number;
  readonly memorySeconds: number;
  readonly communicationSeconds: number;
  readonly launchSeconds: number;
}

const splitOf = (s: StepSplit): StepSplit => ({
  computeSeconds: s.computeSeconds, memorySeconds: s.memorySeconds, communicationSeconds: s.communicationSeconds, launchSeconds: s.launchSeconds,
});

export interface RemedyResult {
  readonly id: RemedyId;
  readonly family: OptimisationFamily;
  /** false when the remedy does not exist in this scenario (no TP, already on the fastest link). */
  readonly applicable: boolean;
  /** Step time with the remedy, seconds (null when not applicable). */
  readonly seconds: number | null;
  /** baseline seconds ÷ remedy seconds (null when not applicable). */
  readonly speedup: number | null;
  /** The remedied step's time split (null when not applicable). */
  readonly split: StepSplit | null;
  /** Memory per GPU with the remedy (null when not applicable). */
  readonly memory: MemoryBreakdown | null;
  /** Compute precision the compute remedy runs at (only for 'low-precision-flash'). */
  readonly precision: Precision | null;
  readonly source: SourceKey;
}

export interface BottleneckAnalysis {
  /** The unoptimised step: FP16 weights, KV and activations, unfused attention. */
  readonly step: InferenceStepResult;
  readonly memory: MemoryBreakdown;
  readonly remedies: readonly RemedyResult[];
  /** The family whose best remedy gives the largest speed-up (ties: memory, compute, communication order). */
  readonly bestFamily: OptimisationFamily;
  readonly bestSpeedup: number;
  /** Largest speed-up of each family (1 when none of its remedies applies). */
  readonly familySpeedup: Readonly<Record<OptimisationFamily, number>>;
}

const PHASES: readonly Phase[] = ['prefill', 'decode'];

/** The unoptimised baseline every remedy is compared with (the eager FP16 setup of section 1). */
export function baselineStepOptions(s: BottleneckScenario): InferenceStepOptions {
  requireObject('s', s);
  return {
    phase: s.phase, batch: s.batch, tokens: s.tokens, tp: s.tp,
    weights: 'fp16', kv: 'fp16', activations: 'fp16', attention: 'naive',
    ...(s.interconnect === undefined ? {} : { interconnect: s.interconnect }),
  };
}

/**
 * The lowest-precision tensor-core format the device runs: FP8 where it has
 * an FP8 peak (Hopper, Ada, MI300X), else INT8 (Ampere, Orin), else null.
 * Source: the hardware presets' dense peaks; 'micikevicius-2022-fp8', 'xiao-2022-smoothquant'.
 */
export function lowPrecisionCompute(hw: HardwareSpec): 'fp8' | 'int8' | null {
  validateHardware(hw);
  if (hw.denseFlopsPerSec.fp8 !== undefined) return 'fp8';
  if (hw.denseFlopsPerSec.int8 !== undefined) return 'int8';
  return null;
}

/**
 * Tensor-parallel communication time of a step when every collective's
 * message is quantised before it is sent:
 *   t'_comm = Σ_c count_c · (T_ring(n_c / r_c) + t_codec,c)
 * n_c the FP16 message of collective c (as inferenceStep sends it), r_c the
 * compression ratio of quantizeMessage (INT8 values, one FP16 scale per
 * `groupSize` elements), T_ring the ring collective time on the link, and
 * t_codec one encode and one decode pass over the message at the device's
 * achieved memory bandwidth B·η_m.
 * Ignores: re-quantising partial sums at every ring hop, and the accuracy
 * cost. Sources: 'wang-2023-zeropp' (quantised collectives), 'dettmers-2016-8bit'.
 */
export function compressedCommunicationSeconds(
  step: InferenceStepResult, hw: HardwareSpec,
  opts: { readonly to?: 'int8' | 'fp8' | 'int4'; readonly groupSize?: number; readonly interconnect?: string } = {},
): number {
  requireObject('step', step);
  validateHardware(hw);
  requireObject('opts', opts);
  const tp = requireCount('step.tp', step.tp, LIMITS.gpus);
  const comm = requireArray('step.comm', step.comm, 4096);
  comm.forEach((c, i) => {
    requireNumberFields(`step.comm[${i}]`, c, ['bytes', 'count']);
    requireOneOf(`step.comm[${i}].collective`, (c as { collective?: unknown }).collective, COLLECTIVES);
  });
  if (tp === 1) return 0;
  const linkId = opts.interconnect ?? hw.intraNodeLink;
  if (linkId === null) throw new EngineError('outOfRange', { field: 'tp', value: step.tp, min: 1, max: 1 });
  const link = getInterconnect(linkId);
  const eff = resolveEfficiency(undefined);
  const codec = hw.memoryBandwidthBytesPerSec * eff.memoryEfficiency;
  let seconds = 0;
  for (const c of step.comm) {
    const q = quantizeMessage({ bytes: c.bytes, from: 'fp16', to: opts.to ?? 'int8', groupSize: opts.groupSize ?? 128, codecBytesPerSec: codec });
    const wire = collectiveTime({
      collective: c.collective, algorithm: 'ring', ranks: step.tp, bytes: q.compressedBytes,
      latency: link.latencySeconds.default, bandwidth: link.bandwidthBytesPerSecPerDirection * eff.communicationEfficiency,
    });
    seconds += c.count * (eff.collectiveBaseSeconds + wire + q.computeSeconds);
  }
  return seconds;
}

/** The memory a step's configuration needs per GPU, as memoryBreakdown options (what the analysis reports for it). */
export function stepMemoryOptions(o: InferenceStepOptions): MemoryOptions {
  requireObject('o', o);
  return {
    batch: o.batch, tokens: o.tokens, tp: o.tp ?? 1, attention: o.attention ?? 'flash',
    ...(o.weights === undefined ? {} : { weights: o.weights }),
    ...(o.kv === undefined ? {} : { kv: o.kv }),
  };
}

const memoryFor = (model: ModelSpec, hw: HardwareSpec, o: InferenceStepOptions): MemoryBreakdown => memoryBreakdown(model, hw, stepMemoryOptions(o));

/**
 * Time and memory of one step of `scenario`, split by what bounds it, and the
 * step with one family's remedy applied:
 * - memory: INT4 weights (group 128, FP16 scales) + FP8 KV cache — fewer bytes
 *   read per step and stored per GPU ('frantar-2022-gptq', 'lin-2023-awq');
 * - compute: FP8 (or INT8) tensor-core matmuls with 8-bit weights, activations
 *   between kernels kept FP16, plus fused (flash) attention
 *   ('xiao-2022-smoothquant', 'dao-2022-flashattention');
 * - communication: INT8-compressed all-reduce (compressedCommunicationSeconds)
 *   and, when the GPUs talk over PCIe, the device's own faster link
 *   ('nvidia-nvlink-generations').
 * speed-up = t_baseline / t_remedy on the same batch and tokens.
 * Ignores: accuracy, and that the remedies interact when combined.
 */
export function bottleneckAnalysis(model: ModelSpec, hw: HardwareSpec, scenario: BottleneckScenario): BottleneckAnalysis {
  validateModel(model);
  validateHardware(hw);
  requireObject('scenario', scenario);
  requireOneOf('phase', scenario.phase, PHASES);
  requirePositiveInt('tp', scenario.tp);
  const base = baselineStepOptions(scenario);
  const step = inferenceStep(model, hw, base);
  const memory = memoryFor(model, hw, base);
  const remedies: RemedyResult[] = [];
  const push = (id: RemedyId, family: OptimisationFamily, source: SourceKey, o: InferenceStepOptions | null, given?: StepSplit, precision: Precision | null = null) => {
    if (o === null) {
      remedies.push({ id, family, applicable: false, seconds: null, speedup: null, split: null, memory: null, precision, source });
      return;
    }
    const split = given ?? splitOf(inferenceStep(model, hw, o));
    const t = split.computeSeconds + split.memorySeconds + split.communicationSeconds + split.launchSeconds;
    remedies.push({ id, family, applicable: true, seconds: t, speedup: step.seconds / t, split, memory: memoryFor(model, hw, o), precision, source });
  };

  push('int4-weights-fp8-kv', 'memory', 'frantar-2022-gptq', { ...base, weights: INT4_G128_FP16, kv: 'fp8' });

  const lp = lowPrecisionCompute(hw);
  const computeOpts: InferenceStepOptions = lp === null
    ? { ...base, attention: 'flash' }
    : { ...base, weights: lp, computePrecision: lp, attention: 'flash' };
  push('low-precision-flash', 'compute', 'xiao-2022-smoothquant', computeOpts, undefined, lp);

  if (scenario.tp > 1) {
    const comm = compressedCommunicationSeconds(step, hw, scenario.interconnect === undefined ? {} : { interconnect: scenario.interconnect });
    push('int8-allreduce', 'communication', 'wang-2023-zeropp', base, { ...splitOf(step), communicationSeconds: comm });
  } else {
    push('int8-allreduce', 'communication', 'wang-2023-zeropp', null);
  }

  const native = hw.intraNodeLink;
  const current = scenario.interconnect ?? native;
  const faster = scenario.tp > 1 && native !== null && current !== null && current !== native
    && getInterconnect(native).bandwidthBytesPerSecPerDirection > getInterconnect(current).bandwidthBytesPerSecPerDirection;
  push('faster-link', 'communication', 'nvidia-nvlink-generations', faster ? { ...base, interconnect: native as string } : null);

  const familySpeedup = { memory: 1, compute: 1, communication: 1 };
  for (const r of remedies) if (r.speedup !== null && r.speedup > familySpeedup[r.family]) familySpeedup[r.family] = r.speedup;
  const bestFamily = OPTIMISATION_FAMILIES.reduce((a, f) => (familySpeedup[f] > familySpeedup[a] ? f : a), 'memory' as OptimisationFamily);
  return { step, memory, remedies, bestFamily, bestSpeedup: familySpeedup[bestFamily], familySpeedup };
}

export type StepSplitDerivation = Derivation<'step-split', 't_c' | 't_m' | 't_{comm}' | 't_{launch}' | 'F' | 'Q'>;

/** How the step time splits: compute-bound, memory-bound, communication and launch parts. */
export function stepSplitDerivation(model: ModelSpec, hw: HardwareSpec, scenario: BottleneckScenario): StepSplitDerivation {
  validateModel(model);
  validateHardware(hw);
  requireObject('scenario', scenario);
  const s = inferenceStep(model, hw, baselineStepOptions(scenario));
  return {
    id: 'step-split',
    tex: 't = \\underbrace{\\sum_{F/P\\eta_c > Q/B\\eta_m} \\tfrac{F}{P\\eta_c}}_{t_c} + \\underbrace{\\sum_{Q/B\\eta_m \\ge F/P\\eta_c} \\tfrac{Q}{B\\eta_m}}_{t_m} + t_{comm} + t_{launch}',
    evaluate: (v) => v.t_c + v.t_m + v['t_{comm}'] + v['t_{launch}'],
    terms: [
      { symbol: 't_c', value: s.computeSeconds, unit: 's' },
      { symbol: 't_m', value: s.memorySeconds, unit: 's' },
      { symbol: 't_{comm}', value: s.communicationSeconds, unit: 's' },
      { symbol: 't_{launch}', value: s.launchSeconds, unit: 's' },
      { symbol: 'F', value: s.flops, unit: 'FLOP' },
      { symbol: 'Q', value: s.bytes, unit: 'B' },
    ],
    result: { value: s.seconds, unit: 's' },
    source: 'williams-2009-roofline',
  };
}

export type RemedySpeedupDerivation = Derivation<'remedy-speedup', 't' | "t'">;

/**
 * How one remedy's speed-up was computed: S = t / t', t the unoptimised
 * step's time and t' the same step with the remedy (bottleneckAnalysis);
 * null when the remedy does not apply in this scenario. Source: the remedy's own.
 */
export function remedySpeedupDerivation(analysis: BottleneckAnalysis, id: RemedyId): RemedySpeedupDerivation | null {
  requireObject('analysis', analysis);
  requireNumberFields('analysis.step', analysis.step, ['seconds']);
  const remedies = requireArray('analysis.remedies', analysis.remedies, 4096);
  requireString('id', id);
  const r = remedies.find((x) => (x as { id?: unknown } | null)?.id === id) as BottleneckAnalysis['remedies'][number] | undefined;
  if (r === undefined || r.seconds === null || r.speedup === null) return null;
  requireNumberFields('remedy', r, ['seconds', 'speedup']);
  return {
    id: 'remedy-speedup',
    tex: "S = \\frac{t}{t'}",
    evaluate: (v) => v.t / v["t'"],
    terms: [
      { symbol: 't', value: analysis.step.seconds, unit: 's' },
      { symbol: "t'", value: r.seconds, unit: 's' },
    ],
    result: { value: r.speedup, unit: 'ratio' },
    source: r.source,
    params: { remedy: id, family: r.family },
  };
}
