import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberText, snapToStep } from './numberInput.ts';

const bounds = { min: 1, max: 128, step: 1 };

describe('parseNumberText', () => {
  it('parseNumberText clamps 9999 to the maximum', () => {
    expect(parseNumberText('9999', bounds)).toEqual({ kind: 'clamped', value: 128, bound: 'max' });
  });
  it('parseNumberText clamps values below the minimum', () => {
    expect(parseNumberText('-5', bounds)).toEqual({ kind: 'clamped', value: 1, bound: 'min' });
  });
  it('parseNumberText rejects text that is not a number', () => {
    for (const text of ['', 'abc', '1e', '--1', '0x10', 'NaN', 'Infinity', '1.2.3']) expect(parseNumberText(text, bounds)).toEqual({ kind: 'invalid' });
  });
  it('parseNumberText reads full-width digits, separators and exponents', () => {
    expect(parseNumberText('１２８', bounds)).toEqual({ kind: 'ok', value: 128 });
    expect(parseNumberText('1,024', { min: 0, max: 1e6 })).toEqual({ kind: 'ok', value: 1024 });
    expect(parseNumberText('1e2', bounds)).toEqual({ kind: 'ok', value: 100 });
  });
  it('parseNumberText rounds onto the step grid and says so', () => {
    expect(parseNumberText('3.7', bounds)).toEqual({ kind: 'rounded', value: 4 });
    expect(parseNumberText('0.35', { min: 0, max: 1, step: 0.1 })).toEqual({ kind: 'rounded', value: 0.4 });
  });
  it('parseNumberText never returns a value outside the bounds or NaN, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const r = parseNumberText(text, bounds);
      if (r.kind !== 'invalid') {
        expect(Number.isFinite(r.value)).toBe(true);
        expect(r.value).toBeGreaterThanOrEqual(1);
        expect(r.value).toBeLessThanOrEqual(128);
      }
    }));
  });
});

describe('snapToStep', () => {
  it('snapToStep keeps float noise out of decimal steps', () => {
    expect(snapToStep(0.1 + 0.2, 0, 0.1)).toBe(0.3);
  });
  it('snapToStep leaves the value alone without a step', () => {
    expect(snapToStep(3.14159, 0, undefined)).toBe(3.14159);
  });
});
