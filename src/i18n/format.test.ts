import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeParts, formatBandwidth, formatBytes, formatChange, formatCount, formatCountUnit, formatFlops, formatFlopsPerSec,
  formatInputValue, formatMemory, formatNumber, formatPercent, formatQuantity, formatRatio, formatSeconds, formatSi, MISSING,
} from './format.ts';

describe('formatBytes', () => {
  it('formatBytes prints decimal GB and binary GiB with their own unit', () => {
    expect(formatBytes(26e9, 'GB')).toBe('26 GB');
    expect(formatBytes(2 ** 34, 'GiB')).toBe('16 GiB');
    expect(formatBytes(80e9, 'GiB')).toBe('74.5 GiB');
  });
  it('formatBytes picks a prefix from the value in the chosen family', () => {
    expect(formatBytes(3.2e9, 'decimal')).toBe('3.2 GB');
    expect(formatBytes(2 ** 30, 'binary')).toBe('1 GiB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(999.96e3, 'decimal')).toBe('1 MB');
  });
  it('formatBytes counts memory in binary units unless told otherwise', () => {
    expect(formatBytes(24e9)).toBe('22.4 GiB');
    expect(formatBytes(2 ** 20 * 1.5)).toBe('1.5 MiB');
    expect(formatQuantity(80e9, 'B')).toBe('74.5 GiB');
  });
  it('formatBytes writes the decimal kilo as kB (SI), never KB', () => {
    expect(formatBytes(819200, 'decimal', 4)).toBe('819.2 kB');
    expect(formatBytes(800e3, 'kB')).toBe('800 kB');
    expect(formatBytes(819200, 'KiB')).toBe('800 KiB');
  });
  it('formatMemory prints GiB, with the GB figure in parentheses on request', () => {
    expect(formatMemory(24e9)).toBe('22.4 GiB');
    expect(formatMemory(24e9, { decimal: true })).toBe('22.4 GiB (24 GB)');
    expect(formatMemory(80 * 2 ** 30, { decimal: true })).toBe('80 GiB (85.9 GB)');
    expect(formatMemory(NaN, { decimal: true })).toBe(MISSING);
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
  it('formatBandwidth prints decimal units, as datasheets do, and so does formatQuantity', () => {
    expect(formatBandwidth(3.35e12)).toBe('3.35 TB/s');
    expect(formatBandwidth(300e9)).toBe('300 GB/s');
    expect(formatQuantity(300e9, 'B/s', { bytes: 'binary' })).toBe('300 GB/s');
  });
  it('formatCount separates thousands and rounds to an integer', () => {
    expect(formatCount(13015864320)).toBe('13,015,864,320');
    expect(formatCount(4095.6)).toBe('4,096');
  });
  it('formatRatio and formatPercent print × and %', () => {
    expect(formatRatio(2.5)).toBe('2.5×');
    expect(formatPercent(0.457)).toBe('45.7%');
    expect(formatPercent(-0.0305)).toBe('−3.05%');
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

describe('formatChange: one sign convention', () => {
  it('formatChange shows a fall as ▼ −x% and a rise as ▲ +x%', () => {
    expect(formatChange(-0.0305)).toBe('▼ −3.05%');
    expect(formatChange(0.826)).toBe('▲ +82.6%');
    expect(formatChange(-0.5)).toBe('▼ −50%');
    expect(formatChange(1)).toBe('▲ +100%');
  });
  it('formatChange and formatPercent print changes below the display resolution as 0, never −0 or a power of ten', () => {
    expect(formatChange(-4.92e-16)).toBe('0%');
    expect(formatChange(-0)).toBe('0%');
    expect(formatChange(4e-7)).toBe('0%');
    expect(formatPercent(-4.92e-16)).toBe('0%');
    expect(formatPercent(-0)).toBe('0%');
    fc.assert(fc.property(fc.double({ min: -1e-6, max: 1e-6, noNaN: true }), (v) => {
      expect(formatChange(v)).toBe('0%');
      expect(formatPercent(v)).toBe('0%');
    }));
  });
  it('changeParts keeps the arrow by sign and sets the tone by which way is better', () => {
    expect(changeParts(-0.2, 'lower')).toEqual({ arrow: '▼', amount: '−20%', tone: 'better' });
    expect(changeParts(0.2, 'lower')).toEqual({ arrow: '▲', amount: '+20%', tone: 'worse' });
    expect(changeParts(-0.2, 'higher')).toEqual({ arrow: '▼', amount: '−20%', tone: 'worse' });
    expect(changeParts(0.2, 'higher')).toEqual({ arrow: '▲', amount: '+20%', tone: 'better' });
    expect(changeParts(1e-9)).toEqual({ arrow: '', amount: '0%', tone: 'same' });
  });
  it('formatChange always agrees in sign with its arrow', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => {
      const text = formatChange(v);
      if (text.startsWith('▼')) expect(text).toMatch(/^▼ −\d/);
      else if (text.startsWith('▲')) expect(text).toMatch(/^▲ \+\d/);
      else expect(text).toBe('0%');
    }));
  });
});

describe('counts with a unit', () => {
  const REQUESTS = { one: 'request', other: 'requests', zh: '个请求' };
  it('formatCountUnit writes the English singular for exactly one and the plural otherwise', () => {
    expect(formatCountUnit(1, REQUESTS, 'en')).toBe('1 request');
    expect(formatCountUnit(2, REQUESTS, 'en')).toBe('2 requests');
    expect(formatCountUnit(0, REQUESTS, 'en')).toBe('0 requests');
    expect(formatCountUnit(1200, REQUESTS, 'en')).toBe('1,200 requests');
  });
  it('formatCountUnit has one form in Chinese', () => {
    expect(formatCountUnit(1, REQUESTS, 'zh')).toBe('1 个请求');
    expect(formatCountUnit(2, REQUESTS, 'zh')).toBe('2 个请求');
  });
  it('formatQuantity writes 1 token, 1 param and 1 bit in the singular', () => {
    expect(formatQuantity(1, 'tokens')).toBe('1 token');
    expect(formatQuantity(2, 'tokens')).toBe('2 tokens');
    expect(formatQuantity(1, 'params')).toBe('1 param');
    expect(formatQuantity(16, 'bits')).toBe('16 bits');
    expect(formatQuantity(1, 'bits')).toBe('1 bit');
  });
});

describe('non-finite input', () => {
  const formatters: ((v: number) => string)[] = [
    formatNumber, formatCount, (v) => formatBytes(v), (v) => formatBytes(v, 'GiB'), (v) => formatBytes(v, 'binary'),
    (v) => formatSeconds(v), formatFlops, (v) => formatFlopsPerSec(v), (v) => formatBandwidth(v), formatRatio,
    formatPercent, formatChange, (v) => formatSi(v, 'J'), (v) => formatQuantity(v, 'tokens'), (v) => formatQuantity(v, 'params'),
    (v) => formatQuantity(v, 'bits'), (v) => formatMemory(v, { decimal: true }), (v) => formatCountUnit(v, { one: 'token', other: 'tokens', zh: '个' }, 'en'),
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
