import { describe, expect, it } from 'vitest';
import { getInterconnect, interconnectLatency, isSourceKey, listInterconnects } from '../../../src/engine/index.ts';

describe('interconnect presets', () => {
  it('nvlink-3 is 300 GB/s and nvlink-4 450 GB/s per direction (half the datasheet bidirectional total)', () => {
    expect(getInterconnect('nvlink-3').bandwidthBytesPerSecPerDirection).toBe(300e9);
    expect(getInterconnect('nvlink-4').bandwidthBytesPerSecPerDirection).toBe(450e9);
  });

  it('pcie-4-x16 is 31.5 GB/s per direction after 128b/130b encoding', () => {
    expect(getInterconnect('pcie-4-x16').bandwidthBytesPerSecPerDirection / 1e9).toBeCloseTo(31.51, 2);
  });

  it('ib-hdr is 200 Gb/s = 25 GB/s and TCP latency exceeds RDMA latency on every network link', () => {
    expect(getInterconnect('ib-hdr').bandwidthBytesPerSecPerDirection).toBe(25e9);
    for (const spec of listInterconnects().filter((s) => s.latencySeconds.tcp !== undefined)) {
      expect(interconnectLatency(spec, 'tcp')).toBeGreaterThan(interconnectLatency(spec, 'rdma'));
    }
  });

  it('every interconnect preset cites existing sources', () => {
    for (const spec of listInterconnects()) {
      expect(isSourceKey(spec.source)).toBe(true);
      for (const key of spec.latencySource) expect(isSourceKey(key)).toBe(true);
    }
  });

  it('getInterconnect throws EngineError naming the field for an unknown id', () => {
    expect(() => getInterconnect('nvlink-9')).toThrowError(expect.objectContaining({ name: 'EngineError', field: 'interconnect', key: 'unknownPreset' }));
  });
});
