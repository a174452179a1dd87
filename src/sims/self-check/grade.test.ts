import { describe, expect, it } from 'vitest';
import { gradeBound, gradeFit, gradeNumber, slipOf, withinTolerance } from './grade.ts';

const GIB = 2 ** 30;

describe('grade', () => {
  it('withinTolerance takes the larger of the relative and the absolute tolerance', () => {
    expect(withinTolerance(103, 100, { relative: 0.03, absolute: 0 })).toBe(true);
    expect(withinTolerance(103.1, 100, { relative: 0.03, absolute: 0 })).toBe(false);
    expect(withinTolerance(1.2 * GIB, GIB, { relative: 0.05, absolute: 0.25 * GIB })).toBe(true);
    expect(withinTolerance(Number.NaN, 1, { relative: 1, absolute: 1 })).toBe(false);
    expect(withinTolerance(Infinity, 1, { relative: 1, absolute: 1 })).toBe(false);
  });

  it('gradeNumber reports the signed relative error', () => {
    const g = gradeNumber(110, { value: 100, tolerance: { relative: 0.03, absolute: 0 } });
    expect(g.correct).toBe(false);
    expect(g.relativeError).toBeCloseTo(0.1, 12);
    expect(gradeNumber(90, { value: 100, tolerance: { relative: 0.03, absolute: 0 } }).relativeError).toBeCloseTo(-0.1, 12);
    expect(gradeNumber(99, { value: 100, tolerance: { relative: 0.03, absolute: 0 } }).correct).toBe(true);
  });

  it('names the slips a wrong answer looks like', () => {
    expect(slipOf(12.5e9, 12.5 * GIB)).toBe('gbGib');
    expect(slipOf(12.5 * GIB, 12.5e9)).toBe('gbGib');
    expect(slipOf(2, 1)).toBe('factor2');
    expect(slipOf(0.5, 1)).toBe('factor2');
    expect(slipOf(1000, 1)).toBe('factor1000');
    expect(slipOf(1, 1024)).toBe('factor1000');
    expect(slipOf(1.3, 1)).toBeNull();
    expect(slipOf(-2, 1)).toBeNull();
  });

  it('a right answer has no slip, even one that happens to be near a slip ratio', () => {
    expect(gradeNumber(1.07, { value: 1, tolerance: { relative: 0.1, absolute: 0 } }).slip).toBeNull();
  });

  it('gradeBound is equality', () => {
    expect(gradeBound('memory', { type: 'bound', correct: 'memory' })).toBe(true);
    expect(gradeBound('compute', { type: 'bound', correct: 'memory' })).toBe(false);
  });

  it('gradeFit needs the verdict and the margin; the margin’s sign does not matter', () => {
    const answer = { type: 'fit', fits: false, margin: 3 * GIB, unit: 'GiB', tolerance: { relative: 0.05, absolute: 0.25 * GIB } } as const;
    expect(gradeFit(false, -3 * GIB, answer).correct).toBe(true);
    expect(gradeFit(false, 3.1 * GIB, answer).correct).toBe(true);
    expect(gradeFit(true, 3 * GIB, answer)).toMatchObject({ verdictCorrect: false, correct: false });
    expect(gradeFit(false, 4 * GIB, answer)).toMatchObject({ verdictCorrect: true, correct: false });
  });
});
