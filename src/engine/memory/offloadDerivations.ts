/**
 * The numbers the offload timeline shows, written out: one layer's transfer
 * against its compute, the step time, the GPU memory freed, and the smallest
 * share of layers to offload before the model fits.
 */
import type { Derivation } from '../derivation.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import { memoryBreakdown } from './fit.ts';
import { OFFLOAD_TARGETS, offloadTimeline, type OffloadOptions, type OffloadTimeline } from './offload.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';
import { EngineError, requireArray, requireBoolean, requireNumberFields, requireObject, requireOneOf } from '../errors.ts';
import { LIMITS } from '../limits.ts';

/** Layers staged in GPU memory while offloaded layers stream in: two with prefetch (double buffering), one without. */
export const offloadStagingLayers = (prefetch: boolean): number => (prefetch ? 2 : 1);

/** GPU bytes one offloaded layer frees: its X bytes (weights, KV); for activations X counts the trip out and back, so X/2. */
const freedPerLayer = (tl: OffloadTimeline, target: OffloadOptions['target']): number =>
  target === 'activations' ? tl.layerTransferBytes / 2 : tl.layerTransferBytes;

/** A timeline handed back by a caller (normally offloadTimeline's result): the numbers a derivation reads. */
function requireTimeline(tl: unknown): OffloadTimeline {
  const t = requireNumberFields('tl', tl, [
    'stepSeconds', 'baselineSeconds', 'stallSeconds', 'layerComputeSeconds', 'layerTransferBytes', 'layerTransferSeconds',
    'offloadedLayers', 'savedBytes', 'linkBytesPerSec', 'linkLatencySeconds',
  ]) as unknown as Record<string, unknown>;
  requireArray('tl.compute', t.compute, LIMITS.layers);
  return tl as OffloadTimeline;
}

export type OffloadTransferDerivation = Derivation<'offload-transfer', 'X' | '\\beta' | '\\alpha' | 'c'>;

/**
 * One layer's transfer over the timeline's host link, τ = α + X/β, beside its
 * compute c (it hides when τ ≤ c). α and β are the link the timeline used.
 * Source: 'rhu-2016-vdnn'.
 */
export function offloadTransferDerivation(tl: OffloadTimeline): OffloadTransferDerivation {
  requireTimeline(tl);
  return {
    id: 'offload-transfer',
    tex: '\\tau = \\alpha + X/\\beta \\quad\\text{vs}\\quad c',
    evaluate: (v) => v['\\alpha'] + v.X / v['\\beta'],
    terms: [
      { symbol: 'X', value: tl.layerTransferBytes, unit: 'B' },
      { symbol: '\\beta', value: tl.linkBytesPerSec, unit: 'B/s' },
      { symbol: '\\alpha', value: tl.linkLatencySeconds, unit: 's' },
      { symbol: 'c', value: tl.layerComputeSeconds, unit: 's' },
    ],
    result: { value: tl.layerTransferSeconds, unit: 's' },
    source: 'rhu-2016-vdnn',
  };
}

export type OffloadLayerComputeDerivation = Derivation<'offload-layer-compute', 't_c' | 't_m' | 'F' | 'Q'>;

/**
 * One layer's compute time c: the engine's per-layer operators on the
 * roofline, c = Σ compute-bound op times + Σ memory-bound op times (each with
 * its launch overhead). Source: 'williams-2009-roofline'.
 */
export function offloadLayerComputeDerivation(model: ModelSpec, hw: HardwareSpec, opts: Pick<OffloadOptions, 'phase' | 'batch' | 'tokens'>): OffloadLayerComputeDerivation {
  validateModel(model);
  validateHardware(hw);
  const step = inferenceStep(model, hw, { phase: opts.phase, batch: opts.batch, tokens: opts.tokens });
  const L = model.numLayers;
  let tc = 0;
  let tm = 0;
  let flops = 0;
  let bytes = 0;
  let total = 0;
  for (const op of step.ops) {
    if (op.count !== L) continue;
    if (op.bound === 'compute') tc += op.seconds;
    else tm += op.seconds;
    flops += op.flops;
    bytes += op.bytes.total;
    total += op.seconds;
  }
  return {
    id: 'offload-layer-compute',
    tex: 'c = \\sum_{\\text{compute-bound}} t_{op} + \\sum_{\\text{memory-bound}} t_{op} = t_c + t_m',
    evaluate: (v) => v.t_c + v.t_m,
    terms: [
      { symbol: 't_c', value: tc, unit: 's' },
      { symbol: 't_m', value: tm, unit: 's' },
      { symbol: 'F', value: flops, unit: 'FLOP' },
      { symbol: 'Q', value: bytes, unit: 'B' },
    ],
    result: { value: total, unit: 's' },
    source: 'williams-2009-roofline',
  };
}

export type OffloadStepDerivation = Derivation<'offload-step', 'L' | 'c' | '\\Sigma t_{stall}' | 't_{edge}'>;

/** The step with offloading: t = L·c + Σ stalls + t_edge (embedding and LM head). Source: 'rhu-2016-vdnn'. */
export function offloadStepDerivation(tl: OffloadTimeline): OffloadStepDerivation {
  requireTimeline(tl);
  const L = tl.compute.length;
  return {
    id: 'offload-step',
    tex: 't = L\\,c + \\Sigma t_{stall} + t_{edge}',
    evaluate: (v) => v.L * v.c + v['\\Sigma t_{stall}'] + v['t_{edge}'],
    terms: [
      { symbol: 'L', value: L, unit: 'count' },
      { symbol: 'c', value: tl.layerComputeSeconds, unit: 's' },
      { symbol: '\\Sigma t_{stall}', value: tl.stallSeconds, unit: 's' },
      { symbol: 't_{edge}', value: tl.baselineSeconds - L * tl.layerComputeSeconds, unit: 's' },
    ],
    result: { value: tl.stepSeconds, unit: 's' },
    source: 'rhu-2016-vdnn',
  };
}

export type OffloadSavedDerivation = Derivation<'offload-saved', 'n' | 's' | 'X'>;

/**
 * GPU memory freed: every offloaded layer's bytes but the staging buffers,
 * (n − s)·X, s = min(n, 2 with prefetch, 1 without); for activations X is the
 * bytes one layer frees (half its round trip) from training's stash of every
 * layer's input (vDNN's form; inference keeps none). Params: `target`. Source: 'rhu-2016-vdnn'.
 */
export function offloadSavedDerivation(tl: OffloadTimeline, opts: Pick<OffloadOptions, 'target' | 'prefetch'>): OffloadSavedDerivation {
  requireTimeline(tl);
  requireObject('opts', opts);
  requireOneOf('target', opts.target, OFFLOAD_TARGETS);
  requireBoolean('prefetch', opts.prefetch);
  const n = tl.offloadedLayers;
  return {
    id: 'offload-saved',
    tex: '\\Delta M = (n - s)\\,X',
    evaluate: (v) => (v.n - v.s) * v.X,
    terms: [
      { symbol: 'n', value: n, unit: 'count' },
      { symbol: 's', value: Math.min(n, offloadStagingLayers(opts.prefetch)), unit: 'count' },
      { symbol: 'X', value: freedPerLayer(tl, opts.target), unit: 'B' },
    ],
    result: { value: tl.savedBytes, unit: 'B' },
    source: 'rhu-2016-vdnn',
    params: { target: opts.target },
  };
}

export interface OffloadFit {
  /** Memory needed with nothing offloaded (weights + KV + activation peak + workspace). */
  readonly neededBytes: number;
  readonly usableBytes: number;
  /** Bytes one offloaded layer frees. */
  readonly freedPerLayerBytes: number;
  readonly stagingLayers: number;
  readonly layers: number;
  /** Smallest number of offloaded layers that fits (0 when it already fits); null when even all of them do not. */
  readonly offloadedLayers: number | null;
  /** offloadedLayers / L, or null. */
  readonly fraction: number | null;
}

/**
 * The smallest share of layers to offload before the model fits:
 *   n* = ⌈(M − U)/X⌉ + s  (0 when M ≤ U; none when n* > L),  f* = n* ÷ L,
 * M the memory needed without offload, U the usable memory, X the bytes one
 * layer frees, s the staging layers. Activations free nothing here: inference
 * holds one layer of them (the baseline M counts), so offloading them never
 * makes a model fit (vDNN's saving is against training's stash of every layer).
 * Source: 'rhu-2016-vdnn', 'sheng-2023-flexgen'.
 */
export function offloadFit(model: ModelSpec, hw: HardwareSpec, opts: Omit<OffloadOptions, 'fraction'>): OffloadFit {
  requireObject('opts', opts);
  const tl = offloadTimeline(model, hw, { ...opts, fraction: 0 });
  const mem = memoryBreakdown(model, hw, { batch: opts.batch, tokens: opts.tokens });
  const L = model.numLayers;
  // Inference keeps one layer's activations live at a time (memoryBreakdown counts only that peak):
  // offloading activations frees nothing of it. vDNN's activation saving is against training's stash.
  const X = opts.target === 'activations' ? 0 : freedPerLayer(tl, opts.target);
  const s = offloadStagingLayers(opts.prefetch);
  const over = mem.total - mem.usable;
  let n: number | null = 0;
  if (over > 0) n = X > 0 && Math.ceil(over / X) + s <= L ? Math.ceil(over / X) + s : null;
  return { neededBytes: mem.total, usableBytes: mem.usable, freedPerLayerBytes: X, stagingLayers: s, layers: L, offloadedLayers: n, fraction: n === null ? null : n / L };
}

export type OffloadFitDerivation = Derivation<'offload-fit-share', 'M' | 'U' | 'X' | 's' | 'L'>;

/** How offloadFit's share was found (its fraction must not be null). Source: 'rhu-2016-vdnn'. */
export function offloadFitDerivation(fit: OffloadFit): OffloadFitDerivation {
  requireNumberFields('fit', fit, ['neededBytes', 'usableBytes', 'freedPerLayerBytes', 'stagingLayers', 'layers']);
  if (fit.fraction === null) throw new EngineError('missingField', { field: 'fit.fraction', value: null });
  requireNumberFields('fit', fit, ['fraction']);
  return {
    id: 'offload-fit-share',
    tex: fit.neededBytes <= fit.usableBytes ? 'M \\le U \\;\\Rightarrow\\; f^{*} = 0' : 'f^{*} = \\frac{\\lceil (M - U)/X \\rceil + s}{L}',
    evaluate: fit.neededBytes <= fit.usableBytes ? () => 0 : (v) => (Math.ceil((v.M - v.U) / v.X) + v.s) / v.L,
    terms: [
      { symbol: 'M', value: fit.neededBytes, unit: 'B' },
      { symbol: 'U', value: fit.usableBytes, unit: 'B' },
      { symbol: 'X', value: fit.freedPerLayerBytes, unit: 'B' },
      { symbol: 's', value: fit.stagingLayers, unit: 'count' },
      { symbol: 'L', value: fit.layers, unit: 'count' },
    ],
    result: { value: fit.fraction, unit: '1' },
    source: 'rhu-2016-vdnn',
  };
}
