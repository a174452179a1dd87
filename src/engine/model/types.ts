import type { SourceKey } from '../sources/index.ts';

/** The config.json families the engine can read (issue #3: llama, mistral, mixtral, opt, gpt2; qwen2 for edge presets). */
export type ModelFamily = 'llama' | 'mistral' | 'mixtral' | 'qwen2' | 'opt' | 'gpt2';

/** `gated` = SwiGLU-style gate, up and down matrices; `dense` = fc1 → activation → fc2. */
export type MlpKind = 'gated' | 'dense';
export type NormKind = 'rmsnorm' | 'layernorm';
export type Activation = 'silu' | 'gelu' | 'relu';

export type PositionEncoding =
  | { readonly kind: 'rope' }
  /** Learned absolute positions; `offset` extra rows (OPT stores max_position_embeddings + 2). */
  | { readonly kind: 'learned'; readonly offset: number };

export interface MoeSpec {
  /** E, experts per MoE layer (config `num_local_experts`). */
  readonly numExperts: number;
  /** k, experts each token is routed to (config `num_experts_per_tok`). */
  readonly expertsPerToken: number;
}

/**
 * A decoder-only transformer as its config.json describes it. Sizes are
 * element counts; the operator, parameter and memory functions derive
 * everything else from these fields.
 */
export interface ModelSpec {
  readonly id: string;
  readonly name: string;
  readonly family: ModelFamily;
  /** d, the residual-stream width (`hidden_size`, `n_embd`). */
  readonly hiddenSize: number;
  /** L (`num_hidden_layers`, `n_layer`). */
  readonly numLayers: number;
  /** n_h, query heads (`num_attention_heads`). */
  readonly numHeads: number;
  /** n_kv, key/value heads (`num_key_value_heads`; = n_h for multi-head attention). */
  readonly numKvHeads: number;
  /** d_h, per-head width (explicit `head_dim` where the config has one, else d / n_h). */
  readonly headDim: number;
  /** d_ff, MLP hidden width per expert (`intermediate_size`, `ffn_dim`, `n_inner`). */
  readonly intermediateSize: number;
  /** V (`vocab_size`). */
  readonly vocabSize: number;
  readonly maxPositionEmbeddings: number;
  /** Whether lm_head shares the input embedding matrix (stored once). */
  readonly tieWordEmbeddings: boolean;
  readonly mlp: MlpKind;
  readonly activation: Activation;
  readonly norm: NormKind;
  /** Biases on the q, k and v projections (OPT, GPT-2, Qwen2). */
  readonly qkvBias: boolean;
  /** Bias on the attention output projection (OPT, GPT-2). */
  readonly oBias: boolean;
  /** Biases on the MLP matrices (OPT, GPT-2). */
  readonly mlpBias: boolean;
  readonly position: PositionEncoding;
  readonly moe?: MoeSpec;
  readonly source: SourceKey;
}
