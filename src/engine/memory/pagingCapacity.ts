/**
 * What paging the KV cache buys on a device: the KV budget left after the
 * weights, how many sequences of a batch's length mix stay resident under
 * contiguous pre-allocation and under PagedAttention blocks, and the decode
 * throughput each allows. With the slot map's derivations (share of held
 * slots that store tokens, waste, never-used slots of one request).
 */
import type { Derivation } from '../derivation.ts';
import { EngineError, requireOneOf, requireObject, requireNumberFields } from '../errors.ts';
import type { ModelSpec } from '../model/types.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import { memoryBreakdown } from './fit.ts';
import { kvBytesPerToken } from './kvCache.ts';
import { meanPeakSlots, requireKvRequests, type KvAllocation, type KvRequest, type KvSlotMap, type RequestSlots } from './paging.ts';
import { validateModel } from '../model/validate.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export interface KvPagingCapacityOptions {
  readonly requests: readonly KvRequest[];
  /** Tokens per block when paged (1–128). */
  readonly blockTokens: number;
}

export interface KvPagingCapacity {
  /** Memory capacity C, usable fraction u and what is held besides the KV cache (one sequence, one token). */
  readonly capacityBytes: number;
  readonly utilization: number;
  readonly weightBytes: number;
  readonly activationBytes: number;
  readonly workspaceBytes: number;
  /** M_KV = max(0, u·C − W − A − S). */
  readonly budgetBytes: number;
  readonly bytesPerToken: number;
  /** KV slots the budget holds: ⌊M_KV / m_tok⌋. */
  readonly deviceSlots: number;
  /** Mean peak slots one request holds (contiguous: its maximum length; paged: whole blocks). */
  readonly slots: Readonly<Record<KvAllocation, number>>;
  /** Sequences resident at once: ⌊M_KV / (s̄ · m_tok)⌋. */
  readonly sequences: Readonly<Record<KvAllocation, number>>;
  /** Mean context of a resident sequence during decode: prompt + half its output. */
  readonly contextTokens: number;
  /** Decode step time at that many sequences (0 when none fits). */
  readonly stepSeconds: Readonly<Record<KvAllocation, number>>;
  /** Generated tokens per second: n / t_step (0 when none fits). */
  readonly tokensPerSecond: Readonly<Record<KvAllocation, number>>;
}

const ALLOCATIONS: readonly KvAllocation[] = ['contiguous', 'paged'];

/**
 * Sequences of the batch's length mix that fit the device's KV budget, and
 * what they decode:
 *   M_KV = max(0, u·C − W − A − S)          (weights, activation peak, workspace as memoryBreakdown)
 *   n = ⌊M_KV / (s̄ · m_tok)⌋,  s̄ = meanPeakSlots (contiguous L_max; paged ⌈(p + o)/B⌉·B)
 *   throughput = n / t_step(decode, batch n, context p + o/2).
 * Ignores: preemption, prefix sharing, the paged kernel's slowdown (memoryStrategyRows has it).
 * Source: 'kwon-2023-vllm' Sec. 4 and Sec. 6 (2–4× throughput from the larger batch).
 */
export function kvPagingCapacity(model: ModelSpec, hw: HardwareSpec, opts: KvPagingCapacityOptions): KvPagingCapacity {
  validateModel(model);
  validateHardware(hw);
  requireObject('opts', opts);
  requireKvRequests('requests', opts.requests);
  if (opts.requests.length === 0) throw new EngineError('notPositive', { field: 'requests', value: 0 });
  const m = memoryBreakdown(model, hw, { batch: 1, tokens: 1 });
  const budgetBytes = Math.max(0, m.usable - m.weights - m.activations - m.workspace);
  const bytesPerToken = kvBytesPerToken(model);
  const slots = {
    contiguous: meanPeakSlots(opts.requests, 'contiguous', opts.blockTokens),
    paged: meanPeakSlots(opts.requests, 'paged', opts.blockTokens),
  };
  const fit = (s: number) => Math.floor(budgetBytes / (s * bytesPerToken));
  const sequences = { contiguous: fit(slots.contiguous), paged: fit(slots.paged) };
  const contextTokens = Math.max(1, Math.round(opts.requests.reduce((a, r) => a + r.promptTokens + r.outputTokens / 2, 0) / opts.requests.length));
  const step = (n: number) => (n < 1 ? 0 : inferenceStep(model, hw, { phase: 'decode', batch: n, tokens: contextTokens }).seconds);
  const stepSeconds = { contiguous: step(sequences.contiguous), paged: step(sequences.paged) };
  const tps = (a: KvAllocation) => (sequences[a] < 1 ? 0 : sequences[a] / stepSeconds[a]);
  return {
    capacityBytes: m.capacity,
    utilization: m.usable / m.capacity,
    weightBytes: m.weights,
    activationBytes: m.activations,
    workspaceBytes: m.workspace,
    budgetBytes,
    bytesPerToken,
    deviceSlots: Math.floor(budgetBytes / bytesPerToken),
    slots,
    sequences,
    contextTokens,
    stepSeconds,
    tokensPerSecond: { contiguous: tps('contiguous'), paged: tps('paged') },
  };
}

/** A capacity handed back by a caller (normally kvPagingCapacity's result): its numbers checked before a derivation reads them. */
function requireCapacity(c: unknown): KvPagingCapacity {
  const x = requireNumberFields('c', c, ['capacityBytes', 'utilization', 'weightBytes', 'activationBytes', 'workspaceBytes', 'budgetBytes', 'bytesPerToken', 'contextTokens']) as unknown as Record<string, unknown>;
  for (const k of ['slots', 'sequences', 'stepSeconds', 'tokensPerSecond'] as const) requireNumberFields(`c.${k}`, x[k], ALLOCATIONS);
  return c as KvPagingCapacity;
}

/** A slot map handed back by a caller (normally kvSlotMap's result). */
function requireSlotTotals(map: unknown): KvSlotMap['totals'] {
  const m = requireObject('map', map);
  return requireNumberFields('map.totals', m.totals, ['used', 'reserved', 'internal', 'external', 'free']);
}

export type KvBudgetDerivation = Derivation<'kv-budget', 'C' | 'u' | 'W' | 'A' | 'S'>;

/** M_KV = max(0, u·C − W − A − S): what the device leaves for the KV cache. Source: 'vllm-engine-args'. */
export function kvBudgetDerivation(c: KvPagingCapacity): KvBudgetDerivation {
  requireCapacity(c);
  return {
    id: 'kv-budget',
    tex: 'M_{KV} = \\max\\left(0,\\; u\\,C - W - A - S\\right)',
    evaluate: (v) => Math.max(0, v.u * v.C - v.W - v.A - v.S),
    terms: [
      { symbol: 'C', value: c.capacityBytes, unit: 'B' },
      { symbol: 'u', value: c.utilization, unit: 'ratio' },
      { symbol: 'W', value: c.weightBytes, unit: 'B' },
      { symbol: 'A', value: c.activationBytes, unit: 'B' },
      { symbol: 'S', value: c.workspaceBytes, unit: 'B' },
    ],
    result: { value: c.budgetBytes, unit: 'B' },
    source: 'vllm-engine-args',
  };
}

export type KvSequencesFitDerivation = Derivation<'kv-sequences-fit', 'M_{KV}' | '\\bar{s}' | 'm_{tok}'>;

/** n = ⌊M_KV / (s̄ · m_tok)⌋ under `allocation`. Params: `allocation`. Source: 'kwon-2023-vllm' Sec. 4. */
export function kvSequencesFitDerivation(c: KvPagingCapacity, allocation: KvAllocation): KvSequencesFitDerivation {
  requireCapacity(c);
  const a = requireOneOf('allocation', allocation, ALLOCATIONS);
  return {
    id: 'kv-sequences-fit',
    tex: 'n = \\left\\lfloor \\frac{M_{KV}}{\\bar{s} \\cdot m_{tok}} \\right\\rfloor',
    evaluate: (v) => Math.floor(v['M_{KV}'] / (v['\\bar{s}'] * v['m_{tok}'])),
    terms: [
      { symbol: 'M_{KV}', value: c.budgetBytes, unit: 'B' },
      { symbol: '\\bar{s}', value: c.slots[a], unit: 'tokens' },
      { symbol: 'm_{tok}', value: c.bytesPerToken, unit: 'B' },
    ],
    result: { value: c.sequences[a], unit: 'count' },
    source: 'kwon-2023-vllm',
    params: { allocation: a },
  };
}

export type KvDecodeThroughputDerivation = Derivation<'kv-decode-throughput', 'n' | 't_{step}' | 's'>;

/** Tokens per second with n resident sequences: r = n / t_step(n, s). Params: `allocation`. Source: 'kwon-2023-vllm' Sec. 6. */
export function kvDecodeThroughputDerivation(c: KvPagingCapacity, allocation: KvAllocation): KvDecodeThroughputDerivation {
  requireCapacity(c);
  const a = requireOneOf('allocation', allocation, ALLOCATIONS);
  return {
    id: 'kv-decode-throughput',
    tex: 'r = \\frac{n}{t_{step}(n, s)}',
    evaluate: (v) => (v.n === 0 ? 0 : v.n / v['t_{step}']),
    terms: [
      { symbol: 'n', value: c.sequences[a], unit: 'count' },
      { symbol: 't_{step}', value: c.stepSeconds[a], unit: 's' },
      { symbol: 's', value: c.contextTokens, unit: 'tokens' },
    ],
    result: { value: c.tokensPerSecond[a], unit: 'tokens/s' },
    source: 'kwon-2023-vllm',
    params: { allocation: a },
  };
}

export type KvSlotShareDerivation = Derivation<'kv-slot-share', 'N_{used}' | 'N_{res}' | 'N_{int}'>;

/** Share of the slots requests hold that store a token: η = N_used / (N_used + N_res + N_int). Source: 'kwon-2023-vllm' Fig. 2. */
export function kvSlotShareDerivation(map: KvSlotMap): KvSlotShareDerivation {
  const { used, reserved, internal } = requireSlotTotals(map);
  const held = used + reserved + internal;
  return {
    id: 'kv-slot-share',
    tex: '\\eta = \\frac{N_{used}}{N_{used} + N_{res} + N_{int}}',
    evaluate: (v) => { const held = v['N_{used}'] + v['N_{res}'] + v['N_{int}']; return held > 0 ? v['N_{used}'] / held : 0; },
    terms: [
      { symbol: 'N_{used}', value: used, unit: 'count' },
      { symbol: 'N_{res}', value: reserved, unit: 'count' },
      { symbol: 'N_{int}', value: internal, unit: 'count' },
    ],
    result: { value: held > 0 ? used / held : 0, unit: '1' },
    source: 'kwon-2023-vllm',
  };
}

export type KvWastedSlotsDerivation = Derivation<'kv-wasted-slots', 'N_{res}' | 'N_{int}' | 'N_{ext}'>;

/** Slots that hold no token: N_waste = N_res + N_int + N_ext. Source: 'kwon-2023-vllm' Fig. 3. */
export function kvWastedSlotsDerivation(map: KvSlotMap): KvWastedSlotsDerivation {
  const { reserved, internal, external } = requireSlotTotals(map);
  return {
    id: 'kv-wasted-slots',
    tex: 'N_{waste} = N_{res} + N_{int} + N_{ext}',
    evaluate: (v) => v['N_{res}'] + v['N_{int}'] + v['N_{ext}'],
    terms: [
      { symbol: 'N_{res}', value: reserved, unit: 'count' },
      { symbol: 'N_{int}', value: internal, unit: 'count' },
      { symbol: 'N_{ext}', value: external, unit: 'count' },
    ],
    result: { value: reserved + internal + external, unit: 'count' },
    source: 'kwon-2023-vllm',
  };
}

export type KvNeverUsedDerivation = Derivation<'kv-never-used', 'N_{held}' | 'N_{used}' | 'N_{res}'>;

/**
 * Slots one request holds that will never store a token (internal
 * fragmentation): N_int = N_held − N_used − N_res. Contiguous: N_held is its
 * maximum length (Kwon et al. Fig. 3: A 2048 − 8 − 2 = 2038); paged: whole blocks.
 * Params: `request`. Source: 'kwon-2023-vllm' Fig. 3.
 */
export function kvNeverUsedDerivation(r: RequestSlots): KvNeverUsedDerivation {
  requireNumberFields('r', r, ['held', 'used', 'reserved', 'internal']);
  return {
    id: 'kv-never-used',
    tex: 'N_{int} = N_{held} - N_{used} - N_{res}',
    evaluate: (v) => v['N_{held}'] - v['N_{used}'] - v['N_{res}'],
    terms: [
      { symbol: 'N_{held}', value: r.held, unit: 'count' },
      { symbol: 'N_{used}', value: r.used, unit: 'count' },
      { symbol: 'N_{res}', value: r.reserved, unit: 'count' },
    ],
    result: { value: r.internal, unit: 'count' },
    source: 'kwon-2023-vllm',
    params: { request: r.id },
  };
}
