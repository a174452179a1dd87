/** A bar of a per-GPU Gantt chart of compute and communication. */
export interface GanttSegment {
  readonly rank: number;
  readonly lane: 'compute' | 'comm';
  readonly kind: 'attention' | 'mlp' | 'stage' | 'all-reduce' | 'send';
  readonly layer: number;
  readonly microBatch: number;
  readonly startSeconds: number;
  readonly endSeconds: number;
}
