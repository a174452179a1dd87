/**
 * "Show the work" for one tensor-parallel step on the compute and link lanes
 * (commMethodsTimeline): where its time goes.
 *
 * The compute lane is never idle except while it waits for communication, so
 *   T = C + S,   C = t_0 + L·m·(t_A + t_P) + t_codec
 * with t_0 the embedding and LM head, L layers, m blocks per layer (2 when
 * asynchronous communication splits the batch, else 1), t_A and t_P one
 * attention and one MLP block (of that half when split), t_codec the
 * compression kernels, and S the stall: compute waiting for an all-reduce or
 * for the link, which the schedule gives. The stall view reads the same
 * identity backwards, S = T − C. Source: 'shoeybi-2019-megatron' (the two
 * all-reduces per layer the compute waits for).
 */
import type { Derivation } from '../derivation.ts';
import type { CommMethodsParams, CommMethodsResult } from './commMethodsTimeline.ts';
import { requireObject, requireNumberFields } from '../errors.ts';

export type CommStepSymbol = 't_0' | 'L' | 'm' | 't_A' | 't_P' | 't_{codec}' | 'S' | 'C' | 'T' | 'N_{msg}';
export type CommStepDerivation = Derivation<'comm-step', CommStepSymbol>;
export type CommStallDerivation = Derivation<'comm-stall', CommStepSymbol>;

function parts(p: CommMethodsParams, r: CommMethodsResult) {
  requireNumberFields('p', p, ['beforeSeconds', 'afterSeconds', 'layers']);
  requireNumberFields('r', r, ['codecSeconds', 'stallSeconds', 'stepSeconds', 'computeBusySeconds', 'linkMessages']);
  const blocks = r.split && p.half ? p.half : p.full;
  requireNumberFields(r.split && p.half ? 'p.half' : 'p.full', blocks, ['attentionSeconds', 'mlpSeconds']);
  const m = r.split ? 2 : 1;
  return { t0: p.beforeSeconds + p.afterSeconds, L: p.layers, m, tA: blocks.attentionSeconds, tP: blocks.mlpSeconds };
}

/** T = t_0 + L·m·(t_A + t_P) + t_codec + S for the step `r` scheduled from `p`. */
export function commStepDerivation(p: CommMethodsParams, r: CommMethodsResult): CommStepDerivation {
  requireObject('p', p);
  requireObject('r', r);
  const { t0, L, m, tA, tP } = parts(p, r);
  return {
    id: 'comm-step',
    tex: 'T = \\underbrace{t_0 + L\\,m\\,(t_A + t_P) + t_{codec}}_{C} + S',
    evaluate: (v) => v.t_0 + v.L * v.m * (v.t_A + v.t_P) + v['t_{codec}'] + v.S,
    terms: [
      { symbol: 't_0', value: t0, unit: 's' },
      { symbol: 'L', value: L, unit: 'count' },
      { symbol: 'm', value: m, unit: 'count' },
      { symbol: 't_A', value: tA, unit: 's' },
      { symbol: 't_P', value: tP, unit: 's' },
      { symbol: 't_{codec}', value: r.codecSeconds, unit: 's' },
      { symbol: 'S', value: r.stallSeconds, unit: 's' },
    ],
    result: { value: r.stepSeconds, unit: 's' },
    source: 'shoeybi-2019-megatron',
  };
}

/** S = T − C: the part of the step the compute lane spends waiting. */
export function commStallDerivation(p: CommMethodsParams, r: CommMethodsResult): CommStallDerivation {
  requireObject('p', p);
  requireObject('r', r);
  const { t0, L, m, tA, tP } = parts(p, r);
  return {
    id: 'comm-stall',
    tex: 'S = T - C,\\quad C = t_0 + L\\,m\\,(t_A + t_P) + t_{codec}',
    evaluate: (v) => v.T - v.C,
    terms: [
      { symbol: 'T', value: r.stepSeconds, unit: 's' },
      { symbol: 'C', value: r.computeBusySeconds, unit: 's' },
      { symbol: 't_0', value: t0, unit: 's' },
      { symbol: 'L', value: L, unit: 'count' },
      { symbol: 'm', value: m, unit: 'count' },
      { symbol: 't_A', value: tA, unit: 's' },
      { symbol: 't_P', value: tP, unit: 's' },
      { symbol: 't_{codec}', value: r.codecSeconds, unit: 's' },
      { symbol: 'N_{msg}', value: r.linkMessages, unit: 'count' },
    ],
    result: { value: r.stallSeconds, unit: 's' },
    source: 'shoeybi-2019-megatron',
  };
}
