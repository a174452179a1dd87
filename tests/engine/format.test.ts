import { describe, expect, it } from 'vitest';
import { formatBytes, formatBytesPerSec, formatFlops, formatFlopsPerSec, formatSeconds, GiB } from '../../src/engine/index.ts';

describe('format', () => {
  it('formatBytes labels decimal and binary prefixes explicitly', () => {
    expect(formatBytes(137.95e9, 'decimal')).toBe('138 GB');
    expect(formatBytes(128.5 * GiB, 'binary', 4)).toBe('128.5 GiB');
    expect(formatBytes(819200, 'KiB')).toBe('800 KiB');
    expect(formatBytes(819200, 'KB', 4)).toBe('819.2 KB');
  });
  it('formatFlops, formatFlopsPerSec and formatBytesPerSec use SI prefixes', () => {
    expect(formatFlops(103079215104)).toBe('103 GFLOP');
    expect(formatFlopsPerSec(312e12)).toBe('312 TFLOP/s');
    expect(formatBytesPerSec(2.039e12)).toBe('2.04 TB/s');
  });
  it('formatSeconds picks ms, µs and s', () => {
    expect(formatSeconds(0.0217)).toBe('21.7 ms');
    expect(formatSeconds(4e-6)).toBe('4 µs');
    expect(formatSeconds(1.5)).toBe('1.5 s');
  });
  it('formatSeconds never prints NaN', () => expect(formatSeconds(Number.NaN)).not.toContain('NaN'));
});
