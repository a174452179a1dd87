import { requirePositiveInt, requireObject } from '../errors.ts';
import { dtypeBytes, resolveFormat, type DType, type NumberFormat } from './formats.ts';
import { emitOperators } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import type { Derivation } from '../derivation.ts';

export interface DecodeBytesOptions {
  readonly batch: number;
  /** Tokens each sequence attends to in this step (its context so far). */
  readonly contextTokens: number;
  readonly weights?: NumberFormat;
  readonly kv?: NumberFormat;
  readonly activations?: DType;
  readonly tp?: number;
}

export interface DecodeBytes {
  /** Per GPU, bytes moved in one decode step, by kind. */
  readonly weights: number;
  readonly kv: number;
  readonly activations: number;
  readonly total: number;
  /** total ÷ batch: bytes each generated token costs (every sequence makes one token per step). */
  readonly perToken: number;
}

/**
 * Bytes one decode step moves between memory and the chip, per GPU:
 *   Q = Σ_ops count · (weight + KV + activation bytes)
 * summed over the operator list of emitOperators (decode phase): every
 * weight matrix is read once (MoE: the expected distinct experts), the KV
 * cache of every sequence is read once (b · n · 2 · L · n_kv · d_h · b_kv),
 * plus small activation traffic. Per generated token = Q / b.
 * Ignores: caches (weights are assumed not to stay in L2 between steps).
 * Sources: 'kipply-2022-arithmetic' (decode reads every weight once per step), 'kwon-2023-vllm'.
 */
export function decodeBytesPerStep(model: ModelSpec, hw: HardwareSpec, opts: DecodeBytesOptions): DecodeBytes {
  validateModel(model);
  requireObject('opts', opts);
  const batch = requirePositiveInt('batch', opts.batch);
  const tokens = requirePositiveInt('contextTokens', opts.contextTokens);
  const tp = requirePositiveInt('tp', opts.tp ?? 1);
  let weights = 0;
  let kv = 0;
  let activations = 0;
  emitOperators(model, {
    phase: 'decode', batch, tokens, tp,
    weights: resolveFormat('weights', opts.weights ?? 'fp16'),
    kv: resolveFormat('kv', opts.kv ?? 'fp16'),
    actBytes: dtypeBytes('activations', opts.activations ?? 'fp16'),
    attention: 'flash',
    sramBytes: hw.sramPerCoreBytes,
  }, (_name, _cls, count, _launches, _flops, w, a, k) => {
    weights += count * w;
    activations += count * a;
    kv += count * k;
  });
  const total = weights + kv + activations;
  return { weights, kv, activations, total, perToken: total / batch };
}

export type DecodeBytesDerivation = Derivation<'decode-bytes', 'W_{read}' | 'M_{KV,read}' | 'A' | 'b'>;

/** How decodeBytesPerStep was computed, for "show the work". */
export function decodeBytesDerivation(model: ModelSpec, hw: HardwareSpec, opts: DecodeBytesOptions): DecodeBytesDerivation {
  requireObject('opts', opts);
  const r = decodeBytesPerStep(model, hw, opts);
  return {
    id: 'decode-bytes',
    tex: 'Q_{tok} = \\frac{W_{read} + M_{KV,read} + A}{b}',
    evaluate: (v) => (v['W_{read}'] + v['M_{KV,read}'] + v.A) / v.b,
    terms: [
      { symbol: 'W_{read}', value: r.weights, unit: 'B' },
      { symbol: 'M_{KV,read}', value: r.kv, unit: 'B' },
      { symbol: 'A', value: r.activations, unit: 'B' },
      { symbol: 'b', value: opts.batch, unit: 'count' },
    ],
    result: { value: r.perToken, unit: 'B' },
    source: 'kipply-2022-arithmetic',
  };
}
