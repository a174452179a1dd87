import { EngineError, requireInRange, requireNonNegative, requirePositiveInt } from '../errors.ts';
import type { ModelSpec } from './types.ts';

const checked = new WeakSet<ModelSpec>();

/**
 * Checks a model's sizes once (the result is remembered per object, so hot
 * paths pay for it only on first use). Throws EngineError naming the field.
 */
export function validateModel(model: ModelSpec): ModelSpec {
  if (checked.has(model)) return model;
  if (typeof model !== 'object' || model === null) throw new EngineError('invalidConfig', { field: 'model', reason: 'notAnObject' });
  requirePositiveInt('hiddenSize', model.hiddenSize);
  requirePositiveInt('numLayers', model.numLayers);
  const heads = requirePositiveInt('numHeads', model.numHeads);
  const kv = requirePositiveInt('numKvHeads', model.numKvHeads);
  requirePositiveInt('headDim', model.headDim);
  requirePositiveInt('intermediateSize', model.intermediateSize);
  requirePositiveInt('vocabSize', model.vocabSize);
  requirePositiveInt('maxPositionEmbeddings', model.maxPositionEmbeddings);
  if (heads % kv !== 0) {
    throw new EngineError('notDivisible', { field: 'numHeads', value: heads, divisor: 'numKvHeads', divisorValue: kv });
  }
  if (model.position.kind === 'learned') requireNonNegative('position.offset', model.position.offset);
  if (model.moe) {
    const e = requirePositiveInt('moe.numExperts', model.moe.numExperts);
    requirePositiveInt('moe.expertsPerToken', model.moe.expertsPerToken);
    requireInRange('moe.expertsPerToken', model.moe.expertsPerToken, 1, e);
  }
  checked.add(model);
  return model;
}
