/** How the memory-reuse view names the engine's operators and tensors (symbols and code names, the same in both languages). */
import type { OpGroup } from './text.ts';

/** Display names of the layer's activation tensors (layerTensorLifetimes ids). */
export const TENSOR_LABEL: Readonly<Record<string, string>> = {
  x: 'x', h1: 'norm₁', q: 'q', S: 'scores', P: 'probs', ctx: 'ctx', o: 'o', x2: 'x₂', h2: 'norm₂',
  g: 'gate', u: 'up', m: 'act·up', f1: 'fc1', f2: 'act', y: 'mlp', out: 'out',
};

/** Short operator names for the chart's axis and the answer (the engine's names, shortened to read from the back of a hall). */
const OP_LABEL: Readonly<Record<string, string>> = {
  input: 'input', input_norm: 'norm_1', q_proj: 'q_proj', attn_scores: 'scores', softmax: 'softmax', attn_v: 'attn_v',
  flash_attention: 'flash_attn', o_proj: 'o_proj', attn_residual: 'x + o', post_attention_norm: 'norm_2',
  gate_proj: 'gate', up_proj: 'up', act_mul: 'act·mul', down_proj: 'down', fc1: 'fc1', act: 'act', fc2: 'fc2', mlp_residual: 'x₂ + y',
};

export const opLabel = (op: string): string => OP_LABEL[op] ?? op;

/** Which part of the layer an operator belongs to (the predict-first question's choices). */
const OP_GROUP: Readonly<Record<string, OpGroup>> = {
  q_proj: 'attention', attn_scores: 'attention', softmax: 'attention', attn_v: 'attention', flash_attention: 'attention', o_proj: 'attention',
  gate_proj: 'mlp', up_proj: 'mlp', act_mul: 'mlp', down_proj: 'mlp', fc1: 'mlp', act: 'mlp', fc2: 'mlp',
};

export const opGroup = (op: string): OpGroup => OP_GROUP[op] ?? 'stream';

export const bufferLabel = (tensors: readonly string[]): string => tensors.map((id) => TENSOR_LABEL[id] ?? id).join('→');
