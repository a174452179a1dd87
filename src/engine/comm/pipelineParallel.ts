/**
 * Pipeline-parallel inference: point-to-point activations and bubbles.
 *
 * Each stage boundary passes the activations of one micro-batch,
 * b·s·h·bytes (micro-batch size × tokens × hidden × bytes per element).
 * With p stages and m equal micro-batches, a GPipe schedule leaves each
 * stage idle for a fraction (p − 1)/(m + p − 1) of the time (Huang et al.
 * 2019, Sec. 2.3): the bubble. Ignores unequal stage times (the timeline in
 * pipelineTimeline.ts handles those).
 */
import { requireNonNegative, requirePositiveInt, requireObject } from '../errors.ts';

export function pipelineP2pBytes(params: { microBatch: number; tokens: number; hidden: number; bytesPerElement: number }): number {
  requireObject('params', params);
  return requirePositiveInt('microBatch', params.microBatch) * requirePositiveInt('tokens', params.tokens)
    * requirePositiveInt('hidden', params.hidden) * requireNonNegative('bytesPerElement', params.bytesPerElement);
}

/** GPipe bubble fraction (p − 1)/(m + p − 1). */
export function pipelineBubbleFraction(stages: number, microBatches: number): number {
  const p = requirePositiveInt('stages', stages);
  const m = requirePositiveInt('microBatches', microBatches);
  return (p - 1) / (m + p - 1);
}
