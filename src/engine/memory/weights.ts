import type { ModelSpec } from '../model/types.ts';
import { tensorInventory } from '../model/tensors.ts';
import { elementBits, resolveFormat, type NumberFormat, type ResolvedFormat } from './formats.ts';

export interface WeightBytesBreakdown {
  /** Element storage: parameters × bits / 8. */
  readonly elements: number;
  /** Scales and zero-points of group-wise formats. */
  readonly groupOverhead: number;
  readonly total: number;
}

/** Lookup and vocabulary tables (token and learned-position embeddings, lm_head): stored at `embeddingBits`. */
function isTable(role: string): boolean {
  return role === 'embedding' || role === 'lm-head' || role === 'position';
}

/**
 * Bytes to store a model's weights in `format`:
 *   Σ_matrices rows·cols·(b + ⌈cols/g⌉·(s+z)/cols)/8 + Σ_tables rows·cols·b_t/8 + Σ_vectors length·b_v/8
 * b matrix bits, g group size, s/z scale and zero-point bits; b_t the
 * embedding/lm_head tables' bits and b_v the norm and bias vectors' bits, both
 * 16 when the matrices are quantised below 16 bits (checkpoints keep them in
 * FP16) unless the format says otherwise. FP16/FP32 = paramCount × bits / 8;
 * bare 'int4' = 0.5 B per matrix parameter with FP16 tables and norms.
 * Ignores: file-format headers and padding.
 * Sources: 'hf-transformers-modeling'; 'lin-2023-awq', 'frantar-2022-gptq' (FP16 tables and norms).
 */
export function weightBytesBreakdown(model: ModelSpec, format: NumberFormat): WeightBytesBreakdown {
  const f = resolveFormat('format', format);
  return breakdownResolved(model, f, 1, 1);
}

/** Bytes to store a model's weights in `format` (see weightBytesBreakdown). Llama-2-70B FP16 → 137.95e9 B. */
export function weightBytes(model: ModelSpec, format: NumberFormat): number {
  return weightBytesBreakdown(model, format).total;
}

/** The parameter counts weightBytesBreakdown stores at each width (one GPU, the whole checkpoint). */
export interface WeightStorageParts {
  /** Layer matrices (attention, MLP, experts, router): stored at b bits, in groups when the format has them. */
  readonly matrixParams: number;
  /** Embedding, learned-position and lm_head tables: stored at b_t bits. */
  readonly tableParams: number;
  /** Norm and bias vectors: stored at b_v bits. */
  readonly vectorParams: number;
  /** Scale/zero-point groups of the layer matrices: Σ rows·⌈cols/g⌉ (0 without groups). */
  readonly groups: number;
}

/**
 * The parts whose sum is weightBytesBreakdown's total:
 *   W = (P_m·b + P_t·b_t + P_v·b_v)/8 + N_g·(s+z)/8.
 * Source: as weightBytesBreakdown.
 */
export function weightStorageParts(model: ModelSpec, f: ResolvedFormat): WeightStorageParts {
  const { matrices, vectors } = tensorInventory(model);
  let matrixParams = 0;
  let tableParams = 0;
  let groups = 0;
  for (const m of matrices) {
    const n = m.rows * m.cols * m.count;
    if (isTable(m.role)) { tableParams += n; continue; }
    matrixParams += n;
    if (f.groupSize) groups += m.rows * m.count * Math.ceil(m.cols / f.groupSize);
  }
  const vectorParams = vectors.reduce((s, v) => s + v.length * v.count, 0);
  return { matrixParams, tableParams, vectorParams, groups };
}

/**
 * Weight bytes per GPU under Megatron-style tensor parallelism of degree `tp`:
 * attention, MLP, expert, router, embedding and lm_head matrices and their
 * biases are split tp ways; norms and learned position tables are replicated.
 * `kvReplication` (≥ 1) is how many GPUs hold a copy of each K/V head when tp
 * exceeds the KV head count (tp / n_kv), so K/V projections split only
 * tp / kvReplication ways. With tp = 1 this is the whole checkpoint.
 * Source: 'shoeybi-2019-megatron-tp'.
 */
export function breakdownResolved(model: ModelSpec, f: ResolvedFormat, tp: number, kvReplication: number): WeightBytesBreakdown {
  // Memoised per model object (validated model objects are treated as immutable, as validateModel's cache does);
  // anything that is not an object goes straight to the computation, whose validation names the field.
  if (typeof model !== 'object' || model === null) return computeBreakdown(model, f, tp, kvReplication);
  let byKey = breakdownCache.get(model);
  if (byKey === undefined) { byKey = new Map(); breakdownCache.set(model, byKey); }
  const key = `${f.bits}|${f.groupSize}|${f.overheadBitsPerGroup}|${f.embeddingBits}|${f.vectorBits}|${tp}|${kvReplication}`;
  const hit = byKey.get(key);
  if (hit !== undefined) return hit;
  const b = Object.freeze(computeBreakdown(model, f, tp, kvReplication));
  if (byKey.size < 256) byKey.set(key, b);
  return b;
}

const breakdownCache = new WeakMap<ModelSpec, Map<string, WeightBytesBreakdown>>();

function computeBreakdown(model: ModelSpec, f: ResolvedFormat, tp: number, kvReplication: number): WeightBytesBreakdown {
  const { matrices, vectors } = tensorInventory(model);
  let elements = 0;
  let overhead = 0;
  for (const m of matrices) {
    const n = m.rows * m.cols * m.count;
    const split = m.role === 'position' ? 1 : (m.name === 'k_proj' || m.name === 'v_proj') ? tp / kvReplication : tp;
    if (isTable(m.role)) {
      elements += (n * f.embeddingBits) / 8 / split;
      continue;
    }
    elements += (n * f.bits) / 8 / split;
    overhead += (n * (elementBits(f, m.cols) - f.bits)) / 8 / split;
  }
  for (const v of vectors) {
    const split = v.role === 'norm' ? 1 : tp;
    elements += (v.length * v.count * f.vectorBits) / 8 / split;
  }
  return { elements, groupOverhead: overhead, total: elements + overhead };
}
