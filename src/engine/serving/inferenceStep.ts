import { collectiveTime } from '../comm/collectiveCost.ts';
import { EngineError, requireInRange, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { activationPeakUnchecked, workspaceUnchecked } from '../memory/activations.ts';
import { DEFAULT_MEMORY_UTILIZATION, memoryFromPartsUnchecked, type MemoryBreakdown } from '../memory/fit.ts';
import { DTYPES, dtypeBytes, resolveFormat, type DType, type NumberFormat } from '../memory/formats.ts';
import { kvBytesPerToken } from '../memory/kvCache.ts';
import { breakdownResolved } from '../memory/weights.ts';
import { emitOperatorsUnchecked, tensorParallelLayout, type AttentionKernel, type OpClass, type Phase } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { getInterconnect } from '../presets/interconnects.ts';
import { PRECISIONS, type HardwareSpec, type Precision } from '../presets/hardwareSpec.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { peakFlops } from '../roofline.ts';
import { computeEfficiencyAt, resolveEfficiency, type EfficiencyInput } from './efficiency.ts';

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
  /** Prefill only: tokens per sequence already in the KV cache (earlier chunks of a chunked prefill); default 0. */
  readonly pastTokens?: number;
  /** Fraction of device memory usable for the `fits` check (default 0.9, vLLM's --gpu-memory-utilization). */
  readonly memoryUtilization?: number;
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
  /** Transcendental results (exp, rsqrt, reciprocal) among `flops`, run on the special-function units. */
  readonly specialOps: number;
  /** Compute term: (flops − specialOps) at the tensor/vector peak + specialOps at the special-function rate. */
  readonly computeSeconds: number;
  readonly memorySeconds: number;
  /**
   * max(compute, memory) + launches × launch overhead. FlashAttention's fused
   * softmax counts only the part of its compute not hidden under the two
   * attention matmuls (softmaxOverlap).
   */
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
  /** Wall time of the step: Σ count × operator seconds + the communication not hidden under them. */
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
  /** Collective time left exposed after overlap with kernels (communicationOverlap). */
  readonly communicationSeconds: number;
  /** Collective time hidden under kernels; exposed + hidden = Σ count × collective seconds. */
  readonly hiddenCommunicationSeconds: number;
  /** Kernel launch overhead; compute + memory + communication + launch = seconds. */
  readonly launchSeconds: number;
  /** Tokens that pass through the layers: batch × prompt (prefill) or batch (decode). */
  readonly tokensProcessed: number;
  readonly tp: number;
  readonly precision: Precision;
  readonly ops: readonly OperatorCost[];
  readonly comm: readonly CommunicationCost[];
  /**
   * Memory per GPU while the step runs: weights, the KV cache of `batch`
   * sequences at their context (past + new tokens), this step's live activation
   * peak and the logits workspace, against capacity × memoryUtilization.
   */
  readonly memory: MemoryBreakdown;
  /** weights + KV + activations + workspace fit the usable memory; a step that does not fit cannot run as costed. */
  readonly fits: boolean;
  /** The sequence length (past + new tokens, or the decode context) is within the model's max_position_embeddings. */
  readonly withinContext: boolean;
}

const PHASES: readonly Phase[] = ['prefill', 'decode'];
const ATTENTION: readonly AttentionKernel[] = ['flash', 'naive'];

/** The option object, checked: anything else throws EngineError naming the option. */
function requireOptions(opts: unknown): InferenceStepOptions {
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) throw new EngineError('invalidConfig', { field: 'options', value: opts });
  return opts as InferenceStepOptions;
}

/**
 * One forward step (a prefill of the prompt, or one decode token per
 * sequence) on `tp` GPUs of type `hw`, as a list of operators on the roofline:
 *   t = Σ_ops count · (max(F/(P·η_c), Q/(B·η_m)) + launches · t_launch) + t_comm
 * F, Q per-GPU FLOPs and bytes (emitOperators), P dense peak at the compute
 * precision, B memory bandwidth. With tp > 1, Megatron-LM adds 2 ring
 * all-reduces of T·d activations per layer plus one for the vocabulary-parallel
 * embedding, and an all-gather of the b × V logits, timed with collectiveTime
 * over the hardware's intra-node link (bandwidth × η_l) plus NCCL's fixed
 * base latency per collective in 'realistic'. bound = the largest of the summed
 * compute, memory and communication times. Transcendentals (softmax exp,
 * norm rsqrt, SiLU exp and reciprocal) run at the device's special-function
 * rate S·η_c, not at P; FlashAttention's fused softmax hides ω_s of the two
 * attention matmuls' compute time (FA-3 pingpong: ω_s = 1 in 'ideal'). The
 * collectives hide under ω_c of the kernels' time:
 *   t_comm,exposed = max(0, t_comm − ω_c · Σ kernels)  (ω_c = 1 in 'ideal').
 * The step also reports its memory (weights + KV at the context + this step's
 * activation peak + workspace ≤ usable memory → fits) and whether the sequence
 * fits the model's context window; it is timed either way, so views can show
 * by how much it misses.
 * Ignores: CPU/scheduler time, sampling, L2 reuse.
 * Sources: 'williams-2009-roofline', 'shoeybi-2019-megatron-tp', 'shah-2024-flashattention3',
 * 'wang-2023-overlap-decomposition'; operator list as in emitOperators.
 */
export function inferenceStep(model: ModelSpec, hw: HardwareSpec, options: InferenceStepOptions): InferenceStepResult {
  validateModel(model);
  validateHardware(hw);
  const opts = requireOptions(options);
  const phase = requireOneOf('phase', opts.phase, PHASES);
  const batch = requireCount('batch', opts.batch, LIMITS.batch);
  const tokens = requireCount('tokens', opts.tokens, LIMITS.tokens);
  const tp = requireCount('tp', opts.tp ?? 1, LIMITS.gpus);
  const past = opts.pastTokens === undefined ? 0 : requireInRange('pastTokens', requireCountOrZero('pastTokens', opts.pastTokens), 0, LIMITS.tokens);
  const attention = requireOneOf('attention', opts.attention ?? 'flash', ATTENTION);
  const weights = resolveFormat('weights', opts.weights ?? 'fp16');
  const kv = resolveFormat('kv', opts.kv ?? 'fp16');
  const activations = requireOneOf('activations', opts.activations ?? 'fp16', DTYPES);
  const actBytes = dtypeBytes('activations', activations);
  const precision = opts.computePrecision === undefined ? activations : requireOneOf('computePrecision', opts.computePrecision, PRECISIONS);
  const peak = peakFlops(hw, precision, opts.computePrecision === undefined ? 'activations' : 'computePrecision');
  const utilization = requireInRange('memoryUtilization', opts.memoryUtilization ?? DEFAULT_MEMORY_UTILIZATION, 1e-3, 1);
  const eff = resolveEfficiency(opts.efficiency);
  const layout = tensorParallelLayout(model, tp);
  const flopRate = peak * computeEfficiencyAt(eff, precision);
  const sfuRate = (hw.specialFunctionOpsPerSec ?? peak) * eff.computeEfficiency;
  const byteRate = hw.memoryBandwidthBytesPerSec * eff.memoryEfficiency;
  const launch = eff.kernelLaunchSeconds;
  const prefill = phase === 'prefill';
  const pastTokens = prefill ? past : 0;

  const ops: OperatorCost[] = [];
  let flops = 0;
  let bytes = 0;
  let computeSeconds = 0;
  let memorySeconds = 0;
  let launchSeconds = 0;
  let softmaxAt = -1;
  emitOperatorsUnchecked(model, { phase, batch, tokens, tp, weights, kv, actBytes, attention, sramBytes: hw.sramPerCoreBytes, pastTokens },
    (name, cls, count, launches, f, w, a, k, s) => {
      const total = w + a + k;
      const c = (f - s) / flopRate + s / sfuRate;
      const m = total / byteRate;
      const l = launches * launch;
      if (cls === 'softmax' && launches === 0) softmaxAt = ops.length;
      ops.push({
        name, class: cls, count, launches, flops: f,
        bytes: { weights: w, activations: a, kv: k, total },
        intensity: total > 0 ? f / total : 0,
        specialOps: s,
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

  // FlashAttention's softmax runs inside the attention kernel: ω_s of the two
  // matmuls' compute time can hide it (FA-3 overlaps them across warpgroups).
  if (softmaxAt > 0 && eff.softmaxOverlap > 0) {
    const sm = ops[softmaxAt] as OperatorCost;
    const scores = ops[softmaxAt - 1] as OperatorCost;
    const pv = ops[softmaxAt + 1] as OperatorCost;
    const hidden = Math.min(sm.computeSeconds, eff.softmaxOverlap * (scores.computeSeconds + pv.computeSeconds));
    if (hidden > 0) {
      const exposed = sm.computeSeconds - hidden;
      ops[softmaxAt] = { ...sm, seconds: exposed };
      computeSeconds -= sm.count * hidden;
    }
  }

  const T = prefill ? batch * tokens : batch;
  const comm = tp > 1 ? tensorParallelComm(model, hw, tp, T, batch, actBytes, eff.communicationEfficiency, eff.collectiveBaseSeconds, opts.interconnect) : [];
  let commTotal = 0;
  for (const c of comm) commTotal += c.count * c.seconds;
  const kernels = computeSeconds + memorySeconds + launchSeconds;
  const communicationSeconds = Math.max(0, commTotal - eff.communicationOverlap * kernels);

  const seconds = kernels + communicationSeconds;
  const bound: StepBound = communicationSeconds > computeSeconds && communicationSeconds > memorySeconds
    ? 'communication'
    : computeSeconds >= memorySeconds ? 'compute' : 'memory';

  const context = prefill ? pastTokens + tokens : tokens;
  const memory = memoryFromPartsUnchecked(hw, {
    weights: breakdownResolved(model, weights, tp, layout.kvReplication).total,
    kvBytesPerToken: kvBytesPerToken(model, opts.kv ?? 'fp16') * (layout.kvHeadsPerGpu / model.numKvHeads),
    kvTokens: batch * context,
    activations: activationPeakUnchecked(model, batch, prefill ? tokens : 1, actBytes, layout, tp, attention),
    workspace: workspaceUnchecked(model, batch, tp),
    utilization,
  });
  return {
    phase, seconds, flops, bytes, bound, computeSeconds, memorySeconds, communicationSeconds,
    hiddenCommunicationSeconds: commTotal - communicationSeconds, launchSeconds,
    tokensProcessed: T, tp, precision, ops, comm,
    memory, fits: memory.fits, withinContext: context <= model.maxPositionEmbeddings,
  };
}

/** A non-negative integer (0 allowed). */
function requireCountOrZero(field: string, value: unknown): number {
  if (value === 0) return 0;
  return requireCount(field, value, LIMITS.tokens);
}

function tensorParallelComm(
  model: ModelSpec, hw: HardwareSpec, tp: number, T: number, batch: number, actBytes: number,
  efficiency: number, baseSeconds: number, linkId: string | undefined,
): CommunicationCost[] {
  const id = linkId ?? hw.intraNodeLink;
  if (id === null) throw new EngineError('outOfRange', { field: 'tp', value: tp, min: 1, max: 1 });
  if (typeof id !== 'string') throw new EngineError('unknownPreset', { field: 'interconnect', value: id });
  const link = getInterconnect(id);
  const latency = link.latencySeconds.default;
  const bandwidth = link.bandwidthBytesPerSecPerDirection * efficiency;
  const activationBytes = T * model.hiddenSize * actBytes;
  const logitBytes = batch * model.vocabSize * actBytes;
  const allReduce = baseSeconds + collectiveTime({ collective: 'all-reduce', algorithm: 'ring', ranks: tp, bytes: activationBytes, latency, bandwidth });
  const gather = baseSeconds + collectiveTime({ collective: 'all-gather', algorithm: 'ring', ranks: tp, bytes: logitBytes, latency, bandwidth });
  return [
    { name: 'embed_all_reduce', collective: 'all-reduce', count: 1, bytes: activationBytes, seconds: allReduce },
    { name: 'layer_all_reduce', collective: 'all-reduce', count: 2 * model.numLayers, bytes: activationBytes, seconds: allReduce },
    { name: 'logits_all_gather', collective: 'all-gather', count: 1, bytes: logitBytes, seconds: gather },
  ];
}
