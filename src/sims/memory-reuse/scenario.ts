/** How the memory-reuse view names the engine's operators and tensors (symbols and code names, the same in both languages). */
import { LAYER_TENSOR_NAMES, layerOpName } from '../../engine/index.ts';
import type { OpGroup } from './text.ts';

export const opLabel = layerOpName;

/** Which part of the layer an operator belongs to (the predict-first question's choices). */
const OP_GROUP: Readonly<Record<string, OpGroup>> = {
  q_proj: 'attention', attn_scores: 'attention', softmax: 'attention', attn_v: 'attention', flash_attention: 'attention', o_proj: 'attention',
  gate_proj: 'mlp', up_proj: 'mlp', act_mul: 'mlp', down_proj: 'mlp', fc1: 'mlp', act: 'mlp', fc2: 'mlp',
};

export const opGroup = (op: string): OpGroup => OP_GROUP[op] ?? 'stream';

export const bufferLabel = (tensors: readonly string[]): string => tensors.map((id) => (LAYER_TENSOR_NAMES as Readonly<Record<string, string>>)[id] ?? id).join('→');
