import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatBandwidth, formatBytes, formatChange, formatCount, formatFlops, formatFlopsPerSec, formatInputValue,
  formatNumber, formatPercent, formatQuantity, formatRatio, formatSeconds, formatSi, MISSING,
} from './format.ts';

describe('formatBytes', () => {
  it('formatBytes prints decimal GB and binary GiB with their own unit', () => {
    expect(formatBytes(26e9, 'GB')).toBe('26 GB');
    expect(formatBytes(2 ** 34, 'GiB')).toBe('16 GiB');
    expect(formatBytes(80e9, 'GiB')).toBe('74.5 GiB');
  });
  it('formatBytes picks a prefix from the value in the chosen family', () => {
    expect(formatBytes(3.2e9)).toBe('3.2 GB');
    expect(formatBytes(2 ** 30, 'binary')).toBe('1 GiB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(999.96e3)).toBe('1 MB');
  });
});

describe('unit formatters', () => {
  it('formatSeconds picks ns, µs, ms or s', () => {
    expect(formatSeconds(0.0123)).toBe('12.3 ms');
    expect(formatSeconds(4.5e-6)).toBe('4.5 µs');
    expect(formatSeconds(8e-9)).toBe('8 ns');
    expect(formatSeconds(2.5)).toBe('2.5 s');
    expect(formatSeconds(0.0123, 's')).toBe('0.0123 s');
  });
  it('formatFlopsPerSec prints TFLOP/s, auto or fixed', () => {
    expect(formatFlopsPerSec(989.5e12)).toBe('990 TFLOP/s');
    expect(formatFlopsPerSec(312e12, 'TFLOP/s')).toBe('312 TFLOP/s');
    expect(formatFlops(2.6e10)).toBe('26 GFLOP');
  });
  it('formatBandwidth prints decimal TB/s by default and GiB/s on request', () => {
    expect(formatBandwidth(3.35e12)).toBe('3.35 TB/s');
    expect(formatBandwidth(2 ** 30 * 900, 'binary')).toBe('900 GiB/s');
  });
  it('formatCount separates thousands and rounds to an integer', () => {
    expect(formatCount(13015864320)).toBe('13,015,864,320');
    expect(formatCount(4095.6)).toBe('4,096');
  });
  it('formatRatio, formatPercent and formatChange print ×, % and a sign', () => {
    expect(formatRatio(2.5)).toBe('2.5×');
    expect(formatPercent(0.457)).toBe('45.7%');
    expect(formatChange(-0.5)).toBe('−50%');
    expect(formatChange(0.25)).toBe('+25%');
  });
  it('formatNumber uses separators above 1000 and powers of ten for tiny values', () => {
    expect(formatNumber(123456.7)).toBe('123,457');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(999.7)).toBe('1,000');
    expect(formatNumber(1.23e-7)).toBe('1.23×10⁻⁷');
    expect(formatNumber(2.5e21)).toBe('2.5×10²¹');
    expect(formatCount(3e18)).toBe('3×10¹⁸');
  });
  it('formatQuantity prints each engine unit with its unit', () => {
    expect(formatQuantity(2, 'B')).toBe('2 B');
    expect(formatQuantity(2 ** 31, 'B', { bytes: 'GiB' })).toBe('2 GiB');
    expect(formatQuantity(4096, 'tokens')).toBe('4,096 tokens');
    expect(formatQuantity(156, 'FLOP/B')).toBe('156 FLOP/B');
    expect(formatQuantity(0.02, 's')).toBe('20 ms');
  });
  it('formatInputValue round-trips through Number', () => {
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (v) => {
      const text = formatInputValue(v);
      expect(Math.abs(Number(text) - v)).toBeLessThanOrEqual(Math.abs(v) * 1e-5 + 1e-300);
    }));
  });
});

describe('non-finite input', () => {
  const formatters: ((v: number) => string)[] = [
    formatNumber, formatCount, (v) => formatBytes(v), (v) => formatBytes(v, 'GiB'), (v) => formatBytes(v, 'binary'),
    (v) => formatSeconds(v), formatFlops, (v) => formatFlopsPerSec(v), (v) => formatBandwidth(v), formatRatio,
    formatPercent, formatChange, (v) => formatSi(v, 'J'), (v) => formatQuantity(v, 'tokens'), (v) => formatQuantity(v, 'params'),
  ];
  it('every formatter prints — for NaN and ±Infinity', () => {
    for (const f of formatters) for (const v of [NaN, Infinity, -Infinity]) expect(f(v)).toBe(MISSING);
  });
  it('no formatter ever prints NaN, Infinity or undefined for any double', () => {
    fc.assert(fc.property(fc.double(), fc.integer({ min: 0, max: formatters.length - 1 }), (v, i) => {
      const text = (formatters[i] as (v: number) => string)(v);
      expect(text).not.toMatch(/NaN|Infinity|undefined|e\+/);
      expect(text.length).toBeGreaterThan(0);
    }));
  });
});
