/**
 * The bytes one kernel moves, on arguments already checked: graphCost's and
 * graphBytesDerivation's inner loop (kernelByteParts in cost.ts is the
 * checked public form). Not re-exported from the engine index.
 */
import type { KernelByteParts } from './cost.ts';
import type { GraphNode, OptimisedGraph } from './types.ts';

/** kernelByteParts on arguments already checked (graphCost's loop). */
export function kernelBytePartsUnchecked(g: OptimisedGraph, members: readonly GraphNode[], consumers: ReadonlyMap<string, readonly string[]>): KernelByteParts {
  const ids = new Set(members.map((m) => m.id));
  const produced = new Set(members.flatMap((m) => m.outputs));
  const readSet = new Set<string>();
  let weights = 0;
  for (const m of members) {
    weights += m.weightBytes;
    for (const i of m.inputs) if (!produced.has(i)) readSet.add(i);
  }
  let reads = 0;
  for (const r of readSet) reads += g.graph.tensors[r]?.bytes ?? 0;
  let writes = 0;
  const outputs = new Set(g.graph.outputs);
  for (const o of produced) {
    const usedOutside = (consumers.get(o) ?? []).some((c) => !ids.has(c));
    if (usedOutside || outputs.has(o)) writes += g.graph.tensors[o]?.bytes ?? 0;
  }
  return { weights, reads, writes };
}
