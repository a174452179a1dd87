/**
 * One transformer block's forward pass as a graph for memory reasoning:
 * nodes are operators (with the weight bytes they hold), tensors are the
 * activations between them (one producer, one or more consumers), sized
 *   T·w·a bytes (T = b·s tokens in prefill, b in decode; w the tensor width)
 * and, for the naive attention kernel, the score and probability matrices
 * b·n_h·s_q·s_kv·a. Fusions make a producer and its consumers one kernel, so
 * the tensors between them stay on chip: they are no longer materialised
 * (saving their bytes) nor written and read back (saving (1 + consumers) ×
 * their bytes of traffic). Partitioning cuts the operator order into
 * contiguous subgraphs whose weights plus peak live activations fit a budget.
 * Ignores: KV-cache reads (the cache is resident, counted elsewhere), RoPE and
 * bias kernels, allocator fragmentation, workspace.
 * Sources: 'hf-transformers-modeling' (Llama/OPT block layout),
 * 'dao-2022-flashattention' (fused attention never writes the scores),
 * 'abadi-2016-tensorflow' (graph partitioning across devices).
 */
import { EngineError, requireNonNegative, requirePositiveInt, requireObject, requireArray, requireString, requireOneOf } from '../errors.ts';
import type { ModelSpec } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { dtypeBytes, matrixBytes, resolveFormat, type DType, type NumberFormat } from './formats.ts';

export type BlockFusionId = 'norm-into-proj' | 'flash-attention' | 'mlp-activation' | 'residual-epilogue';
export const BLOCK_FUSIONS: readonly BlockFusionId[] = ['norm-into-proj', 'flash-attention', 'mlp-activation', 'residual-epilogue'];

export interface BlockNode {
  readonly id: string;
  /** Weight bytes this operator reads (its share of the block's parameters). */
  readonly weightBytes: number;
  /** 0 = main path, 1 = a parallel branch drawn beside it. */
  readonly lane: 0 | 1;
}

export interface BlockTensor {
  readonly id: string;
  readonly producer: string;
  readonly consumers: readonly string[];
  readonly bytes: number;
  /** Elements per token (bytes = T·width·a); null for the attention score matrices (b·n_h·s_q·s_kv elements). */
  readonly width: number | null;
  /** Fusions that keep this tensor on chip (any one suffices). */
  readonly removedBy: readonly BlockFusionId[];
}

export interface BlockGraph {
  /** Operators in execution order. */
  readonly nodes: readonly BlockNode[];
  readonly tensors: readonly BlockTensor[];
  readonly tokens: number;
  /** Bytes per activation element (a). */
  readonly elementBytes: number;
}

export interface BlockGraphOptions {
  readonly phase: 'prefill' | 'decode';
  readonly batch: number;
  /** Prompt length (prefill) or context length (decode). */
  readonly tokens: number;
  readonly weights?: NumberFormat;
  readonly activations?: DType;
}

export function transformerBlockGraph(model: ModelSpec, opts: BlockGraphOptions): BlockGraph {
  validateModel(model);
  requireObject('opts', opts);
  const b = requirePositiveInt('batch', opts.batch);
  const n = requirePositiveInt('tokens', opts.tokens);
  if (opts.phase !== 'prefill' && opts.phase !== 'decode') throw new EngineError('unknownOption', { field: 'phase', value: opts.phase, options: ['prefill', 'decode'] });
  const a = dtypeBytes('activations', opts.activations ?? 'fp16');
  const wf = resolveFormat('weights', opts.weights ?? 'fp16');
  const wb = wf.bits / 8;
  const prefill = opts.phase === 'prefill';
  const T = prefill ? b * n : b;
  const d = model.hiddenSize;
  const q = model.numHeads * model.headDim;
  const kv = model.numKvHeads * model.headDim;
  const experts = model.moe ? model.moe.expertsPerToken : 1;
  const ff = model.intermediateSize * experts;
  const gated = model.mlp === 'gated';
  const normW = (model.norm === 'layernorm' ? 2 * d : d) * wb;
  const mat = (rows: number, cols: number) => matrixBytes(wf, rows, cols) * experts;
  const scores = b * model.numHeads * (prefill ? n : 1) * n * a;
  const act = (w: number) => T * w * a;

  const nodes: BlockNode[] = [
    { id: 'norm1', weightBytes: normW, lane: 0 },
    { id: 'qkv', weightBytes: matrixBytes(wf, q + 2 * kv, d), lane: 0 },
    { id: 'qk', weightBytes: 0, lane: 0 },
    { id: 'softmax', weightBytes: 0, lane: 0 },
    { id: 'pv', weightBytes: 0, lane: 0 },
    { id: 'o_proj', weightBytes: matrixBytes(wf, d, q), lane: 0 },
    { id: 'add1', weightBytes: 0, lane: 0 },
    { id: 'norm2', weightBytes: normW, lane: 0 },
    ...(gated
      ? [{ id: 'gate', weightBytes: mat(ff / experts, d), lane: 0 as const }, { id: 'up', weightBytes: mat(ff / experts, d), lane: 1 as const }]
      : [{ id: 'up', weightBytes: mat(ff / experts, d), lane: 0 as const }]),
    { id: 'act', weightBytes: 0, lane: 0 },
    { id: 'down', weightBytes: mat(d, ff / experts), lane: 0 },
    { id: 'add2', weightBytes: 0, lane: 0 },
  ];
  const tensors: BlockTensor[] = [
    { id: 'x', producer: 'input', consumers: ['norm1', 'add1'], bytes: act(d), width: d, removedBy: [] },
    { id: 'x_norm', producer: 'norm1', consumers: ['qkv'], bytes: act(d), width: d, removedBy: ['norm-into-proj'] },
    { id: 'qk_in', producer: 'qkv', consumers: ['qk'], bytes: act(q + kv), width: q + kv, removedBy: [] },
    { id: 'v', producer: 'qkv', consumers: ['pv'], bytes: act(kv), width: kv, removedBy: [] },
    { id: 'scores', producer: 'qk', consumers: ['softmax'], bytes: scores, width: null, removedBy: ['flash-attention'] },
    { id: 'probs', producer: 'softmax', consumers: ['pv'], bytes: scores, width: null, removedBy: ['flash-attention'] },
    { id: 'attn_out', producer: 'pv', consumers: ['o_proj'], bytes: act(q), width: q, removedBy: [] },
    { id: 'o_out', producer: 'o_proj', consumers: ['add1'], bytes: act(d), width: d, removedBy: ['residual-epilogue'] },
    { id: 'h', producer: 'add1', consumers: ['norm2', 'add2'], bytes: act(d), width: d, removedBy: [] },
    { id: 'h_norm', producer: 'norm2', consumers: gated ? ['gate', 'up'] : ['up'], bytes: act(d), width: d, removedBy: ['norm-into-proj'] },
    ...(gated ? [{ id: 'gate_out', producer: 'gate', consumers: ['act'], bytes: act(ff), width: ff, removedBy: ['mlp-activation' as const] }] : []),
    { id: 'up_out', producer: 'up', consumers: ['act'], bytes: act(ff), width: ff, removedBy: ['mlp-activation'] },
    { id: 'act_out', producer: 'act', consumers: ['down'], bytes: act(ff), width: ff, removedBy: [] },
    { id: 'down_out', producer: 'down', consumers: ['add2'], bytes: act(d), width: d, removedBy: ['residual-epilogue'] },
    { id: 'y', producer: 'add2', consumers: ['output'], bytes: act(d), width: d, removedBy: [] },
  ];
  return { nodes, tensors, tokens: T, elementBytes: a };
}

const removed = (t: BlockTensor, fusions: ReadonlySet<BlockFusionId>) => t.removedBy.some((f) => fusions.has(f));

export interface FusionSavings {
  /** Tensors kept on chip. */
  readonly removedTensors: readonly string[];
  /** Σ bytes of those tensors: no longer materialised in memory. */
  readonly materialisedBytesSaved: number;
  /** Σ (1 + consumers) × bytes: writes and reads no longer made. */
  readonly trafficBytesSaved: number;
  /** Peak live activation bytes over the block, before and after the fusions. */
  readonly peakBefore: number;
  readonly peakAfter: number;
}

/**
 * Checks a graph handed back by a caller (normally transformerBlockGraph's
 * result): nodes and tensors are lists, every tensor names a producer, lists
 * its consumers and has finite non-negative bytes. Throws EngineError naming
 * the field.
 */
export function requireBlockGraph(graph: unknown): BlockGraph {
  const g = requireObject('graph', graph);
  const nodes = requireArray('graph.nodes', g.nodes, 4096);
  nodes.forEach((n, i) => {
    const node = requireObject(`graph.nodes[${i}]`, n);
    requireString(`graph.nodes[${i}].id`, node.id);
    requireNonNegative(`graph.nodes[${i}].weightBytes`, node.weightBytes);
  });
  const tensors = requireArray('graph.tensors', g.tensors, 4096);
  tensors.forEach((x, i) => {
    const t = requireObject(`graph.tensors[${i}]`, x);
    requireString(`graph.tensors[${i}].producer`, t.producer);
    requireArray(`graph.tensors[${i}].consumers`, t.consumers, 4096).forEach((c, j) => requireString(`graph.tensors[${i}].consumers[${j}]`, c));
    requireNonNegative(`graph.tensors[${i}].bytes`, t.bytes);
    if (t.width !== null) requireNonNegative(`graph.tensors[${i}].width`, t.width);
    requireArray(`graph.tensors[${i}].removedBy`, t.removedBy, BLOCK_FUSIONS.length).forEach((f, j) => requireOneOf(`graph.tensors[${i}].removedBy[${j}]`, f, BLOCK_FUSIONS));
  });
  requireNonNegative('graph.tokens', g.tokens);
  requireNonNegative('graph.elementBytes', g.elementBytes);
  return graph as BlockGraph;
}

/**
 * Peak live activation bytes walking the operators in order: at operator i
 * the live set is every materialised tensor produced at or before i (the
 * block input counts from the start) and consumed at or after i.
 */
export function blockPeakActivationBytes(graph: BlockGraph, fusions: ReadonlySet<BlockFusionId> = new Set()): number {
  requireBlockGraph(graph);
  if (fusions !== undefined) if (!((fusions as unknown) instanceof Set)) throw new EngineError('invalidConfig', { field: 'fusions', reason: 'notAnObject' });
  return Math.max(0, ...liveBytesByStep(graph, fusions, 0, graph.nodes.length - 1));
}

/** The operator where blockPeakActivationBytes is reached (the first, on a tie), and the tensors live there. */
export interface BlockPeakStep {
  readonly operator: string;
  readonly liveTensors: readonly BlockTensor[];
  readonly bytes: number;
}

export function blockPeakStep(graph: BlockGraph, fusions: ReadonlySet<BlockFusionId> = new Set()): BlockPeakStep {
  requireBlockGraph(graph);
  if (fusions !== undefined) if (!((fusions as unknown) instanceof Set)) throw new EngineError('invalidConfig', { field: 'fusions', reason: 'notAnObject' });
  const live = liveBytesByStep(graph, fusions, 0, graph.nodes.length - 1);
  const peak = Math.max(0, ...live);
  const i = Math.max(0, live.indexOf(peak));
  const pos = position(graph);
  const liveTensors = graph.tensors.filter((t) => {
    if (removed(t, fusions)) return false;
    const p = pos.get(t.producer) as number;
    const last = Math.max(...t.consumers.map((c) => pos.get(c) as number));
    return p <= i && last >= i;
  });
  return { operator: graph.nodes[i]?.id ?? '', liveTensors, bytes: peak };
}

function position(graph: BlockGraph): Map<string, number> {
  const pos = new Map<string, number>(graph.nodes.map((node, i) => [node.id, i]));
  pos.set('input', -1);
  pos.set('output', graph.nodes.length);
  return pos;
}

function liveBytesByStep(graph: BlockGraph, fusions: ReadonlySet<BlockFusionId>, from: number, to: number): number[] {
  const pos = position(graph);
  const out: number[] = [];
  for (let i = from; i <= to; i++) {
    let live = 0;
    for (const t of graph.tensors) {
      if (removed(t, fusions)) continue;
      const p = pos.get(t.producer) as number;
      const last = Math.max(...t.consumers.map((c) => pos.get(c) as number));
      if (p <= i && last >= i) live += t.bytes;
    }
    out.push(live);
  }
  return out;
}

export function fusionSavings(graph: BlockGraph, fusions: readonly BlockFusionId[]): FusionSavings {
  requireBlockGraph(graph);
  requireArray('fusions', fusions);
  const set = new Set(fusions);
  const gone = graph.tensors.filter((t) => removed(t, set));
  return {
    removedTensors: gone.map((t) => t.id),
    materialisedBytesSaved: gone.reduce((s, t) => s + t.bytes, 0),
    trafficBytesSaved: gone.reduce((s, t) => s + (1 + t.consumers.length) * t.bytes, 0),
    peakBefore: blockPeakActivationBytes(graph),
    peakAfter: blockPeakActivationBytes(graph, set),
  };
}

export interface Subgraph {
  /** Operator ids, contiguous in execution order. */
  readonly nodes: readonly string[];
  readonly weightBytes: number;
  /** Peak live activations inside the subgraph (inputs from earlier subgraphs included). */
  readonly peakActivationBytes: number;
  /** weightBytes + peakActivationBytes. */
  readonly peakBytes: number;
  /** Bytes of the tensors crossing the cut after this subgraph (handed to the next one). */
  readonly cutBytes: number;
  /** True when this subgraph is a single operator that alone exceeds the budget. */
  readonly overBudget: boolean;
}

/**
 * Greedy partition of the operator order under `budgetBytes`: extend the
 * current subgraph while weights + peak live activations fit, else cut. A
 * single operator (with any parallel branch beside it) that does not fit
 * alone becomes its own subgraph, flagged.
 * Greedy is optimal for the number of pieces when the cost only grows as a
 * run is extended (it does: weights add up, the peak is a max).
 */
export function partitionBlock(graph: BlockGraph, budgetBytes: number, fusions: readonly BlockFusionId[] = []): Subgraph[] {
  requireBlockGraph(graph);
  if (fusions !== undefined) requireArray('fusions', fusions);
  const budget = requireNonNegative('budgetBytes', budgetBytes);
  const set = new Set(fusions);
  const live = liveBytesByStep(graph, set, 0, graph.nodes.length - 1);
  const pos = position(graph);
  const cost = (from: number, to: number) => {
    let w = 0;
    for (let i = from; i <= to; i++) w += (graph.nodes[i] as BlockNode).weightBytes;
    const peak = Math.max(...live.slice(from, to + 1));
    return { w, peak };
  };
  const cutAfter = (i: number) => graph.tensors
    .filter((t) => !removed(t, set) && (pos.get(t.producer) as number) <= i && Math.max(...t.consumers.map((c) => pos.get(c) as number)) > i)
    .reduce((s, t) => s + t.bytes, 0);
  // A parallel-branch node (lane 1) runs beside the node before it: never cut between them.
  const unitEnds: number[] = [];
  graph.nodes.forEach((_node, i) => {
    const next = graph.nodes[i + 1];
    if (!next || next.lane === 0) unitEnds.push(i);
  });
  const parts: Subgraph[] = [];
  let start = 0;
  let u = 0;
  while (u < unitEnds.length) {
    let end = unitEnds[u] as number;
    while (u + 1 < unitEnds.length) {
      const c = cost(start, unitEnds[u + 1] as number);
      if (c.w + c.peak > budget) break;
      u++;
      end = unitEnds[u] as number;
    }
    const c = cost(start, end);
    parts.push({
      nodes: graph.nodes.slice(start, end + 1).map((x) => x.id),
      weightBytes: c.w,
      peakActivationBytes: c.peak,
      peakBytes: c.w + c.peak,
      cutBytes: end + 1 < graph.nodes.length ? cutAfter(end) : 0,
      overBudget: c.w + c.peak > budget,
    });
    start = end + 1;
    u++;
  }
  return parts;
}
