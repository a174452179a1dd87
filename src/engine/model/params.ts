import type { ModelSpec } from './types.ts';
import { tensorInventory } from './tensors.ts';

/**
 * Exact number of stored parameters, as in the Hugging Face checkpoint:
 * Σ rows·cols over matrices + Σ lengths over norm and bias vectors (see
 * tensorInventory for the layout). Llama-2-7B → 6,738,415,616.
 * Ignores: rotary inv_freq buffers (not parameters).
 * Sources: 'hf-transformers-modeling'; checked against 'keras-hub-presets'.
 */
export function paramCount(model: ModelSpec): number {
  const { matrices, vectors } = tensorInventory(model);
  let n = 0;
  for (const m of matrices) n += m.rows * m.cols * m.count;
  for (const v of vectors) n += v.length * v.count;
  return n;
}

/**
 * Parameters used for one token: paramCount with only k of the E experts of
 * each MoE layer (Mixtral-8x7B: 46.7 B stored, 12.9 B active). Embedding and
 * lm_head tables are included, as in the published "active" figures.
 * For dense models it equals paramCount.
 * Source: 'fedus-2022-switch' (top-k routing).
 */
export function activeParamCount(model: ModelSpec): number {
  const total = paramCount(model);
  if (!model.moe) return total;
  const { matrices, vectors } = tensorInventory(model);
  const unused = 1 - model.moe.expertsPerToken / model.moe.numExperts;
  let expertParams = 0;
  for (const m of matrices) if (m.role === 'expert') expertParams += m.rows * m.cols * m.count;
  for (const v of vectors) if (v.role === 'bias' && v.name === 'mlp_bias') expertParams += v.length * v.count;
  return Math.round(total - expertParams * unused);
}
