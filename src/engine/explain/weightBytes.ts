import type { Derivation } from '../derivation.ts';
import { resolveFormat, type NumberFormat } from '../memory/formats.ts';
import { weightBytesBreakdown } from '../memory/weights.ts';
import { paramCount } from '../model/params.ts';
import type { ModelSpec } from '../model/types.ts';

/** How weightBytes was computed: P · b / 8 + group overhead. */
export function weightBytesDerivation(model: ModelSpec, format: NumberFormat): Derivation {
  const f = resolveFormat('format', format);
  const p = paramCount(model);
  const r = weightBytesBreakdown(model, format);
  return {
    id: 'weight-bytes',
    title: { zh: '权重占用的字节数', en: 'Bytes to store the weights' },
    tex: f.groupSize ? 'W = \\frac{P\\,b}{8} + \\frac{P}{g}\\cdot\\frac{s+z}{8}' : 'W = \\frac{P\\,b}{8}',
    terms: [
      { symbol: 'P', value: p, unit: 'params', label: { zh: '参数量', en: 'parameters' } },
      { symbol: 'b', value: f.bits, unit: 'bits', label: { zh: '每个权重的位数', en: 'bits per weight' } },
      ...(f.groupSize
        ? [
            { symbol: 'g', value: f.groupSize, unit: 'count' as const, label: { zh: '分组大小', en: 'group size' } },
            { symbol: 's+z', value: f.overheadBitsPerGroup, unit: 'bits' as const, label: { zh: '每组缩放与零点的位数', en: 'scale + zero-point bits per group' } },
          ]
        : []),
    ],
    result: { value: r.total, unit: 'B' },
    source: 'hf-transformers-modeling',
  };
}
