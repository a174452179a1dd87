/**
 * The engine's public API (issue #3). Everything a simulator, a slide or a test
 * uses is exported by name from here. The engine imports nothing from the app.
 */
export * from './units.ts';
export * from './errors.ts';
export * from './derivation.ts';
export type { EngineDerivation, DerivationId, DerivationSymbols } from './derivationRegistry.ts';
export { sources, getSource, isSourceKey } from './sources/index.ts';
export type { Source, SourceKey } from './sources/index.ts';
export * from './comm/index.ts';
export * from './energy/index.ts';
export * from './compression/index.ts';

// Presets
export { getModel, listModels } from './presets/models.ts';
export { getHardware, listHardware } from './presets/hardware.ts';
export { PRECISIONS } from './presets/hardwareSpec.ts';
export type { HardwareSpec, HardwareKind, Precision } from './presets/hardwareSpec.ts';

// The model
export type { ModelSpec, ModelFamily, MlpKind, NormKind, Activation, PositionEncoding, MoeSpec } from './model/types.ts';
export { modelFromHfConfig } from './model/hfConfig.ts';
export type { HfConfig, HfConfigMeta } from './model/hfConfig.ts';
export { validateModel } from './model/validate.ts';
export { tensorInventory } from './model/tensors.ts';
export type { TensorInventory, MatrixTensor, VectorTensor, TensorRole } from './model/tensors.ts';
export { paramCount, activeParamCount } from './model/params.ts';
export { FLOPS_PER_MAC, flopsFromMacs, macsFromFlops, matmulFlops, peakFromMacUnits } from './model/flops.ts';
export { llamaFfnHiddenSize } from './model/ffnSize.ts';
export { expectedDistinctExperts } from './model/moe.ts';
export { emitOperators, tensorParallelLayout, flashBlockRows } from './model/operators.ts';
export type { Phase, AttentionKernel, OpClass, OperatorContext, OperatorSink, TensorParallelLayout } from './model/operators.ts';

// Memory
export { DTYPES, DTYPE_BITS, INT4_G128_FP16, INT4_G128_FP16_ZP4, resolveFormat, bitsPerElement, matrixBytes, dtypeBytes } from './memory/formats.ts';
export type { DType, QuantFormat, NumberFormat, ResolvedFormat } from './memory/formats.ts';
export { weightBytes, weightBytesBreakdown } from './memory/weights.ts';
export type { WeightBytesBreakdown } from './memory/weights.ts';
export { kvCacheBytes, kvBytesPerToken } from './memory/kvCache.ts';
export type { KvCacheOptions } from './memory/kvCache.ts';
export { contiguousSlotWaste } from './memory/slots.ts';
export type { ContiguousSlots, SlotUsage } from './memory/slots.ts';
export { activationPeakBytes, workspaceBytes } from './memory/activations.ts';
export { memoryBreakdown, largestBatchThatFits, longestContextThatFits, DEFAULT_MEMORY_UTILIZATION } from './memory/fit.ts';
export type { MemoryOptions, MemoryBreakdown } from './memory/fit.ts';

// Roofline and time
export { peakFlops, ridgePoint, attainableFlops, rooflineTime, operatorTime } from './roofline.ts';
export type { Bound, RooflineTime } from './roofline.ts';
export { IDEAL_EFFICIENCY, REALISTIC_EFFICIENCY, EFFICIENCY_SOURCES, resolveEfficiency } from './serving/efficiency.ts';
export type { EfficiencyKnobs, EfficiencyInput } from './serving/efficiency.ts';
export { inferenceStep } from './serving/inferenceStep.ts';
export type { InferenceStepOptions, InferenceStepResult, OperatorCost, OperatorBytes, CommunicationCost, StepBound } from './serving/inferenceStep.ts';
export { ttftSeconds, tpotSeconds, servingEstimate, weightStreamingSeconds, modelBandwidthUtilization } from './serving/latency.ts';
export type { ServingEstimate, StepSettings } from './serving/latency.ts';

// Explanations
export { weightBytesDerivation } from './explain/weightBytes.ts';
export { kvCacheDerivation } from './explain/kvCache.ts';
export { ridgePointDerivation } from './explain/ridgePoint.ts';
export { decodeTimeDerivation } from './explain/decodeTime.ts';
export { stepTimeDerivation } from './explain/stepTime.ts';
export type { StepTimeDerivation } from './explain/stepTime.ts';
export { fitDerivation } from './explain/fit.ts';
export { memoryTotalDerivation } from './explain/memoryTotal.ts';

// Simulator-facing areas
export * from './compute/index.ts';
export * from './graph/index.ts';
export * from './memory/decodeBytes.ts';
export { BLOCK_FUSIONS, transformerBlockGraph, blockPeakActivationBytes, blockPeakStep, fusionSavings, partitionBlock } from './memory/blockGraph.ts';
export type { BlockFusionId, BlockNode, BlockTensor, BlockGraph, FusionSavings, BlockPeakStep, Subgraph, BlockGraphOptions as TransformerBlockGraphOptions } from './memory/blockGraph.ts';
export { fusionStoredDerivation, fusionTrafficDerivation, blockPeakDerivation, blockWeightDerivation } from './memory/blockGraphDerivations.ts';
export type { FusionStoredDerivation, FusionTrafficDerivation, BlockPeakDerivation, BlockWeightDerivation } from './memory/blockGraphDerivations.ts';
export * from './memory/lifetimes.ts';
export * from './memory/reuse.ts';
export * from './memory/recompute.ts';
export * from './memory/paging.ts';
export * from './memory/offload.ts';
export * from './memory/strategies.ts';
export * from './memory/preemption.ts';
export * from './memory/chunkedPrefill.ts';
export * from './memory/layerMemoryPlan.ts';
export * from './memory/trainingCheckpoint.ts';
export * from './memory/pagingCapacity.ts';
export * from './memory/offloadDerivations.ts';
export * from './memory/strategyDerivations.ts';
export * from './serving/kvReservation.ts';
export * from './serving/deploymentEstimate.ts';
export * from './serving/deploymentDerivations.ts';
export * from './serving/readingSpeed.ts';
export * from './serving/requestStream.ts';
export * from './serving/batching.ts';
export * from './serving/replicasVsTp.ts';
export * from './serving/taskPipeline.ts';
export * from './serving/bottleneck.ts';
export * from './serving/strategyChoice.ts';
export * from './serving/overlappedServing.ts';
export * from './serving/practiceStack.ts';
export * from './serving/practiceDerivations.ts';

// Engine round 2 (issue #10): validation, limits, the serving bound, the record, inference-time memory techniques
export { LIMITS, requireCount } from './limits.ts';
export { validateHardware, HARDWARE_LIMITS } from './presets/validateHardware.ts';
export { deviceRidge, deviceRidgeMacDerivation } from './compute/deviceRidge.ts';
export type { DeviceRidge, DeviceRidgeMacDerivation } from './compute/deviceRidge.ts';
export { activationPeakDerivation } from './memory/activations.ts';
export type { ActivationPeakOptions, ActivationPeakDerivation } from './memory/activations.ts';
export { memoryFromParts } from './memory/fit.ts';
export type { MemoryParts } from './memory/fit.ts';
export { UNQUANTISED_BITS } from './memory/formats.ts';
export { computeEfficiencyAt, MIN_EFFICIENCY, MAX_LAUNCH_SECONDS } from './serving/efficiency.ts';
export { servingThroughput } from './serving/servingThroughput.ts';
export type { ServingThroughput, ServingThroughputOptions, ServingBound, IterationParts, ServingMemory } from './serving/servingThroughput.ts';
export * from './serving/servingDerivations.ts';
export { RECORD_MEASUREMENTS, MLC_Q4F16_FT } from './record/measurements.ts';
export type { RecordMeasurement, RecordMetric, RecordExclusion } from './record/measurements.ts';
export { compareMeasurement, recordComparison, REALISTIC_TOLERANCE } from './record/compare.ts';
export type { RecordComparison, InputBasis } from './record/compare.ts';

// Section 11 (issue #11 item 5): paper reproductions beside the record, and the record's show-the-work
export { kvWaste } from './memory/kvWaste.ts';
export type { KvWaste, KvWasteOptions } from './memory/kvWaste.ts';
export { attentionIoForwardBackward } from './compute/attentionIoTraining.ts';
export type { AttentionIoTraining } from './compute/attentionIoTraining.ts';
export { ringAllReduceTraffic } from './comm/ringTraffic.ts';
export type { RingTraffic } from './comm/ringTraffic.ts';
export { paperReproductions, PUBLISHED_FIGURES, REPRODUCTION_SETTINGS } from './record/reproductions.ts';
export type { PaperReproduction, ReproductionArea, ReproductionCheck, ReproductionId, ReproductionUnit } from './record/reproductions.ts';
export { recordServing } from './record/recordServing.ts';
export type { RecordEstimate, RecordServing } from './record/recordServing.ts';
export { recordSummary } from './record/recordSummary.ts';
export type { RecordSummary } from './record/recordSummary.ts';
