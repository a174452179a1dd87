/** The inputs as an engine configuration, and the what-if the predict-first question asks about. */
import { getHardware, getModel, parallelStep, type ParallelStep, type ParallelStepConfig } from '../../engine/index.ts';
import type { ValuesOf } from '../../state/inputs.ts';
import { MICRO_BATCHES_MAX, type Inputs } from './inputs.ts';

export type State = ValuesOf<Inputs>;

export function configOf(s: State): ParallelStepConfig {
  return {
    model: getModel(s.modelId), hardware: getHardware(s.hardwareId), mode: s.mode, phase: s.phase, degree: s.degree,
    batch: s.batch, tokens: s.tokens, overlap: s.overlap, microBatches: Math.min(s.microBatches, s.batch), topology: s.topology, transport: s.transport,
  };
}

/** The micro-batch count the pipeline question compares with: twice as many, or half when doubling is not possible. */
export function otherMicroBatches(m: number, batch: number): number {
  const cap = Math.min(MICRO_BATCHES_MAX, batch);
  return m * 2 <= cap ? m * 2 : Math.max(1, Math.floor(m / 2));
}

export type Trend = 'faster' | 'same' | 'slower';

/** Shorter or longer by more than 3 %, else about the same. */
export function trendOf(before: number, after: number): Trend {
  return after < before * 0.97 ? 'faster' : after > before * 1.03 ? 'slower' : 'same';
}

export interface Scenario {
  readonly step: ParallelStep;
  /** The question's two sides: overlap off and on (TP), or the current and the other micro-batch count (PP). */
  readonly before: ParallelStep;
  readonly after: ParallelStep;
  readonly otherMicro: number;
}

/** Throws EngineError on invalid input. */
export function buildScenario(s: State): Scenario {
  const config = configOf(s);
  const step = parallelStep(config);
  if (s.mode === 'tp') {
    return {
      step,
      before: s.overlap ? parallelStep(config, { overlap: false }) : step,
      after: s.overlap ? step : parallelStep(config, { overlap: true }),
      otherMicro: config.microBatches,
    };
  }
  const otherMicro = otherMicroBatches(config.microBatches, s.batch);
  return { step, before: step, after: parallelStep(config, { microBatches: otherMicro }), otherMicro };
}
