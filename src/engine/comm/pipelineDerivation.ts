/**
 * "Show the work" for a GPipe forward step (pipelineTimeline).
 *
 * Step time: every micro-batch visits the same machines in the same order —
 * stage 1, link 1, stage 2, …, stage p — with the same time on each, so the
 * makespan of this flow shop is the one job's path plus m − 1 turns of the
 * slowest machine:
 *   T = Σ_s t_s + (p − 1)·t_send + (m − 1)·t_max,  t_max = max(max_s t_s, t_send)
 * (t_send counts only when p > 1). Bubble: the idle share of the p·T
 * GPU-seconds, 1 − m·Σ_s t_s / (p·T), which for equal stages and free sends
 * is GPipe's (p − 1)/(m + p − 1). Source: 'huang-2019-gpipe' (§2.3).
 */
import type { Derivation } from '../derivation.ts';
import { pipelineBubbleFraction } from './pipelineParallel.ts';
import type { PipelineTimeline } from './pipelineTimeline.ts';
import { requireNumberFields, requireNumberArray, requireNonNegative } from '../errors.ts';

export type PipelineSymbol = 'p' | 'm' | '\\sum_s t_s' | 't_{send}' | 't_{max}' | 'T' | '\\frac{p-1}{m+p-1}';
export type PipelineStepDerivation = Derivation<'pipeline-step', PipelineSymbol>;
export type PipelineBubbleDerivation = Derivation<'pipeline-bubble', PipelineSymbol>;

export interface PipelineStepInput {
  readonly stageSeconds: readonly number[];
  readonly microBatches: number;
  readonly p2pSeconds: number;
  readonly timeline: PipelineTimeline;
}

/** The slowest machine a micro-batch passes: a stage or, with more than one stage, a link. */
export function pipelineBottleneckSeconds(stageSeconds: readonly number[], p2pSeconds: number): number {
  requireNumberArray('stageSeconds', stageSeconds, 0);
  requireNonNegative('p2pSeconds', p2pSeconds);
  const slowest = Math.max(0, ...stageSeconds);
  return stageSeconds.length > 1 ? Math.max(slowest, p2pSeconds) : slowest;
}

/** The input's numbers: stage times and the link time non-negative, at least one micro-batch, a timeline with its totals. */
function checkInput(x: PipelineStepInput): void {
  requireNumberFields('x', x, ['microBatches', 'p2pSeconds']);
  requireNumberArray('x.stageSeconds', x.stageSeconds, 0, Number.MAX_VALUE, 4096);
  requireNumberFields('x.timeline', x.timeline, ['totalSeconds', 'bubbleFraction']);
}

/** T = Σ t_s + (p − 1)·t_send + (m − 1)·t_max (see the module comment). */
export function pipelineStepDerivation(x: PipelineStepInput): PipelineStepDerivation {
  checkInput(x);
  const p = x.stageSeconds.length;
  const sum = x.stageSeconds.reduce((a, b) => a + b, 0);
  return {
    id: 'pipeline-step',
    tex: 'T = \\sum_s t_s + (p-1)\\,t_{send} + (m-1)\\,t_{max}',
    evaluate: (v) => v['\\sum_s t_s'] + (v.p - 1) * v['t_{send}'] + (v.m - 1) * v['t_{max}'],
    terms: [
      { symbol: 'p', value: p, unit: 'count' },
      { symbol: 'm', value: x.microBatches, unit: 'count' },
      { symbol: '\\sum_s t_s', value: sum, unit: 's' },
      { symbol: 't_{send}', value: p > 1 ? x.p2pSeconds : 0, unit: 's' },
      { symbol: 't_{max}', value: pipelineBottleneckSeconds(x.stageSeconds, x.p2pSeconds), unit: 's' },
    ],
    result: { value: x.timeline.totalSeconds, unit: 's' },
    source: 'huang-2019-gpipe',
  };
}

/** bubble = 1 − m·Σ t_s / (p·T), beside GPipe's (p − 1)/(m + p − 1). */
export function pipelineBubbleDerivation(x: PipelineStepInput): PipelineBubbleDerivation {
  checkInput(x);
  const p = x.stageSeconds.length;
  const sum = x.stageSeconds.reduce((a, b) => a + b, 0);
  return {
    id: 'pipeline-bubble',
    tex: '\\text{bubble} = 1 - \\frac{m \\sum_s t_s}{p\\,T} \\;\\approx\\; \\frac{p-1}{m+p-1}',
    evaluate: (v) => 1 - (v.m * v['\\sum_s t_s']) / (v.p * v.T),
    terms: [
      { symbol: 'p', value: p, unit: 'count' },
      { symbol: 'm', value: x.microBatches, unit: 'count' },
      { symbol: '\\sum_s t_s', value: sum, unit: 's' },
      { symbol: 'T', value: x.timeline.totalSeconds, unit: 's' },
      { symbol: '\\frac{p-1}{m+p-1}', value: pipelineBubbleFraction(p, x.microBatches), unit: '1' },
    ],
    result: { value: x.timeline.bubbleFraction, unit: '1' },
    source: 'huang-2019-gpipe',
  };
}
