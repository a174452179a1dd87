// Public API of the comm area; re-exported by src/engine/index.ts.
export * from './collectiveTypes.ts';
export { collectiveCost, collectiveTime, collectiveCrossoverBytes } from './collectiveCost.ts';
export { collectiveDerivation } from './collectiveDerivation.ts';
export { busBandwidthFactor, algBandwidth, busBandwidth } from './busBandwidth.ts';
export * from './ringSchedule.ts';
export * from './messageCompression.ts';
export * from './overlap.ts';
export * from './transferSchedule.ts';
export * from './bucketMerge.ts';
export * from './tensorParallel.ts';
export * from './pipelineParallel.ts';
export * from './ganttTypes.ts';
export * from './tensorParallelTimeline.ts';
export * from './pipelineTimeline.ts';
export * from '../presets/interconnects.ts';
export * from './transport.ts';
export * from './ringContributions.ts';
export * from './busBandwidthDerivation.ts';
export * from './twoLaneSchedule.ts';
export * from './parallelTopology.ts';
export * from './commMethodsTimeline.ts';
export * from './layerComputeSeconds.ts';
export * from './commStepDerivation.ts';
export * from './pipelineDerivation.ts';
export * from './tensorParallelDerivation.ts';
export * from './layerComputeDerivation.ts';
export * from './stepThroughputDerivation.ts';
export * from './parallelStep.ts';
export { parallelMemory, parallelMemoryDerivation } from './parallelMemory.ts';
export type {
  ParallelMemory, ParallelMemoryConfig, ParallelMemoryDerivation, PipelineStageMemory, PpMemoryDerivation, TpMemoryDerivation,
} from './parallelMemory.ts';
