import { requireInRange, requireOneOf, requirePositiveInt, requireObject } from '../errors.ts';
import type { ModelSpec } from '../model/types.ts';
import type { Phase } from '../model/operators.ts';
import { getInterconnect } from '../presets/interconnects.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import { dtypeBytes } from './formats.ts';
import { kvBytesPerToken } from './kvCache.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { tensorParallelLayout } from '../model/operators.ts';

export type OffloadTarget = 'weights' | 'kv' | 'activations';
export const OFFLOAD_TARGETS: readonly OffloadTarget[] = ['weights', 'kv', 'activations'];
const PHASES: readonly Phase[] = ['prefill', 'decode'];

export interface OffloadOptions {
  readonly target: OffloadTarget;
  /** Fraction of layers whose data lives in CPU memory, 0–1 (spread evenly over the layers). */
  readonly fraction: number;
  readonly prefetch: boolean;
  readonly phase: Phase;
  readonly batch: number;
  /** Prompt length (prefill) or context length (decode). */
  readonly tokens: number;
  /** Host link preset id (default 'pcie-4-x16'). */
  readonly link?: string;
  /** Tensor-parallel degree (default 1): each GPU streams its share of the weights and KV over its own host link. */
  readonly tp?: number;
}

export interface TimelineSegment {
  readonly layer: number;
  readonly start: number;
  readonly end: number;
}

export interface OffloadTimeline {
  readonly compute: readonly TimelineSegment[];
  readonly transfer: readonly TimelineSegment[];
  /** Gaps in the compute lane waiting for a transfer. */
  readonly stalls: readonly TimelineSegment[];
  readonly stepSeconds: number;
  /** Step time with nothing offloaded. */
  readonly baselineSeconds: number;
  readonly stallSeconds: number;
  readonly layerComputeSeconds: number;
  /** Bytes one offloaded layer moves over the link per step. */
  readonly layerTransferBytes: number;
  readonly layerTransferSeconds: number;
  readonly offloadedLayers: number;
  /** GPU bytes freed: offloaded layers' bytes minus the staging buffers (2 layers with prefetch, 1 without). */
  readonly savedBytes: number;
  readonly transferBytes: number;
  readonly linkBytesPerSec: number;
  /** α of the host link the transfers use (its default latency). */
  readonly linkLatencySeconds: number;
}

/** Which layers are offloaded for fraction f: layer i when ⌊(i+1)·f⌋ > ⌊i·f⌋ (evenly spread, ⌊L·f⌋ in all). */
export function offloadedLayerSet(layers: number, fraction: number): boolean[] {
  requireCount('layers', layers, LIMITS.layers);
  const f = requireInRange('fraction', fraction, 0, 1);
  const n = Math.round(layers * f);
  return Array.from({ length: layers }, (_, i) => Math.floor(((i + 1) * n) / layers) > Math.floor((i * n) / layers));
}

/**
 * A vDNN-style schedule of one forward step with part of the data in CPU memory.
 * Per layer i: compute c (the engine's per-layer operator time) and, if
 * offloaded, a transfer of X bytes over the host link: τ = α + X/β. Lanes:
 *   no prefetch: transfer_i starts after compute_{i−1} ends; compute_i after transfer_i;
 *   prefetch:    transfer_i starts when compute_{i−1} starts (double buffering,
 *                one layer ahead) and the link is free; compute_i starts at
 *                max(end of compute_{i−1}, end of transfer_i).
 * Step = embedding/lm_head time + the layer lanes. X per layer, per GPU (with
 * tensor parallelism each GPU streams its share over its own host link):
 *   weights  Σ weight bytes the layer's operators read;
 *   kv       b·n·kv_token/L, this GPU's KV heads (decode reads the layer's cache; prefill writes it out);
 *   activations 2·T·d·a (the layer input out to CPU and back).
 * Transfer hides completely when τ ≤ c; otherwise each offloaded layer stalls ≈ τ − c.
 * Ignores: PCIe protocol overhead beyond line encoding, pinned-memory limits,
 * CPU-side compute, duplex (one lane for both directions).
 * Sources: 'rhu-2016-vdnn' (layer-wise offload and prefetch), 'sheng-2023-flexgen' (inference offload).
 */
export function offloadTimeline(model: ModelSpec, hw: HardwareSpec, opts: OffloadOptions): OffloadTimeline {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  const target = requireOneOf('target', opts.target, OFFLOAD_TARGETS);
  const phase = requireOneOf('phase', opts.phase, PHASES);
  const batch = requirePositiveInt('batch', opts.batch);
  const tokens = requirePositiveInt('tokens', opts.tokens);
  const link = getInterconnect(opts.link ?? 'pcie-4-x16');
  const tp = requireCount('tp', opts.tp ?? 1, LIMITS.gpus);
  const step = inferenceStep(model, hw, { phase, batch, tokens, tp });
  const L = model.numLayers;
  let layerCompute = 0;
  let layerWeights = 0;
  let edge = 0;
  for (const op of step.ops) {
    if (op.count === L) { layerCompute += op.seconds; layerWeights += op.bytes.weights; }
    else edge += op.count * op.seconds;
  }
  const T = phase === 'prefill' ? batch * tokens : batch;
  const perLayer = target === 'weights' ? layerWeights
    : target === 'kv' ? (batch * tokens * kvBytesPerToken(model) * (tensorParallelLayout(model, tp).kvHeadsPerGpu / model.numKvHeads)) / L
      : 2 * T * model.hiddenSize * dtypeBytes('activations', 'fp16');
  const bw = link.bandwidthBytesPerSecPerDirection;
  const tau = link.latencySeconds.default + perLayer / bw;
  const off = offloadedLayerSet(L, opts.fraction);

  const compute: TimelineSegment[] = [];
  const transfer: TimelineSegment[] = [];
  const stalls: TimelineSegment[] = [];
  let prevStart = 0;
  let prevEnd = 0;
  let linkFree = 0;
  for (let i = 0; i < L; i++) {
    let ready = prevEnd;
    if (off[i]) {
      const start = Math.max(linkFree, opts.prefetch ? (i === 0 ? 0 : prevStart) : prevEnd);
      const end = start + tau;
      transfer.push({ layer: i, start, end });
      linkFree = end;
      ready = Math.max(prevEnd, end);
    }
    if (ready > prevEnd) stalls.push({ layer: i, start: prevEnd, end: ready });
    compute.push({ layer: i, start: ready, end: ready + layerCompute });
    prevStart = ready;
    prevEnd = ready + layerCompute;
  }
  const offloadedLayers = off.filter(Boolean).length;
  const stallSeconds = stalls.reduce((s, g) => s + g.end - g.start, 0);
  const staging = offloadedLayers === 0 ? 0 : Math.min(offloadedLayers, opts.prefetch ? 2 : 1) * perLayer;
  return {
    compute, transfer, stalls,
    stepSeconds: prevEnd + edge,
    baselineSeconds: L * layerCompute + edge,
    stallSeconds,
    layerComputeSeconds: layerCompute,
    layerTransferBytes: perLayer,
    layerTransferSeconds: tau,
    offloadedLayers,
    savedBytes: target === 'activations' ? Math.max(0, offloadedLayers * perLayer / 2 - staging / 2) : Math.max(0, offloadedLayers * perLayer - staging),
    transferBytes: offloadedLayers * perLayer,
    linkBytesPerSec: bw,
    linkLatencySeconds: link.latencySeconds.default,
  };
}

/**
 * Step time against the offloaded fraction, at each whole number of layers
 * (0..L), and the break-even: the largest fraction up to which every step is within
 * `tolerance` (default 1%) of the no-offload step — past it, offloading costs time.
 */
export function offloadSweep(model: ModelSpec, hw: HardwareSpec, opts: Omit<OffloadOptions, 'fraction'>, tolerance = 0.01): { points: { fraction: number; seconds: number }[]; breakEvenFraction: number } {
  const L = model.numLayers;
  const points: { fraction: number; seconds: number }[] = [];
  let breakEvenFraction = 0;
  let base = 0;
  let paying = true;
  for (let n = 0; n <= L; n++) {
    const r = offloadTimeline(model, hw, { ...opts, fraction: n / L });
    if (n === 0) base = r.stepSeconds;
    points.push({ fraction: n / L, seconds: r.stepSeconds });
    paying = paying && r.stepSeconds <= base * (1 + tolerance);
    if (paying) breakEvenFraction = n / L;
  }
  return { points, breakEvenFraction };
}
