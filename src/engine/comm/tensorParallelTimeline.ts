/**
 * Per-layer timeline of tensor-parallel inference for a Gantt chart.
 *
 * Every layer computes attention (A s), all-reduces (M s), computes the MLP
 * (P s) and all-reduces again (Megatron-LM: 2 all-reduces per layer). All TP
 * ranks run the same schedule, so the bars repeat per rank. With overlap
 * fraction f, the next block may start f·min(M, next compute) before the
 * all-reduce ends (e.g. by splitting the matmul into chunks whose results
 * are sent while the rest computes); f = 0 is fully serial. Times are
 * inputs: take them from the operator model and collectiveTime. Ignores
 * the slowdown of overlapped kernels sharing the GPU.
 */
import { requireInRange, requireNonNegative, requirePositiveInt, requireObject } from '../errors.ts';
import type { GanttSegment } from './ganttTypes.ts';

export interface TensorParallelTimelineParams {
  readonly layers: number;
  readonly tp: number;
  readonly attentionSeconds: number;
  readonly mlpSeconds: number;
  readonly allReduceSeconds: number;
  readonly overlapFraction?: number;
}

export interface TensorParallelTimeline {
  readonly segments: readonly GanttSegment[];
  readonly totalSeconds: number;
  readonly computeSeconds: number;
  readonly commSeconds: number;
  /** Communication time not hidden under compute. */
  readonly exposedCommSeconds: number;
}

export function tensorParallelTimeline(params: TensorParallelTimelineParams): TensorParallelTimeline {
  requireObject('params', params);
  const layers = requirePositiveInt('layers', params.layers);
  const tp = requirePositiveInt('tp', params.tp);
  const blocks = [
    { kind: 'attention' as const, seconds: requireNonNegative('attentionSeconds', params.attentionSeconds) },
    { kind: 'mlp' as const, seconds: requireNonNegative('mlpSeconds', params.mlpSeconds) },
  ];
  const m = tp === 1 ? 0 : requireNonNegative('allReduceSeconds', params.allReduceSeconds);
  const f = requireInRange('overlapFraction', params.overlapFraction ?? 0, 0, 1);

  const bars: Omit<GanttSegment, 'rank'>[] = [];
  let computeFree = 0;
  let ready = 0;
  let end = 0;
  for (let layer = 0; layer < layers; layer++) {
    for (let k = 0; k < blocks.length; k++) {
      const block = blocks[k] as (typeof blocks)[number];
      const start = Math.max(computeFree, ready);
      const computeEnd = start + block.seconds;
      bars.push({ lane: 'compute', kind: block.kind, layer, microBatch: 0, startSeconds: start, endSeconds: computeEnd });
      computeFree = computeEnd;
      end = computeEnd;
      if (m > 0) {
        const commEnd = computeEnd + m;
        bars.push({ lane: 'comm', kind: 'all-reduce', layer, microBatch: 0, startSeconds: computeEnd, endSeconds: commEnd });
        const isLast = layer === layers - 1 && k === blocks.length - 1;
        const nextCompute = (blocks[(k + 1) % blocks.length] as (typeof blocks)[number]).seconds;
        ready = isLast ? commEnd : commEnd - f * Math.min(m, nextCompute);
        end = commEnd;
      } else {
        ready = computeEnd;
      }
    }
  }
  const computeSeconds = layers * blocks.reduce((a, b) => a + b.seconds, 0);
  const commSeconds = 2 * layers * m;
  const segments: GanttSegment[] = [];
  for (let rank = 0; rank < tp; rank++) for (const bar of bars) segments.push({ ...bar, rank });
  return { segments, totalSeconds: end, computeSeconds, commSeconds, exposedCommSeconds: end - computeSeconds };
}
