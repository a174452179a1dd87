/**
 * What an exercise is: the scenario (ids and numbers the question is worded
 * from, no words), the givens a student computes from, the answer the engine
 * gives with its tolerance, and the engine derivations the worked solution
 * shows. Pure data; the words are in text.ts.
 */
import type { EngineDerivation, Phase, Precision, StepBound } from '../../engine/index.ts';
import type { AnswerQuantity } from './parseAnswer.ts';

export const EXERCISE_KINDS = ['kv-cache', 'fit', 'ridge-point', 'decode-time', 'allreduce', 'bound'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export type Family = 'memory' | 'compute' | 'communication' | 'mixed';
export const KIND_FAMILY: Readonly<Record<ExerciseKind, Family>> = {
  'kv-cache': 'memory',
  fit: 'memory',
  'ridge-point': 'compute',
  'decode-time': 'compute',
  allreduce: 'communication',
  bound: 'mixed',
};

export const BOUNDS: readonly StepBound[] = ['compute', 'memory', 'communication'];

/** The unit an answer is asked in (and assumed when the student types none). */
export type DisplayUnit = 'GiB' | 'ms' | 'µs' | 'FLOP/B';

/** |answer − value| ≤ max(relative · |value|, absolute), absolute in base units. */
export interface Tolerance {
  readonly relative: number;
  readonly absolute: number;
}

export interface NumberAnswer {
  readonly type: 'number';
  readonly quantity: AnswerQuantity;
  readonly value: number;
  readonly unit: DisplayUnit;
  readonly tolerance: Tolerance;
}

export interface BoundAnswer {
  readonly type: 'bound';
  readonly correct: StepBound;
}

/** "Does it fit, and by how much?": the free memory's sign and magnitude (bytes). */
export interface FitAnswer {
  readonly type: 'fit';
  readonly fits: boolean;
  /** |usable − needed|, bytes: the headroom when it fits, the shortfall when not. */
  readonly margin: number;
  readonly unit: 'GiB';
  readonly tolerance: Tolerance;
}

export type Answer = NumberAnswer | BoundAnswer | FitAnswer;

/** How a given prints. */
export type GivenFormat = 'count' | 'bits' | 'bytes' | 'bandwidth' | 'flopsPerSec' | 'seconds' | 'percent' | 'intensity';

export type GivenKey =
  | 'params' | 'weightBits' | 'layers' | 'kvHeads' | 'headDim' | 'kvBits' | 'tokens' | 'batch'
  | 'weights' | 'activationsWorkspace' | 'capacity' | 'usable'
  | 'peak' | 'bandwidth' | 'ranks' | 'message' | 'latency' | 'linkBandwidth' | 'ridge';

export interface Given {
  readonly key: GivenKey;
  readonly value: number;
  readonly format: GivenFormat;
}

/** A preset named in a question: its id and product name (the view picks the name in the reader's language). */
export interface Named {
  readonly id: string;
  readonly name: string;
}

export type KvFormat = 'fp16' | 'fp8' | 'int8';
export type WeightFormat = 'fp16' | 'int8' | 'int4';

export type Scenario =
  | { readonly kind: 'kv-cache'; readonly model: Named; readonly batch: number; readonly tokens: number; readonly kv: KvFormat }
  | { readonly kind: 'fit'; readonly model: Named; readonly device: Named; readonly weights: WeightFormat; readonly batch: number; readonly tokens: number }
  | { readonly kind: 'ridge-point'; readonly device: Named; readonly precision: Precision }
  | { readonly kind: 'decode-time'; readonly model: Named; readonly device: Named; readonly batch: number; readonly tokens: number }
  | { readonly kind: 'allreduce'; readonly link: Named; readonly ranks: number; readonly bytes: number }
  | { readonly kind: 'bound'; readonly model: Named; readonly device: Named; readonly phase: Phase; readonly batch: number; readonly tokens: number; readonly tp: number; readonly link: Named | null };

export interface Exercise {
  readonly kind: ExerciseKind;
  readonly seed: number;
  readonly scenario: Scenario;
  readonly givens: readonly Given[];
  readonly answer: Answer;
  /** The engine's working, main result first: the worked solution. */
  readonly derivations: readonly EngineDerivation[];
}

/** Seeds run from 1 to MAX_SEED; the one after MAX_SEED is 1. */
export const MAX_SEED = 999_999;

/** The seed of "another one like this". */
export function nextSeed(seed: number): number {
  return seed >= MAX_SEED ? 1 : Math.max(1, Math.trunc(seed)) + 1;
}
