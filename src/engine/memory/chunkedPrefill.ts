/**
 * Activation memory as inference manages it: chunked prefill (Agrawal et al.
 * 2023, SARATHI). Inference keeps no activation for later, so its activation
 * peak is one layer's widest moment over the tokens of one step
 * (activationPeakBytes); a prompt split into chunks of c tokens bounds that
 * peak by c instead of the prompt length. The price and the gain are in time:
 * every chunk re-reads the weights and the KV of the chunks before it (TTFT
 * grows), while decodes sharing the GPU wait at most one chunk's iteration
 * instead of the whole prefill (the decode stall shrinks), and ride on the
 * chunk's weight reads (decode-maximal batching).
 */
import { requireObject } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import type { ModelSpec } from '../model/types.ts';
import { tensorParallelLayout } from '../model/operators.ts';
import { validateModel } from '../model/validate.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { computeEfficiencyAt, resolveEfficiency, type EfficiencyInput } from '../serving/efficiency.ts';
import { inferenceStep, type InferenceStepResult } from '../serving/inferenceStep.ts';
import { activationPeakUnchecked } from './activations.ts';
import { dtypeBytes, type NumberFormat } from './formats.ts';

/**
 * The chunk SARATHI recommends: 512 tokens (256 and 512 keep the prefill's
 * loss of efficiency within about 20 % and 10 %). Source: 'agrawal-2023-sarathi' §5.
 */
export const SARATHI_CHUNK_TOKENS = 512;

export interface ChunkedPrefillOptions {
  /** The prompt to prefill, tokens. */
  readonly promptTokens: number;
  /** Tokens per chunk (default 512); ≥ the prompt means one chunk (no chunking). */
  readonly chunkTokens?: number;
  /** Sequences decoding on the same GPU while the prompt is prefilled (default 0). */
  readonly decodeBatch?: number;
  /** Their context, tokens (default the prompt length). */
  readonly decodeContext?: number;
  readonly tp?: number;
  readonly weights?: NumberFormat;
  readonly kv?: NumberFormat;
  readonly computePrecision?: Precision;
  readonly efficiency?: EfficiencyInput;
}

export interface ChunkedPrefill {
  readonly chunks: number;
  readonly chunkTokens: number;
  /** Activation peak per GPU of one chunk's step, and of the whole prompt in one step; their difference. */
  readonly activationPeakBytes: number;
  readonly unchunkedActivationPeakBytes: number;
  readonly savedActivationBytes: number;
  /** Time to first token: the chunks' iterations (each with the decodes riding on it), and the one unchunked iteration. */
  readonly ttftSeconds: number;
  readonly unchunkedTtftSeconds: number;
  /** Longest iteration the decoding sequences wait through: the longest chunk's, or the whole prefill's. */
  readonly maxStallSeconds: number;
  readonly unchunkedStallSeconds: number;
  /** A decode-only iteration of the decode batch (0 without decodes): the TPOT the stall is compared with. */
  readonly decodeSeconds: number;
}

/**
 * One iteration holding a prefill step and a decode step: per operator the
 * FLOPs, special-function work, activation and KV bytes add while the weights
 * are read once; each operator takes max(compute, memory) plus its launches;
 * the two steps' exposed collectives add (a conservative merge).
 */
function mixedSeconds(prefill: InferenceStepResult, decode: InferenceStepResult | null, flopRate: number, sfuRate: number, byteRate: number, launch: number): number {
  if (decode === null) return prefill.seconds;
  let t = 0;
  for (let i = 0; i < prefill.ops.length; i++) {
    const p = prefill.ops[i] as InferenceStepResult['ops'][number];
    const d = decode.ops[i] as InferenceStepResult['ops'][number];
    const f = p.flops + d.flops;
    const s = p.specialOps + d.specialOps;
    const q = Math.max(p.bytes.weights, d.bytes.weights) + p.bytes.activations + d.bytes.activations + p.bytes.kv + d.bytes.kv;
    t += p.count * (Math.max((f - s) / flopRate + s / sfuRate, q / byteRate) + p.launches * launch);
  }
  return t + prefill.communicationSeconds + decode.communicationSeconds;
}

/**
 * A prompt of P tokens prefilled in ⌈P/c⌉ chunks of c tokens (the last may be
 * shorter), chunk k attending to the k·c tokens before it (pastTokens), each
 * chunk's iteration also decoding D sequences of context s_d:
 *   A_chunk = activationPeak(T = c),  A_full = activationPeak(T = P),  ΔA = A_full − A_chunk
 *   TTFT = Σ_k t(chunk k + D decodes),  stall = max_k t(chunk k + D decodes)
 *   unchunked: TTFT = stall = t(prefill of P + D decodes)
 * t(·) per operator as in servingThroughput (weights read once per iteration).
 * Ignores: tile quantisation of odd chunk sizes (SARATHI §4.3), scheduling
 * several prompts' chunks together.
 * Sources: 'agrawal-2023-sarathi' (chunked prefills, decode-maximal batching),
 * 'pisarchyk-2020-memory' (the one-layer activation peak).
 */
export function chunkedPrefill(model: ModelSpec, hw: HardwareSpec, opts: ChunkedPrefillOptions): ChunkedPrefill {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const P = requireCount('promptTokens', opts.promptTokens, model.maxPositionEmbeddings);
  const c = Math.min(P, requireCount('chunkTokens', opts.chunkTokens ?? SARATHI_CHUNK_TOKENS, LIMITS.tokens));
  const D = opts.decodeBatch === undefined || opts.decodeBatch === 0 ? 0 : requireCount('decodeBatch', opts.decodeBatch, LIMITS.batch);
  const sd = requireCount('decodeContext', opts.decodeContext ?? P, model.maxPositionEmbeddings);
  const tp = requireCount('tp', opts.tp ?? 1, LIMITS.gpus);
  const layout = tensorParallelLayout(model, tp);
  const eff = resolveEfficiency(opts.efficiency);
  const common = {
    tp, efficiency: eff,
    ...(opts.weights === undefined ? {} : { weights: opts.weights }),
    ...(opts.kv === undefined ? {} : { kv: opts.kv }),
    ...(opts.computePrecision === undefined ? {} : { computePrecision: opts.computePrecision }),
  };
  const decode = D === 0 ? null : inferenceStep(model, hw, { ...common, phase: 'decode', batch: D, tokens: sd });
  const precision = (decode ?? inferenceStep(model, hw, { ...common, phase: 'prefill', batch: 1, tokens: 1 })).precision;
  const peak = hw.denseFlopsPerSec[precision] as number;
  const flopRate = peak * computeEfficiencyAt(eff, precision);
  const sfuRate = (hw.specialFunctionOpsPerSec ?? peak) * eff.computeEfficiency;
  const byteRate = hw.memoryBandwidthBytesPerSec * eff.memoryEfficiency;
  const iteration = (tokens: number, past: number): number =>
    mixedSeconds(inferenceStep(model, hw, { ...common, phase: 'prefill', batch: 1, tokens, pastTokens: past }), decode, flopRate, sfuRate, byteRate, eff.kernelLaunchSeconds);

  const chunks = Math.ceil(P / c);
  let ttft = 0;
  let stall = 0;
  for (let k = 0; k < chunks; k++) {
    const t = iteration(Math.min(c, P - k * c), k * c);
    ttft += t;
    stall = Math.max(stall, t);
  }
  const unchunked = iteration(P, 0);
  const a = dtypeBytes('activations', 'fp16');
  const full = activationPeakUnchecked(model, 1, P, a, layout, tp, 'flash');
  const chunk = activationPeakUnchecked(model, 1, c, a, layout, tp, 'flash');
  return {
    chunks, chunkTokens: c,
    activationPeakBytes: chunk, unchunkedActivationPeakBytes: full, savedActivationBytes: full - chunk,
    ttftSeconds: ttft, unchunkedTtftSeconds: unchunked,
    maxStallSeconds: stall, unchunkedStallSeconds: unchunked,
    decodeSeconds: decode === null ? 0 : decode.seconds,
  };
}
