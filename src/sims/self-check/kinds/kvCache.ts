/**
 * "How big is the KV cache?": a model, a batch, a context length and a KV
 * precision; the answer is kvCacheBytes in GiB, within 3 % (the formula is
 * exact, so the tolerance only absorbs rounding — and is well under the
 * 7.4 % between GB and GiB, so mixing them up is caught).
 */
import { bitsPerElement, getModel, kvCacheBytes, kvCacheDerivation, resolveFormat } from '../../../engine/index.ts';
import type { Exercise, KvFormat } from '../exercise.ts';
import type { Rng } from '../random.ts';

const MODELS = ['llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b', 'mistral-7b', 'opt-13b', 'qwen2.5-1.5b'] as const;
const BATCHES = [1, 2, 4, 8, 16, 32, 64] as const;
const CONTEXTS = [512, 1024, 2048, 4096, 8192, 16384, 32768] as const;
/** FP16 twice as often: it is the default the lecture starts from. */
const FORMATS: readonly KvFormat[] = ['fp16', 'fp16', 'fp8', 'int8'];

export function kvCacheExercise(seed: number, rng: Rng): Exercise {
  const model = getModel(rng.pick(MODELS));
  const batch = rng.pick(BATCHES);
  const tokens = rng.pick(CONTEXTS.filter((n) => n <= model.maxPositionEmbeddings));
  const kv = rng.pick(FORMATS);
  const opts = { tokens, batch, dtype: kv };
  return {
    kind: 'kv-cache',
    seed,
    scenario: { kind: 'kv-cache', model: { id: model.id, name: model.name }, batch, tokens, kv },
    givens: [
      { key: 'layers', value: model.numLayers, format: 'count' },
      { key: 'kvHeads', value: model.numKvHeads, format: 'count' },
      { key: 'headDim', value: model.headDim, format: 'count' },
      { key: 'kvBits', value: bitsPerElement(resolveFormat('kv', kv), model.headDim), format: 'bits' },
      { key: 'tokens', value: tokens, format: 'count' },
      { key: 'batch', value: batch, format: 'count' },
    ],
    answer: { type: 'number', quantity: 'bytes', value: kvCacheBytes(model, opts), unit: 'GiB', tolerance: { relative: 0.03, absolute: 0 } },
    derivations: [kvCacheDerivation(model, opts)],
  };
}
