/**
 * The three teaching scenarios of figure 14, as data. They are constructed
 * combinations of constraints for teaching, NOT measurements or results of any
 * organisation: every number shown comes from the engine (practiceStack) for
 * the model, device and workload named here. Latency budgets and workloads are
 * scenario assumptions. Their words (task, constraints, each step's challenge
 * and lesson) are in text.ts.
 */
import { INT4_G128_FP16, type PracticeId, type PracticeSettings } from '../../engine/index.ts';

export const SCENARIO_IDS = ['finance', 'medical', 'driving'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface Scenario {
  readonly id: ScenarioId;
  readonly modelId: string;
  readonly hardwareId: string;
  /** Everything but the prompt length (a free control, default `promptTokens`). */
  readonly settings: Omit<PracticeSettings, 'promptTokens'>;
  readonly promptTokens: number;
  /** The optimisation path, in order; step 0 is the measured baseline. */
  readonly path: readonly PracticeId[];
  /** The weight format of `settings.weights`, as printed. */
  readonly weightsLabel: string;
}

export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = {
  finance: {
    id: 'finance',
    modelId: 'llama-3-70b',
    hardwareId: 'a100-40gb-sxm',
    settings: { weights: 'int8', batch: 32, tpotTargetSeconds: 0.05, maxGpus: 8, overlapFraction: 1, outputTokens: 400, maxLength: 8192 },
    promptTokens: 6000,
    path: ['quantise-weights', 'tensor-parallel', 'fused-attention', 'batching', 'overlap'],
    weightsLabel: 'INT8',
  },
  medical: {
    id: 'medical',
    modelId: 'llama-3-8b',
    hardwareId: 'rtx-4090',
    settings: { weights: 'int8', batch: 16, tpotTargetSeconds: 0.05, maxGpus: 1, overlapFraction: 1, outputTokens: 500, maxLength: 8192 },
    promptTokens: 6000,
    path: ['quantise-weights', 'fused-attention', 'batching', 'kv-fp8'],
    weightsLabel: 'INT8',
  },
  driving: {
    id: 'driving',
    modelId: 'llama-3.2-3b',
    hardwareId: 'jetson-agx-orin-64gb',
    settings: { weights: INT4_G128_FP16, batch: 1, tpotTargetSeconds: 0.025, maxGpus: 1, overlapFraction: 1, outputTokens: 128, maxLength: 2048 },
    promptTokens: 512,
    path: ['quantise-weights', 'fused-attention', 'kv-fp8', 'overlap'],
    weightsLabel: 'INT4 g128',
  },
};

/** Most steps any scenario has (its path plus the baseline). */
export const MAX_STEPS = Math.max(...SCENARIO_IDS.map((id) => SCENARIOS[id].path.length + 1));

/** Shortest and longest prompt the slider offers; the longest also leaves room for the output within maxLength. */
export const PROMPT_RANGE = { min: 64, max: 7000 } as const;

/** The prompt-length slider's upper bound for a scenario. */
export function promptMax(s: Scenario, modelMax: number): number {
  return Math.min(PROMPT_RANGE.max, (s.settings.maxLength ?? modelMax) - s.settings.outputTokens);
}
