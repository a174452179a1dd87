/**
 * Fuzz over every function the engine exports (issue #10 item 6): seeded
 * random calls with valid, malformed and hostile arguments. Each call must
 * either return only finite numbers (non-negative unless the field is a
 * signed quantity by definition) or throw an EngineError naming its field.
 * Default run count in CI; `FC_RUNS=100000 npx vitest run tests/engine/fuzz.test.ts`
 * for a soak (vitest.setup.node.ts raises fast-check's numRuns).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index.ts';
import { EngineError, getHardware, getModel, INT4_G128_FP16, type HardwareSpec, type ModelSpec } from '../../src/engine/index.ts';

const m7 = getModel('llama-2-7b');
const m70 = getModel('llama-2-70b');
const mix = getModel('mixtral-8x7b');
const opt = getModel('opt-13b');
const h100 = getHardware('h100-sxm');
const a100 = getHardware('a100-80gb-sxm');
const orin = getHardware('jetson-agx-orin-64gb');
const tpu = getHardware('tpu-v1');

/** Results whose numbers may be negative by definition (a free margin, a change, a saving that can turn into a cost). */
const SIGNED_KEYS = new Set(['free', 'extraSeconds', 'savedSeconds', 'deltaSeconds', 'delta', 'change', 'margin', 'slackSeconds', 'headroom', 'headroomBytes', 'realisticError', 'relativeError']);
/** Derivations whose result is a signed quantity (free memory can be negative: it says by how much a setting misses). */
const SIGNED_DERIVATIONS = new Set(['memory-fit']);
/** Validation helpers return the value they check, sign and all. */
const SIGNED_FUNCTIONS = new Set(['requireFinite', 'requireInRange', 'requireNumberArray']);
/** Validation helpers that return the object or list they were given: nothing of theirs to check. */
const IDENTITY_FUNCTIONS = new Set(['requireObject', 'requireArray', 'requireString', 'requireBoolean']);

const hostileNumbers = [Number.NaN, Infinity, -Infinity, -1, -0, 0, 0.5, 1e200, 5e-324, 2 ** 53, -1e308, 1.5];
const plausibleNumbers = [1, 2, 4, 8, 16, 32, 128, 512, 2048, 0.25, 0.9, 1e9, 1e12];
const strings = ['', 'xyz', 'fp16', 'fp8', 'int4', 'int8', 'fp32', 'prefill', 'decode', 'flash', 'naive', 'ring', 'all-reduce', 'all-gather',
  'h100-sxm', 'llama-2-7b', 'nvlink-4', 'pcie-4-x16', 'ideal', 'realistic', 'weights', 'kv', 'static', 'continuous', 'dram', 'fp16 ', 'MLP0', 'tpu-v1'];
const badModels: unknown[] = [
  { ...m7, position: undefined }, { ...m7, mlp: 'xyz' }, { ...m7, hiddenSize: 1e200 }, { ...m7, numKvHeads: 3 }, { ...mix, moe: { numExperts: 8, expertsPerToken: 9 } },
  { ...m7, source: 'nope' }, { ...m7, tieWordEmbeddings: 'yes' }, { ...opt, position: { kind: 'learned', offset: -2 } }, { ...m7, vocabSize: 0.5 },
];
const badHardware: unknown[] = [
  { ...h100, memoryBandwidthBytesPerSec: undefined }, { ...h100, denseFlopsPerSec: { fp16: 5e-324 } }, { ...h100, denseFlopsPerSec: {} },
  { ...h100, cores: 1.5 }, { ...h100, intraNodeLink: 'warp-drive' }, { ...h100, memoryCapacityBytes: -1 }, { ...h100, kind: 'abacus' },
  { ...h100, specialFunctionOpsPerSec: Number.NaN }, { ...h100, denseFlopsPerSec: { fp99: 1 } },
];
const options: unknown[] = [
  { phase: 'prefill', batch: 1, tokens: 128 }, { phase: 'decode', batch: 8, tokens: 1024, tp: 2 }, { batch: 4, tokens: 512 },
  { batch: 1, tokens: 1e200 }, { phase: 'decode', batch: 1, tokens: 8, efficiency: { computeEfficiency: 5e-324 } },
  { gpus: 8, tp: 2, inputTokens: 512, outputTokens: 256 }, { gpus: 1, inputTokens: 1e7, outputTokens: 1 }, { weights: 'fp8', batch: 2, tokens: 64, promptTokens: 32, outputTokens: 16 },
  { tokens: 16, batch: 2, dtype: 'fp8' }, { collective: 'all-reduce', algorithm: 'ring', ranks: 8, bytes: 1e6, latency: 1e-6, bandwidth: 1e11 },
  { bits: 4, groupSize: 128 }, { bits: Number.NaN }, INT4_G128_FP16, { efficiency: 'xyz' }, { phase: 'decode', batch: 1, tokens: 8, attention: 'sparse' },
];
const arrays: unknown[] = [[], [1, 2, 3], [0.5, 0.25, 0.25], [Number.NaN], [-1, 2], ['fp16'], [{ id: 'a', bytes: 10, readyAt: 0 }], new Set(), new Map()];

/** Anything a caller could pass: valid values mixed with malformed and hostile ones. */
const arbValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(m7, m70, mix, opt, h100, a100, orin, tpu) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...plausibleNumbers) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...hostileNumbers) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...strings) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...options) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(...badModels, ...badHardware) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, {}, ...arrays) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 5000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
);

interface Tally { calls: number; engineErrors: number; returned: number }
const tally: Tally = { calls: 0, engineErrors: 0, returned: 0 };

/** Walks a result: every number finite, and non-negative unless under a signed key. Returns the first offending path. */
function badNumber(value: unknown, path: string, seen: Set<unknown>, signed: boolean, budget: { n: number }): string | null {
  if (budget.n-- <= 0) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `${path} = ${value}`;
    if (value < 0 && !signed) return `${path} = ${value}`;
    return null;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (SIGNED_DERIVATIONS.has((value as { id?: string }).id as string)) signed = true;
  // A derivation shows numbers: every term's value and the result's must be one (undefined would print as blank).
  const d = value as { tex?: unknown; terms?: unknown; result?: { value?: unknown } };
  if (typeof d.tex === 'string' && Array.isArray(d.terms)) {
    const missing = (d.terms as { symbol?: unknown; value?: unknown }[]).find((t) => typeof t?.value !== 'number');
    if (missing) return `${path}.terms[${String(missing?.symbol)}].value = ${String(missing?.value)}`;
    if (typeof d.result?.value !== 'number') return `${path}.result.value = ${String(d.result?.value)}`;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) {
      const bad = badNumber(v, `${path}[${String(k)}]`, seen, signed, budget);
      if (bad) return bad;
    }
    return null;
  }
  if (value instanceof Set) return null;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const bad = badNumber(v, `${path}.${k}`, seen, signed || SIGNED_KEYS.has(k), budget);
    if (bad) return bad;
  }
  return null;
}

/** Calls fn(...args) and checks the contract; returns a description of a violation, or null. */
function check(name: string, fn: (...a: unknown[]) => unknown, args: unknown[]): string | null {
  tally.calls++;
  let result: unknown;
  try {
    result = fn(...args);
    if (typeof result === 'function') result = (result as () => unknown)();
  } catch (e) {
    if (e instanceof EngineError && typeof e.field === 'string' && e.field.length > 0) {
      tally.engineErrors++;
      return null;
    }
    return `${name} threw ${(e as Error)?.name}: ${(e as Error)?.message}`;
  }
  tally.returned++;
  if (IDENTITY_FUNCTIONS.has(name)) return null;
  const bad = badNumber(result, name, new Set(), SIGNED_FUNCTIONS.has(name), { n: 200_000 });
  return bad ? `${name} returned ${bad}` : null;
}

const fns = Object.entries(engine)
  .filter(([name, v]) => typeof v === 'function' && !/^[A-Z]/.test(name))
  .map(([name, v]) => [name, v as (...a: unknown[]) => unknown] as const);

/** Functions whose every call is slow (they sweep or search internally): fewer random calls keep CI quick. */
const SLOW = new Set(['recordComparison', 'compareMeasurement', 'chooseStrategy', 'practiceStack', 'offloadSweep', 'offloadFit', 'replicasVsTp', 'simulateBatching', 'chunkSweep', 'passStepComparison', 'computeStrategies']);

describe('fuzz: every exported engine function returns finite numbers or throws EngineError', () => {
  it.each(fns)('%s', (name, fn) => {
    const arity = Math.max(fn.length, 1);
    const runs = SLOW.has(name) ? { numRuns: 20 } : {};
    fc.assert(
      fc.property(fc.array(arbValue, { minLength: arity, maxLength: arity + 1 }), (args) => {
        const violation = check(name, fn, args);
        if (violation) throw new Error(violation);
      }),
      { seed: 0x5eed, ...runs },
    );
  });
});

/** Valid calls of the API the simulators lean on: one leaf at a time is replaced by a hostile value. */
const VALID: Readonly<Record<string, readonly unknown[][]>> = {
  inferenceStep: [
    [m70, h100, { phase: 'prefill', batch: 2, tokens: 1024, tp: 4, weights: 'fp8', kv: 'fp8', computePrecision: 'fp8', pastTokens: 512 }],
    [mix, a100, { phase: 'decode', batch: 16, tokens: 2048, tp: 2, attention: 'naive', efficiency: { memoryEfficiency: 0.5 } }],
  ],
  servingThroughput: [
    [m70, h100, { gpus: 8, tp: 2, weights: 'fp8', kv: 'fp8', computePrecision: 'fp8', inputTokens: 512, outputTokens: 256, tpotLimitSeconds: 0.1 }],
    [m7, orin, { gpus: 1, weights: INT4_G128_FP16, inputTokens: 16, outputTokens: 128, concurrency: 1, efficiency: 'ideal' }],
  ],
  memoryBreakdown: [[m70, h100, { batch: 8, tokens: 4096, stepTokens: 512, tp: 4, weights: INT4_G128_FP16, kv: 'fp8', memoryUtilization: 0.9 }]],
  deploymentEstimate: [[m7, a100, { weights: 'fp16', kv: 'fp16', batch: 16, paged: true, tp: 1, attention: 'flash', promptTokens: 512, outputTokens: 256, computePrecision: 'fp16' }]],
  weightBytes: [[m70, { bits: 4, groupSize: 128, scaleBits: 16, zeroBits: 4, embeddingBits: 16, vectorBits: 16 }]],
  kvCacheBytes: [[m70, { tokens: 4096, batch: 8, dtype: 'fp8' }]],
  largestBatchThatFits: [[m70, h100, { tokens: 4096, tp: 8, weights: 'fp8' }]],
  activationPeakDerivation: [[m70, { batch: 4, tokens: 1024, tp: 8, attention: 'naive' }]],
  deviceRidge: [[tpu], [h100]],
  rooflinePoints: [[m7, h100, { phase: 'decode', batch: 8, tokens: 1024 }]],
  offloadTimeline: [[m7, a100, { target: 'weights', fraction: 0.5, prefetch: true, phase: 'decode', batch: 4, tokens: 512 }]],
  memoryStrategyRows: [[m7, a100, { batch: 8, tokens: 1024 }]],
  collectiveTime: [[{ collective: 'all-reduce', algorithm: 'ring', ranks: 8, bytes: 1e6, latency: 1e-6, bandwidth: 1e11 }]],
  // Functions that take an engine result back (a plan, a map, a graph, a timeline): the result, then one field of it malformed.
  ...chained(),
};

function chained(): Record<string, unknown[][]> {
  const plan = engine.layerMemoryPlan(m7, { batch: 2, tokens: 256, inPlace: true });
  const slotMap = engine.kvSlotMap({ requests: engine.PAPER_FIG3_REQUESTS, allocation: 'paged', blockTokens: 4, poolSlots: 64, step: 1 });
  const capacity = engine.kvPagingCapacity(m7, a100, { requests: engine.seededRequests({ seed: 1, count: 8, maxLength: 2048 }), blockTokens: 16 });
  const optimised = engine.optimiseGraph(engine.blockGraph(m7, { phase: 'prefill', batch: 1, tokens: 128 }), ['fold', 'dce', 'fuse-elementwise']);
  const cost = engine.graphCost(optimised, h100, 'fp16');
  const chain = engine.fusionChain(m7, 'softmax-chain', { tokens: 128, contextTokens: 128, batch: 1 });
  const fusion = engine.fusionCost(chain, h100);
  const timeline = engine.offloadTimeline(m7, a100, { target: 'weights', fraction: 0.5, prefetch: true, phase: 'decode', batch: 4, tokens: 512 });
  const serving = engine.servingThroughput(m70, h100, { gpus: 8, tp: 2, weights: 'fp8', kv: 'fp8', inputTokens: 512, outputTokens: 256 });
  const block = engine.transformerBlockGraph(m7, { phase: 'prefill', batch: 1, tokens: 128 });
  const lifetimes = engine.layerTensorLifetimes(m7, { batch: 1, tokens: 64 });
  const analysis = engine.bottleneckAnalysis(m70, h100, { phase: 'decode', batch: 8, tokens: 1024, tp: 4 });
  const checkpoint = engine.trainingCheckpoint(m7, a100, { batch: 1, tokens: 512, segmentLayers: 4 });
  const step = engine.inferenceStep(m70, h100, { phase: 'decode', batch: 8, tokens: 1024, tp: 4 });
  return {
    reuseArenaDerivation: [[plan, 'best-fit']],
    reuseLowerBoundDerivation: [[plan]],
    kvSlotShareDerivation: [[slotMap]],
    kvWastedSlotsDerivation: [[slotMap]],
    kvBudgetDerivation: [[capacity]],
    kvSequencesFitDerivation: [[capacity, 'paged']],
    kvDecodeThroughputDerivation: [[capacity, 'contiguous']],
    graphBytesDerivation: [[optimised, cost]],
    graphTimeDerivation: [[h100, 'fp16', cost]],
    fusionTimeDerivation: [[fusion, true]],
    fusionBytesDerivation: [[chain, fusion, false]],
    offloadStepDerivation: [[timeline]],
    offloadSavedDerivation: [[timeline, { target: 'weights', prefetch: true }]],
    servingMemoryDerivation: [[serving]],
    servingThroughputDerivation: [[serving, { gpus: 8, tp: 2, outputTokens: 256 }]],
    blockPeakDerivation: [[block, ['flash-attention']]],
    partitionBlock: [[block, 1e6, ['norm-into-proj']]],
    layerBuffers: [[lifetimes, true]],
    remedySpeedupDerivation: [[analysis, 'int8-allreduce']],
    checkpointKeptDerivation: [[checkpoint]],
    compressedCommunicationSeconds: [[step, h100]],
  };
}

const HOSTILE: readonly unknown[] = [Number.NaN, Infinity, -1, 0, 1e200, 5e-324, 1.5, '', 'xyz', null, undefined, {}, [], true];

/** Every path to a leaf (or sub-object) of the argument list, as key arrays. */
function paths(value: unknown, prefix: (string | number)[], out: (string | number)[][], depth: number): void {
  out.push(prefix);
  if (depth === 0 || typeof value !== 'object' || value === null) return;
  for (const k of Object.keys(value)) paths((value as Record<string, unknown>)[k], [...prefix, k], out, depth - 1);
}

function replaced(value: unknown, path: readonly (string | number)[], leaf: unknown, drop: boolean): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy: Record<string | number, unknown> = Array.isArray(value) ? [...value] as unknown as Record<number, unknown> : { ...(value as object) };
  if (rest.length === 0 && drop) delete copy[head];
  else copy[head] = replaced((value as Record<string | number, unknown>)[head], rest, leaf, drop);
  return copy;
}

describe('fuzz: the simulators\' API with one field malformed at a time', () => {
  it.each(Object.keys(VALID).filter((name) => typeof (engine as Record<string, unknown>)[name] === 'function'))('%s', (name) => {
    const fn = (engine as unknown as Record<string, (...a: unknown[]) => unknown>)[name] as (...a: unknown[]) => unknown;
    for (const args of VALID[name] as unknown[][]) {
      expect(check(name, fn, args)).toBeNull();
      // Model and hardware objects are mutated one level deep, option objects two.
      const all: (string | number)[][] = [];
      args.forEach((a, i) => paths(a, [i], all, a === m7 || a === m70 || a === mix || a === h100 || a === a100 || a === orin || a === tpu ? 1 : 3));
      const arbPath = fc.constantFrom(...all.filter((p) => p.length > 0));
      fc.assert(fc.property(arbPath, fc.constantFrom(...HOSTILE), fc.boolean(), (p, leaf, drop) => {
        const mutated = replaced(args, p, leaf, drop) as unknown[];
        const violation = check(name, fn, mutated);
        if (violation) throw new Error(`${violation} (${p.join('.')} = ${String(leaf)}${drop ? ', dropped' : ''})`);
      }), { seed: 0x5eed });
    }
  });
});

describe('validation rejects what round 1 let through', () => {
  const expectField = (fn: () => unknown, field: string) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      expect((e as EngineError).field).toBe(field);
      return;
    }
    throw new Error(`expected EngineError on ${field}`);
  };
  it("a model without position throws EngineError('position'), not a TypeError", () =>
    expectField(() => engine.inferenceStep({ ...m7, position: undefined } as unknown as ModelSpec, h100, { phase: 'decode', batch: 1, tokens: 8 }), 'position'));
  it("mlp: 'xyz' is rejected instead of becoming a dense MLP", () =>
    expectField(() => engine.paramCount({ ...m7, mlp: 'xyz' } as unknown as ModelSpec), 'mlp'));
  it('tokens: 1e200 is out of range, not Infinity seconds', () =>
    expectField(() => engine.inferenceStep(m7, h100, { phase: 'prefill', batch: 1, tokens: 1e200 }), 'tokens'));
  it('an efficiency of 5e-324 is below the 1e-3 floor', () =>
    expectField(() => engine.inferenceStep(m7, h100, { phase: 'decode', batch: 1, tokens: 8, efficiency: { memoryEfficiency: 5e-324 } }), 'efficiency.memoryEfficiency'));
  it('a hardware object without bandwidth is rejected', () =>
    expectField(() => engine.inferenceStep(m7, { ...h100, memoryBandwidthBytesPerSec: undefined } as unknown as HardwareSpec, { phase: 'decode', batch: 1, tokens: 8 }), 'hardware.memoryBandwidthBytesPerSec'));
  it('a fractional GPU count is rejected', () =>
    expectField(() => engine.servingThroughput(m7, h100, { gpus: 1.5, inputTokens: 8, outputTokens: 8 }), 'gpus'));
});

afterAll(() => {
  // The counts the issue asks for, printed for the report (they vary with FC_RUNS).
  console.log(`fuzz: ${tally.calls} calls, ${tally.engineErrors} EngineErrors, ${tally.returned} returned, 0 other exceptions, 0 non-finite numbers`);
});
