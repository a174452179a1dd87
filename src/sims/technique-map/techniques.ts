/**
 * The lecture's techniques and the simulator slides that show each of them,
 * as data (tests/content/techniqueMap.test.ts checks every slide id against
 * the deck, and that every simulator placement of sections 1–9 is on the map).
 * Names and slide labels are in text.ts.
 */

export const MAP_FAMILIES = ['memory', 'compute', 'communication', 'across'] as const;
export type MapFamily = (typeof MAP_FAMILIES)[number];

/** Slides that hold a simulator, by their stable id (`#/<id>`). */
export const MAP_SLIDES = [
  'importance/before-after', 'importance/applications',
  'memory-basics/budget', 'memory-basics/models', 'memory-basics/compression', 'memory-basics/compare', 'memory-basics/layer-fusion',
  'memory-techniques/reuse', 'memory-techniques/paging', 'memory-techniques/offload', 'memory-techniques/compare',
  'compute-basics/roofline', 'compute-basics/bottlenecks', 'compute-basics/graph-passes', 'compute-basics/compare',
  'compute-techniques/fusion', 'compute-techniques/batching', 'compute-techniques/compare',
  'comm-basics/allreduce', 'comm-basics/models', 'comm-basics/timeline', 'comm-basics/compare',
  'comm-techniques/timeline', 'comm-techniques/compare',
  'comparison/where-time-goes', 'comparison/effects', 'comparison/chooser', 'comparison/applications',
  'best-practices/stack', 'best-practices/concrete', 'best-practices/case-steps', 'best-practices/lessons',
] as const;
export type MapSlide = (typeof MAP_SLIDES)[number];

export const TECHNIQUE_IDS = [
  'memory-budget', 'weight-quantisation', 'kv-quantisation', 'pruning', 'weight-sharing', 'huffman', 'layer-fusion', 'subgraph-partitioning',
  'activation-pruning', 'memory-reuse', 'kv-paging', 'offload',
  'roofline', 'graph-passes', 'memory-access', 'operator-fusion', 'flash-attention', 'kv-reuse', 'batching', 'continuous-batching',
  'replicas-vs-tp', 'task-pipeline', 'low-precision-compute',
  'alpha-beta', 'collective-algorithms', 'tp-traffic', 'comm-compression', 'topk', 'overlap', 'chunking', 'priority', 'merging',
  'pipeline-parallel', 'topology', 'rdma',
  'why-optimise', 'applications', 'bottleneck', 'choosing', 'stacking', 'case-studies',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

export interface Technique {
  readonly id: TechniqueId;
  readonly family: MapFamily;
  /** The slides that show it, the one to open first first. */
  readonly slides: readonly MapSlide[];
}

export const TECHNIQUES: readonly Technique[] = [
  { id: 'memory-budget', family: 'memory', slides: ['memory-basics/budget', 'memory-basics/models'] },
  { id: 'weight-quantisation', family: 'memory', slides: ['memory-basics/compression', 'memory-basics/compare', 'memory-basics/budget'] },
  { id: 'kv-quantisation', family: 'memory', slides: ['memory-basics/budget'] },
  { id: 'pruning', family: 'memory', slides: ['memory-basics/compression', 'memory-basics/compare'] },
  { id: 'weight-sharing', family: 'memory', slides: ['memory-basics/compression', 'memory-techniques/compare'] },
  { id: 'huffman', family: 'memory', slides: ['memory-basics/compression'] },
  { id: 'layer-fusion', family: 'memory', slides: ['memory-basics/layer-fusion'] },
  { id: 'subgraph-partitioning', family: 'memory', slides: ['memory-basics/layer-fusion'] },
  { id: 'activation-pruning', family: 'memory', slides: ['memory-techniques/compare'] },
  { id: 'memory-reuse', family: 'memory', slides: ['memory-techniques/reuse', 'memory-techniques/compare'] },
  { id: 'kv-paging', family: 'memory', slides: ['memory-techniques/paging', 'memory-techniques/compare'] },
  { id: 'offload', family: 'memory', slides: ['memory-techniques/offload', 'memory-techniques/compare'] },

  { id: 'roofline', family: 'compute', slides: ['compute-basics/roofline', 'compute-basics/bottlenecks'] },
  { id: 'graph-passes', family: 'compute', slides: ['compute-basics/graph-passes', 'compute-basics/compare'] },
  { id: 'memory-access', family: 'compute', slides: ['compute-basics/graph-passes', 'compute-basics/compare'] },
  { id: 'operator-fusion', family: 'compute', slides: ['compute-techniques/fusion', 'compute-basics/graph-passes', 'compute-techniques/compare'] },
  { id: 'flash-attention', family: 'compute', slides: ['compute-techniques/fusion', 'compute-techniques/compare'] },
  { id: 'kv-reuse', family: 'compute', slides: ['compute-techniques/compare'] },
  { id: 'batching', family: 'compute', slides: ['compute-techniques/batching', 'compute-techniques/compare'] },
  { id: 'continuous-batching', family: 'compute', slides: ['compute-techniques/batching', 'compute-techniques/compare'] },
  { id: 'replicas-vs-tp', family: 'compute', slides: ['compute-techniques/batching', 'compute-techniques/compare'] },
  { id: 'task-pipeline', family: 'compute', slides: ['compute-techniques/batching', 'compute-techniques/compare'] },
  { id: 'low-precision-compute', family: 'compute', slides: ['comparison/where-time-goes'] },

  { id: 'alpha-beta', family: 'communication', slides: ['comm-basics/allreduce'] },
  { id: 'collective-algorithms', family: 'communication', slides: ['comm-basics/allreduce'] },
  { id: 'tp-traffic', family: 'communication', slides: ['comm-basics/models', 'comm-techniques/timeline'] },
  { id: 'comm-compression', family: 'communication', slides: ['comm-basics/timeline', 'comm-basics/compare', 'comm-techniques/compare'] },
  { id: 'topk', family: 'communication', slides: ['comm-basics/timeline', 'comm-techniques/compare'] },
  { id: 'overlap', family: 'communication', slides: ['comm-basics/timeline', 'comm-techniques/timeline', 'comm-techniques/compare'] },
  { id: 'chunking', family: 'communication', slides: ['comm-basics/timeline', 'comm-basics/compare'] },
  { id: 'priority', family: 'communication', slides: ['comm-basics/timeline', 'comm-basics/compare'] },
  { id: 'merging', family: 'communication', slides: ['comm-basics/timeline', 'comm-basics/compare'] },
  { id: 'pipeline-parallel', family: 'communication', slides: ['comm-techniques/timeline', 'comm-techniques/compare'] },
  { id: 'topology', family: 'communication', slides: ['comm-techniques/timeline', 'comm-techniques/compare', 'comm-basics/allreduce'] },
  { id: 'rdma', family: 'communication', slides: ['comm-techniques/timeline', 'comm-techniques/compare'] },

  { id: 'why-optimise', family: 'across', slides: ['importance/before-after'] },
  { id: 'applications', family: 'across', slides: ['importance/applications'] },
  { id: 'bottleneck', family: 'across', slides: ['comparison/where-time-goes', 'comparison/effects'] },
  { id: 'choosing', family: 'across', slides: ['comparison/chooser', 'comparison/applications'] },
  { id: 'stacking', family: 'across', slides: ['best-practices/stack', 'best-practices/concrete'] },
  { id: 'case-studies', family: 'across', slides: ['best-practices/case-steps', 'best-practices/lessons'] },
];

/** The techniques each slide shows, in map order: the reverse map. */
export function techniquesOn(slide: MapSlide): readonly Technique[] {
  return TECHNIQUES.filter((t) => t.slides.includes(slide));
}

/** The address of a slide in the deck. */
export const slideHref = (slide: MapSlide): string => `#/${slide}`;
