/**
 * Model presets, entered as the config.json values their sources publish and
 * read through modelFromHfConfig, so a preset and a pasted config take the
 * same path. Only the fields the engine reads are copied.
 */
import { EngineError } from '../errors.ts';
import { modelFromHfConfig, type HfConfig } from '../model/hfConfig.ts';
import type { ModelSpec } from '../model/types.ts';
import type { SourceKey } from '../sources/index.ts';

interface Entry {
  readonly id: string;
  readonly name: string;
  readonly source: SourceKey;
  readonly config: HfConfig;
}

const llama2 = { model_type: 'llama', vocab_size: 32000, max_position_embeddings: 4096, tie_word_embeddings: false };
const llama3 = { model_type: 'llama', vocab_size: 128256, max_position_embeddings: 8192, tie_word_embeddings: false };
const llama32 = { model_type: 'llama', vocab_size: 128256, max_position_embeddings: 131072, tie_word_embeddings: true };
const opt = { model_type: 'opt', vocab_size: 50272, max_position_embeddings: 2048, enable_bias: true };

const entries: readonly Entry[] = [
  { id: 'llama-2-7b', name: 'Llama-2-7B', source: 'hf-llama-2-7b-config',
    config: { ...llama2, hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 32, intermediate_size: 11008 } },
  { id: 'llama-2-13b', name: 'Llama-2-13B', source: 'hf-llama-2-13b-config',
    config: { ...llama2, hidden_size: 5120, num_hidden_layers: 40, num_attention_heads: 40, num_key_value_heads: 40, intermediate_size: 13824 } },
  { id: 'llama-2-70b', name: 'Llama-2-70B', source: 'hf-llama-2-70b-config',
    config: { ...llama2, hidden_size: 8192, num_hidden_layers: 80, num_attention_heads: 64, num_key_value_heads: 8, intermediate_size: 28672 } },
  { id: 'llama-3-8b', name: 'Llama-3-8B', source: 'hf-llama-3-8b-config',
    config: { ...llama3, hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8, intermediate_size: 14336 } },
  { id: 'llama-3-70b', name: 'Llama-3-70B', source: 'hf-llama-3-70b-config',
    config: { ...llama3, hidden_size: 8192, num_hidden_layers: 80, num_attention_heads: 64, num_key_value_heads: 8, intermediate_size: 28672 } },
  { id: 'mistral-7b', name: 'Mistral-7B-v0.1', source: 'hf-mistral-7b-config',
    config: { model_type: 'mistral', hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8,
      intermediate_size: 14336, vocab_size: 32000, max_position_embeddings: 32768, tie_word_embeddings: false } },
  { id: 'mixtral-8x7b', name: 'Mixtral-8x7B-v0.1', source: 'hf-mixtral-8x7b-config',
    config: { model_type: 'mixtral', hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8,
      intermediate_size: 14336, vocab_size: 32000, max_position_embeddings: 32768, tie_word_embeddings: false,
      num_local_experts: 8, num_experts_per_tok: 2 } },
  { id: 'opt-13b', name: 'OPT-13B', source: 'hf-opt-13b-config',
    config: { ...opt, hidden_size: 5120, num_hidden_layers: 40, num_attention_heads: 40, ffn_dim: 20480 } },
  { id: 'opt-66b', name: 'OPT-66B', source: 'hf-opt-66b-config',
    config: { ...opt, hidden_size: 9216, num_hidden_layers: 64, num_attention_heads: 72, ffn_dim: 36864 } },
  { id: 'opt-175b', name: 'OPT-175B', source: 'zhang-2022-opt',
    config: { ...opt, hidden_size: 12288, num_hidden_layers: 96, num_attention_heads: 96, ffn_dim: 49152 } },
  { id: 'gpt-3-175b', name: 'GPT-3 175B', source: 'brown-2020-gpt3',
    config: { model_type: 'gpt2', n_embd: 12288, n_layer: 96, n_head: 96, n_positions: 2048, vocab_size: 50257 } },
  { id: 'llama-3.2-1b', name: 'Llama-3.2-1B', source: 'hf-llama-3.2-1b-config',
    config: { ...llama32, hidden_size: 2048, num_hidden_layers: 16, num_attention_heads: 32, num_key_value_heads: 8, head_dim: 64, intermediate_size: 8192 } },
  { id: 'llama-3.2-3b', name: 'Llama-3.2-3B', source: 'hf-llama-3.2-3b-config',
    config: { ...llama32, hidden_size: 3072, num_hidden_layers: 28, num_attention_heads: 24, num_key_value_heads: 8, head_dim: 128, intermediate_size: 8192 } },
  { id: 'tinyllama-1.1b', name: 'TinyLlama-1.1B', source: 'hf-tinyllama-1.1b-config',
    config: { model_type: 'llama', hidden_size: 2048, num_hidden_layers: 22, num_attention_heads: 32, num_key_value_heads: 4,
      intermediate_size: 5632, vocab_size: 32000, max_position_embeddings: 2048, tie_word_embeddings: false } },
  { id: 'qwen2.5-0.5b', name: 'Qwen2.5-0.5B', source: 'hf-qwen2.5-0.5b-config',
    config: { model_type: 'qwen2', hidden_size: 896, num_hidden_layers: 24, num_attention_heads: 14, num_key_value_heads: 2,
      intermediate_size: 4864, vocab_size: 151936, max_position_embeddings: 32768, tie_word_embeddings: true } },
  { id: 'qwen2.5-1.5b', name: 'Qwen2.5-1.5B', source: 'hf-qwen2.5-1.5b-config',
    config: { model_type: 'qwen2', hidden_size: 1536, num_hidden_layers: 28, num_attention_heads: 12, num_key_value_heads: 2,
      intermediate_size: 8960, vocab_size: 151936, max_position_embeddings: 131072, tie_word_embeddings: true } },
];

const presets: readonly ModelSpec[] = entries.map((e) => modelFromHfConfig(e.config, { id: e.id, name: e.name, source: e.source }));
const byId = new Map(presets.map((m) => [m.id, m]));

/** The model preset with this id; unknown id → EngineError('unknownPreset', field 'model'). */
export function getModel(id: string): ModelSpec {
  const m = byId.get(id);
  if (!m) throw new EngineError('unknownPreset', { field: 'model', value: id });
  return m;
}

export function listModels(): readonly ModelSpec[] {
  return presets;
}
