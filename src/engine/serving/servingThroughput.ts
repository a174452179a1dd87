/**
 * Steady-state throughput of a serving deployment under continuous batching
 * (Orca's iteration-level scheduling with selective batching; vLLM's paged KV
 * cache): `gpus` accelerators as gpus / tp replicas, each keeping
 * `concurrency` sequences in flight. Every iteration advances each sequence by
 * one token and prefills new requests as finished ones leave, so each
 * request's prefill is amortised over the decode steps it shares.
 */
import { EngineError, requireInRange, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { activationPeakUnchecked, workspaceUnchecked } from '../memory/activations.ts';
import { DEFAULT_MEMORY_UTILIZATION } from '../memory/fit.ts';
import { dtypeBytes, resolveFormat, type NumberFormat } from '../memory/formats.ts';
import { kvBytesPerToken } from '../memory/kvCache.ts';
import { breakdownResolved } from '../memory/weights.ts';
import { expectedDistinctExperts } from '../model/moe.ts';
import { emitOperatorsUnchecked, tensorParallelLayout, type OpClass } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { PRECISIONS, type HardwareSpec, type Precision } from '../presets/hardwareSpec.ts';
import { getInterconnect } from '../presets/interconnects.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { peakFlops } from '../roofline.ts';
import { computeEfficiencyAt, IDEAL_EFFICIENCY, resolveEfficiency, type EfficiencyInput, type EfficiencyKnobs } from './efficiency.ts';

export interface ServingThroughputOptions {
  /** Accelerators in total; replicas = gpus / tp. */
  readonly gpus: number;
  /** Tensor-parallel degree per replica (default 1). */
  readonly tp?: number;
  readonly weights?: NumberFormat;
  readonly kv?: NumberFormat;
  /** Precision of the matmuls (default fp16): FP8 deployments say 'fp8'. */
  readonly computePrecision?: Precision;
  /** Mean prompt tokens per request. */
  readonly inputTokens: number;
  /** Mean output tokens per request (the first comes from the prefill). */
  readonly outputTokens: number;
  /** Sequences in flight per replica; default: the largest that fits (and meets the limits). */
  readonly concurrency?: number;
  readonly tpotLimitSeconds?: number;
  readonly ttftLimitSeconds?: number;
  /** 'ideal' | 'realistic' | knobs, as inferenceStep. */
  readonly efficiency?: EfficiencyInput;
}

export type ServingBound = 'compute' | 'memory' | 'communication' | 'capacity';

export interface ServingThroughput {
  /** Output tokens per second over all gpus (0 when not even one sequence fits). */
  readonly tokensPerSecond: number;
  readonly concurrency: number;
  readonly ttftSeconds: number;
  readonly tpotSeconds: number;
  /** Weights + KV of `concurrency` sequences (+ activation peak and logits) fit the usable memory. */
  readonly fits: boolean;
  readonly bound: ServingBound;
  /** The steady-state iteration's seconds: tokensPerSecond = replicas · C · O / ((O − 1) · t). */
  readonly iterationSeconds: number;
  /** The iterations behind TPOT and TTFT, split into parts that add up to them. */
  readonly tpotParts: IterationParts;
  readonly ttftParts: IterationParts;
  /** Memory per GPU at `concurrency`, by part (total = weights + kv + activations + workspace), and what is usable. */
  readonly memory: ServingMemory;
}

/** One iteration's seconds: compute-bound and memory-bound operators, launches, exposed collectives (they add up to `seconds`). */
export interface IterationParts {
  readonly seconds: number;
  readonly compute: number;
  readonly memory: number;
  readonly launch: number;
  readonly communication: number;
}

export interface ServingMemory {
  readonly weights: number;
  /** KV bytes per token per GPU, and tokens each sequence holds on average (I + O/2, paged). */
  readonly kvBytesPerToken: number;
  readonly heldTokens: number;
  readonly kv: number;
  readonly activations: number;
  readonly workspace: number;
  readonly total: number;
  readonly usable: number;
}

/** One operator's per-GPU cost in the two reference steps (unit decode batch, one prefill). */
interface OpRow {
  readonly cls: OpClass;
  readonly count: number;
  readonly launches: number;
  /** FLOPs, special ops, activation and KV bytes of decode at batch 1 (scale with the batch). */
  readonly dF: number; readonly dS: number; readonly dA: number; readonly dK: number;
  /** The same for the prefill of one request. */
  readonly pF: number; readonly pS: number; readonly pA: number; readonly pK: number;
  /** Weight bytes read once per iteration (experts: per distinct expert touched). */
  readonly w: number;
  readonly expert: boolean;
}

interface Plan {
  readonly rows: readonly OpRow[];
  readonly softmaxAt: number;
  readonly moe: { readonly experts: number; readonly k: number } | null;
  readonly flopRate: number;
  readonly sfuRate: number;
  readonly byteRate: number;
  readonly launch: number;
  readonly eff: EfficiencyKnobs;
  /** TP collectives: layers, hidden width × activation bytes, vocab × bytes, ranks, α, β (bytes/s). */
  readonly comm: { readonly count: number; readonly rowBytes: number; readonly logitBytes: number; readonly ranks: number; readonly alpha: number; readonly bw: number; readonly base: number } | null;
  readonly inputTokens: number;
}

type IterationCost = IterationParts;

const MLP_CLASSES: ReadonlySet<OpClass> = new Set<OpClass>(['mlp-gate', 'mlp-up', 'mlp-down']);

/**
 * Time of one iteration that decodes `decodes` sequences and prefills
 * `prefills` requests (fractional: the steady-state share), per GPU:
 *   t = Σ_ops count · (max(C_op, M_op) + launches · t_launch) + max(0, t_comm − ω_c · Σ kernels)
 *   C_op = (F − S)/(P·η_c) + S/(P_sfu·η_c),  M_op = (W + A + K)/(B·η_m)
 * F, S, A, K add decode and prefill shares; weights W are read once per
 * iteration (experts: E·(1 − (1 − k/E)^T) of them for the T routed tokens).
 */
function iteration(plan: Plan, decodes: number, prefills: number): IterationCost {
  const { rows, flopRate, sfuRate, byteRate, launch, eff } = plan;
  let compute = 0;
  let memory = 0;
  let launches = 0;
  let smHidden = 0;
  const tokens = decodes + prefills * plan.inputTokens;
  const distinct = plan.moe ? expectedDistinctExperts(plan.moe.experts, plan.moe.k, tokens) : 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as OpRow;
    const f = decodes * r.dF + prefills * r.pF;
    const s = decodes * r.dS + prefills * r.pS;
    const w = r.expert ? r.w * distinct : r.w;
    const q = w + decodes * (r.dA + r.dK) + prefills * (r.pA + r.pK);
    const c = (f - s) / flopRate + s / sfuRate;
    const m = q / byteRate;
    if (c > m) compute += r.count * c;
    else memory += r.count * m;
    launches += r.count * r.launches * launch;
    if (i === plan.softmaxAt && eff.softmaxOverlap > 0) {
      const a = rows[i - 1] as OpRow;
      const b = rows[i + 1] as OpRow;
      const mm = ((decodes * (a.dF + b.dF) + prefills * (a.pF + b.pF)) - (decodes * (a.dS + b.dS) + prefills * (a.pS + b.pS))) / flopRate;
      smHidden = r.count * Math.min(c > m ? c : 0, eff.softmaxOverlap * mm);
    }
  }
  compute -= smHidden;
  const kernels = compute + memory + launches;
  let comm = 0;
  if (plan.comm) {
    const { count, rowBytes, logitBytes, ranks: p, alpha, bw, base } = plan.comm;
    const share = (p - 1) / p;
    // Ring all-reduce t₀ + 2(p−1)α + 2(p−1)/p · n/β per layer collective; ring all-gather of the logits t₀ + (p−1)α + (p−1)/p · n/β.
    const allReduce = base + 2 * (p - 1) * alpha + (2 * share * tokens * rowBytes) / bw;
    const gather = base + (p - 1) * alpha + (share * (decodes + prefills) * logitBytes) / bw;
    comm = count * allReduce + gather;
  }
  const exposed = Math.max(0, comm - eff.communicationOverlap * kernels);
  return { seconds: kernels + exposed, compute, memory, launch: launches, communication: exposed };
}

/**
 * Output tokens per second of a deployment in steady state (continuous
 * batching), with its TTFT, TPOT, concurrency, memory fit and bound.
 *
 * Per replica of tp GPUs with C sequences in flight, I input and O output
 * tokens per request: each iteration decodes the C sequences (context
 * I + O/2 on average) and prefills r = C / (O − 1) new requests, the rate at
 * which finished ones leave (selective batching; O = 1: C prefills and no
 * decode). The iteration time is t (iteration()); a sequence's own tokens
 * see the other C − 1 sequences' prefills, (C − 1)/(O − 1) per iteration (its
 * TPOT), and its first token comes from an iteration holding its whole prefill
 * beside C − 1 decodes (its TTFT). Per replica C·O/(O − 1) tokens leave every t seconds:
 *   tokens/s = (gpus / tp) · C · O / ((O − 1) · t)
 * Memory per GPU: weights/tp + C·(I + O/2) KV tokens (paged: a sequence holds
 * its current length) + the activation peak of the largest iteration + FP32
 * logits ≤ capacity × u (u = 1 in 'ideal', 0.9 otherwise). The default C is
 * the largest that fits and meets the TTFT/TPOT limits; throughput never falls
 * as C grows (each operator's time is a max of affine functions of C with
 * non-negative intercepts), so that C is also the fastest.
 * In 'ideal' the collectives and the softmax overlap the matmuls and nothing
 * else slows the roofline: no real system beats it.
 * Ignores: queueing and arrival bursts, preemption, requests of unequal
 * length, prefix caching, speculative decoding, CPU/scheduler time.
 * Sources: 'yu-2022-orca' (iteration-level scheduling), 'kwon-2023-vllm'
 * (paged KV), 'williams-2009-roofline', 'wang-2023-overlap-decomposition'.
 */
export function servingThroughput(model: ModelSpec, hw: HardwareSpec, options: ServingThroughputOptions): ServingThroughput {
  validateModel(model);
  validateHardware(hw);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new EngineError('invalidConfig', { field: 'options', value: options });
  const opts = options;
  const gpus = requireCount('gpus', opts.gpus, LIMITS.gpus);
  const tp = requireCount('tp', opts.tp ?? 1, gpus);
  if (gpus % tp !== 0) throw new EngineError('notDivisible', { field: 'gpus', value: gpus, divisor: 'tp', divisorValue: tp });
  const replicas = gpus / tp;
  const I = requireCount('inputTokens', opts.inputTokens, LIMITS.tokens);
  const O = requireCount('outputTokens', opts.outputTokens, LIMITS.tokens);
  if (I + O > model.maxPositionEmbeddings) {
    throw new EngineError('outOfRange', { field: 'inputTokens', value: I, min: 1, max: Math.max(0, model.maxPositionEmbeddings - O) });
  }
  const wanted = opts.concurrency === undefined ? undefined : requireCount('concurrency', opts.concurrency, LIMITS.batch);
  const tpotLimit = opts.tpotLimitSeconds === undefined ? Infinity : requireInRange('tpotLimitSeconds', opts.tpotLimitSeconds, Number.MIN_VALUE, 1e9);
  const ttftLimit = opts.ttftLimitSeconds === undefined ? Infinity : requireInRange('ttftLimitSeconds', opts.ttftLimitSeconds, Number.MIN_VALUE, 1e9);
  const weights = resolveFormat('weights', opts.weights ?? 'fp16');
  const kv = resolveFormat('kv', opts.kv ?? 'fp16');
  const precision = opts.computePrecision === undefined ? 'fp16' : requireOneOf('computePrecision', opts.computePrecision, PRECISIONS);
  const peak = peakFlops(hw, precision, 'computePrecision');
  const eff = resolveEfficiency(opts.efficiency);
  const layout = tensorParallelLayout(model, tp);
  const actBytes = dtypeBytes('activations', 'fp16');

  let link: { alpha: number; bw: number } | null = null;
  if (tp > 1) {
    if (hw.intraNodeLink === null) throw new EngineError('outOfRange', { field: 'tp', value: tp, min: 1, max: 1 });
    const l = getInterconnect(hw.intraNodeLink);
    link = { alpha: l.latencySeconds.default, bw: l.bandwidthBytesPerSecPerDirection * eff.communicationEfficiency };
  }

  // Reference steps: decode at batch 1 and the mean context, one prefill of I tokens.
  const context = Math.max(1, Math.round(I + O / 2));
  const moe = model.moe ? { experts: model.moe.numExperts, k: model.moe.expertsPerToken } : null;
  const base = { tp, weights, kv, actBytes, attention: 'flash' as const, sramBytes: hw.sramPerCoreBytes };
  const decodeRows: { cls: OpClass; count: number; launches: number; f: number; s: number; a: number; k: number; w: number }[] = [];
  emitOperatorsUnchecked(model, { ...base, phase: 'decode', batch: 1, tokens: context }, (_n, cls, count, launches, f, w, a, k, s) => {
    decodeRows.push({ cls, count, launches, f, s, a, k, w });
  });
  const rows: OpRow[] = [];
  let softmaxAt = -1;
  let i = 0;
  emitOperatorsUnchecked(model, { ...base, phase: 'prefill', batch: 1, tokens: I }, (_n, cls, count, launches, f, w, a, k, s) => {
    const d = decodeRows[i++] as (typeof decodeRows)[number];
    const expert = moe !== null && MLP_CLASSES.has(cls);
    if (cls === 'softmax' && launches === 0) softmaxAt = rows.length;
    // Embedding gathers read one table row per token: they scale like activations. Other weights are read once
    // per iteration, experts once per distinct expert touched (decode at batch 1 touches k of them).
    if (cls === 'embed' || cls === 'pos-embed') {
      rows.push({ cls, count, launches, dF: d.f, dS: d.s, dA: d.a + d.w, dK: d.k, pF: f, pS: s, pA: a + w, pK: k, w: 0, expert: false });
    } else {
      rows.push({ cls, count, launches, dF: d.f, dS: d.s, dA: d.a, dK: d.k, pF: f, pS: s, pA: a, pK: k, w: expert ? d.w / (moe as { k: number }).k : w, expert });
    }
  });
  const plan: Plan = {
    rows, softmaxAt, moe,
    flopRate: peak * computeEfficiencyAt(eff, precision),
    sfuRate: (hw.specialFunctionOpsPerSec ?? peak) * eff.computeEfficiency,
    byteRate: hw.memoryBandwidthBytesPerSec * eff.memoryEfficiency,
    launch: eff.kernelLaunchSeconds, eff,
    comm: link ? { count: 2 * model.numLayers + 1, rowBytes: model.hiddenSize * actBytes, logitBytes: model.vocabSize * actBytes, ranks: tp, alpha: link.alpha, bw: link.bw, base: eff.collectiveBaseSeconds } : null,
    inputTokens: I,
  };

  // Memory per GPU at concurrency C.
  const weightBytes = breakdownResolved(model, weights, tp, layout.kvReplication).total;
  const kvPerToken = kvBytesPerToken(model, opts.kv ?? 'fp16') * (layout.kvHeadsPerGpu / model.numKvHeads);
  const utilization = eff === IDEAL_EFFICIENCY ? 1 : DEFAULT_MEMORY_UTILIZATION;
  const usable = hw.memoryCapacityBytes * utilization;
  const held = I + O / 2;
  const memoryPartsAt = (C: number): ServingMemory => {
    const kvBytes = C * held * kvPerToken;
    const activations = activationPeakUnchecked(model, 1, I + C, actBytes, layout, tp, 'flash');
    const workspace = workspaceUnchecked(model, C, tp);
    return { weights: weightBytes, kvBytesPerToken: kvPerToken, heldTokens: held, kv: kvBytes, activations, workspace, total: weightBytes + kvBytes + activations + workspace, usable };
  };
  const memoryAt = (C: number): number => memoryPartsAt(C).total;
  const fitsAt = (C: number): boolean => memoryAt(C) <= usable;

  const prefillOnly = O === 1;
  // A sequence's decode shares its O − 1 iterations with the other C − 1 sequences' prefills (its own came first).
  const none: IterationParts = { seconds: 0, compute: 0, memory: 0, launch: 0, communication: 0 };
  const tpotPartsAt = (C: number): IterationParts => (prefillOnly ? none : iteration(plan, C, (C - 1) / (O - 1)));
  const ttftPartsAt = (C: number): IterationParts => (prefillOnly ? iteration(plan, 0, C) : iteration(plan, C - 1, 1));
  const tpotAt = (C: number): number => tpotPartsAt(C).seconds;
  const ttftAt = (C: number): number => ttftPartsAt(C).seconds;
  const meetsLimits = (C: number): boolean => tpotAt(C) <= tpotLimit && ttftAt(C) <= ttftLimit;

  let C: number;
  let limitedByMemory = false;
  if (wanted !== undefined) {
    C = wanted;
  } else {
    if (!fitsAt(1)) {
      const it1 = prefillOnly ? iteration(plan, 0, 1) : iteration(plan, 1, 1 / (O - 1));
      return {
        tokensPerSecond: 0, concurrency: 1, ttftSeconds: ttftAt(1), tpotSeconds: tpotAt(1), fits: false, bound: 'capacity',
        iterationSeconds: it1.seconds, tpotParts: tpotPartsAt(1), ttftParts: ttftPartsAt(1), memory: memoryPartsAt(1),
      };
    }
    if (!meetsLimits(1)) {
      const tpot1 = tpotAt(1);
      if (tpot1 > tpotLimit) throw new EngineError('outOfRange', { field: 'tpotLimitSeconds', value: tpotLimit, min: tpot1 });
      throw new EngineError('outOfRange', { field: 'ttftLimitSeconds', value: ttftLimit, min: ttftAt(1) });
    }
    const cMem = largestTrue(fitsAt);
    const cLimits = tpotLimit === Infinity && ttftLimit === Infinity ? LIMITS.batch : largestTrue(meetsLimits);
    C = Math.min(cMem, cLimits);
    limitedByMemory = cMem <= cLimits;
  }

  const fits = fitsAt(C);
  const it = prefillOnly ? iteration(plan, 0, C) : iteration(plan, C, C / (O - 1));
  const tokensPerIteration = prefillOnly ? C : (C * O) / (O - 1);
  const tokensPerSecond = fits ? (replicas * tokensPerIteration) / it.seconds : 0;
  let bound: ServingBound;
  if (!fits) bound = 'capacity';
  else if (it.communication > it.compute && it.communication > it.memory) bound = 'communication';
  else if (it.compute >= it.memory) bound = 'compute';
  else bound = limitedByMemory ? 'capacity' : 'memory';
  return {
    tokensPerSecond, concurrency: C, ttftSeconds: ttftAt(C), tpotSeconds: tpotAt(C), fits, bound,
    iterationSeconds: it.seconds, tpotParts: tpotPartsAt(C), ttftParts: ttftPartsAt(C), memory: memoryPartsAt(C),
  };
}

/** Largest n in [1, LIMITS.batch] with ok(n), for ok true at 1 and monotone (true then false). */
function largestTrue(ok: (n: number) => boolean): number {
  let lo = 1;
  let hi = 2;
  while (hi <= LIMITS.batch && ok(hi)) {
    lo = hi;
    hi *= 2;
  }
  hi = Math.min(hi, LIMITS.batch + 1);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
