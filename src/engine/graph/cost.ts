/**
 * Cost of an optimised graph on one device: every kernel is timed on the
 * roofline with launch overhead,
 *   t_k = max(F_k / (P·η_c), Q_k / (B·η_m)) + t_launch,   t = Σ_k t_k
 * where a kernel's bytes Q_k are the distinct tensors it reads from outside
 * itself, the weights it reads, and the tensors it writes that a later kernel
 * or the step output needs (a fused intermediate never reaches HBM).
 * Ignores: caches (a re-read tensor is re-fetched), wave quantisation, the
 * kernels' partial overlap. Sources: 'williams-2009-roofline', 'chen-2018-tvm'.
 */
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops, rooflineTime } from '../roofline.ts';
import { resolveEfficiency, type EfficiencyInput } from '../serving/efficiency.ts';
import type { GraphNode, OptimisedGraph } from './types.ts';

export interface KernelCost {
  readonly nodes: readonly string[];
  readonly flops: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly bound: 'compute' | 'memory';
}

export interface GraphCost {
  readonly kernels: number;
  /** Executed operators (after removals), fused or not. */
  readonly operators: number;
  readonly flops: number;
  /** HBM bytes read + written. */
  readonly bytes: number;
  readonly seconds: number;
  readonly launchSeconds: number;
  readonly perKernel: readonly KernelCost[];
}

/** The bytes one kernel moves, by kind: weights, tensors read from HBM, tensors written back. */
export interface KernelByteParts {
  readonly weights: number;
  readonly reads: number;
  readonly writes: number;
}

/** Bytes one kernel moves, by kind: its weights, its external distinct inputs, and the outputs needed outside it. */
export function kernelByteParts(g: OptimisedGraph, members: readonly GraphNode[], consumers: ReadonlyMap<string, readonly string[]>): KernelByteParts {
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

/** Bytes one kernel moves: external distinct inputs + weights + outputs needed outside it. */
export function kernelBytes(g: OptimisedGraph, members: readonly GraphNode[], consumers: ReadonlyMap<string, readonly string[]>): number {
  const p = kernelByteParts(g, members, consumers);
  return p.weights + p.reads + p.writes;
}

export function graphCost(g: OptimisedGraph, hw: HardwareSpec, precision: Precision, efficiency: EfficiencyInput = 'realistic'): GraphCost {
  const eff = resolveEfficiency(efficiency);
  const peak = peakFlops(hw, precision);
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const consumers = new Map<string, string[]>();
  for (const n of g.nodes) for (const i of n.inputs) consumers.set(i, [...(consumers.get(i) ?? []), n.id]);
  const perKernel: KernelCost[] = g.kernels.map((ids) => {
    const members = ids.map((id) => byId.get(id)!);
    const flops = members.reduce((s, m) => s + m.flops, 0);
    const bytes = kernelBytes(g, members, consumers);
    const t = rooflineTime(flops, bytes, peak, hw.memoryBandwidthBytesPerSec, eff.computeEfficiency, eff.memoryEfficiency, eff.kernelLaunchSeconds);
    return { nodes: ids, flops, bytes, seconds: t.seconds, bound: t.bound };
  });
  return {
    kernels: perKernel.length,
    operators: g.nodes.length,
    flops: perKernel.reduce((s, k) => s + k.flops, 0),
    bytes: perKernel.reduce((s, k) => s + k.bytes, 0),
    seconds: perKernel.reduce((s, k) => s + k.seconds, 0),
    launchSeconds: perKernel.length * eff.kernelLaunchSeconds,
    perKernel,
  };
}
