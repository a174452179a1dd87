/**
 * A reproducible stream of requests for the batching simulators: Poisson
 * arrivals, prompt and output lengths drawn log-uniformly (LLM output lengths
 * vary by orders of magnitude, the point Orca's iteration-level scheduling
 * addresses). Same seed → same stream.
 * Source: 'yu-2022-orca' (Sec. 2.2: requests in a batch finish at different iterations).
 */
import { requireInRange, requireNonNegative, requirePositive, requirePositiveInt, requireObject } from '../errors.ts';

export interface StreamRequest {
  readonly id: number;
  readonly arrivalSeconds: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
}

export interface RequestStreamOptions {
  readonly count: number;
  /** Mean arrivals per second (λ of the Poisson process); 0 = all arrive at t = 0. */
  readonly ratePerSecond: number;
  readonly seed: number;
  readonly promptTokens: readonly [number, number];
  readonly outputTokens: readonly [number, number];
}

/** mulberry32: a small 32-bit seeded generator, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function logUniformInt(u: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo))))));
}

/** `count` requests; inter-arrival gaps −ln(1−u)/λ; lengths log-uniform in the given [min, max]. */
export function requestStream(opts: RequestStreamOptions): StreamRequest[] {
  requireObject('opts', opts);
  const count = requirePositiveInt('count', opts.count);
  const rate = requireNonNegative('ratePerSecond', opts.ratePerSecond);
  const [p0, p1] = opts.promptTokens.map((v, i) => requirePositiveInt(`promptTokens[${i}]`, v)) as [number, number];
  const [o0, o1] = opts.outputTokens.map((v, i) => requirePositiveInt(`outputTokens[${i}]`, v)) as [number, number];
  requireInRange('promptTokens[1]', p1, p0, Number.MAX_SAFE_INTEGER);
  requireInRange('outputTokens[1]', o1, o0, Number.MAX_SAFE_INTEGER);
  const rand = seededRandom(requirePositive('seed', opts.seed));
  const out: StreamRequest[] = [];
  let t = 0;
  for (let id = 0; id < count; id++) {
    if (id > 0 && rate > 0) t += -Math.log(1 - rand()) / rate;
    out.push({ id, arrivalSeconds: t, promptTokens: logUniformInt(rand(), p0, p1), outputTokens: logUniformInt(rand(), o0, o1) });
  }
  return out;
}
