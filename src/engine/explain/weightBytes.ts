import type { Derivation } from '../derivation.ts';
import { resolveFormat, type NumberFormat } from '../memory/formats.ts';
import { weightBytesBreakdown, weightStorageParts } from '../memory/weights.ts';
import { paramCount } from '../model/params.ts';
import type { ModelSpec } from '../model/types.ts';

export type WeightBytesDerivation = Derivation<'weight-bytes', 'P' | 'b' | 'P_m' | 'P_t' | 'b_t' | 'P_v' | 'b_v' | 'N_g' | 'g' | 's+z'>;

/**
 * How weightBytes was computed. One width for every parameter: W = P·b/8.
 * Otherwise the layer matrices, the tables (embedding, lm_head) and the
 * vectors (norms, biases) are shown apart, since quantised checkpoints keep
 * the tables and vectors in FP16, with the matrices' group scales:
 *   W = (P_m·b + P_t·b_t + P_v·b_v)/8 + N_g·(s+z)/8,  N_g = Σ rows·⌈cols/g⌉
 * Source: 'hf-transformers-modeling' (as weightBytesBreakdown).
 */
export function weightBytesDerivation(model: ModelSpec, format: NumberFormat): WeightBytesDerivation {
  const f = resolveFormat('format', format);
  const r = weightBytesBreakdown(model, format);
  const result = { value: r.total, unit: 'B' } as const;
  if (!f.groupSize && f.embeddingBits === f.bits && f.vectorBits === f.bits) {
    return {
      id: 'weight-bytes',
      tex: 'W = \\frac{P\\,b}{8}',
      evaluate: (v) => (v.P * v.b) / 8,
      terms: [
        { symbol: 'P', value: paramCount(model), unit: 'params' },
        { symbol: 'b', value: f.bits, unit: 'bits' },
      ],
      result,
      source: 'hf-transformers-modeling',
    };
  }
  const p = weightStorageParts(model, f);
  const elements = '\\frac{P_m\\,b + P_t\\,b_t + P_v\\,b_v}{8}';
  const terms = [
    { symbol: 'P_m' as const, value: p.matrixParams, unit: 'params' as const },
    { symbol: 'b' as const, value: f.bits, unit: 'bits' as const },
    { symbol: 'P_t' as const, value: p.tableParams, unit: 'params' as const },
    { symbol: 'b_t' as const, value: f.embeddingBits, unit: 'bits' as const },
    { symbol: 'P_v' as const, value: p.vectorParams, unit: 'params' as const },
    { symbol: 'b_v' as const, value: f.vectorBits, unit: 'bits' as const },
  ];
  type Values = Readonly<Record<WeightBytesDerivation['terms'][number]['symbol'], number>>;
  const elementBytes = (v: Values) => (v.P_m * v.b + v.P_t * v.b_t + v.P_v * v.b_v) / 8;
  if (!f.groupSize) {
    return { id: 'weight-bytes', tex: `W = ${elements}`, evaluate: elementBytes, terms, result, source: 'hf-transformers-modeling' };
  }
  return {
    id: 'weight-bytes',
    tex: `W = ${elements} + N_g\\cdot\\frac{s+z}{8},\\quad N_g = \\sum \\text{rows}\\,\\lceil \\text{cols}/g \\rceil`,
    evaluate: (v) => elementBytes(v) + (v.N_g * v['s+z']) / 8,
    terms: [
      ...terms,
      { symbol: 'N_g', value: p.groups, unit: 'count' },
      { symbol: 'g', value: f.groupSize, unit: 'count' },
      { symbol: 's+z', value: f.overheadBitsPerGroup, unit: 'bits' },
    ],
    result,
    source: 'hf-transformers-modeling',
  };
}
