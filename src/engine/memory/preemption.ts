/**
 * Recomputation as inference does it: when the KV cache runs out, a serving
 * engine preempts a sequence and frees its KV blocks; when the sequence is
 * rescheduled its KV is either recomputed (its prompt and generated tokens
 * prefilled again as one prompt) or swapped back (the blocks were copied to
 * CPU memory over PCIe and are copied back). Kwon et al. 2023 (vLLM) §4.5
 * implement both; §7.3 (Fig. 19) measures that swapping pays for many small
 * copies with small blocks while recomputation does not depend on the block
 * size. The GPU memory freed is the same either way: the sequence's KV.
 */
import { requireObject } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import type { ModelSpec } from '../model/types.ts';
import { tensorParallelLayout } from '../model/operators.ts';
import { validateModel } from '../model/validate.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { getInterconnect } from '../presets/interconnects.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { hostPcieLink } from '../comm/parallelTopology.ts';
import { resolveEfficiency, type EfficiencyInput } from '../serving/efficiency.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import type { NumberFormat } from './formats.ts';
import { kvBytesPerToken } from './kvCache.ts';

/** vLLM's default KV block: 16 tokens. Source: 'kwon-2023-vllm' (§7.2: block size 16 by default). */
export const VLLM_BLOCK_TOKENS = 16;

export interface PreemptionOptions {
  /** Tokens the evicted sequence holds (prompt + generated so far). */
  readonly tokens: number;
  readonly tp?: number;
  readonly weights?: NumberFormat;
  readonly kv?: NumberFormat;
  readonly computePrecision?: Precision;
  /** Tokens per KV block (default 16, vLLM's). */
  readonly blockTokens?: number;
  /** Host link preset the swap uses (default the device's PCIe generation). */
  readonly link?: string;
  readonly efficiency?: EfficiencyInput;
}

export interface PreemptionCost {
  readonly tokens: number;
  /** GPU bytes the eviction frees per GPU: the sequence's KV (either way). */
  readonly kvBytes: number;
  /** Recompute: one prefill of `tokens` tokens at batch 1 (its FLOPs and seconds, per GPU). */
  readonly recomputeFlops: number;
  readonly recomputeSeconds: number;
  /** Swap: copies per direction (K and V of every layer's blocks), bytes both ways, seconds out + in. */
  readonly swapCopies: number;
  readonly swapBytes: number;
  readonly swapSeconds: number;
  readonly linkBytesPerSec: number;
  readonly linkLatencySeconds: number;
  readonly cheaper: 'recompute' | 'swap';
}

interface Resolved {
  readonly tp: number;
  readonly blockTokens: number;
  readonly kvShare: number;
  readonly alpha: number;
  readonly beta: number;
}

function resolve(model: ModelSpec, hw: HardwareSpec, opts: Omit<PreemptionOptions, 'tokens'>): Resolved {
  const tp = requireCount('tp', opts.tp ?? 1, LIMITS.gpus);
  const layout = tensorParallelLayout(model, tp);
  const blockTokens = requireCount('blockTokens', opts.blockTokens ?? VLLM_BLOCK_TOKENS, 1 << 16);
  const link = opts.link === undefined ? hostPcieLink(hw) : getInterconnect(opts.link);
  const eff = resolveEfficiency(opts.efficiency);
  return {
    tp, blockTokens, kvShare: layout.kvHeadsPerGpu / model.numKvHeads,
    alpha: link.latencySeconds.default, beta: link.bandwidthBytesPerSecPerDirection * eff.communicationEfficiency,
  };
}

function costAt(model: ModelSpec, hw: HardwareSpec, opts: Omit<PreemptionOptions, 'tokens'>, r: Resolved, tokens: number): PreemptionCost {
  const kvBytes = tokens * kvBytesPerToken(model, opts.kv ?? 'fp16') * r.kvShare;
  const step = inferenceStep(model, hw, {
    phase: 'prefill', batch: 1, tokens, tp: r.tp, efficiency: opts.efficiency,
    ...(opts.weights === undefined ? {} : { weights: opts.weights }),
    ...(opts.kv === undefined ? {} : { kv: opts.kv }),
    ...(opts.computePrecision === undefined ? {} : { computePrecision: opts.computePrecision }),
  });
  const copies = 2 * model.numLayers * Math.ceil(tokens / r.blockTokens);
  const oneWay = copies * r.alpha + kvBytes / r.beta;
  const swapSeconds = 2 * oneWay;
  return {
    tokens, kvBytes, recomputeFlops: step.flops, recomputeSeconds: step.seconds,
    swapCopies: copies, swapBytes: 2 * kvBytes, swapSeconds, linkBytesPerSec: r.beta, linkLatencySeconds: r.alpha,
    cheaper: step.seconds <= swapSeconds ? 'recompute' : 'swap',
  };
}

/**
 * The cost of bringing an evicted sequence of n tokens back, both ways, per GPU:
 *   recompute: t_r = the prefill of n tokens (inferenceStep, batch 1), F_r its FLOPs
 *   swap:      t_s = 2 · (N_c·α + M_KV/β),  N_c = 2·L·⌈n/B⌉ copies per direction,  M_KV = n·m_tok
 * (out to CPU memory at eviction, back at rescheduling; vLLM copies every
 * layer's K and V blocks separately), m_tok the KV bytes per token per GPU,
 * B tokens per block, α and β the host link's latency and bandwidth (derated
 * by the efficiency's communicationEfficiency). Both free M_KV of GPU memory.
 * Ignores: overlap of swapping with other sequences' compute, CPU memory limits,
 * batching the recompute with other prefills.
 * Sources: 'kwon-2023-vllm-preemption' (§4.5, §7.3), 'pci-sig-pcie-rates' (link).
 */
export function preemptionCost(model: ModelSpec, hw: HardwareSpec, opts: PreemptionOptions): PreemptionCost {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const tokens = requireCount('tokens', opts.tokens, model.maxPositionEmbeddings);
  return costAt(model, hw, opts, resolve(model, hw, opts), tokens);
}

export interface PreemptionCrossover {
  /** Which is cheaper for a one-token sequence. */
  readonly cheaperAtOneToken: 'recompute' | 'swap';
  /** Sequence lengths (tokens) at which the cheaper way changes, ascending: from n on the other way is cheaper. */
  readonly lengths: readonly number[];
}

/**
 * Where recompute and swap cross as the evicted sequence grows from 1 token
 * to the model's context: the sign of t_r(n) − t_s(n) is sampled at n = 2^k
 * and every change located by bisection to the token. Short sequences: the
 * prefill still reads every weight once, so swapping is cheaper; mid lengths:
 * the prefill is compute-bound at FLOPs per token ∝ parameters while a swap
 * costs KV bytes per token over PCIe; long sequences: attention makes the
 * prefill grow as n², so swapping wins again (sooner with GQA's smaller KV).
 * Source: 'kwon-2023-vllm-preemption'.
 */
export function preemptionCrossover(model: ModelSpec, hw: HardwareSpec, opts: Omit<PreemptionOptions, 'tokens'> = {}): PreemptionCrossover {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const r = resolve(model, hw, opts);
  const max = model.maxPositionEmbeddings;
  const sign = (n: number): boolean => {
    const c = costAt(model, hw, opts, r, n);
    return c.recomputeSeconds <= c.swapSeconds;
  };
  const points: number[] = [];
  for (let n = 1; n < max; n *= 2) points.push(n);
  points.push(max);
  const lengths: number[] = [];
  let prevN = 1;
  let prev = sign(1);
  for (const n of points.slice(1)) {
    const s = sign(n);
    if (s !== prev) {
      let lo = prevN;
      let hi = n;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (sign(mid) === prev) lo = mid;
        else hi = mid;
      }
      lengths.push(hi);
    }
    prev = s;
    prevN = n;
  }
  return { cheaperAtOneToken: sign(1) ? 'recompute' : 'swap', lengths };
}
