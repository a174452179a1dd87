import { requireInRange, requireObject, requirePositiveInt } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep, type InferenceStepOptions } from './inferenceStep.ts';

export type StepSettings = Omit<InferenceStepOptions, 'phase' | 'tokens' | 'batch'>;

/** Time to first token: the prefill step of `promptTokens` for `batch` sequences (queueing ignored). */
export function ttftSeconds(model: ModelSpec, hw: HardwareSpec, opts: StepSettings & { batch: number; promptTokens: number }): number {
  requireObject('options', opts);
  return inferenceStep(model, hw, { ...opts, phase: 'prefill', tokens: opts.promptTokens }).seconds;
}

/** Time per output token: one decode step at `contextTokens` tokens of context. */
export function tpotSeconds(model: ModelSpec, hw: HardwareSpec, opts: StepSettings & { batch: number; contextTokens: number }): number {
  requireObject('options', opts);
  return inferenceStep(model, hw, { ...opts, phase: 'decode', tokens: opts.contextTokens }).seconds;
}

export interface ServingEstimate {
  readonly ttftSeconds: number;
  /** Mean time per output token over the generation. */
  readonly tpotSeconds: number;
  /** TTFT + all decode steps. */
  readonly totalSeconds: number;
  /** Output tokens per second for the whole batch during decode: batch / TPOT. */
  readonly decodeTokensPerSecond: number;
  /** Output tokens per second end to end: batch × output / total. */
  readonly tokensPerSecond: number;
}

const SAMPLES = 16;

/**
 * TTFT, mean TPOT and throughput for `batch` requests of `promptTokens` in and
 * `outputTokens` out (static batch, all sequences the same length).
 * Decode step j attends to promptTokens + j tokens; the sum over j = 1..n is
 * taken exactly for n ≤ 16 and by the trapezoid rule on 17 samples beyond
 * (step time is piecewise linear in context, so the error is small).
 * Ignores: queueing, continuous batching, speculative decoding.
 * Source: 'databricks-2023-inference' (TTFT, TPOT and throughput definitions).
 */
export function servingEstimate(
  model: ModelSpec, hw: HardwareSpec,
  opts: StepSettings & { batch: number; promptTokens: number; outputTokens: number },
): ServingEstimate {
  requireObject('options', opts);
  const batch = requirePositiveInt('batch', opts.batch);
  const prompt = requirePositiveInt('promptTokens', opts.promptTokens);
  const out = requirePositiveInt('outputTokens', opts.outputTokens);
  const ttft = ttftSeconds(model, hw, { ...opts, promptTokens: prompt });
  const step = (j: number) => tpotSeconds(model, hw, { ...opts, contextTokens: prompt + j });
  let decode = 0;
  if (out <= SAMPLES) {
    for (let j = 1; j <= out; j++) decode += step(j);
  } else {
    const h = (out - 1) / SAMPLES;
    const first = step(1);
    let prev = first;
    for (let i = 1; i <= SAMPLES; i++) {
      const next = step(Math.round(1 + i * h));
      decode += ((prev + next) / 2) * h;
      prev = next;
    }
    // Euler–Maclaurin: Σ_{j=1..n} f(j) ≈ ∫_1^n f + (f(1) + f(n)) / 2.
    decode += (first + prev) / 2;
  }
  const tpot = decode / out;
  const total = ttft + decode;
  return { ttftSeconds: ttft, tpotSeconds: tpot, totalSeconds: total, decodeTokensPerSecond: batch / tpot, tokensPerSecond: (batch * out) / total };
}

/**
 * Lower bound on a memory-bound decode step: every weight byte is read once,
 * spread over N GPUs: t = W / (N · B). 2 B/param × 260e9 params over 16 A100s
 * at 1.5 TB/s → 21.7 ms (kipply). Source: 'kipply-2022-arithmetic'.
 */
export function weightStreamingSeconds(weightBytes: number, gpus: number, bandwidthBytesPerSec: number): number {
  return requireInRange('weightBytes', weightBytes, 0, 1e300) / (requireCount('gpus', gpus, LIMITS.gpus) * requireInRange('bandwidthBytesPerSec', bandwidthBytesPerSec, 1, 1e17));
}

/**
 * Model Bandwidth Utilisation: achieved / peak memory bandwidth in decode,
 *   MBU = ((W + KV) / TPOT) / B_peak
 * W weight bytes, KV cache bytes read per token, TPOT seconds. 14 GB in 14 ms
 * on a 2 TB/s part → 50%. Source: 'databricks-2023-inference'.
 */
export function modelBandwidthUtilization(p: { weightBytes: number; kvBytes: number; tpotSeconds: number; peakBandwidthBytesPerSec: number }): number {
  const o = requireObject('options', p);
  const bytes = requireInRange('weightBytes', o.weightBytes, 0, 1e300) + requireInRange('kvBytes', o.kvBytes, 0, 1e300);
  return bytes / requireInRange('tpotSeconds', o.tpotSeconds, 1e-12, 1e9) / requireInRange('peakBandwidthBytesPerSec', o.peakBandwidthBytesPerSec, 1, 1e17);
}
