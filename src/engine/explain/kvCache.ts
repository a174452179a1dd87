import type { Derivation } from '../derivation.ts';
import { bitsPerElement, resolveFormat } from '../memory/formats.ts';
import { kvCacheBytes, type KvCacheOptions } from '../memory/kvCache.ts';
import type { ModelSpec } from '../model/types.ts';
import { requireObject } from '../errors.ts';

export type KvCacheDerivation = Derivation<'kv-cache-bytes', 'L' | 'n_{kv}' | 'd_h' | 'b' | 'n' | 'B'>;

/** How kvCacheBytes was computed: 2 · L · n_kv · d_h · b/8 · n · B. */
export function kvCacheDerivation(model: ModelSpec, opts: KvCacheOptions): KvCacheDerivation {
  requireObject('opts', opts);
  const bytes = kvCacheBytes(model, opts);
  const bits = bitsPerElement(resolveFormat('dtype', opts.dtype ?? 'fp16'), model.headDim);
  return {
    id: 'kv-cache-bytes',
    tex: 'M_{KV} = 2 \\cdot L \\cdot n_{kv} \\cdot d_h \\cdot \\frac{b}{8} \\cdot n \\cdot B',
    evaluate: (v) => 2 * v.L * v['n_{kv}'] * v.d_h * (v.b / 8) * v.n * v.B,
    terms: [
      { symbol: 'L', value: model.numLayers, unit: 'count' },
      { symbol: 'n_{kv}', value: model.numKvHeads, unit: 'count' },
      { symbol: 'd_h', value: model.headDim, unit: 'count' },
      { symbol: 'b', value: bits, unit: 'bits' },
      { symbol: 'n', value: opts.tokens, unit: 'tokens' },
      { symbol: 'B', value: opts.batch ?? 1, unit: 'count' },
    ],
    result: { value: bytes, unit: 'B' },
    source: 'kwon-2023-vllm',
  };
}
