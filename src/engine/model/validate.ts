import { EngineError, requireInRange, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { isSourceKey } from '../sources/index.ts';
import type { Activation, MlpKind, ModelFamily, ModelSpec, NormKind } from './types.ts';

const FAMILIES: readonly ModelFamily[] = ['llama', 'mistral', 'mixtral', 'qwen2', 'opt', 'gpt2'];
const MLP_KINDS: readonly MlpKind[] = ['gated', 'dense'];
const ACTIVATIONS: readonly Activation[] = ['silu', 'gelu', 'relu'];
const NORMS: readonly NormKind[] = ['rmsnorm', 'layernorm'];
const POSITIONS = ['rope', 'learned'] as const;

const checked = new WeakSet<object>();

function requireObject(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EngineError('invalidConfig', { field, value, reason: 'notAnObject' });
  }
  return value as Record<string, unknown>;
}

function requireBoolean(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new EngineError('invalidConfig', { field, value, reason: 'expectedBoolean' });
  return value;
}

function requireString(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new EngineError('invalidConfig', { field, value });
  return value;
}

/**
 * Checks every field of a model once (the result is remembered per object, so
 * hot paths pay for it only on first use): names are strings; family, MLP,
 * activation, norm and position kinds are known values; every size is a
 * positive integer within LIMITS; the flags are booleans; query heads divide
 * by KV heads; a learned position table's offset and a MoE block's experts are
 * valid; the source is a registry key. Throws EngineError naming the field.
 */
export function validateModel(model: ModelSpec): ModelSpec {
  if (checked.has(model as object)) return model;
  const m = requireObject('model', model);
  requireString('id', m.id);
  requireString('name', m.name);
  requireOneOf('family', m.family, FAMILIES);
  requireCount('hiddenSize', m.hiddenSize, LIMITS.width);
  requireCount('numLayers', m.numLayers, LIMITS.layers);
  const heads = requireCount('numHeads', m.numHeads, LIMITS.heads);
  const kv = requireCount('numKvHeads', m.numKvHeads, LIMITS.heads);
  requireCount('headDim', m.headDim, LIMITS.width);
  requireCount('intermediateSize', m.intermediateSize, LIMITS.width);
  requireCount('vocabSize', m.vocabSize, LIMITS.vocab);
  requireCount('maxPositionEmbeddings', m.maxPositionEmbeddings, LIMITS.positions);
  if (heads % kv !== 0) {
    throw new EngineError('notDivisible', { field: 'numHeads', value: heads, divisor: 'numKvHeads', divisorValue: kv });
  }
  requireBoolean('tieWordEmbeddings', m.tieWordEmbeddings);
  requireOneOf('mlp', m.mlp, MLP_KINDS);
  requireOneOf('activation', m.activation, ACTIVATIONS);
  requireOneOf('norm', m.norm, NORMS);
  requireBoolean('qkvBias', m.qkvBias);
  requireBoolean('oBias', m.oBias);
  requireBoolean('mlpBias', m.mlpBias);
  const position = requireObject('position', m.position);
  const kind = requireOneOf('position.kind', position.kind, POSITIONS);
  if (kind === 'learned') {
    const offset = requireInRange('position.offset', position.offset, 0, LIMITS.positions);
    if (!Number.isInteger(offset)) throw new EngineError('notInteger', { field: 'position.offset', value: offset });
  }
  if (m.moe !== undefined) {
    const moe = requireObject('moe', m.moe);
    const e = requireCount('moe.numExperts', moe.numExperts, LIMITS.experts);
    requireCount('moe.expertsPerToken', moe.expertsPerToken, e);
  }
  if (typeof m.source !== 'string' || !isSourceKey(m.source)) throw new EngineError('unknownOption', { field: 'source', value: m.source });
  checked.add(model as object);
  return model;
}
