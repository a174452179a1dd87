/**
 * Golden tests against the record (issue #10 item 3): for every published
 * measurement the engine's 'ideal' must bound it (no real system beats the
 * roofline with everything overlapped) and, where the inputs are known and
 * the row is not excluded for a stated reason, the 'realistic' estimate must
 * land within ±30 %. Every figure comes from RECORD_MEASUREMENTS with its
 * source; nothing here is a hard-coded engine output.
 */
import { describe, expect, it } from 'vitest';
import {
  compareMeasurement, getHardware, getModel, isSourceKey, RECORD_MEASUREMENTS, REALISTIC_TOLERANCE, servingThroughput,
  type RecordComparison, type RecordMeasurement,
} from '../../src/engine/index.ts';
import { RECORD_EXCLUSION_TEXT } from '../../src/i18n/engine/record.ts';

const isRate = (r: RecordMeasurement) => r.metric === 'outputTokensPerSecond' || r.metric === 'decodeTokensPerSecond';
const results = new Map<string, RecordComparison>(RECORD_MEASUREMENTS.map((r) => [r.id, compareMeasurement(r)]));
const get = (r: RecordMeasurement) => results.get(r.id) as RecordComparison;

describe('the record', () => {
  it('has unique ids, registered sources, known presets and at least twenty rows', () => {
    expect(new Set(RECORD_MEASUREMENTS.map((r) => r.id)).size).toBe(RECORD_MEASUREMENTS.length);
    expect(RECORD_MEASUREMENTS.length).toBeGreaterThanOrEqual(20);
    for (const r of RECORD_MEASUREMENTS) {
      expect(isSourceKey(r.source), r.id).toBe(true);
      expect(() => getModel(r.model)).not.toThrow();
      expect(() => getHardware(r.hardware)).not.toThrow();
      expect(r.gpus % r.tp, r.id).toBe(0);
      expect(r.measured, r.id).toBeGreaterThan(0);
    }
  });

  it('every exclusion has words in both languages', () => {
    for (const r of RECORD_MEASUREMENTS) {
      if (r.realistic === true) continue;
      const words = RECORD_EXCLUSION_TEXT[r.realistic.excluded];
      expect(words.zh.length, r.id).toBeGreaterThan(0);
      expect(words.en.length, r.id).toBeGreaterThan(0);
    }
  });
});

describe.each(RECORD_MEASUREMENTS.map((r) => [r.id, r] as const))('%s', (_id, row) => {
  it('ideal bounds the measurement (throughput ≥ measured; TTFT and TPOT ≤ measured)', () => {
    const c = get(row);
    expect(c.boundHolds).toBe(true);
    if (row.inputTokens !== null) {
      if (isRate(row)) expect(c.ideal).toBeGreaterThanOrEqual(row.measured);
      else expect(c.ideal).toBeLessThanOrEqual(row.measured);
    } else {
      // Mean prompt unpublished: the ideal bounds the measurement for every mean prompt up to the break-even, and not beyond it.
      const be = c.breakEvenInputTokens as number;
      expect(be).toBeGreaterThanOrEqual(1);
      const at = (input: number) => servingThroughput(getModel(row.model), getHardware(row.hardware), {
        gpus: row.gpus, tp: row.tp, weights: row.weights, kv: row.kv, computePrecision: row.computePrecision,
        inputTokens: input, outputTokens: row.outputTokens, efficiency: 'ideal',
        ...(row.concurrency === null ? {} : { concurrency: row.concurrency }),
        ...(row.limits?.ttftSeconds === undefined ? {} : { ttftLimitSeconds: row.limits.ttftSeconds }),
        ...(row.limits?.tpotSeconds === undefined ? {} : { tpotLimitSeconds: row.limits.tpotSeconds }),
      }).tokensPerSecond;
      expect(at(be)).toBeGreaterThanOrEqual(row.measured);
      const longest = getModel(row.model).maxPositionEmbeddings - row.outputTokens;
      if (be < longest) expect(at(be + 1)).toBeLessThan(row.measured);
    }
  });

  it('realistic is no faster than ideal', () => {
    const c = get(row);
    if (c.realistic === null) return;
    if (isRate(row)) expect(c.realistic).toBeLessThanOrEqual(c.ideal * (1 + 1e-12));
    else expect(c.realistic).toBeGreaterThanOrEqual(c.ideal * (1 - 1e-12));
  });

  it.runIf(row.inputTokens !== null && row.realistic === true)(`realistic within ±${REALISTIC_TOLERANCE * 100} % of the measurement`, () => {
    const c = get(row);
    expect(c.realisticError).not.toBeNull();
    expect(Math.abs(c.realisticError as number)).toBeLessThanOrEqual(REALISTIC_TOLERANCE);
  });
});

describe('the calibration is not vacuous', () => {
  it('most rows with known inputs are held to ±30 %, and the ideal leaves measurable room (measured ÷ ideal < 0.9 on a rate somewhere)', () => {
    const known = RECORD_MEASUREMENTS.filter((r) => r.inputTokens !== null);
    const held = known.filter((r) => r.realistic === true);
    expect(held.length / known.length).toBeGreaterThan(0.8);
    expect(known.some((r) => isRate(r) && get(r).measuredOverIdeal < 0.9)).toBe(true);
  });
});
