import type { Derivation } from '../derivation.ts';
import { bitsPerElement, resolveFormat } from '../memory/formats.ts';
import { kvCacheBytes, type KvCacheOptions } from '../memory/kvCache.ts';
import type { ModelSpec } from '../model/types.ts';

/** How kvCacheBytes was computed: 2 · L · n_kv · d_h · b/8 · n · B. */
export function kvCacheDerivation(model: ModelSpec, opts: KvCacheOptions): Derivation {
  const bytes = kvCacheBytes(model, opts);
  const bits = bitsPerElement(resolveFormat('dtype', opts.dtype ?? 'fp16'), model.headDim);
  return {
    id: 'kv-cache-bytes',
    title: { zh: 'KV 缓存字节数', en: 'KV cache bytes' },
    tex: 'M_{KV} = 2 \\cdot L \\cdot n_{kv} \\cdot d_h \\cdot \\frac{b}{8} \\cdot n \\cdot B',
    terms: [
      { symbol: 'L', value: model.numLayers, unit: 'count', label: { zh: '层数', en: 'layers' } },
      { symbol: 'n_{kv}', value: model.numKvHeads, unit: 'count', label: { zh: 'KV 头数', en: 'key/value heads' } },
      { symbol: 'd_h', value: model.headDim, unit: 'count', label: { zh: '每头维度', en: 'head dimension' } },
      { symbol: 'b', value: bits, unit: 'bits', label: { zh: '每个元素的位数', en: 'bits per element' } },
      { symbol: 'n', value: opts.tokens, unit: 'tokens', label: { zh: '每条序列的 token 数', en: 'tokens per sequence' } },
      { symbol: 'B', value: opts.batch ?? 1, unit: 'count', label: { zh: '批大小', en: 'batch size' } },
    ],
    result: { value: bytes, unit: 'B' },
    source: 'kwon-2023-vllm',
  };
}
