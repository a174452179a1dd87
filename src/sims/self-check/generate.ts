/** One exercise from its kind and seed: the same pair always gives the same exercise. */
import type { Exercise, ExerciseKind } from './exercise.ts';
import { allreduceExercise } from './kinds/allreduce.ts';
import { boundExercise } from './kinds/bound.ts';
import { decodeTimeExercise } from './kinds/decodeTime.ts';
import { fitExercise } from './kinds/fit.ts';
import { kvCacheExercise } from './kinds/kvCache.ts';
import { ridgePointExercise } from './kinds/ridgePoint.ts';
import { rngFor, type Rng } from './random.ts';

const GENERATORS: Readonly<Record<ExerciseKind, (seed: number, rng: Rng) => Exercise>> = {
  'kv-cache': kvCacheExercise,
  fit: fitExercise,
  'ridge-point': ridgePointExercise,
  'decode-time': decodeTimeExercise,
  allreduce: allreduceExercise,
  bound: boundExercise,
};

export function generateExercise(kind: ExerciseKind, seed: number): Exercise {
  return GENERATORS[kind](seed, rngFor(kind, seed));
}
