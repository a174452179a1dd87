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
