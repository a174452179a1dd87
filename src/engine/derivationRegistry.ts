/**
 * Every derivation the engine can return, by id. The view's text for a
 * derivation (src/i18n/engine/derivations.ts) is typed by DerivationSymbols,
 * so a derivation that renames, adds or drops a symbol fails to compile where
 * its words are kept (issue #9 item 7). A new derivation is added here.
 */
import type { BusBandwidthDerivation, CrossoverDerivation } from './comm/busBandwidthDerivation.ts';
import type { CollectiveDerivation } from './comm/collectiveDerivation.ts';
import type { CommStallDerivation, CommStepDerivation } from './comm/commStepDerivation.ts';
import type { LayerComputeDerivation } from './comm/layerComputeDerivation.ts';
import type { PipelineBubbleDerivation, PipelineStepDerivation } from './comm/pipelineDerivation.ts';
import type { PpMemoryDerivation, TpMemoryDerivation } from './comm/parallelMemory.ts';
import type { StepThroughputDerivation } from './comm/stepThroughputDerivation.ts';
import type { TensorParallelCommDerivation, TensorParallelTrafficDerivation } from './comm/tensorParallelDerivation.ts';
import type { DeepCompressionDerivation, LlmRatioDerivation, LlmReadDerivation, LlmStorageDerivation } from './compression/compressionDerivations.ts';
import type { WeightSharingDerivation } from './compression/weightSharing.ts';
import type { StrategySpeedupDerivation } from './compute/computeStrategies.ts';
import type { DeviceRidgeMacDerivation } from './compute/deviceRidge.ts';
import type { GraphTimeDerivation, OperatorTimeDerivation } from './compute/derivations.ts';
import type { GraphBytesDerivation, GraphFlopsDerivation, GraphKernelsDerivation } from './graph/derivations.ts';
import type { AttentionIoFlashDerivation, AttentionIoStandardDerivation } from './compute/flashAttention.ts';
import type { FusionFusedBytesDerivation, FusionTimeDerivation, FusionUnfusedBytesDerivation } from './compute/fusion.ts';
import type { SymbolOf } from './derivation.ts';
import type { InferenceEnergyDerivation } from './energy/inferenceEnergy.ts';
import type { ServingEnergyDerivation } from './energy/servingEnergy.ts';
import type { DecodeTimeDerivation } from './explain/decodeTime.ts';
import type { FitDerivation } from './explain/fit.ts';
import type { KvCacheDerivation } from './explain/kvCache.ts';
import type { RidgePointDerivation } from './explain/ridgePoint.ts';
import type { StepTimeDerivation } from './explain/stepTime.ts';
import type { WeightBytesDerivation } from './explain/weightBytes.ts';
import type { BlockPeakDerivation, BlockWeightDerivation, FusionStoredDerivation, FusionTrafficDerivation } from './memory/blockGraphDerivations.ts';
import type { ActivationPeakDerivation } from './memory/activations.ts';
import type { DecodeBytesDerivation } from './memory/decodeBytes.ts';
import type { RemedySpeedupDerivation, StepSplitDerivation } from './serving/bottleneck.ts';
import type { DeploymentThroughputDerivation, DeploymentTpotDerivation, DeploymentTtftDerivation } from './serving/deploymentDerivations.ts';
import type { PracticeThroughputDerivation, PracticeTtftDerivation } from './serving/practiceDerivations.ts';
import type { MemoryTotalDerivation } from './explain/memoryTotal.ts';
import type { OverlappedTpotDerivation } from './serving/overlappedServing.ts';
import type {
  LayoutThroughputDerivation, PipelineMakespanDerivation, ServingIterationDerivation, ServingMemoryDerivation, ServingThroughputDerivation,
  StreamThroughputDerivation, StreamTtftDerivation,
} from './serving/servingDerivations.ts';
import type { ReuseArenaDerivation, ReuseLowerBoundDerivation } from './memory/layerMemoryPlan.ts';
import type { CheckpointExtraFlopsDerivation, CheckpointKeptDerivation } from './memory/trainingCheckpoint.ts';
import type {
  KvBudgetDerivation, KvDecodeThroughputDerivation, KvNeverUsedDerivation, KvSequencesFitDerivation, KvSlotShareDerivation, KvWastedSlotsDerivation,
} from './memory/pagingCapacity.ts';
import type {
  OffloadFitDerivation, OffloadLayerComputeDerivation, OffloadSavedDerivation, OffloadStepDerivation, OffloadTransferDerivation,
} from './memory/offloadDerivations.ts';
import type { MemoryStrategySavingDerivation, MemoryStrategyTimeDerivation } from './memory/strategyDerivations.ts';

export type EngineDerivation =
  | WeightBytesDerivation
  | KvCacheDerivation
  | RidgePointDerivation
  | DecodeTimeDerivation
  | FitDerivation
  | DecodeBytesDerivation
  | ActivationPeakDerivation
  | FusionStoredDerivation
  | FusionTrafficDerivation
  | BlockPeakDerivation
  | BlockWeightDerivation
  | OperatorTimeDerivation
  | GraphTimeDerivation
  | AttentionIoStandardDerivation
  | AttentionIoFlashDerivation
  | FusionUnfusedBytesDerivation
  | FusionFusedBytesDerivation
  | WeightSharingDerivation
  | LlmStorageDerivation
  | LlmRatioDerivation
  | LlmReadDerivation
  | DeepCompressionDerivation
  | InferenceEnergyDerivation
  | ServingEnergyDerivation
  | CollectiveDerivation
  | BusBandwidthDerivation
  | CrossoverDerivation
  | CommStepDerivation
  | CommStallDerivation
  | PipelineStepDerivation
  | PipelineBubbleDerivation
  | TensorParallelTrafficDerivation
  | TensorParallelCommDerivation
  | LayerComputeDerivation
  | StepThroughputDerivation
  | StepSplitDerivation
  | DeploymentTtftDerivation
  | DeploymentTpotDerivation
  | DeploymentThroughputDerivation
  | RemedySpeedupDerivation
  | PracticeTtftDerivation
  | PracticeThroughputDerivation
  | MemoryTotalDerivation
  | OverlappedTpotDerivation
  | StrategySpeedupDerivation
  | DeviceRidgeMacDerivation
  | FusionTimeDerivation
  | GraphKernelsDerivation
  | GraphBytesDerivation
  | GraphFlopsDerivation
  | StepTimeDerivation
  | ServingThroughputDerivation
  | ServingIterationDerivation
  | ServingMemoryDerivation
  | StreamThroughputDerivation
  | StreamTtftDerivation
  | PipelineMakespanDerivation
  | LayoutThroughputDerivation
  | ReuseArenaDerivation
  | ReuseLowerBoundDerivation
  | CheckpointKeptDerivation
  | CheckpointExtraFlopsDerivation
  | KvBudgetDerivation
  | KvSequencesFitDerivation
  | KvDecodeThroughputDerivation
  | KvSlotShareDerivation
  | KvWastedSlotsDerivation
  | KvNeverUsedDerivation
  | OffloadTransferDerivation
  | OffloadLayerComputeDerivation
  | OffloadStepDerivation
  | OffloadSavedDerivation
  | OffloadFitDerivation
  | MemoryStrategySavingDerivation
  | MemoryStrategyTimeDerivation
  | TpMemoryDerivation
  | PpMemoryDerivation;

export type DerivationId = EngineDerivation['id'];

/** Derivation id → the symbols its terms may carry. */
export type DerivationSymbols = { readonly [D in EngineDerivation as D['id']]: SymbolOf<D> };
