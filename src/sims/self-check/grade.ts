/**
 * Checking an answer against the engine's: numbers within the exercise's
 * tolerance, choices by equality, and a hint when a wrong number looks like a
 * known slip (GB for GiB, a factor of 2, a unit prefix off by 1000).
 */
import type { StepBound } from '../../engine/index.ts';
import type { BoundAnswer, FitAnswer, NumberAnswer, Tolerance } from './exercise.ts';

/** A slip a wrong number looks like. */
export type Slip = 'gbGib' | 'factor2' | 'factor1000';

export interface NumberGrade {
  readonly correct: boolean;
  /** (answer − value) / |value|; 0 when both are 0. */
  readonly relativeError: number;
  readonly slip: Slip | null;
}

const GIB_PER_GB = 2 ** 30 / 1e9;
const near = (ratio: number, target: number, within: number) => Math.abs(ratio / target - 1) <= within;

export function withinTolerance(answer: number, value: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(answer)) return false;
  return Math.abs(answer - value) <= Math.max(tolerance.relative * Math.abs(value), tolerance.absolute);
}

/** Which slip `answer` looks like against `value`, when it is wrong. */
export function slipOf(answer: number, value: number): Slip | null {
  if (!(answer > 0 && value > 0)) return null;
  const r = answer / value;
  if (near(r, GIB_PER_GB, 0.01) || near(r, 1 / GIB_PER_GB, 0.01)) return 'gbGib';
  if (near(r, 2, 0.04) || near(r, 0.5, 0.04)) return 'factor2';
  if (near(r, 1000, 0.05) || near(r, 1e-3, 0.05) || near(r, 1024, 0.02) || near(r, 1 / 1024, 0.02)) return 'factor1000';
  return null;
}

export function gradeNumber(answer: number, expected: Pick<NumberAnswer, 'value' | 'tolerance'>): NumberGrade {
  const correct = withinTolerance(answer, expected.value, expected.tolerance);
  const relativeError = expected.value === 0 ? (answer === 0 ? 0 : Infinity) : (answer - expected.value) / Math.abs(expected.value);
  return { correct, relativeError, slip: correct ? null : slipOf(answer, expected.value) };
}

export function gradeBound(picked: StepBound, answer: BoundAnswer): boolean {
  return picked === answer.correct;
}

export interface FitGrade {
  readonly verdictCorrect: boolean;
  readonly margin: NumberGrade;
  readonly correct: boolean;
}

/** "Fits?" must be right and the margin within tolerance; the margin's sign is ignored ("−3 GiB" short is 3 GiB). */
export function gradeFit(fits: boolean, margin: number, answer: FitAnswer): FitGrade {
  const verdictCorrect = fits === answer.fits;
  const m = gradeNumber(Math.abs(margin), { value: answer.margin, tolerance: answer.tolerance });
  return { verdictCorrect, margin: m, correct: verdictCorrect && m.correct };
}
