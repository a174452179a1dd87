/**
 * The engine against the record: for each public measurement, the engine's
 * 'ideal' bound (the roofline with everything overlapped: no real system can
 * beat it) and its 'realistic' estimate (the sourced knobs), computed with
 * servingThroughput for the row's deployment.
 */
import { getHardware } from '../presets/hardware.ts';
import { getModel } from '../presets/models.ts';
import { servingThroughput, type ServingThroughput, type ServingThroughputOptions } from '../serving/servingThroughput.ts';
import type { EfficiencyInput } from '../serving/efficiency.ts';
import { RECORD_MEASUREMENTS, type RecordMeasurement, type RecordMetric } from './measurements.ts';
import { requireInRange, requireObject, requireOneOf } from '../errors.ts';
import { LIMITS, requireCount } from '../limits.ts';

/** Realistic estimates are held to ±30% of the measurements whose inputs are known. */
export const REALISTIC_TOLERANCE = 0.3;

/**
 * Which prompt length the ideal column uses: the published mean; the
 * dataset's longest prompt when only that is published (the strictest test of
 * the bound: a shorter prompt only makes the ideal faster); or, with neither, the break-even prompt (measured ÷ ideal = 1 there
 * by construction).
 */
export type InputBasis = 'published' | 'datasetLongest' | 'breakEven';

export interface RecordComparison {
  readonly row: RecordMeasurement;
  /** The prompt length the ideal and realistic columns use (see inputBasis). */
  readonly inputTokens: number;
  readonly inputBasis: InputBasis;
  /** The engine's ideal for the row's metric (tokens/s or seconds). */
  readonly ideal: number;
  /** The realistic estimate; null when the inputs are not known. */
  readonly realistic: number | null;
  /** measured ÷ ideal: ≤ 1 for a rate and ≥ 1 for a time when the ideal bounds the measurement. */
  readonly measuredOverIdeal: number;
  /** The ideal bounds the measurement (at the published mean prompt; for unknown prompts: for some mean prompt ≥ 1 token). */
  readonly boundHolds: boolean;
  /** realistic ÷ measured − 1; null without a realistic estimate. */
  readonly realisticError: number | null;
  /** Unknown prompts: the longest mean prompt at which the ideal still bounds the measurement (0 if none). */
  readonly breakEvenInputTokens: number | null;
}

const RECORD_METRICS: readonly RecordMetric[] = ['outputTokensPerSecond', 'decodeTokensPerSecond', 'ttftSeconds', 'itlSeconds'];

const isRate = (m: RecordMetric): boolean => m === 'outputTokensPerSecond' || m === 'decodeTokensPerSecond';

function metricOf(metric: RecordMetric, s: ServingThroughput): number {
  switch (metric) {
    case 'outputTokensPerSecond': return s.tokensPerSecond;
    case 'decodeTokensPerSecond': return 1 / s.tpotSeconds;
    case 'ttftSeconds': return s.ttftSeconds;
    case 'itlSeconds': return s.tpotSeconds;
  }
}

function evaluate(row: RecordMeasurement, inputTokens: number, efficiency: EfficiencyInput): number {
  const opts: ServingThroughputOptions = {
    gpus: row.gpus, tp: row.tp, weights: row.weights, kv: row.kv, computePrecision: row.computePrecision,
    inputTokens, outputTokens: row.outputTokens, efficiency,
    ...(row.concurrency === null ? {} : { concurrency: row.concurrency }),
    ...(row.limits?.ttftSeconds === undefined ? {} : { ttftLimitSeconds: row.limits.ttftSeconds }),
    ...(row.limits?.tpotSeconds === undefined ? {} : { tpotLimitSeconds: row.limits.tpotSeconds }),
  };
  return metricOf(row.metric, servingThroughput(getModel(row.model), getHardware(row.hardware), opts));
}

const bounds = (row: RecordMeasurement, ideal: number): boolean => (isRate(row.metric) ? ideal >= row.measured : ideal <= row.measured);

/**
 * One row against the engine:
 *   ideal = servingThroughput(…, 'ideal'), realistic = servingThroughput(…, 'realistic')
 * at the row's deployment. A row without a published mean prompt is
 * evaluated at the dataset's longest prompt and, by bisection on the mean
 * prompt (the ideal only falls as prompts grow), at the longest mean prompt
 * for which the ideal still bounds it.
 */
export function compareMeasurement(row: RecordMeasurement): RecordComparison {
  requireObject('row', row);
  requireOneOf('row.metric', row.metric, RECORD_METRICS);
  requireInRange('row.measured', row.measured, Number.MIN_VALUE, Number.MAX_VALUE);
  requireCount('row.outputTokens', row.outputTokens, LIMITS.tokens);
  if (row.inputTokens !== null) requireCount('row.inputTokens', row.inputTokens, LIMITS.tokens);
  if (row.inputTokensMax !== undefined) requireCount('row.inputTokensMax', row.inputTokensMax, LIMITS.tokens);
  if (row.concurrency !== null) requireCount('row.concurrency', row.concurrency, LIMITS.batch);
  if (row.limits !== undefined) requireObject('row.limits', row.limits);
  const model = getModel(row.model);
  const known = row.inputTokens !== null;
  const longest = Math.min(row.inputTokensMax ?? model.maxPositionEmbeddings - row.outputTokens, model.maxPositionEmbeddings - row.outputTokens);
  let breakEven: number | null = null;
  if (!known) {
    if (!bounds(row, evaluate(row, 1, 'ideal'))) breakEven = 0;
    else {
      let lo = 1;
      let hi = longest + 1;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (mid <= longest && bounds(row, evaluate(row, mid, 'ideal'))) lo = mid;
        else hi = mid;
      }
      breakEven = lo;
    }
  }
  const inputBasis: InputBasis = known ? 'published' : row.inputTokensMax !== undefined || !breakEven ? 'datasetLongest' : 'breakEven';
  const inputTokens = row.inputTokens ?? (inputBasis === 'breakEven' ? (breakEven as number) : longest);
  const ideal = evaluate(row, inputTokens, 'ideal');
  const realistic = known ? evaluate(row, inputTokens, 'realistic') : null;
  return {
    row, inputTokens, inputBasis, ideal, realistic,
    measuredOverIdeal: row.measured / ideal,
    boundHolds: known ? bounds(row, ideal) : (breakEven ?? 0) >= 1,
    realisticError: realistic === null ? null : realistic / row.measured - 1,
    breakEvenInputTokens: breakEven,
  };
}

/** Every row of the record against the engine (RECORD_MEASUREMENTS order). */
export function recordComparison(): RecordComparison[] {
  return RECORD_MEASUREMENTS.map(compareMeasurement);
}
