import type { ModelSpec } from './types.ts';
import { validateModel } from './validate.ts';

export type TensorRole = 'embedding' | 'position' | 'attn' | 'mlp' | 'expert' | 'router' | 'norm' | 'bias' | 'lm-head';

/** A stored weight matrix of `rows` (output) × `cols` (input) elements, repeated `count` times. */
export interface MatrixTensor {
  readonly name: string;
  readonly role: TensorRole;
  readonly rows: number;
  readonly cols: number;
  readonly count: number;
}

/** A stored vector (norm scale/shift or bias), repeated `count` times. */
export interface VectorTensor {
  readonly name: string;
  readonly role: TensorRole;
  readonly length: number;
  readonly count: number;
}

export interface TensorInventory {
  readonly matrices: readonly MatrixTensor[];
  readonly vectors: readonly VectorTensor[];
}

const cache = new WeakMap<ModelSpec, TensorInventory>();

/**
 * Every stored parameter tensor of a checkpoint, laid out as the Hugging Face
 * modeling code stores it: q/k/v/o projections [out, in]; gate/up/down (or
 * fc1/fc2); one router [E, d] per MoE layer; two norms per layer plus a final
 * norm (LayerNorm has a bias, RMSNorm does not); token embedding [V, d]; a
 * learned position table [(max_positions + offset), d] for OPT/GPT-2; lm_head
 * [V, d] only when embeddings are untied (tied weights are stored once).
 * Ignores: non-parameter buffers such as rotary inv_freq (not parameters).
 * Source: 'hf-transformers-modeling'.
 */
export function tensorInventory(model: ModelSpec): TensorInventory {
  const hit = cache.get(model);
  if (hit) return hit;
  validateModel(model);
  const d = model.hiddenSize;
  const L = model.numLayers;
  const q = model.numHeads * model.headDim;
  const kv = model.numKvHeads * model.headDim;
  const ff = model.intermediateSize;
  const matrices: MatrixTensor[] = [
    { name: 'embed_tokens', role: 'embedding', rows: model.vocabSize, cols: d, count: 1 },
  ];
  const vectors: VectorTensor[] = [];
  if (model.position.kind === 'learned') {
    matrices.push({ name: 'embed_positions', role: 'position', rows: model.maxPositionEmbeddings + model.position.offset, cols: d, count: 1 });
  }
  matrices.push(
    { name: 'q_proj', role: 'attn', rows: q, cols: d, count: L },
    { name: 'k_proj', role: 'attn', rows: kv, cols: d, count: L },
    { name: 'v_proj', role: 'attn', rows: kv, cols: d, count: L },
    { name: 'o_proj', role: 'attn', rows: d, cols: q, count: L },
  );
  if (model.qkvBias) vectors.push({ name: 'qkv_bias', role: 'bias', length: q + 2 * kv, count: L });
  if (model.oBias) vectors.push({ name: 'o_proj_bias', role: 'bias', length: d, count: L });
  const experts = model.moe ? model.moe.numExperts : 1;
  const role = model.moe ? 'expert' : 'mlp';
  const n = L * experts;
  if (model.mlp === 'gated') {
    matrices.push(
      { name: 'gate_proj', role, rows: ff, cols: d, count: n },
      { name: 'up_proj', role, rows: ff, cols: d, count: n },
      { name: 'down_proj', role, rows: d, cols: ff, count: n },
    );
    if (model.mlpBias) vectors.push({ name: 'mlp_bias', role: 'bias', length: 2 * ff + d, count: n });
  } else {
    matrices.push(
      { name: 'fc1', role, rows: ff, cols: d, count: n },
      { name: 'fc2', role, rows: d, cols: ff, count: n },
    );
    if (model.mlpBias) vectors.push({ name: 'mlp_bias', role: 'bias', length: ff + d, count: n });
  }
  if (model.moe) matrices.push({ name: 'router', role: 'router', rows: model.moe.numExperts, cols: d, count: L });
  const normParams = model.norm === 'layernorm' ? 2 * d : d;
  vectors.push({ name: 'layer_norms', role: 'norm', length: 2 * normParams, count: L });
  vectors.push({ name: 'final_norm', role: 'norm', length: normParams, count: 1 });
  if (!model.tieWordEmbeddings) matrices.push({ name: 'lm_head', role: 'lm-head', rows: model.vocabSize, cols: d, count: 1 });
  const inventory = { matrices, vectors };
  cache.set(model, inventory);
  return inventory;
}
