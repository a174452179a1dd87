/**
 * The rows of 表10: each strategy is one change to the chosen configuration
 * (a ParallelVariant), timed with the engine's parallelStep, or not
 * applicable to it. Their names and costs are in text.ts.
 */
import { getHardware, getModel, parallelStep, type ParallelStep, type ParallelStepConfig, type ParallelVariant } from '../../engine/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import type { Inputs } from './inputs.ts';

export type State = ValuesOf<Inputs>;
export type Family = 'compression' | 'network' | 'transport' | 'scheduling';
export type StrategyId = 'int8' | 'fp8' | 'topk' | 'nvlink' | 'hierarchical' | 'infiniband' | 'rdma' | 'gpudirect' | 'overlap' | 'microbatches';

export interface Strategy {
  readonly id: StrategyId;
  readonly family: Family;
  /** The change, or null when it does not apply to this configuration. */
  readonly variant: (s: State) => ParallelVariant | null;
}

const network = (s: State) => s.topology !== 'nvlink' && s.topology !== 'pcie';

export const STRATEGIES: readonly Strategy[] = [
  { id: 'int8', family: 'compression', variant: () => ({ compression: 'int8' }) },
  { id: 'fp8', family: 'compression', variant: () => ({ compression: 'fp8' }) },
  { id: 'topk', family: 'compression', variant: (s) => (s.mode === 'tp' ? { compression: 'topk' } : null) },
  { id: 'nvlink', family: 'network', variant: (s) => (s.topology === 'nvlink' ? null : { topology: 'nvlink' }) },
  { id: 'hierarchical', family: 'network', variant: (s) => (s.topology === 'infiniband' || s.topology === 'ethernet' ? { topology: 'hierarchical' } : null) },
  { id: 'infiniband', family: 'network', variant: (s) => (s.topology === 'ethernet' ? { topology: 'infiniband' } : null) },
  { id: 'rdma', family: 'transport', variant: (s) => (network(s) && s.transport === 'tcp' ? { transport: 'rdma' } : null) },
  { id: 'gpudirect', family: 'transport', variant: (s) => (network(s) && s.transport !== 'gpudirect' ? { transport: 'gpudirect' } : null) },
  { id: 'overlap', family: 'scheduling', variant: (s) => (s.mode === 'tp' && !s.overlap ? { overlap: true } : null) },
  { id: 'microbatches', family: 'scheduling', variant: (s) => (s.mode === 'pp' && s.microBatches * 2 <= s.batch ? { microBatches: s.microBatches * 2 } : null) },
];

export function configOf(s: State): ParallelStepConfig {
  return {
    model: getModel(s.modelId), hardware: getHardware(s.hardwareId), mode: s.mode, phase: s.phase, degree: s.degree,
    batch: s.batch, tokens: s.tokens, overlap: s.overlap, microBatches: Math.min(s.microBatches, s.batch), topology: s.topology, transport: s.transport,
  };
}

export interface StrategyRow {
  readonly strategy: Strategy;
  /** Null when the strategy does not apply to this configuration. */
  readonly result: ParallelStep | null;
  /** Step time change against the baseline, seconds (negative = a saving). */
  readonly deltaSeconds: number | null;
}

export interface Comparison {
  readonly baseline: ParallelStep;
  readonly rows: readonly StrategyRow[];
}

/** The baseline and every strategy on it. Throws EngineError when the baseline itself is invalid. */
export function compareStrategies(s: State): Comparison {
  const config = configOf(s);
  const baseline = parallelStep(config);
  const rows = STRATEGIES.map((strategy): StrategyRow => {
    const v = strategy.variant(s);
    if (v === null) return { strategy, result: null, deltaSeconds: null };
    try {
      const result = parallelStep(config, v);
      return { strategy, result, deltaSeconds: result.stepSeconds - baseline.stepSeconds };
    } catch {
      // A change the configuration cannot take (e.g. a hierarchical split of an odd group) is listed as not applicable.
      return { strategy, result: null, deltaSeconds: null };
    }
  });
  return { baseline, rows };
}
