/**
 * The record's headline: how many rows the ideal bounds, and how many of the
 * rows held to the calibration the realistic estimate lands within ±30 % of.
 */
import { requireArray, requireBoolean, requireObject } from '../errors.ts';
import { REALISTIC_TOLERANCE, type RecordComparison } from './compare.ts';

export interface RecordSummary {
  readonly rows: number;
  /** Rows whose measurement the ideal bounds (for unknown prompts: for some mean prompt). */
  readonly bounded: number;
  /** Rows with known inputs held to the calibration (RecordMeasurement.realistic === true). */
  readonly calibrated: number;
  /** Of those, the rows whose realistic estimate is within ±REALISTIC_TOLERANCE of the measurement. */
  readonly withinTolerance: number;
  /** Rows with known inputs left out of the calibration, each with its reason. */
  readonly excluded: number;
  /** Rows whose mean prompt is not published: a bound check only. */
  readonly boundOnly: number;
  readonly tolerance: number;
}

/**
 * Counts over recordComparison()'s rows:
 *   bounded = #{boundHolds}, withinTolerance = #{calibrated ∧ |realistic/measured − 1| ≤ 0.3}.
 * Sources: each row's own (RECORD_MEASUREMENTS[i].source).
 */
export function recordSummary(comparisons: readonly RecordComparison[]): RecordSummary {
  const list = requireArray('comparisons', comparisons, 1 << 12);
  let bounded = 0;
  let calibrated = 0;
  let withinTolerance = 0;
  let excluded = 0;
  let boundOnly = 0;
  list.forEach((x, i) => {
    const c = requireObject(`comparisons[${i}]`, x) as unknown as RecordComparison;
    const row = requireObject(`comparisons[${i}].row`, c.row) as unknown as RecordComparison['row'];
    if (requireBoolean(`comparisons[${i}].boundHolds`, c.boundHolds)) bounded += 1;
    if (row.inputTokens === null || c.realisticError === null) boundOnly += 1;
    else if (row.realistic !== true) excluded += 1;
    else {
      calibrated += 1;
      if (Math.abs(c.realisticError) <= REALISTIC_TOLERANCE) withinTolerance += 1;
    }
  });
  return { rows: list.length, bounded, calibrated, withinTolerance, excluded, boundOnly, tolerance: REALISTIC_TOLERANCE };
}
