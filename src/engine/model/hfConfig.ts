import { EngineError, requireObject } from '../errors.ts';
import type { SourceKey } from '../sources/index.ts';
import type { ModelFamily, ModelSpec } from './types.ts';
import { validateModel } from './validate.ts';

/** A parsed Hugging Face config.json (only the fields the engine reads are inspected). */
export type HfConfig = Readonly<Record<string, unknown>>;

export interface HfConfigMeta {
  readonly id?: string;
  readonly name?: string;
  readonly source?: SourceKey;
}

const FAMILIES: readonly ModelFamily[] = ['llama', 'mistral', 'mixtral', 'qwen2', 'opt', 'gpt2'];

function int(config: HfConfig, field: string): number {
  const v = config[field];
  if (v === undefined || v === null) throw new EngineError('missingField', { field });
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    throw new EngineError('invalidConfig', { field, value: v, reason: 'expectedPositiveInteger' });
  }
  return v;
}

function optInt(config: HfConfig, field: string, fallback: number): number {
  const v = config[field];
  return v === undefined || v === null ? fallback : int(config, field);
}

function bool(config: HfConfig, field: string, fallback: boolean): boolean {
  const v = config[field];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw new EngineError('invalidConfig', { field, value: v, reason: 'expectedBoolean' });
  return v;
}

function headDimOf(config: HfConfig, hidden: number, heads: number): number {
  if (config.head_dim !== undefined && config.head_dim !== null) return int(config, 'head_dim');
  if (hidden % heads !== 0) {
    throw new EngineError('invalidConfig', { field: 'head_dim', reason: 'headDimUndetermined', args: { hidden_size: hidden, num_attention_heads: heads } });
  }
  return hidden / heads;
}

/** Llama, Mistral, Mixtral and Qwen2 share one layout: RoPE, RMSNorm, SwiGLU, GQA. */
function llamaLike(config: HfConfig, family: ModelFamily): Omit<ModelSpec, 'id' | 'name' | 'source'> {
  const hidden = int(config, 'hidden_size');
  const heads = int(config, 'num_attention_heads');
  const attentionBias = bool(config, 'attention_bias', false);
  const moe = family === 'mixtral'
    ? { numExperts: int(config, 'num_local_experts'), expertsPerToken: int(config, 'num_experts_per_tok') }
    : undefined;
  return {
    family,
    hiddenSize: hidden,
    numLayers: int(config, 'num_hidden_layers'),
    numHeads: heads,
    // transformers falls back to multi-head attention when the key is absent (older Llama-1/2 configs).
    numKvHeads: optInt(config, 'num_key_value_heads', heads),
    headDim: headDimOf(config, hidden, heads),
    intermediateSize: int(config, 'intermediate_size'),
    vocabSize: int(config, 'vocab_size'),
    maxPositionEmbeddings: int(config, 'max_position_embeddings'),
    tieWordEmbeddings: bool(config, 'tie_word_embeddings', false),
    mlp: 'gated',
    activation: 'silu',
    norm: 'rmsnorm',
    // Qwen2 always has q/k/v biases and no o_proj bias (modeling_qwen2.py).
    qkvBias: family === 'qwen2' ? true : attentionBias,
    oBias: family === 'qwen2' ? false : attentionBias,
    mlpBias: bool(config, 'mlp_bias', false),
    position: { kind: 'rope' },
    ...(moe ? { moe } : {}),
  };
}

function opt(config: HfConfig): Omit<ModelSpec, 'id' | 'name' | 'source'> {
  const hidden = int(config, 'hidden_size');
  const proj = optInt(config, 'word_embed_proj_dim', hidden);
  if (proj !== hidden) {
    throw new EngineError('invalidConfig', { field: 'word_embed_proj_dim', value: proj, reason: 'projectionNotModelled' });
  }
  const bias = bool(config, 'enable_bias', true);
  const heads = int(config, 'num_attention_heads');
  return {
    family: 'opt',
    hiddenSize: hidden,
    numLayers: int(config, 'num_hidden_layers'),
    numHeads: heads,
    numKvHeads: heads,
    headDim: headDimOf(config, hidden, heads),
    intermediateSize: int(config, 'ffn_dim'),
    vocabSize: int(config, 'vocab_size'),
    maxPositionEmbeddings: int(config, 'max_position_embeddings'),
    tieWordEmbeddings: bool(config, 'tie_word_embeddings', true),
    mlp: 'dense',
    activation: 'relu',
    norm: 'layernorm',
    qkvBias: bias,
    oBias: bias,
    mlpBias: bias,
    // OPTLearnedPositionalEmbedding keeps 2 extra rows (offset 2, a fairseq legacy).
    position: { kind: 'learned', offset: 2 },
  };
}

function gpt2(config: HfConfig): Omit<ModelSpec, 'id' | 'name' | 'source'> {
  const hidden = int(config, 'n_embd');
  const heads = int(config, 'n_head');
  return {
    family: 'gpt2',
    hiddenSize: hidden,
    numLayers: int(config, 'n_layer'),
    numHeads: heads,
    numKvHeads: heads,
    headDim: headDimOf(config, hidden, heads),
    intermediateSize: optInt(config, 'n_inner', 4 * hidden),
    vocabSize: int(config, 'vocab_size'),
    maxPositionEmbeddings: int(config, 'n_positions'),
    tieWordEmbeddings: bool(config, 'tie_word_embeddings', true),
    mlp: 'dense',
    activation: 'gelu',
    norm: 'layernorm',
    qkvBias: true,
    oBias: true,
    mlpBias: true,
    position: { kind: 'learned', offset: 0 },
  };
}

/**
 * A ModelSpec from a Hugging Face config.json object (families llama,
 * mistral, mixtral, qwen2, opt, gpt2, chosen by `model_type`). Fields the
 * transformers library defaults (num_key_value_heads, head_dim,
 * tie_word_embeddings, n_inner, biases) take the same defaults; any other
 * missing or invalid field throws EngineError naming it.
 * Source: 'hf-transformers-modeling'.
 */
export function modelFromHfConfig(config: unknown, meta: HfConfigMeta = {}): ModelSpec {
  requireObject('meta', meta);
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new EngineError('invalidConfig', { field: 'config', reason: 'expectedJsonObject' });
  }
  const c = config as HfConfig;
  const type = c.model_type;
  if (type === undefined || type === null) throw new EngineError('missingField', { field: 'model_type' });
  if (typeof type !== 'string' || !(FAMILIES as readonly string[]).includes(type)) {
    throw new EngineError('unknownOption', { field: 'model_type', value: type, options: FAMILIES });
  }
  const family = type as ModelFamily;
  const body = family === 'opt' ? opt(c) : family === 'gpt2' ? gpt2(c) : llamaLike(c, family);
  const nameFromConfig = typeof c._name_or_path === 'string' ? c._name_or_path : family;
  const model: ModelSpec = {
    id: meta.id ?? nameFromConfig,
    name: meta.name ?? nameFromConfig,
    source: meta.source ?? 'hf-transformers-modeling',
    ...body,
  };
  return validateModel(model);
}
