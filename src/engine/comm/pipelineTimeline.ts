/**
 * GPipe-style forward schedule of pipeline-parallel inference for a Gantt
 * chart: p stages on p GPUs, m micro-batches. Stage s starts micro-batch j
 * when it has finished micro-batch j − 1 and the activations from stage s − 1
 * have arrived; each boundary's link sends one micro-batch at a time taking
 * `p2pSeconds`. The bubble is the idle fraction of the p·T GPU-seconds; with
 * equal stages and free transfers it equals (p − 1)/(m + p − 1) (Huang et al.
 * 2019). Stage and transfer times are inputs.
 */
import { EngineError, requireNonNegative, requirePositiveInt, requireObject } from '../errors.ts';
import type { GanttSegment } from './ganttTypes.ts';

export interface PipelineTimelineParams {
  readonly stages: number;
  readonly microBatches: number;
  /** Compute seconds per micro-batch: one value for all stages or one per stage. */
  readonly stageSeconds: number | readonly number[];
  readonly p2pSeconds: number;
}

export interface PipelineTimeline {
  readonly segments: readonly GanttSegment[];
  readonly totalSeconds: number;
  readonly bubbleFraction: number;
}

export function pipelineTimeline(params: PipelineTimelineParams): PipelineTimeline {
  requireObject('params', params);
  const p = requirePositiveInt('stages', params.stages);
  const m = requirePositiveInt('microBatches', params.microBatches);
  const send = requireNonNegative('p2pSeconds', params.p2pSeconds);
  let perStage: number[];
  if (typeof params.stageSeconds === 'number') {
    perStage = new Array<number>(p).fill(requireNonNegative('stageSeconds', params.stageSeconds));
  } else {
    if (params.stageSeconds.length !== p) throw new EngineError('invalidConfig', { field: 'stageSeconds', reason: 'stageCountMismatch', args: { stages: p } });
    perStage = params.stageSeconds.map((t, i) => requireNonNegative(`stageSeconds[${i}]`, t));
  }

  const segments: GanttSegment[] = [];
  const arrive: number[] = new Array<number>(m).fill(0);
  let total = 0;
  let busy = 0;
  for (let s = 0; s < p; s++) {
    const t = perStage[s] as number;
    let stageFree = 0;
    let linkFree = 0;
    for (let j = 0; j < m; j++) {
      const start = Math.max(stageFree, arrive[j] as number);
      const end = start + t;
      segments.push({ rank: s, lane: 'compute', kind: 'stage', layer: s, microBatch: j, startSeconds: start, endSeconds: end });
      stageFree = end;
      busy += t;
      total = Math.max(total, end);
      if (s < p - 1) {
        const sendStart = Math.max(end, linkFree);
        const sendEnd = sendStart + send;
        segments.push({ rank: s, lane: 'comm', kind: 'send', layer: s, microBatch: j, startSeconds: sendStart, endSeconds: sendEnd });
        linkFree = sendEnd;
        arrive[j] = sendEnd;
      }
    }
  }
  return { segments, totalSeconds: total, bubbleFraction: total === 0 ? 0 : 1 - busy / (p * total) };
}
