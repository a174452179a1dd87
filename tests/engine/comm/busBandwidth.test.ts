import { describe, expect, it } from 'vitest';
import { algBandwidth, busBandwidth, busBandwidthFactor } from '../../../src/engine/comm/index.ts';

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const NCCL_TESTS = 'NVIDIA/nccl-tests doc/PERFORMANCE.md; src/all_reduce.cu (algbw = bytes/1e9/sec)';
const A3MEGA = 'github lessizzmore/create-a3mega-ztan-fork ztan-NCCL-test-result (all_reduce_perf, 16x H100 80GB, 2 nodes)';

describe('bus bandwidth golden values', () => {
  it(`CM-01: algBandwidth(8 GiB, 47,535 µs) = 180.71 GB/s within 0.05% (${A3MEGA}; ${NCCL_TESTS})`, () => {
    expect(relErr(algBandwidth(8589934592, 47535e-6) / 1e9, 180.71)).toBeLessThanOrEqual(0.0005);
  });

  it(`CM-02: busBandwidth(all-reduce, 16 ranks, 8 GiB, 47,535 µs) = 338.82 GB/s within 0.05% (${A3MEGA}; ${NCCL_TESTS})`, () => {
    expect(relErr(busBandwidth('all-reduce', 16, 8589934592, 47535e-6) / 1e9, 338.82)).toBeLessThanOrEqual(0.0005);
  });

  it(`CM-04: busBandwidthFactor for all-gather and reduce-scatter at 8 ranks = 0.875 exactly (${NCCL_TESTS})`, () => {
    expect(busBandwidthFactor('all-gather', 8)).toBe(0.875);
    expect(busBandwidthFactor('reduce-scatter', 8)).toBe(0.875);
  });
});

describe('busBandwidthFactor', () => {
  it('is 2(n−1)/n for all-reduce, (n−1)/n for all-to-all and 1 for broadcast and reduce', () => {
    expect(busBandwidthFactor('all-reduce', 16)).toBe(1.875);
    expect(busBandwidthFactor('all-to-all', 4)).toBe(0.75);
    expect(busBandwidthFactor('broadcast', 8)).toBe(1);
    expect(busBandwidthFactor('reduce', 8)).toBe(1);
  });

  it('is 0 for one rank of all-reduce (nothing crosses a link)', () => {
    expect(busBandwidthFactor('all-reduce', 1)).toBe(0);
  });
});
