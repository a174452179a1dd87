import { collectiveTime } from '../comm/index.ts';
import { EngineError, requireOneOf, requirePositiveInt } from '../errors.ts';
import { dtypeBytes, resolveFormat, type DType, type NumberFormat } from '../memory/formats.ts';
import { emitOperators, type AttentionKernel, type OpClass, type Phase } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { getInterconnect } from '../presets/interconnects.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops } from '../roofline.ts';
import { resolveEfficiency, type EfficiencyInput } from './efficiency.ts';

export interface InferenceStepOptions {
  readonly phase: Phase;
  readonly batch: number;
  /** Prompt length in prefill; context length (tokens attended to, including the new one) in decode. */
  readonly tokens: number;
  /** Weight format (default 'fp16'). */
  readonly weights?: NumberFormat;
  /** KV cache format (default 'fp16'). */
  readonly kv?: NumberFormat;
  /** Activation dtype (default 'fp16'); it also picks the compute peak unless computePrecision is set. */
  readonly activations?: DType;
  readonly computePrecision?: Precision;
  /** Tensor-parallel degree (default 1). */
  readonly tp?: number;
  /** 'realistic' (default: sourced knobs), 'ideal' (pure roofline) or knob overrides. */
  readonly efficiency?: EfficiencyInput;
  /** 'flash' (default) keeps scores on chip; 'naive' writes them to memory. */
  readonly attention?: AttentionKernel;
  /** Interconnect preset id for TP collectives (default: the hardware's intra-node link). */
  readonly interconnect?: string;
}

export interface OperatorBytes {
  readonly weights: number;
  readonly activations: number;
  readonly kv: number;
  readonly total: number;
}

/** One operator, per GPU and per instance; multiply by `count` for its share of the step. */
export interface OperatorCost {
  readonly name: string;
  readonly class: OpClass;
  /** Identical instances in the step (numLayers for per-layer operators). */
  readonly count: number;
  /** Kernel launches per instance (0 when fused into the previous kernel). */
  readonly launches: number;
  readonly flops: number;
  /** Bytes read + written, by kind. */
  readonly bytes: OperatorBytes;
  /** FLOP per byte (0 when the operator moves no bytes and does no work). */
  readonly intensity: number;
  readonly computeSeconds: number;
  readonly memorySeconds: number;
  /** max(compute, memory) + launches × launch overhead. */
  readonly seconds: number;
  readonly bound: 'compute' | 'memory';
}

export interface CommunicationCost {
  readonly name: string;
  readonly collective: 'all-reduce' | 'all-gather';
  readonly count: number;
  /** Message size per collective, bytes (nccl-tests convention). */
  readonly bytes: number;
  /** Seconds per collective. */
  readonly seconds: number;
}

export type StepBound = 'compute' | 'memory' | 'communication';

export interface InferenceStepResult {
  readonly phase: Phase;
  /** Wall time of the step: Σ count × operator seconds + communication (no overlap). */
  readonly seconds: number;
  /** FLOPs per GPU. */
  readonly flops: number;
  /** Memory traffic per GPU, bytes. */
  readonly bytes: number;
  readonly bound: StepBound;
  /** Time in compute-bound operators (their compute term). */
  readonly computeSeconds: number;
  /** Time in memory-bound operators (their memory term). */
  readonly memorySeconds: number;
  readonly communicationSeconds: number;
  /** Kernel launch overhead; compute + memory + communication + launch = seconds. */
  readonly launchSeconds: number;
  /** Tokens that pass through the layers: batch × prompt (prefill) or batch (decode). */
  readonly tokensProcessed: number;
  readonly tp: number;
  readonly precision: Precision;
  readonly ops: readonly OperatorCost[];
  readonly comm: readonly CommunicationCost[];
}

const PHASES: readonly Phase[] = ['prefill', 'decode'];
const ATTENTION: readonly AttentionKernel[] = ['flash', 'naive'];

/**
 * One forward step (a prefill of the prompt, or one decode token per
 * sequence) on `tp` GPUs of type `hw`, as a list of operators on the roofline:
 *   t = Σ_ops count · (max(F/(P·η_c), Q/(B·η_m)) + launches · t_launch) + t_comm
 * F, Q per-GPU FLOPs and bytes (emitOperators), P dense peak at the compute
 * precision, B memory bandwidth. With tp > 1, Megatron-LM adds 2 ring
 * all-reduces of T·d activations per layer plus one for the vocabulary-parallel
 * embedding, and an all-gather of the b × V logits, timed with collectiveTime
 * over the hardware's intra-node link. bound = the largest of the summed
 * compute, memory and communication times.
 * Ignores: overlap of communication with compute, CPU/scheduler time, sampling.
 * Sources: 'williams-2009-roofline', 'shoeybi-2019-megatron-tp'; operator list as in emitOperators.
 */
export function inferenceStep(model: ModelSpec, hw: HardwareSpec, opts: InferenceStepOptions): InferenceStepResult {
  validateModel(model);
  const phase = requireOneOf('phase', opts.phase, PHASES);
  const batch = requirePositiveInt('batch', opts.batch);
  const tokens = requirePositiveInt('tokens', opts.tokens);
  const tp = requirePositiveInt('tp', opts.tp ?? 1);
  const attention = requireOneOf('attention', opts.attention ?? 'flash', ATTENTION);
  const weights = resolveFormat('weights', opts.weights ?? 'fp16');
  const kv = resolveFormat('kv', opts.kv ?? 'fp16');
  const activations = opts.activations ?? 'fp16';
  const actBytes = dtypeBytes('activations', activations);
  const precision = opts.computePrecision ?? activations;
  const peak = peakFlops(hw, precision, opts.computePrecision ? 'computePrecision' : 'activations');
  const eff = resolveEfficiency(opts.efficiency);
  const bw = hw.memoryBandwidthBytesPerSec;
  const flopRate = peak * eff.computeEfficiency;
  const byteRate = bw * eff.memoryEfficiency;
  const launch = eff.kernelLaunchSeconds;

  const ops: OperatorCost[] = [];
  let flops = 0;
  let bytes = 0;
  let computeSeconds = 0;
  let memorySeconds = 0;
  let launchSeconds = 0;
  emitOperators(model, { phase, batch, tokens, tp, weights, kv, actBytes, attention, sramBytes: hw.sramPerCoreBytes },
    (name, cls, count, launches, f, w, a, k) => {
      const total = w + a + k;
      const c = f / flopRate;
      const m = total / byteRate;
      const l = launches * launch;
      ops.push({
        name, class: cls, count, launches, flops: f,
        bytes: { weights: w, activations: a, kv: k, total },
        intensity: total > 0 ? f / total : 0,
        computeSeconds: c, memorySeconds: m,
        seconds: (c > m ? c : m) + l,
        bound: c >= m ? 'compute' : 'memory',
      });
      flops += count * f;
      bytes += count * total;
      computeSeconds += count * (c > m ? c : 0);
      memorySeconds += count * (c > m ? 0 : m);
      launchSeconds += count * l;
    });

  const T = phase === 'prefill' ? batch * tokens : batch;
  const comm = tp > 1 ? tensorParallelComm(model, hw, tp, T, batch, actBytes, eff.communicationEfficiency, opts.interconnect) : [];
  let communicationSeconds = 0;
  for (const c of comm) communicationSeconds += c.count * c.seconds;

  const seconds = computeSeconds + memorySeconds + launchSeconds + communicationSeconds;
  const bound: StepBound = communicationSeconds > computeSeconds && communicationSeconds > memorySeconds
    ? 'communication'
    : computeSeconds >= memorySeconds ? 'compute' : 'memory';
  return {
    phase, seconds, flops, bytes, bound, computeSeconds, memorySeconds, communicationSeconds, launchSeconds,
    tokensProcessed: T, tp, precision, ops, comm,
  };
}

function tensorParallelComm(
  model: ModelSpec, hw: HardwareSpec, tp: number, T: number, batch: number, actBytes: number,
  efficiency: number, linkId: string | undefined,
): CommunicationCost[] {
  const id = linkId ?? hw.intraNodeLink;
  if (id === null) throw new EngineError('outOfRange', { field: 'tp', value: tp, min: 1, max: 1 });
  const link = getInterconnect(id);
  const latency = link.latencySeconds.default;
  const bandwidth = link.bandwidthBytesPerSecPerDirection * efficiency;
  const activationBytes = T * model.hiddenSize * actBytes;
  const logitBytes = batch * model.vocabSize * actBytes;
  const allReduce = collectiveTime({ collective: 'all-reduce', algorithm: 'ring', ranks: tp, bytes: activationBytes, latency, bandwidth });
  const gather = collectiveTime({ collective: 'all-gather', algorithm: 'ring', ranks: tp, bytes: logitBytes, latency, bandwidth });
  return [
    { name: 'embed_all_reduce', collective: 'all-reduce', count: 1, bytes: activationBytes, seconds: allReduce },
    { name: 'layer_all_reduce', collective: 'all-reduce', count: 2 * model.numLayers, bytes: activationBytes, seconds: allReduce },
    { name: 'logits_all_gather', collective: 'all-gather', count: 1, bytes: logitBytes, seconds: gather },
  ];
}
