import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boolInput, choiceInput, clampToInput, decodeValues, defaultsOf, encodeValues, jsonInput, numberInput, readValues,
} from '../../src/state/inputs.ts';

const specs = {
  batch: numberInput({ default: 1, min: 1, max: 256, log: true, stops: [1, 8, 32, 999] }),
  share: numberInput({ default: 0.5, min: 0, max: 1, step: 0.01 }),
  tp: numberInput({ default: 1, min: 1, max: 8, allowed: [1, 2, 4, 8] }),
  format: choiceInput(['fp16', 'int8', 'int4'] as const, { default: 'fp16' }),
  on: boolInput({ default: false }),
  config: jsonInput<{ layers: number } | null>({
    default: null,
    validate: (raw) => (raw === null ? null : typeof raw === 'object' && raw !== null && typeof (raw as { layers?: unknown }).layers === 'number' ? (raw as { layers: number }) : undefined),
  }),
};
const base = defaultsOf(specs);

const arbValues = fc.record({
  batch: fc.integer({ min: 1, max: 256 }),
  share: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  tp: fc.constantFrom(1, 2, 4, 8),
  format: fc.constantFrom('fp16' as const, 'int8' as const, 'int4' as const),
  on: fc.boolean(),
  config: fc.option(fc.record({ layers: fc.integer({ min: 1, max: 200 }) }), { nil: null }),
});

describe('declared inputs', () => {
  it('numberInput keeps stops inside its range and rejects a default outside it', () => {
    expect(specs.batch.stops).toEqual([1, 8, 32]);
    expect(() => numberInput({ default: 0, min: 1, max: 2 })).toThrow(RangeError);
    expect(() => numberInput({ default: 3, min: 1, max: 8, allowed: [1, 2, 4, 8] })).toThrow(RangeError);
  });

  it('parse accepts only finite in-range values of the right kind', () => {
    expect(specs.batch.parse(32)).toBe(32);
    for (const bad of [0, 257, 1.5, Number.NaN, Infinity, '32', null, undefined, {}]) expect(specs.batch.parse(bad)).toBeUndefined();
    expect(specs.tp.parse(3)).toBeUndefined();
    expect(specs.format.parse('int4')).toBe('int4');
    expect(specs.format.parse('int3')).toBeUndefined();
    expect(specs.on.parse('true')).toBeUndefined();
  });

  it('clampToInput snaps to the step, the range and the allowed values', () => {
    expect(clampToInput(specs.batch, 1000)).toBe(256);
    expect(clampToInput(specs.batch, 7.6)).toBe(8);
    expect(clampToInput(specs.share, 0.123)).toBe(0.12);
    expect(clampToInput(specs.tp, 3.1)).toBe(4);
    expect(clampToInput(specs.batch, Number.NaN)).toBe(1);
  });

  it('encodeValues then decodeValues gives the same state back', () => {
    fc.assert(fc.property(arbValues, (values) => {
      const text = encodeValues(specs, values, base);
      const back = decodeValues(specs, text, base);
      expect(back.ok).toBe(true);
      if (back.ok) {
        expect(back.values).toEqual(values);
        expect(back.rejected).toEqual([]);
      }
    }));
  });

  it('encodeValues writes only what differs from the preset', () => {
    expect(encodeValues(specs, base, base)).toBe('1');
    expect(encodeValues(specs, { ...base, batch: 32 }, base)).toBe('1~batch.32');
  });

  it('decodeValues never throws on arbitrary text and never leaves a value the inputs would reject', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const r = decodeValues(specs, `1~${text}`, base);
      if (r.ok) {
        expect(specs.batch.parse(r.values.batch)).toBe(r.values.batch);
        expect(specs.tp.parse(r.values.tp)).toBe(r.values.tp);
        expect(specs.format.parse(r.values.format)).toBe(r.values.format);
      }
    }));
  });

  it('decodeValues rejects another version, oversized text and prototype keys', () => {
    expect(decodeValues(specs, '2~batch.8', base)).toEqual({ ok: false, reason: 'version' });
    expect(decodeValues(specs, 'x'.repeat(50_000), base)).toEqual({ ok: false, reason: 'malformed' });
    const r = decodeValues(specs, '1~__proto__.%7B%22polluted%22%3A1%7D~constructor.1~batch.8', base);
    expect(r.ok && r.values.batch).toBe(8);
    expect(r.ok && r.rejected).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('readValues keeps each valid saved field and reports the others', () => {
    const r = readValues(specs, base, { batch: 64, tp: 3, format: 'int4', extra: 1 });
    expect(r.values).toMatchObject({ batch: 64, tp: 1, format: 'int4' });
    expect(r.rejected).toEqual(['tp']);
    expect(readValues(specs, base, 'not an object').rejected).toEqual(['*']);
  });
});
