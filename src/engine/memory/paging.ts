import { EngineError, requireArray, requireInRange, requireNonNegative, requireOneOf, requirePositiveInt, requireObject, requireString } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';

/**
 * Mulberry32: a 32-bit seeded PRNG, so a "random" batch is the same on every
 * machine and in every test. Returns a function giving floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface KvRequest {
  readonly id: string;
  /** Slots contiguous allocation reserves for it (the server's maximum length). */
  readonly maxLength: number;
  readonly promptTokens: number;
  /** Tokens it will generate in total. */
  readonly outputTokens: number;
}

export interface SeededBatchOptions {
  readonly seed: number;
  readonly count: number;
  readonly maxLength: number;
}

/**
 * A deterministic batch: prompt ~ U[1, L/2], output ~ U[1, L − prompt],
 * skewed short (squared uniform) as chat outputs are.
 * Source: 'kwon-2023-vllm' Sec. 6.1 (request lengths vary widely and fall far below the maximum).
 */
export function seededRequests(opts: SeededBatchOptions): KvRequest[] {
  requireObject('opts', opts);
  const count = requireInRange('count', requirePositiveInt('count', opts.count), 1, 64);
  const L = requireInRange('maxLength', requirePositiveInt('maxLength', opts.maxLength), 4, 1 << 20);
  const rand = mulberry32(requireNonNegative('seed', opts.seed));
  const out: KvRequest[] = [];
  for (let i = 0; i < count; i++) {
    const prompt = 1 + Math.floor(rand() * rand() * (L / 2));
    const output = 1 + Math.floor(rand() * rand() * (L - prompt - 1));
    out.push({ id: String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : ''), maxLength: L, promptTokens: prompt, outputTokens: output });
  }
  return out;
}

/** Kwon et al. Fig. 3: request A (max 2048, prompt 7, 3 outputs of which 1 generated) and B (max 512, prompt 3, 2 outputs, 1 generated). */
export const PAPER_FIG3_REQUESTS: readonly KvRequest[] = [
  { id: 'A', maxLength: 2048, promptTokens: 7, outputTokens: 3 },
  { id: 'B', maxLength: 512, promptTokens: 3, outputTokens: 2 },
];

/** Requests a slot map or a capacity takes: a list of at most 2^16, each with an id and counts, prompt + output within its maximum length. */
export function requireKvRequests(field: string, value: unknown): readonly KvRequest[] {
  const list = requireArray(field, value, 1 << 16);
  list.forEach((x, i) => {
    const r = requireObject(`${field}[${i}]`, x);
    requireString(`${field}[${i}].id`, r.id);
    const max = requireCount(`${field}[${i}].maxLength`, r.maxLength, LIMITS.tokens);
    const p = requireCount(`${field}[${i}].promptTokens`, r.promptTokens, LIMITS.tokens);
    const o = requireCount(`${field}[${i}].outputTokens`, r.outputTokens, LIMITS.tokens);
    if (p + o > max) throw new EngineError('outOfRange', { field: `${field}[${i}].outputTokens`, value: p + o, min: 2, max });
  });
  return list as readonly KvRequest[];
}

/** Largest pool a slot map draws slot by slot (4 Mi slots; the simulators draw a few thousand). */
export const MAX_POOL_SLOTS = 1 << 22;

export type SlotState = 'used' | 'reserved' | 'internal' | 'external' | 'free';
export type KvAllocation = 'contiguous' | 'paged';
const ALLOCATIONS: readonly KvAllocation[] = ['contiguous', 'paged'];

export interface SlotRun {
  readonly start: number;
  readonly length: number;
  readonly state: SlotState;
  /** Request id owning the run ('' for free/external). */
  readonly owner: string;
}

export interface RequestSlots {
  readonly id: string;
  readonly admitted: boolean;
  readonly used: number;
  readonly reserved: number;
  readonly internal: number;
  /** Slots it holds: used + reserved + internal. */
  readonly held: number;
}

export interface KvSlotMap {
  readonly poolSlots: number;
  readonly runs: readonly SlotRun[];
  readonly requests: readonly RequestSlots[];
  readonly totals: Readonly<Record<SlotState, number>>;
  readonly admitted: number;
}

export interface KvSlotMapOptions {
  readonly requests: readonly KvRequest[];
  readonly allocation: KvAllocation;
  /** Tokens per block when paged (1–128). */
  readonly blockTokens: number;
  /** KV slots in the pool. */
  readonly poolSlots: number;
  /** Decode steps taken (each admitted request has generated min(step, output) tokens). */
  readonly step: number;
}

/**
 * Where every KV slot of a pool goes, for a batch admitted in order:
 *   contiguous: a request is admitted if its maxLength fits after the last
 *     segment; it holds used = p + g, reserved = o − g (its own future tokens),
 *     internal = maxLength − p − o (never used). A tail too short for the next
 *     request's maxLength while requests wait is external fragmentation.
 *   paged: a request is admitted if ⌈(p + o)/B⌉ blocks remain (so it never
 *     needs preempting); it holds ⌈(p + g)/B⌉ blocks, allocated one at a time
 *     from the lowest free block as tokens arrive, so blocks of different
 *     requests interleave; the last block's slack is reserved (its own next
 *     tokens) or internal (never filled).
 * Reproduces Kwon et al. Fig. 3 (A: 2038, B: 507 never used).
 * Ignores: prefix sharing, preemption, swapping.
 * Source: 'kwon-2023-vllm' Fig. 3 and Sec. 4.2.
 */
export function kvSlotMap(opts: KvSlotMapOptions): KvSlotMap {
  requireObject('opts', opts);
  const allocation = requireOneOf('allocation', opts.allocation, ALLOCATIONS);
  const B = requireInRange('blockTokens', requirePositiveInt('blockTokens', opts.blockTokens), 1, 128);
  const pool = requireCount('poolSlots', opts.poolSlots, MAX_POOL_SLOTS);
  const step = requireNonNegative('step', opts.step);
  requireKvRequests('requests', opts.requests);
  const gen = (r: KvRequest) => Math.min(Math.floor(step), r.outputTokens);
  const states: SlotState[] = new Array<SlotState>(pool).fill('free');
  const owners: string[] = new Array<string>(pool).fill('');
  const requests: RequestSlots[] = [];

  if (allocation === 'contiguous') {
    let cursor = 0;
    let waiting = false;
    for (const r of opts.requests) {
      if (waiting || cursor + r.maxLength > pool) { waiting = true; requests.push({ id: r.id, admitted: false, used: 0, reserved: 0, internal: 0, held: 0 }); continue; }
      const used = r.promptTokens + gen(r);
      const reserved = r.outputTokens - gen(r);
      const internal = r.maxLength - r.promptTokens - r.outputTokens;
      for (let i = 0; i < r.maxLength; i++) {
        states[cursor + i] = i < used ? 'used' : i < used + reserved ? 'reserved' : 'internal';
        owners[cursor + i] = r.id;
      }
      cursor += r.maxLength;
      requests.push({ id: r.id, admitted: true, used, reserved, internal, held: r.maxLength });
    }
    if (waiting) for (let i = cursor; i < pool; i++) states[i] = 'external';
  } else {
    const blocks = Math.floor(pool / B);
    let budget = blocks;
    const admitted: KvRequest[] = [];
    for (const r of opts.requests) {
      const need = Math.ceil((r.promptTokens + r.outputTokens) / B);
      if (need <= budget && admitted.length === requests.length) { budget -= need; admitted.push(r); requests.push({ id: r.id, admitted: true, used: 0, reserved: 0, internal: 0, held: 0 }); }
      else requests.push({ id: r.id, admitted: false, used: 0, reserved: 0, internal: 0, held: 0 });
    }
    // Block tables: prompt blocks at admission, then one block whenever a token crosses a boundary.
    let nextBlock = 0;
    const tables = new Map<string, number[]>(admitted.map((r) => [r.id, []]));
    const grow = (r: KvRequest, tokens: number) => {
      const table = tables.get(r.id) as number[];
      while (table.length * B < tokens) table.push(nextBlock++);
    };
    for (const r of admitted) grow(r, r.promptTokens);
    const maxGen = Math.max(0, ...admitted.map(gen));
    for (let s = 1; s <= maxGen; s++) for (const r of admitted) if (s <= gen(r)) grow(r, r.promptTokens + s);
    admitted.forEach((r) => {
      const table = tables.get(r.id) as number[];
      const used = r.promptTokens + gen(r);
      const held = table.length * B;
      const slack = held - used;
      const reserved = Math.min(slack, r.outputTokens - gen(r));
      table.forEach((block, bi) => {
        for (let j = 0; j < B; j++) {
          const logical = bi * B + j;
          const slot = block * B + j;
          states[slot] = logical < used ? 'used' : logical < used + reserved ? 'reserved' : 'internal';
          owners[slot] = r.id;
        }
      });
      const at = requests.findIndex((q) => q.id === r.id);
      requests[at] = { id: r.id, admitted: true, used, reserved, internal: slack - reserved, held };
    });
  }

  // Run-length encode the slots: one run per stretch of equal state and owner
  // (extended in place: copying a run per slot made this the hot loop).
  const runs: { start: number; length: number; state: SlotState; owner: string }[] = [];
  const totals: Record<SlotState, number> = { used: 0, reserved: 0, internal: 0, external: 0, free: 0 };
  let prev: { start: number; length: number; state: SlotState; owner: string } | undefined;
  for (let i = 0; i < pool; i++) {
    const st = states[i] as SlotState;
    const owner = owners[i] as string;
    totals[st] += 1;
    if (prev !== undefined && prev.state === st && prev.owner === owner) prev.length += 1;
    else {
      prev = { start: i, length: 1, state: st, owner };
      runs.push(prev);
    }
  }
  return { poolSlots: pool, runs, requests, totals, admitted: requests.filter((r) => r.admitted).length };
}

/**
 * Peak KV slots one request holds: contiguous L_max; paged ⌈(p + o)/B⌉·B.
 * Averaged over a batch, the device's KV budget divided by it gives how many
 * sequences can be resident:  n = ⌊budget / (slots · bytes per token)⌋.
 * Source: 'kwon-2023-vllm' Sec. 4.
 */
export function meanPeakSlots(requests: readonly KvRequest[], allocation: KvAllocation, blockTokens: number): number {
  requireOneOf('allocation', allocation, ALLOCATIONS);
  const B = requireInRange('blockTokens', requirePositiveInt('blockTokens', blockTokens), 1, 128);
  requireKvRequests('requests', requests);
  if (requests.length === 0) throw new EngineError('notPositive', { field: 'requests', value: 0 });
  let sum = 0;
  for (const r of requests) sum += allocation === 'contiguous' ? r.maxLength : Math.ceil((r.promptTokens + r.outputTokens) / B) * B;
  return sum / requests.length;
}
