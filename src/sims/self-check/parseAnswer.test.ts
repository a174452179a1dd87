import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatQuantity, formatSeconds } from '../../i18n/index.ts';
import { MAX_ANSWER_CHARS, parseAnswer, parseNumberBody, type ParseFailure } from './parseAnswer.ts';

const GIB = 2 ** 30;
const REASONS: readonly ParseFailure[] = ['empty', 'tooLong', 'notNumber', 'unknownUnit', 'ambiguousUnit', 'wrongUnit', 'outOfRange'];

const value = (text: string, quantity: 'bytes' | 'seconds' | 'intensity' = 'intensity', unit = quantity === 'bytes' ? 'GiB' : quantity === 'seconds' ? 'ms' : 'FLOP/B') => {
  const r = parseAnswer(text, quantity, unit);
  return r.ok ? r.value : r.reason;
};
const close = (a: number | string, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('parseAnswer reads numbers written the Chinese or the English way', () => {
  it.each([
    ['1,234.5', 1234.5], ['1 234,5', 1234.5], ['1\u00a0234,5', 1234.5], ['1\u202f234,5', 1234.5], ['1.234,5', 1234.5],
    ['1,234,567', 1234567], ['1.234.567,89', 1234567.89], ["1'234.5", 1234.5], ['1’234.5', 1234.5], ['1_234', 1234],
    ['1,234', 1234], ['0,5', 0.5], ['1,5', 1.5], ['12,3456', 12.3456], ['1.234', 1.234], ['.5', 0.5], [',5', 0.5],
    ['１２３', 123], ['１２３．５', 123.5], ['１，２３４', 1234], ['12。5', 12.5], ['  42  ', 42],
    ['-3', -3], ['−3', -3], ['+3', 3], ['1e3', 1000], ['1.2E-3', 0.0012], ['1.2×10^-3', 0.0012], ['1.2x10**3', 1200],
    ['1.2×10⁻³', 0.0012], ['3×10⁴', 30000], ['007', 7],
  ])('%s → %s', (text, expected) => {
    expect(close(value(text), expected)).toBe(true);
  });

  it('converts units of the quantity asked for to base units', () => {
    expect(close(value('12.5 GiB', 'bytes'), 12.5 * GIB)).toBe(true);
    expect(close(value('12.5GB', 'bytes'), 12.5e9)).toBe(true);
    expect(close(value('12.5 gib', 'bytes'), 12.5 * GIB)).toBe(true);
    expect(close(value('800 MiB', 'bytes'), 800 * 2 ** 20)).toBe(true);
    expect(close(value('1.6 千字节', 'bytes'), 1600)).toBe(true);
    expect(close(value('3.2 ms', 'seconds'), 3.2e-3)).toBe(true);
    expect(close(value('3200 µs', 'seconds'), 3.2e-3)).toBe(true); // micro sign U+00B5
    expect(close(value('3200 μs', 'seconds'), 3.2e-3)).toBe(true); // Greek mu U+03BC
    expect(close(value('3200us', 'seconds'), 3.2e-3)).toBe(true);
    expect(close(value('3.2 毫秒', 'seconds'), 3.2e-3)).toBe(true);
    expect(close(value('0.5 秒', 'seconds'), 0.5)).toBe(true);
    expect(close(value('153 FLOP/B', 'intensity'), 153)).toBe(true);
    expect(close(value('153 flops / byte', 'intensity'), 153)).toBe(true);
    expect(close(value('153 FLOP/字节', 'intensity'), 153)).toBe(true);
  });

  it('without a unit takes the unit the question asks in, and says so', () => {
    expect(parseAnswer('12.5', 'bytes', 'GiB')).toEqual({ ok: true, value: 12.5 * GIB, unit: 'GiB', assumedUnit: true });
    expect(parseAnswer('398', 'seconds', 'µs')).toMatchObject({ ok: true, unit: 'µs', assumedUnit: true });
    expect(close(value('398', 'seconds', 'µs'), 398e-6)).toBe(true);
    expect(parseAnswer('12.5 GB', 'bytes', 'GiB')).toEqual({ ok: true, value: 12.5e9, unit: 'GB', assumedUnit: false });
  });

  it.each<[string, 'bytes' | 'seconds' | 'intensity', ParseFailure]>([
    ['', 'bytes', 'empty'], ['   ', 'bytes', 'empty'], ['abc', 'bytes', 'notNumber'], ['GiB', 'bytes', 'notNumber'],
    ['12.5 G', 'bytes', 'ambiguousUnit'], ['12.5 M', 'bytes', 'ambiguousUnit'], ['153 FLOPs', 'intensity', 'ambiguousUnit'],
    ['3 ms', 'bytes', 'wrongUnit'], ['3 GiB', 'seconds', 'wrongUnit'], ['3 GiB', 'intensity', 'wrongUnit'],
    ['12 parsecs', 'bytes', 'unknownUnit'], ['1,2,3', 'bytes', 'notNumber'], ['12 5', 'bytes', 'notNumber'], ['1..2', 'bytes', 'notNumber'],
    ['1,23,456', 'bytes', 'notNumber'], ['1.2.3,4,5', 'bytes', 'notNumber'], ['1e999', 'bytes', 'outOfRange'], ['9e300 GiB', 'bytes', 'outOfRange'],
    ['NaN', 'bytes', 'notNumber'], ['Infinity', 'bytes', 'notNumber'], ['0x10', 'bytes', 'unknownUnit'], ['12 GiB 5', 'bytes', 'unknownUnit'],
    ['<script>alert(1)</script>', 'bytes', 'notNumber'], ['百分之30', 'bytes', 'notNumber'], ['٣', 'bytes', 'notNumber'],
    ['9'.repeat(MAX_ANSWER_CHARS + 1), 'bytes', 'tooLong'],
  ])('rejects %j as %s: %s', (text, quantity, reason) => {
    expect(parseAnswer(text, quantity, 'GiB')).toEqual({ ok: false, reason });
  });

  it('rejects what is not a string', () => {
    for (const x of [null, undefined, 12, {}, [], Symbol('x')]) expect(parseAnswer(x, 'bytes', 'GiB')).toEqual({ ok: false, reason: 'notNumber' });
  });

  it('parseNumberBody: groups of three only, one decimal mark', () => {
    expect(parseNumberBody('12,34,567')).toBeNull();
    expect(parseNumberBody('1 234 567')).toBe(1234567);
    expect(parseNumberBody('1 234.5 6')).toBeNull();
    expect(parseNumberBody('0,123')).toBe(0.123);
  });
});

describe('parseAnswer: properties', () => {
  const within = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.abs(b);
  // formatNumber shows 3 significant digits: the round trip is within half a unit of the third digit.
  const SIG3 = 5e-3;

  it('reads back what formatNumber prints (separators, ×10ⁿ, signs)', () => {
    fc.assert(fc.property(fc.double({ min: 1e-9, max: 1e14, noNaN: true }), fc.boolean(), (x, negative) => {
      const v = negative ? -x : x;
      const r = parseAnswer(formatNumber(v), 'intensity', 'FLOP/B');
      return r.ok && within(r.value, v, SIG3);
    }));
  });

  it('reads back memory as formatBytes prints it, in GiB, GB, and auto binary or decimal prefixes', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 1e17, noNaN: true }), fc.constantFrom('GiB', 'GB', 'MiB', 'binary', 'decimal') as fc.Arbitrary<'GiB' | 'GB' | 'MiB' | 'binary' | 'decimal'>, (bytes, unit) => {
      const r = parseAnswer(formatBytes(bytes, unit), 'bytes', 'GiB');
      return r.ok && within(r.value, bytes, SIG3);
    }));
  });

  it('reads back times as formatSeconds prints them (ns to s)', () => {
    fc.assert(fc.property(fc.double({ min: 1e-9, max: 1e6, noNaN: true }), (s) => {
      const r = parseAnswer(formatSeconds(s), 'seconds', 'ms');
      return r.ok && within(r.value, s, SIG3);
    }));
  });

  it('reads back an intensity as formatQuantity prints it', () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (x) => {
      const r = parseAnswer(formatQuantity(x, 'FLOP/B'), 'intensity', 'FLOP/B');
      return r.ok && within(r.value, x, SIG3);
    }));
  });

  // Locales whose decimal mark is "," always show 1–2 decimals here: a lone "1.234" or "1,234" is read the
  // Chinese and English way (1.234 and 1234), which a German or French integer would not mean.
  const LOCALES: readonly [string, boolean][] = [['en-US', false], ['zh-CN', false], ['de-CH', false], ['de-DE', true], ['fr-FR', true], ['es-ES', true]];
  it('reads back numbers as Intl.NumberFormat writes them in Chinese, English, German, Swiss, French and Spanish', () => {
    const magnitude = fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 1e3, max: 1e7, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }));
    fc.assert(fc.property(magnitude, fc.constantFrom(...LOCALES), fc.integer({ min: 0, max: 4 }), fc.boolean(), (x, [locale, commaDecimal], d, useGrouping) => {
      const decimals = commaDecimal ? 1 + (d % 2) : d;
      const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: commaDecimal ? decimals : 0, useGrouping });
      const expected = Number(x.toFixed(decimals));
      const r = parseAnswer(fmt.format(x), 'intensity', 'FLOP/B');
      return r.ok && Math.abs(r.value - expected) <= 1e-9 * Math.max(1, expected);
    }), { numRuns: 300 });
  });

  it('a hostile string never throws, and an accepted one is a finite number', () => {
    const check = (text: string) => {
      for (const q of ['bytes', 'seconds', 'intensity'] as const) {
        const r = parseAnswer(text, q, q === 'bytes' ? 'GiB' : q === 'seconds' ? 'ms' : 'FLOP/B');
        if (r.ok ? !Number.isFinite(r.value) : !REASONS.includes(r.reason)) return false;
      }
      return true;
    };
    // Any UTF-16 code units, lone surrogates included (fc.string's 'binary' unit is slow to generate on this machine).
    const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((cs) => String.fromCharCode(...cs));
    fc.assert(fc.property(codeUnits, check), { numRuns: 500 });
    const alphabet = fc.constantFrom(
      '0', '1', '9', '１', '．', '，', '。', '.', ',', ' ', '\u00a0', "'", '’', '_', 'e', 'E', '-', '−', '+', '×', 'x', '*', '^', '⁻', '³',
      'G', 'i', 'B', 'M', 'k', 'µ', 'μ', 's', 'm', 'n', 'u', '/', 'F', 'L', 'O', 'P', '字', '节', '毫', '秒', '\u0000', '\ud800', '🙂',
    );
    fc.assert(fc.property(fc.string({ unit: alphabet, maxLength: 40 }), check), { numRuns: 2000 });
  });
});
