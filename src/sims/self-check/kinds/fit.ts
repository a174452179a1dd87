/**
 * "Does it fit, and by how much?": weights in a format, a batch and a context
 * on one device. The answer is memoryBreakdown's verdict and the size of its
 * free memory (headroom or shortfall) in GiB, within 5 % or 0.25 GiB — the
 * givens print to 4 digits, so their rounding stays inside that. Half the
 * seeds are drawn to fit and half not, and none within 1 GiB of the line.
 */
import {
  fitDerivation, getHardware, getModel, INT4_G128_FP16, kvCacheDerivation, memoryBreakdown, weightBytesDerivation,
  type MemoryOptions, type NumberFormat,
} from '../../../engine/index.ts';
import type { Exercise, WeightFormat } from '../exercise.ts';
import type { Rng } from '../random.ts';

const MODELS = ['llama-2-7b', 'llama-2-13b', 'llama-3-8b', 'mistral-7b', 'opt-13b', 'llama-2-70b', 'llama-3-70b'] as const;
const DEVICES = ['rtx-4090', 'l4', 'a100-40gb-sxm', 'a100-80gb-sxm', 'h100-sxm', 'h200', 'mi300x'] as const;
const WEIGHTS: readonly WeightFormat[] = ['fp16', 'int8', 'int4'];
const BATCHES = [1, 4, 8, 16, 32] as const;
const CONTEXTS = [1024, 2048, 4096, 8192] as const;
const GIB = 2 ** 30;
const MIN_MARGIN = GIB;
const TRIES = 64;

export function weightFormatOf(w: WeightFormat): NumberFormat {
  return w === 'int4' ? INT4_G128_FP16 : w;
}

export function fitExercise(seed: number, rng: Rng): Exercise {
  const wantFits = rng.next() < 0.5;
  let draw = drawScenario(rng);
  for (let i = 1; i < TRIES && !(draw.m.fits === wantFits && Math.abs(draw.m.free) >= MIN_MARGIN); i += 1) draw = drawScenario(rng);
  const { model, hw, weights, opts, m } = draw;
  return {
    kind: 'fit',
    seed,
    scenario: { kind: 'fit', model: { id: model.id, name: model.name }, device: { id: hw.id, name: hw.name }, weights, batch: opts.batch, tokens: opts.tokens },
    givens: [
      { key: 'weights', value: m.weights, format: 'bytes' },
      { key: 'layers', value: model.numLayers, format: 'count' },
      { key: 'kvHeads', value: model.numKvHeads, format: 'count' },
      { key: 'headDim', value: model.headDim, format: 'count' },
      { key: 'kvBits', value: 16, format: 'bits' },
      { key: 'tokens', value: opts.tokens, format: 'count' },
      { key: 'batch', value: opts.batch, format: 'count' },
      { key: 'activationsWorkspace', value: m.activations + m.workspace, format: 'bytes' },
      { key: 'capacity', value: m.capacity, format: 'bytes' },
      { key: 'usable', value: m.usable / m.capacity, format: 'percent' },
    ],
    answer: { type: 'fit', fits: m.fits, margin: Math.abs(m.free), unit: 'GiB', tolerance: { relative: 0.05, absolute: 0.25 * GIB } },
    derivations: [
      fitDerivation(model, hw, opts),
      kvCacheDerivation(model, { tokens: opts.tokens, batch: opts.batch, dtype: 'fp16' }),
      weightBytesDerivation(model, weightFormatOf(weights)),
    ],
  };
}

function drawScenario(rng: Rng) {
  const model = getModel(rng.pick(MODELS));
  const hw = getHardware(rng.pick(DEVICES));
  const weights = rng.pick(WEIGHTS);
  const opts: MemoryOptions & { readonly batch: number; readonly tokens: number } = {
    batch: rng.pick(BATCHES),
    tokens: rng.pick(CONTEXTS.filter((n) => n <= model.maxPositionEmbeddings)),
    weights: weightFormatOf(weights),
    kv: 'fp16',
  };
  return { model, hw, weights, opts, m: memoryBreakdown(model, hw, opts) };
}
