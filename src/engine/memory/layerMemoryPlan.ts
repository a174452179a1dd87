/**
 * One transformer layer's activation memory as an allocator sees it (图4):
 * the buffers, each strategy's arena, the live bytes at every operator and
 * the derivations of the arena and of its lower bound. Inference keeps no
 * activation beyond its last consumer, so this one-layer peak is the
 * inference baseline (activationPeakBytes reaches the same number in place).
 */
import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import { layerBuffers, layerTensorLifetimes, liveBytesByOp, type LayerBuffer, type LayerLifetimeOptions, type LayerLifetimes } from './lifetimes.ts';
import { planReuse, REUSE_STRATEGIES, type ReusePlan, type ReuseStrategy } from './reuse.ts';
import { requireObject, requireArray, requireNumberFields, requireString, requireNumberArray, requireOneOf } from '../errors.ts';
import { requireIndex } from '../limits.ts';

/** The TeX symbol of each activation tensor of layerTensorLifetimes (ids as the engine names them). */
export const LAYER_TENSOR_SYMBOLS = {
  x: 'x', h1: 'h_1', q: 'q', S: 'S', P: 'P', ctx: 'c', o: 'o', x2: 'x_2', h2: 'h_2',
  g: 'g', u: 'u', m: 'm', f1: 'f_1', f2: 'f_2', y: 'y', out: 'z',
} as const;
export type LayerTensorId = keyof typeof LAYER_TENSOR_SYMBOLS;
/** The name each tensor goes by on a chart and in a derivation's params (code names, the same in every language). */
export const LAYER_TENSOR_NAMES: Readonly<Record<LayerTensorId, string>> = {
  x: 'x', h1: 'norm₁', q: 'q', S: 'scores', P: 'probs', ctx: 'ctx', o: 'o', x2: 'x₂', h2: 'norm₂',
  g: 'gate', u: 'up', m: 'act·up', f1: 'fc1', f2: 'act', y: 'mlp', out: 'out',
};
/** Short names of layerTensorLifetimes' operators, for a chart axis and a derivation's params (code names, the same in every language). */
export const LAYER_OP_NAMES: Readonly<Record<string, string>> = {
  input: 'input', input_norm: 'norm_1', q_proj: 'q_proj', attn_scores: 'scores', softmax: 'softmax', attn_v: 'attn_v',
  flash_attention: 'flash_attn', o_proj: 'o_proj', attn_residual: 'x + o', post_attention_norm: 'norm_2',
  gate_proj: 'gate', up_proj: 'up', act_mul: 'act·mul', down_proj: 'down', fc1: 'fc1', act: 'act', fc2: 'fc2', mlp_residual: 'x₂ + y',
};
export const layerOpName = (op: string): string => (Object.hasOwn(LAYER_OP_NAMES, requireString('op', op)) ? (LAYER_OP_NAMES[op] as string) : op);

/** A buffer's size as a derivation symbol: |x|, |x_2|, … (the buffer is named by the tensor that opens it). */
export type LayerBufferSymbol = `|${(typeof LAYER_TENSOR_SYMBOLS)[LayerTensorId]}|`;

const bufferSymbol = (id: string): LayerBufferSymbol =>
  `|${LAYER_TENSOR_SYMBOLS[id as LayerTensorId] ?? id}|` as LayerBufferSymbol;

export interface LayerMemoryPlan {
  readonly lifetimes: LayerLifetimes;
  readonly buffers: readonly LayerBuffer[];
  readonly plans: Readonly<Record<ReuseStrategy, ReusePlan>>;
  /** Live bytes at each operator (Σ buffers with start ≤ i ≤ end). */
  readonly live: readonly number[];
  /** Index of the first operator where the live bytes peak (the lower bound). */
  readonly peakOp: number;
  /** The arena without reuse and without in-place operators: the largest this layer can need (a fixed chart scale). */
  readonly noReuseBytes: number;
}

export interface LayerMemoryPlanOptions extends LayerLifetimeOptions {
  /** Elementwise operators write over an input that dies there. */
  readonly inPlace: boolean;
}

/**
 * Plans one layer's activation buffers with every strategy of planReuse:
 * arena(none) = Σ|b|; arena(best-fit), arena(greedy-by-size) ≥ lower bound
 * = max_i Σ_{b live at i} |b|.
 * Source: 'pisarchyk-2020-memory' Sec. 3–4.
 */
export function layerMemoryPlan(model: ModelSpec, opts: LayerMemoryPlanOptions): LayerMemoryPlan {
  requireObject('opts', opts);
  const lifetimes = layerTensorLifetimes(model, opts);
  const buffers = layerBuffers(lifetimes, opts.inPlace);
  const n = lifetimes.ops.length;
  const plans = Object.fromEntries(REUSE_STRATEGIES.map((s) => [s, planReuse(buffers, s, n)])) as Record<ReuseStrategy, ReusePlan>;
  const live = liveBytesByOp(buffers, n);
  let peakOp = 0;
  live.forEach((v, i) => { if (v > (live[peakOp] ?? 0)) peakOp = i; });
  const noReuseBytes = opts.inPlace ? planReuse(layerBuffers(lifetimes, false), 'none', n).totalBytes : plans.none.totalBytes;
  return { lifetimes, buffers, plans, live, peakOp, noReuseBytes };
}

/** A plan handed back by a caller (normally layerMemoryPlan's result): its buffers, live bytes and peak operator. */
function requirePlan(value: unknown): LayerMemoryPlan {
  const plan = requireObject('plan', value);
  requireArray('plan.buffers', plan.buffers, 1 << 16).forEach((b, i) => {
    requireNumberFields(`plan.buffers[${i}]`, b, ['bytes', 'start', 'end']);
    requireString(`plan.buffers[${i}].id`, (b as { id?: unknown }).id);
  });
  const live = requireNumberArray('plan.live', plan.live, 0, Number.MAX_VALUE, 1 << 16);
  requireIndex('plan.peakOp', plan.peakOp, Math.max(0, live.length - 1));
  requireArray('plan.lifetimes.ops', requireObject('plan.lifetimes', plan.lifetimes).ops, 1 << 16);
  return value as LayerMemoryPlan;
}

export type ReuseArenaDerivation = Derivation<'reuse-arena', 'o^{*}' | '|b^{*}|' | 'N'>;

/**
 * The arena a plan needs: the top of its highest buffer, M = max_j (o_j + |b_j|) = o* + |b*|.
 * Without reuse o* is the sum of every buffer placed below b*.
 * Params: `buffer`, the tensors sharing the top buffer; `strategy`.
 * Source: 'pisarchyk-2020-memory' Sec. 4.
 */
export function reuseArenaDerivation(plan: LayerMemoryPlan, strategy: ReuseStrategy): ReuseArenaDerivation {
  requirePlan(plan);
  requireOneOf('strategy', strategy, REUSE_STRATEGIES);
  const p = requireObject(`plan.plans.${strategy}`, requireObject('plan.plans', plan.plans)[strategy]) as unknown as ReusePlan;
  requireArray(`plan.plans.${strategy}.placements`, p.placements, 1 << 16).forEach((x, i) => requireNumberFields(`plan.plans.${strategy}.placements[${i}]`, x, ['offset', 'bytes']));
  const top = p.placements.reduce((a, b) => (b.offset + b.bytes > a.offset + a.bytes ? b : a), p.placements[0] ?? { id: '', offset: 0, bytes: 0, start: 0, end: 0 });
  const tensors = plan.buffers.find((b) => b.id === top.id)?.tensors ?? [top.id];
  return {
    id: 'reuse-arena',
    tex: 'M_{\\text{arena}} = \\max_j \\left(o_j + |b_j|\\right) = o^{*} + |b^{*}|',
    evaluate: (v) => v['o^{*}'] + v['|b^{*}|'],
    terms: [
      { symbol: 'o^{*}', value: top.offset, unit: 'B' },
      { symbol: '|b^{*}|', value: top.bytes, unit: 'B' },
      { symbol: 'N', value: p.placements.length, unit: 'count' },
    ],
    result: { value: top.offset + top.bytes, unit: 'B' },
    source: 'pisarchyk-2020-memory',
    params: { strategy, buffer: tensors.map((t) => LAYER_TENSOR_NAMES[t as LayerTensorId] ?? t) },
  };
}

export type ReuseLowerBoundDerivation = Derivation<'reuse-lower-bound', LayerBufferSymbol>;

/**
 * The lower bound of any offset plan: the most bytes live at one operator,
 *   M_min = max_i Σ_{b live at i} |b|,
 * written out at the peak operator i* with the buffers live there. Params:
 * `op`, the peak operator's name.
 * Source: 'pisarchyk-2020-memory' Sec. 4.
 */
export function reuseLowerBoundDerivation(plan: LayerMemoryPlan): ReuseLowerBoundDerivation {
  requirePlan(plan);
  const i = plan.peakOp;
  const live = plan.buffers.filter((b) => b.start <= i && i <= b.end);
  const symbols = live.map((b) => bufferSymbol(b.id));
  return {
    id: 'reuse-lower-bound',
    tex: `M_{\\min} = \\max_i \\sum_{b \\,\\text{live at}\\, i} |b| = ${symbols.join(' + ')}`,
    evaluate: (v) => Object.values<number>(v).reduce((a, b) => a + b, 0),
    terms: live.map((b, k) => ({ symbol: symbols[k] as LayerBufferSymbol, value: b.bytes, unit: 'B' as const })),
    result: { value: plan.live[i] ?? 0, unit: 'B' },
    source: 'pisarchyk-2020-memory',
    params: { op: layerOpName(plan.lifetimes.ops[i]?.name ?? '') },
  };
}
