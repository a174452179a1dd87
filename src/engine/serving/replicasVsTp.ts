/**
 * The same N GPUs as N/tp replicas of a tp-way tensor-parallel group, serving
 * the same load: `perGpuBatch` × N concurrent sequences, split evenly, so each
 * group decodes a batch of perGpuBatch × tp. Per group, the decode step comes
 * from inferenceStep (weights and KV split tp ways, 2 all-reduces per layer).
 *   TPOT(tp) = t_step(b = perGpuBatch·tp, tp),  throughput = perGpuBatch·N / TPOT
 * Ignores: load imbalance between replicas, pipeline parallelism, overlap of
 * communication with compute.
 * Sources: 'shoeybi-2019-megatron-tp' (TP layout and collectives), 'databricks-2023-inference' (TPOT, throughput).
 */
import { EngineError, requirePositiveInt, requireObject } from '../errors.ts';
import { memoryBreakdown } from '../memory/fit.ts';
import { tensorParallelLayout } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep } from './inferenceStep.ts';
import { ttftSeconds, type StepSettings } from './latency.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export interface ParallelLayoutRow {
  readonly tp: number;
  readonly replicas: number;
  /** Sequences each group decodes together. */
  readonly groupBatch: number;
  readonly tpotSeconds: number;
  /** Of TPOT, time in tensor-parallel collectives. */
  readonly communicationSeconds: number;
  /** Output tokens per second over all N GPUs. */
  readonly tokensPerSecond: number;
  /** Prefill of one prompt on one group. */
  readonly ttftSeconds: number;
  /** Memory per GPU, bytes, and whether it fits. */
  readonly memoryPerGpuBytes: number;
  readonly fits: boolean;
}

export interface ReplicasVsTpInput extends StepSettings {
  readonly gpus: number;
  readonly perGpuBatch: number;
  readonly promptTokens: number;
  /** Context the decode step attends to. */
  readonly contextTokens: number;
}

/** The tp degrees (powers of two dividing N) the model's heads allow on this hardware. */
export function tensorParallelOptions(model: ModelSpec, hw: HardwareSpec, gpus: number): number[] {
  validateModel(model);
  validateHardware(hw);
  const n = requirePositiveInt('gpus', gpus);
  const out: number[] = [];
  for (let tp = 1; tp <= n; tp *= 2) {
    if (n % tp !== 0) continue;
    if (tp > 1 && hw.intraNodeLink === null) continue;
    try {
      tensorParallelLayout(model, tp);
      out.push(tp);
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
    }
  }
  return out;
}

export function replicasVsTp(model: ModelSpec, hw: HardwareSpec, input: ReplicasVsTpInput): ParallelLayoutRow[] {
  requireObject('input', input);
  const gpus = requirePositiveInt('gpus', input.gpus);
  const perGpu = requirePositiveInt('perGpuBatch', input.perGpuBatch);
  const ctx = requirePositiveInt('contextTokens', input.contextTokens);
  const { gpus: _g, perGpuBatch: _b, promptTokens, contextTokens: _c, ...settings } = input;
  return tensorParallelOptions(model, hw, gpus).map((tp) => {
    const groupBatch = perGpu * tp;
    const step = inferenceStep(model, hw, { ...settings, phase: 'decode', batch: groupBatch, tokens: ctx, tp });
    const mem = memoryBreakdown(model, hw, { batch: groupBatch, tokens: ctx, tp, weights: settings.weights, kv: settings.kv, activations: settings.activations });
    return {
      tp, replicas: gpus / tp, groupBatch,
      tpotSeconds: step.seconds,
      communicationSeconds: step.communicationSeconds,
      tokensPerSecond: (perGpu * gpus) / step.seconds,
      ttftSeconds: ttftSeconds(model, hw, { ...settings, batch: 1, promptTokens, tp }),
      memoryPerGpuBytes: mem.total,
      fits: mem.fits,
    };
  });
}
