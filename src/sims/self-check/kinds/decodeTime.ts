/**
 * "How long is one decode step?" on the ideal roofline (no efficiency
 * losses, no launch overhead): FP16 weights, a small batch and a context on
 * one device the model fits on. The answer is inferenceStep's time (as
 * decodeTimeDerivation shows it), within 5 %: a student's estimate
 * (weights + KV cache) / bandwidth leaves out the activations and counts the
 * embedding table, which is looked up rather than streamed — under 2 %
 * for these models, whose vocabularies are small beside their layers.
 */
import { decodeTimeDerivation, getHardware, getModel, inferenceStep, paramCount } from '../../../engine/index.ts';
import type { Exercise } from '../exercise.ts';
import type { Rng } from '../random.ts';

const MODELS = ['llama-2-7b', 'llama-2-13b', 'mistral-7b', 'opt-13b', 'llama-2-70b'] as const;
const DEVICES = ['a100-40gb-sxm', 'a100-80gb-sxm', 'h100-sxm', 'h200', 'l4', 'rtx-4090', 'mi300x'] as const;
const BATCHES = [1, 1, 2, 4, 8] as const;
const CONTEXTS = [512, 1024, 2048, 4096] as const;
const TRIES = 64;

function draw(rng: Rng) {
  const model = getModel(rng.pick(MODELS));
  const hw = getHardware(rng.pick(DEVICES));
  const opts = { batch: rng.pick(BATCHES), tokens: rng.pick(CONTEXTS.filter((n) => n <= model.maxPositionEmbeddings)), efficiency: 'ideal' as const };
  const step = inferenceStep(model, hw, { ...opts, phase: 'decode' });
  return { model, hw, opts, step };
}

export function decodeTimeExercise(seed: number, rng: Rng): Exercise {
  let d = draw(rng);
  // A step that does not fit in one device's memory would not run as timed: draw again.
  for (let i = 1; i < TRIES && !d.step.fits; i += 1) d = draw(rng);
  const { model, hw, opts, step } = d;
  return {
    kind: 'decode-time',
    seed,
    scenario: { kind: 'decode-time', model: { id: model.id, name: model.name }, device: { id: hw.id, name: hw.name }, batch: opts.batch, tokens: opts.tokens },
    givens: [
      { key: 'params', value: paramCount(model), format: 'count' },
      { key: 'weightBits', value: 16, format: 'bits' },
      { key: 'layers', value: model.numLayers, format: 'count' },
      { key: 'kvHeads', value: model.numKvHeads, format: 'count' },
      { key: 'headDim', value: model.headDim, format: 'count' },
      { key: 'kvBits', value: 16, format: 'bits' },
      { key: 'tokens', value: opts.tokens, format: 'count' },
      { key: 'batch', value: opts.batch, format: 'count' },
      { key: 'bandwidth', value: hw.memoryBandwidthBytesPerSec, format: 'bandwidth' },
    ],
    answer: { type: 'number', quantity: 'seconds', value: step.seconds, unit: 'ms', tolerance: { relative: 0.05, absolute: 0 } },
    derivations: [decodeTimeDerivation(model, hw, opts)],
  };
}
