/**
 * Checks for graphs and costs handed back to the engine by a caller (normally
 * blockGraph / optimiseGraph / graphCost results): every list a list, every
 * name a string, every count and byte size finite and non-negative. Each
 * throws EngineError naming the field, so a malformed value never reaches a
 * loop as a TypeError or a NaN.
 */
import { requireArray, requireNumberFields, requireObject, requireString } from '../errors.ts';
import type { Graph, GraphNode, OptimisedGraph } from './types.ts';
import type { GraphCost } from './cost.ts';

/** Operators and tensors a block graph can hold: far more than any block has. */
const MAX_GRAPH_ITEMS = 1 << 16;

function requireNames(field: string, value: unknown): void {
  requireArray(field, value, MAX_GRAPH_ITEMS).forEach((t, i) => requireString(`${field}[${i}]`, t));
}

export function requireGraphNode(field: string, value: unknown): GraphNode {
  const n = requireNumberFields(field, value, ['flops', 'weightBytes']) as unknown as Record<string, unknown>;
  requireString(`${field}.id`, n.id);
  requireString(`${field}.kind`, n.kind);
  requireNames(`${field}.inputs`, n.inputs);
  requireNames(`${field}.outputs`, n.outputs);
  if (n.groups !== undefined) requireArray(`${field}.groups`, n.groups, MAX_GRAPH_ITEMS);
  return value as GraphNode;
}

export function requireGraph(field: string, value: unknown): Graph {
  const g = requireObject(field, value);
  const tensors = requireObject(`${field}.tensors`, g.tensors);
  for (const [id, t] of Object.entries(tensors)) requireNumberFields(`${field}.tensors.${id}`, t, ['bytes']);
  requireArray(`${field}.nodes`, g.nodes, MAX_GRAPH_ITEMS).forEach((n, i) => requireGraphNode(`${field}.nodes[${i}]`, n));
  requireNames(`${field}.outputs`, g.outputs);
  return value as Graph;
}

export function requireOptimisedGraph(field: string, value: unknown): OptimisedGraph {
  const g = requireObject(field, value);
  requireGraph(`${field}.graph`, g.graph);
  requireArray(`${field}.nodes`, g.nodes, MAX_GRAPH_ITEMS).forEach((n, i) => requireGraphNode(`${field}.nodes[${i}]`, n));
  requireArray(`${field}.removed`, g.removed, MAX_GRAPH_ITEMS);
  requireArray(`${field}.kernels`, g.kernels, MAX_GRAPH_ITEMS).forEach((k, i) => requireNames(`${field}.kernels[${i}]`, k));
  return value as OptimisedGraph;
}

export function requireGraphCost(field: string, value: unknown): GraphCost {
  const c = requireNumberFields(field, value, ['kernels', 'operators', 'flops', 'bytes', 'seconds', 'launchSeconds']) as unknown as Record<string, unknown>;
  requireArray(`${field}.perKernel`, c.perKernel, MAX_GRAPH_ITEMS).forEach((k, i) => requireNumberFields(`${field}.perKernel[${i}]`, k, ['flops', 'bytes', 'seconds']));
  return value as GraphCost;
}
