import type { Derivation } from '../derivation.ts';
import { resolveFormat, type NumberFormat } from '../memory/formats.ts';
import { weightBytesBreakdown } from '../memory/weights.ts';
import { paramCount } from '../model/params.ts';
import type { ModelSpec } from '../model/types.ts';

export type WeightBytesDerivation = Derivation<'weight-bytes', 'P' | 'b' | 'g' | 's+z'>;

/** How weightBytes was computed: P · b / 8 + group overhead. */
export function weightBytesDerivation(model: ModelSpec, format: NumberFormat): WeightBytesDerivation {
  const f = resolveFormat('format', format);
  const p = paramCount(model);
  const r = weightBytesBreakdown(model, format);
  return {
    id: 'weight-bytes',
    tex: f.groupSize ? 'W = \\frac{P\\,b}{8} + \\frac{P}{g}\\cdot\\frac{s+z}{8}' : 'W = \\frac{P\\,b}{8}',
    terms: [
      { symbol: 'P', value: p, unit: 'params' },
      { symbol: 'b', value: f.bits, unit: 'bits' },
      ...(f.groupSize
        ? [
            { symbol: 'g' as const, value: f.groupSize, unit: 'count' as const },
            { symbol: 's+z' as const, value: f.overheadBitsPerGroup, unit: 'bits' as const },
          ]
        : []),
    ],
    result: { value: r.total, unit: 'B' },
    source: 'hf-transformers-modeling',
  };
}
