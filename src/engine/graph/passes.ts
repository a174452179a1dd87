/**
 * Graph passes of an inference compiler, each a pure function of the graph
 * state. Structural passes remove nodes and rewire their consumers; fusion
 * and tiling group nodes into kernels.
 * - fold (constant folding): a node whose inputs are all compile-time
 *   constants is evaluated once at compile time; its output becomes a constant.
 * - dce (dead-code elimination): nodes whose outputs reach no step output are
 *   dropped, and training-only identities (dropout) are bypassed.
 * - cse (common-subexpression elimination): a node computing the same
 *   operation on the same inputs as an earlier one is replaced by it.
 * - fuse-* (operator fusion, TVM's rules): element-wise chains, a matmul with
 *   its bias/activation epilogue, a norm's reduce/scale/affine (with the
 *   residual add before it), and parallel projections sharing an input
 *   (Q/K/V; gate/up) merged into one matmul.
 * - layout: head transposes, KV concatenation and GQA repeat_kv copies are
 *   replaced by strided/indexed reads in their consumers.
 * - tiling: attention computed block by block on chip (FlashAttention), so
 *   the score and probability matrices never reach HBM.
 * Sources: 'aho-2006-compilers', 'abadi-2016-tensorflow', 'chen-2018-tvm', 'dao-2022-flashattention'.
 */
import type { Graph, GraphNode, GroupRule, OptimisedGraph, PassId, RemovalReason } from './types.ts';
import { PASS_ORDER } from './types.ts';
import { requireArray, requireOneOf } from '../errors.ts';
import { requireGraph } from './validateGraph.ts';

interface State {
  nodes: GraphNode[];
  removed: { node: GraphNode; by: RemovalReason }[];
  constants: Set<string>;
  rules: Set<GroupRule>;
}

function rewire(nodes: GraphNode[], from: string, to: string): GraphNode[] {
  return nodes.map((n) => (n.inputs.includes(from) ? { ...n, inputs: n.inputs.map((i) => (i === from ? to : i)) } : n));
}

function fold(s: State): void {
  const keep: GraphNode[] = [];
  for (const n of s.nodes) {
    if (n.inputs.every((i) => s.constants.has(i))) {
      for (const o of n.outputs) s.constants.add(o);
      s.removed.push({ node: n, by: 'fold' });
    } else keep.push(n);
  }
  s.nodes = keep;
}

function dce(s: State, outputs: readonly string[]): void {
  let nodes = s.nodes;
  for (const n of s.nodes) {
    if (!n.identityAtInference) continue;
    const current = nodes.find((m) => m.id === n.id)!;
    nodes = rewire(nodes.filter((m) => m.id !== n.id), current.outputs[0]!, current.inputs[0]!);
    s.removed.push({ node: n, by: 'dce' });
  }
  const live = new Set(outputs);
  const kept: GraphNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.outputs.some((o) => live.has(o))) {
      kept.push(n);
      for (const inp of n.inputs) live.add(inp);
    } else s.removed.push({ node: n, by: 'dce' });
  }
  s.nodes = kept.reverse();
}

function cse(s: State): void {
  const seen = new Map<string, GraphNode>();
  let nodes = s.nodes;
  for (const n of s.nodes) {
    const current = nodes.find((m) => m.id === n.id)!;
    const key = `${current.op}|${current.inputs.join(',')}|${current.flops}`;
    const first = seen.get(key);
    if (!first) { seen.set(key, current); continue; }
    nodes = nodes.filter((m) => m.id !== n.id);
    current.outputs.forEach((o, i) => { nodes = rewire(nodes, o, first.outputs[i]!); });
    s.removed.push({ node: n, by: 'cse' });
  }
  s.nodes = nodes;
}

function layout(s: State): void {
  let nodes = s.nodes;
  for (const n of s.nodes) {
    // Only copies that stand for a view: one output, consumers can index the inputs directly.
    if (n.kind !== 'layout' || n.op === 'cache_write' || n.op === 'save_hidden_state') continue;
    nodes = nodes.filter((m) => m.id !== n.id);
    const out = n.outputs[0]!;
    nodes = nodes.map((m) => (m.inputs.includes(out)
      ? { ...m, inputs: m.inputs.flatMap((i) => (i === out ? n.inputs : [i])) }
      : m));
    s.removed.push({ node: n, by: 'layout' });
  }
  s.nodes = nodes;
}

const RULE_OF: Partial<Record<PassId, GroupRule>> = {
  'fuse-elementwise': 'elementwise', 'fuse-bias-act': 'bias-act', 'fuse-norm': 'norm', 'fuse-qkv': 'qkv', tiling: 'tiling',
};

/** Kernels: connected components of "shares a group key under an enabled rule". */
function kernelsOf(nodes: readonly GraphNode[], rules: ReadonlySet<GroupRule>): string[][] {
  const parent = new Map<string, string>(nodes.map((n) => [n.id, n.id]));
  const find = (x: string): string => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  const byKey = new Map<string, string>();
  for (const n of nodes) {
    for (const grp of n.groups) {
      if (!rules.has(grp.rule)) continue;
      const k = `${grp.rule}:${grp.key}`;
      const other = byKey.get(k);
      if (other === undefined) byKey.set(k, n.id);
      else parent.set(find(n.id), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const n of nodes) {
    const r = find(n.id);
    const list = groups.get(r) ?? [];
    list.push(n.id);
    groups.set(r, list);
  }
  return [...groups.values()];
}

/** Applies the enabled passes in PASS_ORDER (whatever order they are listed in). */
export function optimiseGraph(graph: Graph, passes: readonly PassId[]): OptimisedGraph {
  requireGraph('graph', graph);
  requireArray('passes', passes).forEach((p, i) => requireOneOf(`passes[${i}]`, p, PASS_ORDER));
  const on = new Set(passes);
  const s: State = { nodes: [...graph.nodes], removed: [], constants: new Set(), rules: new Set() };
  for (const t of Object.values(graph.tensors)) if (t.kind === 'constant') s.constants.add(t.id);
  for (const p of PASS_ORDER) {
    if (!on.has(p)) continue;
    if (p === 'fold') fold(s);
    else if (p === 'dce') dce(s, graph.outputs);
    else if (p === 'cse') cse(s);
    else if (p === 'layout') layout(s);
    const rule = RULE_OF[p];
    if (rule) s.rules.add(rule);
  }
  return {
    graph, nodes: s.nodes, removed: s.removed, kernels: kernelsOf(s.nodes, s.rules),
    passes: PASS_ORDER.filter((p) => on.has(p)),
  };
}
