/**
 * Operator fusion of element-wise chains. A chain is a list of kernels over
 * tensors; run unfused, every kernel reads its inputs from and writes its
 * outputs to off-chip memory and pays a launch; fused into one kernel, only the
 * chain's external inputs are read and its live outputs written, once.
 * Sources: 'chen-2018-tvm-fusion' (fusion keeps intermediates on chip),
 * 'williams-2009-roofline' (time and intensity), element-wise FLOP constants
 * from model/elementwise.ts.
 */
import type { Derivation } from '../derivation.ts';
import { requireOneOf, requirePositiveInt, requireObject, requireArray, requireString, requireNumberFields, requireNonNegative, requireInRange } from '../errors.ts';
import { ACTIVATION_FLOPS_PER_ELEMENT, ADD_FLOPS_PER_ELEMENT, GATE_MULTIPLY_FLOPS_PER_ELEMENT, NORM_FLOPS_PER_ELEMENT, SOFTMAX_FLOPS_PER_ELEMENT } from '../model/elementwise.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec, Precision } from '../presets/hardwareSpec.ts';
import { peakFlops } from '../roofline.ts';
import { resolveEfficiency, type EfficiencyInput } from '../serving/efficiency.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export type FusionChainId = 'bias-gelu' | 'silu-gate' | 'residual-rmsnorm' | 'softmax-chain';
export const FUSION_CHAINS: readonly FusionChainId[] = ['bias-gelu', 'silu-gate', 'residual-rmsnorm', 'softmax-chain'];

/** One kernel of a chain: tensors it reads and writes (names), FLOPs per element of its output. */
export interface ChainKernel {
  readonly name: string;
  readonly reads: readonly string[];
  readonly writes: readonly string[];
  readonly flopsPerElement: number;
}

export interface ChainSpec {
  readonly id: FusionChainId;
  readonly kernels: readonly ChainKernel[];
  /** Elements of each tensor. */
  readonly elements: Readonly<Record<string, number>>;
  /** Tensors still needed after the chain (written even when fused). */
  readonly liveOut: readonly string[];
}

export interface ChainShape {
  /** Tokens in the step: batch × prompt (prefill) or batch (decode). */
  readonly tokens: number;
  /** Context length for the attention-score chain (keys per query). */
  readonly contextTokens: number;
  /** Batch (sequences) for the attention-score chain. */
  readonly batch: number;
}

/**
 * The four chains the lecture names, sized for `model`:
 * - bias-gelu (non-gated MLP): h = x + b; y = GeLU(h), x of T × f.
 * - silu-gate (gated MLP): a = SiLU(g); y = a ⊙ u, g and u of T × f.
 * - residual-rmsnorm: r = x + h (residual stream, live out); y = RMSNorm(r)·w, T × d.
 * - softmax-chain over attention scores (b·h_q·s_q × s_kv; s_q = T/b):
 *   scale, causal-mask add, then softmax as max, exp-and-sum, divide kernels.
 */
export function fusionChain(model: ModelSpec, id: FusionChainId, shape: ChainShape): ChainSpec {
  requireObject('shape', shape);
  const chain = requireOneOf('chain', id, FUSION_CHAINS);
  const T = requirePositiveInt('tokens', shape.tokens);
  const n = requirePositiveInt('contextTokens', shape.contextTokens);
  const b = requirePositiveInt('batch', shape.batch);
  const d = model.hiddenSize;
  const f = model.intermediateSize;
  switch (chain) {
    case 'bias-gelu':
      return {
        id: chain, liveOut: ['y'],
        elements: { x: T * f, bias: f, h: T * f, y: T * f },
        kernels: [
          { name: 'bias_add', reads: ['x', 'bias'], writes: ['h'], flopsPerElement: ADD_FLOPS_PER_ELEMENT },
          { name: 'gelu', reads: ['h'], writes: ['y'], flopsPerElement: ACTIVATION_FLOPS_PER_ELEMENT },
        ],
      };
    case 'silu-gate':
      return {
        id: chain, liveOut: ['y'],
        elements: { g: T * f, u: T * f, a: T * f, y: T * f },
        kernels: [
          { name: 'silu', reads: ['g'], writes: ['a'], flopsPerElement: ACTIVATION_FLOPS_PER_ELEMENT },
          { name: 'gate_mul', reads: ['a', 'u'], writes: ['y'], flopsPerElement: GATE_MULTIPLY_FLOPS_PER_ELEMENT },
        ],
      };
    case 'residual-rmsnorm':
      return {
        id: chain, liveOut: ['r', 'y'],
        elements: { x: T * d, h: T * d, r: T * d, w: d, y: T * d },
        kernels: [
          { name: 'residual_add', reads: ['x', 'h'], writes: ['r'], flopsPerElement: ADD_FLOPS_PER_ELEMENT },
          { name: 'rmsnorm', reads: ['r', 'w'], writes: ['y'], flopsPerElement: NORM_FLOPS_PER_ELEMENT },
        ],
      };
    case 'softmax-chain': {
      const rows = T * model.numHeads;
      const E = rows * n;
      const sq = Math.max(1, Math.round(T / b));
      return {
        id: chain, liveOut: ['p'],
        elements: { s: E, s1: E, mask: sq * n, s2: E, m: rows, e: E, z: rows, p: E },
        kernels: [
          { name: 'scale', reads: ['s'], writes: ['s1'], flopsPerElement: 1 },
          { name: 'mask_add', reads: ['s1', 'mask'], writes: ['s2'], flopsPerElement: ADD_FLOPS_PER_ELEMENT },
          { name: 'row_max', reads: ['s2'], writes: ['m'], flopsPerElement: 0 },
          { name: 'exp_sum', reads: ['s2', 'm'], writes: ['e', 'z'], flopsPerElement: 0 },
          { name: 'divide', reads: ['e', 'z'], writes: ['p'], flopsPerElement: 0 },
        ],
      };
    }
  }
}

/** Checks a chain handed back by a caller (normally fusionChain's result): its kernels, their tensors and the element counts. */
function requireChainSpec(spec: unknown): ChainSpec {
  const c = requireObject('spec', spec);
  requireOneOf('spec.id', c.id, FUSION_CHAINS);
  const names = (field: string, v: unknown) => requireArray(field, v, 256).forEach((t, i) => requireString(`${field}[${i}]`, t));
  requireArray('spec.kernels', c.kernels, 256).forEach((k, i) => {
    const kernel = requireNumberFields(`spec.kernels[${i}]`, k, ['flopsPerElement']) as unknown as Record<string, unknown>;
    names(`spec.kernels[${i}].reads`, kernel.reads);
    names(`spec.kernels[${i}].writes`, kernel.writes);
  });
  const elements = requireObject('spec.elements', c.elements);
  for (const [t, n] of Object.entries(elements)) requireNonNegative(`spec.elements.${t}`, n);
  names('spec.liveOut', c.liveOut);
  return spec as ChainSpec;
}

/** Checks the numbers of a fusion result handed back by a caller. */
function requireFusionResult(result: unknown): FusionResult {
  const r = requireObject('result', result);
  for (const side of ['unfused', 'fused'] as const) {
    requireNumberFields(`result.${side}`, r[side], ['kernels', 'flops', 'bytes', 'computeSeconds', 'memorySeconds', 'launchSeconds', 'seconds']);
  }
  return result as FusionResult;
}

/** FLOPs of a kernel: flopsPerElement × elements of its largest output (softmax's FLOPs are counted once, below). */
function kernelFlops(spec: ChainSpec, k: ChainKernel): number {
  const out = Math.max(...k.writes.map((t) => spec.elements[t] ?? 0));
  return k.flopsPerElement * out;
}

function chainFlops(spec: ChainSpec): number {
  let flops = 0;
  for (const k of spec.kernels) flops += kernelFlops(spec, k);
  // Softmax's max, subtract, exp, sum and divide: SOFTMAX_FLOPS_PER_ELEMENT per score, split over its three kernels.
  if (spec.id === 'softmax-chain') flops += SOFTMAX_FLOPS_PER_ELEMENT * (spec.elements.p ?? 0);
  return flops;
}

export interface FusedCost {
  readonly kernels: number;
  readonly flops: number;
  /** Off-chip bytes read + written. */
  readonly bytes: number;
  /** FLOP per byte. */
  readonly intensity: number;
  readonly computeSeconds: number;
  readonly memorySeconds: number;
  readonly launchSeconds: number;
  /** Σ over kernels of max(compute, memory) + launches. */
  readonly seconds: number;
}

export interface FusionResult {
  readonly chain: FusionChainId;
  readonly unfused: FusedCost;
  readonly fused: FusedCost;
  /** unfused.bytes / fused.bytes. */
  readonly byteRatio: number;
  /** unfused.seconds / fused.seconds. */
  readonly speedup: number;
}

export interface FusionOptions {
  readonly precision?: Precision;
  /** Bytes per activation element (default 2, fp16). */
  readonly elementBytes?: number;
  readonly efficiency?: EfficiencyInput;
}

/**
 * Cost of a chain unfused and fused, on the roofline:
 *   unfused: Q = a · Σ_k (Σ reads_k + Σ writes_k),  t = Σ_k max(F_k/(P·η_c), Q_k/(B·η_m)) + K·t_launch
 *   fused:   Q = a · (Σ external inputs + Σ live outputs),  t = max(F/(P·η_c), Q/(B·η_m)) + t_launch
 * a bytes per element, K kernels, F FLOPs (same both ways: fusion removes
 * traffic, not arithmetic), P peak, B bandwidth, η efficiencies.
 * Ignores: caches catching a write that is read right back, register pressure
 * limits on how much can be fused.
 * Sources: 'chen-2018-tvm-fusion', 'williams-2009-roofline'.
 */
export function fusionCost(spec: ChainSpec, hw: HardwareSpec, opts: FusionOptions = {}): FusionResult {
  requireChainSpec(spec);
  validateHardware(hw);
  if (opts !== undefined) requireObject('opts', opts);
  const a = opts.elementBytes === undefined ? 2 : requireInRange('opts.elementBytes', opts.elementBytes, 0.125, 64);
  const peak = peakFlops(hw, opts.precision ?? 'fp16');
  const eff = resolveEfficiency(opts.efficiency);
  const flopRate = peak * eff.computeEfficiency;
  const byteRate = hw.memoryBandwidthBytesPerSec * eff.memoryEfficiency;
  const el = (t: string) => spec.elements[t] ?? 0;
  const softmaxShare = spec.id === 'softmax-chain' ? (SOFTMAX_FLOPS_PER_ELEMENT * el('p')) / 3 : 0;

  let uBytes = 0;
  let uCompute = 0;
  let uMemory = 0;
  let uSeconds = 0;
  for (const k of spec.kernels) {
    const f = kernelFlops(spec, k) + (['row_max', 'exp_sum', 'divide'].includes(k.name) ? softmaxShare : 0);
    const q = a * ([...k.reads, ...k.writes].reduce((s, t) => s + el(t), 0));
    const c = f / flopRate;
    const m = q / byteRate;
    uBytes += q;
    if (c > m) uCompute += c; else uMemory += m;
    uSeconds += Math.max(c, m) + eff.kernelLaunchSeconds;
  }
  const flops = chainFlops(spec);
  const produced = new Set(spec.kernels.flatMap((k) => k.writes));
  const external = new Set(spec.kernels.flatMap((k) => k.reads).filter((t) => !produced.has(t)));
  const fBytes = a * ([...external].reduce((s, t) => s + el(t), 0) + spec.liveOut.reduce((s, t) => s + el(t), 0));
  const fc = flops / flopRate;
  const fm = fBytes / byteRate;
  const unfused: FusedCost = {
    kernels: spec.kernels.length, flops, bytes: uBytes, intensity: flops / uBytes,
    computeSeconds: uCompute, memorySeconds: uMemory, launchSeconds: spec.kernels.length * eff.kernelLaunchSeconds, seconds: uSeconds,
  };
  const fused: FusedCost = {
    kernels: 1, flops, bytes: fBytes, intensity: flops / fBytes,
    computeSeconds: fc > fm ? fc : 0, memorySeconds: fc > fm ? 0 : fm, launchSeconds: eff.kernelLaunchSeconds,
    seconds: Math.max(fc, fm) + eff.kernelLaunchSeconds,
  };
  return { chain: spec.id, unfused, fused, byteRatio: uBytes / fBytes, speedup: uSeconds / fused.seconds };
}

/** params.chain names the chain (FusionChainId). */
export type FusionUnfusedBytesDerivation = Derivation<'fusion-bytes-unfused', 'a' | 'K' | '\\sum'>;
/** params.chain names the chain; params.inputs and params.outputs list the tensor names counted. */
export type FusionFusedBytesDerivation = Derivation<'fusion-bytes-fused', 'a' | '\\text{inputs}' | '\\text{outputs}'>;

/** Show-the-work for the bytes a chain moves, unfused or fused. */
export function fusionBytesDerivation(spec: ChainSpec, result: FusionResult, fused: boolean, elementBytes = 2): FusionUnfusedBytesDerivation | FusionFusedBytesDerivation {
  requireChainSpec(spec);
  requireFusionResult(result);
  requireInRange('elementBytes', elementBytes, 0.125, 64);
  const el = (t: string) => spec.elements[t] ?? 0;
  const produced = new Set(spec.kernels.flatMap((k) => k.writes));
  const external = [...new Set(spec.kernels.flatMap((k) => k.reads).filter((t) => !produced.has(t)))];
  const unfusedElements = spec.kernels.reduce((s, k) => s + [...k.reads, ...k.writes].reduce((x, t) => x + el(t), 0), 0);
  const inputs = external.reduce((s, t) => s + el(t), 0);
  const outputs = spec.liveOut.reduce((s, t) => s + el(t), 0);
  const a = { symbol: 'a' as const, value: elementBytes, unit: 'B' as const };
  if (!fused) {
    return {
      id: 'fusion-bytes-unfused',
      tex: 'Q = a \\sum_{k=1}^{K} (\\text{reads}_k + \\text{writes}_k)',
      evaluate: (v) => v.a * v['\\sum'],
      terms: [a,
        { symbol: 'K', value: spec.kernels.length, unit: 'count' },
        { symbol: '\\sum', value: unfusedElements, unit: 'count' }],
      result: { value: result.unfused.bytes, unit: 'B' },
      source: 'chen-2018-tvm-fusion',
      params: { chain: spec.id },
    };
  }
  return {
    id: 'fusion-bytes-fused',
    tex: 'Q = a\\,(\\text{inputs} + \\text{outputs})',
    evaluate: (v) => v.a * (v['\\text{inputs}'] + v['\\text{outputs}']),
    terms: [a,
      { symbol: '\\text{inputs}', value: inputs, unit: 'count' },
      { symbol: '\\text{outputs}', value: outputs, unit: 'count' }],
    result: { value: result.fused.bytes, unit: 'B' },
    source: 'chen-2018-tvm-fusion',
    params: { chain: spec.id, inputs: external, outputs: spec.liveOut },
  };
}

/** params.chain names the chain; params.fused is 1 for the fused kernel, 0 for the unfused chain. */
export type FusionTimeDerivation = Derivation<'fusion-time', 't_c' | 't_m' | 'K' | 't_{launch}'>;

/**
 * Show-the-work for a chain's time, unfused or fused, in the form whose
 * substituted values reproduce it (each kernel counts only its binding term):
 *   t = t_c + t_m + K·t_launch,
 *   t_c = Σ over compute-bound kernels F_k/(P·η_c),  t_m = Σ over memory-bound kernels Q_k/(B·η_m)
 * K kernels (1 when fused), t_launch the launch overhead per kernel.
 * Sources: 'williams-2009-roofline' (each kernel on the roofline), 'chen-2018-tvm-fusion'.
 */
export function fusionTimeDerivation(result: FusionResult, fused: boolean): FusionTimeDerivation {
  requireFusionResult(result);
  const c = fused ? result.fused : result.unfused;
  return {
    id: 'fusion-time',
    tex: 't = \\underbrace{\\sum_{F_k/P\\eta_c > Q_k/B\\eta_m} \\tfrac{F_k}{P\\eta_c}}_{t_c} + \\underbrace{\\sum_{Q_k/B\\eta_m \\ge F_k/P\\eta_c} \\tfrac{Q_k}{B\\eta_m}}_{t_m} + K\\,t_{launch}',
    evaluate: (v) => v.t_c + v.t_m + v.K * v['t_{launch}'],
    terms: [
      { symbol: 't_c', value: c.computeSeconds, unit: 's' },
      { symbol: 't_m', value: c.memorySeconds, unit: 's' },
      { symbol: 'K', value: c.kernels, unit: 'count' },
      { symbol: 't_{launch}', value: c.kernels > 0 ? c.launchSeconds / c.kernels : 0, unit: 's' },
    ],
    result: { value: c.seconds, unit: 's' },
    source: 'williams-2009-roofline',
    params: { chain: result.chain, fused: fused ? 1 : 0 },
  };
}
