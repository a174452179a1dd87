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
import { requireArray, EngineError } from '../errors.ts';
import { requireGraphNode, requireOptimisedGraph } from './validateGraph.ts';
import { kernelBytePartsUnchecked } from './kernelParts.ts';

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
  checkKernelArgs(g, members, consumers);
  return kernelBytePartsUnchecked(g, members, consumers);
}

/** Bytes one kernel moves: external distinct inputs + weights + outputs needed outside it. */
export function kernelBytes(g: OptimisedGraph, members: readonly GraphNode[], consumers: ReadonlyMap<string, readonly string[]>): number {
  checkKernelArgs(g, members, consumers);
  const p = kernelBytePartsUnchecked(g, members, consumers);
  return p.weights + p.reads + p.writes;
}

function checkKernelArgs(g: OptimisedGraph, members: readonly GraphNode[], consumers: ReadonlyMap<string, readonly string[]>): void {
  requireOptimisedGraph('g', g);
  requireArray('members', members).forEach((m, i) => requireGraphNode(`members[${i}]`, m));
  if (!((consumers as unknown) instanceof Map)) throw new EngineError('invalidConfig', { field: 'consumers', reason: 'notAnObject' });
  for (const [t, list] of consumers) requireArray(`consumers.${String(t)}`, list);
}

export function graphCost(g: OptimisedGraph, hw: HardwareSpec, precision: Precision, efficiency: EfficiencyInput = 'realistic'): GraphCost {
  requireOptimisedGraph('g', g);
  const eff = resolveEfficiency(efficiency);
  const peak = peakFlops(hw, precision);
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const consumers = new Map<string, string[]>();
  for (const n of g.nodes) for (const i of n.inputs) consumers.set(i, [...(consumers.get(i) ?? []), n.id]);
  const perKernel: KernelCost[] = g.kernels.map((ids) => {
    const members = ids.map((id) => byId.get(id)).filter((m): m is GraphNode => m !== undefined);
    const flops = members.reduce((s, m) => s + m.flops, 0);
    const p = kernelBytePartsUnchecked(g, members, consumers);
    const bytes = p.weights + p.reads + p.writes;
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
