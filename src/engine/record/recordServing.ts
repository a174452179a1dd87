/**
 * Show-the-work for one row of the record: the servingThroughput call behind
 * its ideal or realistic column, and the derivation of exactly the number
 * that column shows (or, for a decode rate, of the TPOT it inverts).
 */
import { EngineError, requireObject, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';
import { getHardware } from '../presets/hardware.ts';
import { getModel } from '../presets/models.ts';
import {
  servingIterationDerivation, servingThroughputDerivation, type ServingIterationDerivation, type ServingThroughputDerivation,
} from '../serving/servingDerivations.ts';
import { servingThroughput, type ServingThroughput } from '../serving/servingThroughput.ts';
import type { RecordComparison } from './compare.ts';
import type { RecordMeasurement, RecordMetric } from './measurements.ts';

export type RecordEstimate = 'ideal' | 'realistic';

export interface RecordServing {
  readonly serving: ServingThroughput;
  /**
   * outputTokensPerSecond: tokens/s = R·C·O/((O − 1)·t); ttftSeconds and
   * itlSeconds: the TTFT or TPOT iteration t = t_c + t_m + t_launch + t_comm;
   * decodeTokensPerSecond: the TPOT iteration, whose inverse is the rate.
   */
  readonly derivation: ServingThroughputDerivation | ServingIterationDerivation;
  /** The row's metric as the column shows it (tokens/s or seconds). */
  readonly value: number;
  /** The value the derivation's result holds: `value`, or its inverse for a decode rate. */
  readonly derivedValue: number;
}

const METRICS: readonly RecordMetric[] = ['outputTokensPerSecond', 'decodeTokensPerSecond', 'ttftSeconds', 'itlSeconds'];

/**
 * The servingThroughput call compareMeasurement makes for `comparison.row`
 * at `comparison.inputTokens`, in the 'ideal' or 'realistic' efficiency:
 * the same options (GPUs, TP, formats, compute precision, lengths,
 * concurrency, latency limits), so `value` equals the comparison's column.
 * A realistic estimate of a row whose prompt length is not published is
 * not defined (compareMeasurement leaves it null): asking for it throws.
 * Sources: as servingThroughput ('yu-2022-orca', 'williams-2009-roofline').
 */
export function recordServing(comparison: RecordComparison, estimate: RecordEstimate): RecordServing {
  requireObject('comparison', comparison);
  const row = requireObject('comparison.row', comparison.row) as unknown as RecordMeasurement;
  const metric = requireOneOf('comparison.row.metric', row.metric, METRICS);
  requireOneOf('estimate', estimate, ['ideal', 'realistic'] as const);
  const inputTokens = requireCount('comparison.inputTokens', comparison.inputTokens, LIMITS.tokens);
  if (estimate === 'realistic' && row.inputTokens === null) throw new EngineError('missingField', { field: 'comparison.row.inputTokens' });
  const serving = servingThroughput(getModel(row.model), getHardware(row.hardware), {
    gpus: row.gpus, tp: row.tp, weights: row.weights, kv: row.kv, computePrecision: row.computePrecision,
    inputTokens, outputTokens: row.outputTokens, efficiency: estimate,
    ...(row.concurrency === null ? {} : { concurrency: row.concurrency }),
    ...(row.limits?.ttftSeconds === undefined ? {} : { ttftLimitSeconds: row.limits.ttftSeconds }),
    ...(row.limits?.tpotSeconds === undefined ? {} : { tpotLimitSeconds: row.limits.tpotSeconds }),
  });
  switch (metric) {
    case 'outputTokensPerSecond':
      return { serving, derivation: servingThroughputDerivation(serving, { gpus: row.gpus, tp: row.tp, outputTokens: row.outputTokens }), value: serving.tokensPerSecond, derivedValue: serving.tokensPerSecond };
    case 'ttftSeconds':
      return { serving, derivation: servingIterationDerivation(serving.ttftParts, 'TTFT'), value: serving.ttftSeconds, derivedValue: serving.ttftParts.seconds };
    case 'itlSeconds':
      return { serving, derivation: servingIterationDerivation(serving.tpotParts, 'TPOT'), value: serving.tpotSeconds, derivedValue: serving.tpotParts.seconds };
    case 'decodeTokensPerSecond':
      return { serving, derivation: servingIterationDerivation(serving.tpotParts, 'TPOT'), value: 1 / serving.tpotSeconds, derivedValue: serving.tpotParts.seconds };
  }
}
