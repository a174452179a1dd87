/**
 * One transformer block as an eager framework would run it (one kernel per
 * operator, Hugging Face `modeling_llama.py` / `modeling_opt.py` style):
 * norms as separate reduce / scale / weight kernels, Q/K/V as three matrix
 * multiplies, head transposes and GQA `repeat_kv` materialised as copies,
 * attention as scores → scale → mask → softmax → dropout → × V with the
 * score matrix in memory, the rotary table rebuilt for Q and for K, and
 * compile-time-constant work (inverse frequencies, the 1/√d_h scale, a
 * static-shape causal mask and position ids) computed at run time, a
 * dropout that is the identity at inference, and a saved hidden-state copy
 * nothing reads.
 *
 * Sizes per step: T rows pass the block (T = b·s prefill, T = b decode);
 * attention has s_q = s (prefill) or 1 (decode) queries against s_kv = s or
 * the context n keys. FLOPs: matrix multiplies 2·m·k·n (matmulFlops),
 * element-wise work with the per-element constants of model/elementwise.ts.
 * Ignores: the fp32 upcast in softmax, the embedding and lm_head (outside the
 * block), MoE token permutation, K/V re-reads of a tiled attention kernel.
 * Sources: 'hf-transformers-modeling', 'kipply-2022-arithmetic', 'dao-2022-flashattention'.
 */
import { requireOneOf, requirePositiveInt, requireObject } from '../errors.ts';
import { ACTIVATION_FLOPS_PER_ELEMENT, ADD_FLOPS_PER_ELEMENT, GATE_MULTIPLY_FLOPS_PER_ELEMENT, NORM_FLOPS_PER_ELEMENT, SOFTMAX_FLOPS_PER_ELEMENT } from '../model/elementwise.ts';
import { matmulFlops } from '../model/flops.ts';
import { expectedDistinctExperts } from '../model/moe.ts';
import type { Phase } from '../model/operators.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import type { Graph, GraphNode, GraphTensor, GroupRule, NodeKind, TensorKind } from './types.ts';

export interface BlockGraphOptions {
  readonly phase: Phase;
  readonly batch: number;
  /** Prompt length (prefill) or context length including the new token (decode). */
  readonly tokens: number;
  /** Bytes per activation and per weight element (default 2: FP16). */
  readonly actBytes?: number;
  readonly weightBytesPerElement?: number;
}

/** Bytes of the small fp32 constants (inverse frequencies, scale): 4 per element. */
const FP32 = 4;
/** Position ids are int64 in the frameworks this graph mirrors. */
const INT64 = 8;
/** cos, sin and the multiply producing their argument: 3 operations per table element. */
const ROPE_TABLE_FLOPS_PER_ELEMENT = 3;

export function blockGraph(model: ModelSpec, opts: BlockGraphOptions): Graph {
  validateModel(model);
  requireObject('opts', opts);
  const phase = requireOneOf('phase', opts.phase, ['prefill', 'decode'] as const);
  const b = requirePositiveInt('batch', opts.batch);
  const n = requirePositiveInt('tokens', opts.tokens);
  const a = opts.actBytes ?? 2;
  const wb = opts.weightBytesPerElement ?? 2;
  const prefill = phase === 'prefill';
  const T = prefill ? b * n : b;
  const sq = prefill ? n : 1;
  const skv = n;
  const d = model.hiddenSize;
  const hd = model.headDim;
  const h = model.numHeads;
  const qDim = h * hd;
  const kvDim = model.numKvHeads * hd;
  const gqa = model.numKvHeads < h;
  const ff = model.intermediateSize;
  const scoreElems = b * h * sq * skv;

  const tensors: Record<string, GraphTensor> = {};
  const nodes: GraphNode[] = [];
  const t = (id: string, bytes: number, kind: TensorKind = 'activation') => { tensors[id] = { id, bytes, kind }; return id; };
  const g = (rule: GroupRule, key: string) => ({ rule, key });
  const node = (
    id: string, kind: NodeKind, op: string, inputs: string[], outputs: string[], flops: number, weightBytes = 0,
    groups: GraphNode['groups'] = [], identityAtInference = false,
  ) => { nodes.push({ id, kind, op, inputs, outputs, flops, weightBytes, groups, ...(identityAtInference ? { identityAtInference } : {}) }); };

  t('x', T * d * a);
  // Decode positions are run-time data (each sequence is at its own step); prefill's are arange(s) of a static shape.
  if (!prefill) t('positions', b * INT64);

  const norm = (name: string, input: string, extra: GraphNode['groups'] = []) => {
    const layer = model.norm === 'layernorm';
    const grp = [g('norm', name), ...extra];
    t(`${name}_stats`, T * (layer ? 2 : 1) * FP32);
    t(`${name}_scaled`, T * d * a);
    t(`${name}_out`, T * d * a);
    node(`${name}_stats`, 'reduction', `${model.norm}_stats`, [input], [`${name}_stats`], (NORM_FLOPS_PER_ELEMENT / 2) * T * d, 0, grp);
    node(`${name}_scale`, 'elementwise', `${model.norm}_scale`, [input, `${name}_stats`], [`${name}_scaled`], (NORM_FLOPS_PER_ELEMENT / 4) * T * d, 0, grp);
    node(`${name}_weight`, 'elementwise', `${model.norm}_affine`, [`${name}_scaled`], [`${name}_out`], (NORM_FLOPS_PER_ELEMENT / 4) * T * d, (layer ? 2 : 1) * d * wb, grp);
    return `${name}_out`;
  };

  /** A linear layer, its bias as a separate add (epilogue-fusable) when the model has one. */
  const linear = (
    name: string, input: string, inDim: number, outDim: number, bias: boolean, rows: number, weightCopies: number, merge: string | null,
    extraInputs: readonly string[] = [],
  ) => {
    const mergeGroup = merge ? [g('qkv', merge)] : [];
    const out = t(`${name}_out`, rows * outDim * a);
    node(name, 'matmul', `matmul_${name}`, [input, ...extraInputs], [out], matmulFlops(rows, inDim, outDim), weightCopies * inDim * outDim * wb,
      [g('bias-act', name), ...mergeGroup]);
    if (!bias) return out;
    const biased = t(`${name}_biased`, rows * outDim * a);
    node(`${name}_bias`, 'elementwise', 'bias_add', [out], [biased], ADD_FLOPS_PER_ELEMENT * rows * outDim, weightCopies * outDim * wb,
      [g('bias-act', name), ...mergeGroup]);
    return biased;
  };

  // Attention input norm and the three projections.
  const xn1 = norm('norm1', 'x');
  const q = linear('q_proj', xn1, d, qDim, model.qkvBias, T, 1, 'qkv');
  const k = linear('k_proj', xn1, d, kvDim, model.qkvBias, T, 1, 'qkv');
  const v = linear('v_proj', xn1, d, kvDim, model.qkvBias, T, 1, 'qkv');

  // [T, heads·d_h] → [b, heads, s, d_h] copies.
  const transpose = (name: string, input: string, dim: number) => {
    const out = t(`${name}_out`, T * dim * a);
    node(name, 'layout', 'transpose_heads', [input], [out], 0);
    return out;
  };
  let qh = transpose('q_transpose', q, qDim);
  let kh = transpose('k_transpose', k, kvDim);
  const vh = transpose('v_transpose', v, kvDim);

  // Compile-time constants computed at run time.
  const scale = t('scale', FP32);
  node('scale_const', 'constant', 'rsqrt_head_dim', [], [scale], 1);

  if (model.position.kind === 'rope') {
    const invFreq = t('inv_freq', (hd / 2) * FP32);
    node('inv_freq', 'constant', 'rope_inv_freq', [], [invFreq], 2 * (hd / 2));
    let pos: string;
    if (prefill) {
      pos = t('positions', n * INT64);
      node('positions', 'constant', 'arange', [], [pos], 0);
    } else {
      pos = 'positions';
    }
    const tableRows = prefill ? n : b;
    const table = (name: string) => {
      const out = t(`${name}_out`, tableRows * hd * 2 * a);
      node(name, 'elementwise', 'rope_table', [invFreq, pos], [out], ROPE_TABLE_FLOPS_PER_ELEMENT * tableRows * hd);
      return out;
    };
    // Rebuilt once for Q and once for K: a common subexpression.
    const csQ = table('rope_table_q');
    const csK = table('rope_table_k');
    const rope = (name: string, input: string, cs: string, dim: number) => {
      const grp = [g('elementwise', name)];
      const c = t(`${name}_cos`, T * dim * a);
      const s = t(`${name}_sin`, T * dim * a);
      const out = t(`${name}_out`, T * dim * a);
      node(`${name}_cos`, 'elementwise', 'mul_cos', [input, cs], [c], T * dim, 0, grp);
      node(`${name}_sin`, 'elementwise', 'rotate_half_mul_sin', [input, cs], [s], T * dim, 0, grp);
      node(`${name}_add`, 'elementwise', 'add', [c, s], [out], ADD_FLOPS_PER_ELEMENT * T * dim, 0, grp);
      return out;
    };
    qh = rope('rope_q', qh, csQ, qDim);
    kh = rope('rope_k', kh, csK, kvDim);
  }

  // The new K/V entries are written to the cache (a step output).
  const kNew = t('k_cache_new', T * kvDim * a, 'kv');
  const vNew = t('v_cache_new', T * kvDim * a, 'kv');
  node('kv_write', 'layout', 'cache_write', [kh, vh], [kNew, vNew], 0, 0,
    model.position.kind === 'rope' ? [g('elementwise', 'rope_k')] : []);

  // Keys/values attention reads: past cache + new (decode), then GQA expansion.
  let kAll = kh;
  let vAll = vh;
  if (!prefill && skv > 1) {
    const kPast = t('k_past', b * (skv - 1) * kvDim * a, 'kv');
    const vPast = t('v_past', b * (skv - 1) * kvDim * a, 'kv');
    kAll = t('k_cat_out', b * skv * kvDim * a);
    vAll = t('v_cat_out', b * skv * kvDim * a);
    node('k_cat', 'layout', 'concat_cache', [kPast, kh], [kAll], 0);
    node('v_cat', 'layout', 'concat_cache', [vPast, vh], [vAll], 0);
  }
  if (gqa) {
    const kr = t('repeat_k_out', b * skv * qDim * a);
    const vr = t('repeat_v_out', b * skv * qDim * a);
    node('repeat_k', 'layout', 'repeat_kv', [kAll], [kr], 0);
    node('repeat_v', 'layout', 'repeat_kv', [vAll], [vr], 0);
    kAll = kr;
    vAll = vr;
  }

  // Attention with the score matrix in memory.
  const tile = g('tiling', 'attention');
  const sm = g('elementwise', 'softmax');
  const S = t('scores', scoreElems * a);
  const S2 = t('scores_scaled', scoreElems * a);
  const S3 = t('scores_masked', scoreElems * a);
  const P = t('probs', scoreElems * a);
  const Pd = t('probs_dropout', scoreElems * a);
  const mask = t('causal_mask', sq * skv * a);
  const ctx = t('attn_ctx', T * qDim * a);
  const attnFlops = b * h * matmulFlops(sq, hd, skv);
  node('attn_scores', 'matmul', 'matmul_qk', [qh, kAll], [S], attnFlops, 0, [tile]);
  node('attn_scale', 'elementwise', 'mul_scale', [S, scale], [S2], scoreElems, 0, [sm, tile]);
  if (prefill) node('mask_build', 'constant', 'causal_mask', [], [mask], 0);
  else node('mask_build', 'elementwise', 'causal_mask', ['positions'], [mask], 0);
  node('attn_mask', 'elementwise', 'add_mask', [S2, mask], [S3], scoreElems, 0, [sm, tile]);
  node('softmax', 'reduction', 'softmax', [S3], [P], SOFTMAX_FLOPS_PER_ELEMENT * scoreElems, 0, [sm, tile]);
  node('attn_dropout', 'identity', 'dropout', [P], [Pd], 0, 0, [tile], true);
  node('attn_pv', 'matmul', 'matmul_pv', [Pd, vAll], [ctx], attnFlops, 0, [tile]);
  const ctxT = transpose('ctx_transpose', ctx, qDim);
  const o = linear('o_proj', ctxT, qDim, d, model.oBias, T, 1, null);

  let oIn = o;
  if (model.position.kind === 'learned') {
    oIn = t('o_dropout_out', T * d * a);
    node('o_dropout', 'identity', 'dropout', [o], [oIn], 0, 0, [], true);
  }
  const h1 = t('h1', T * d * a);
  node('residual1', 'elementwise', 'add', ['x', oIn], [h1], ADD_FLOPS_PER_ELEMENT * T * d, 0, [g('norm', 'norm2')]);
  const xn2 = norm('norm2', h1);

  // MLP (or the experts a batch of routed tokens touches).
  let rows = T;
  let copies = 1;
  const routing: string[] = [];
  if (model.moe) {
    const E = model.moe.numExperts;
    routing.push(t('router_logits', T * E * a));
    node('router', 'matmul', 'matmul_router', [xn2], routing, matmulFlops(T, d, E), E * d * wb);
    rows = T * model.moe.expertsPerToken;
    copies = expectedDistinctExperts(E, model.moe.expertsPerToken, T);
  }
  let mlpOut: string;
  if (model.mlp === 'gated') {
    const gate = linear('gate_proj', xn2, d, ff, model.mlpBias, rows, copies, 'gate_up', routing);
    const up = linear('up_proj', xn2, d, ff, model.mlpBias, rows, copies, 'gate_up', routing);
    const act = t('act_out', rows * ff * a);
    const mul = t('mul_out', rows * ff * a);
    node('act', 'elementwise', model.activation, [gate], [act], ACTIVATION_FLOPS_PER_ELEMENT * rows * ff, 0, [g('elementwise', 'act_mul')]);
    node('act_mul', 'elementwise', 'mul', [act, up], [mul], GATE_MULTIPLY_FLOPS_PER_ELEMENT * rows * ff, 0, [g('elementwise', 'act_mul')]);
    mlpOut = linear('down_proj', mul, ff, d, model.mlpBias, rows, copies, null);
  } else {
    const fc1 = linear('fc1', xn2, d, ff, model.mlpBias, rows, copies, null, routing);
    const act = t('act_out', rows * ff * a);
    node('act', 'elementwise', model.activation, [fc1], [act], ACTIVATION_FLOPS_PER_ELEMENT * rows * ff, 0, [g('bias-act', 'fc1')]);
    mlpOut = linear('fc2', act, ff, d, model.mlpBias, rows, copies, null);
  }
  if (model.position.kind === 'learned') {
    const dropped = t('mlp_dropout_out', T * d * a);
    node('mlp_dropout', 'identity', 'dropout', [mlpOut], [dropped], 0, 0, [], true);
    mlpOut = dropped;
  }
  const y = t('y', T * d * a);
  node('residual2', 'elementwise', 'add', [h1, mlpOut], [y], ADD_FLOPS_PER_ELEMENT * T * d);
  // A copy of the block input kept for `output_hidden_states`, which nothing reads at serving time.
  node('hidden_copy', 'layout', 'save_hidden_state', ['x'], [t('hidden_saved', T * d * a)], 0);

  return { tensors, nodes, outputs: [y, kNew, vNew] };
}
