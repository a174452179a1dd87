import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectiveTime, getHardware, getInterconnect, interconnectLatency } from '../../../src/engine/index.ts';
import { SINGLE_CORE_COPY_BYTES_PER_SEC, TRANSPORTS, transportPath } from '../../../src/engine/comm/transport.ts';
import { TOPOLOGIES, parallelTopology, ringEquivalent } from '../../../src/engine/comm/parallelTopology.ts';

const ib = getInterconnect('ib-hdr');
const pcie = getInterconnect('pcie-4-x16').bandwidthBytesPerSecPerDirection;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('transportPath', () => {
  it('single-core copy rate is 10 × 64 B per 79 ns ≈ 8.1 GB/s (McCalpin, mccalpin-single-thread-bandwidth)', () => {
    expect(rel(SINGLE_CORE_COPY_BYTES_PER_SEC, 8.1e9)).toBeLessThan(0.01);
  });
  it('transportPath takes α from the preset: TCP uses the socket latency, RDMA and GPUDirect the verbs latency', () => {
    expect(transportPath({ link: ib, transport: 'tcp', pcieBytesPerSec: pcie }).latencySeconds).toBe(interconnectLatency(ib, 'tcp'));
    expect(transportPath({ link: ib, transport: 'rdma', pcieBytesPerSec: pcie }).latencySeconds).toBe(interconnectLatency(ib, 'rdma'));
    expect(transportPath({ link: ib, transport: 'gpudirect', pcieBytesPerSec: pcie }).latencySeconds).toBe(interconnectLatency(ib, 'rdma'));
  });
  it('transportPath with GPUDirect has no copies and runs at the link rate', () => {
    const g = transportPath({ link: ib, transport: 'gpudirect', pcieBytesPerSec: pcie });
    expect(g.pcieCopies + g.hostCopies).toBe(0);
    expect(g.bandwidthBytesPerSec).toBe(ib.bandwidthBytesPerSecPerDirection);
  });
  it('transportPath bandwidth adds copies in series: 1/B = 1/B_link + 2/B_pcie + 2/B_memcpy for TCP', () => {
    const t = transportPath({ link: ib, transport: 'tcp', pcieBytesPerSec: pcie });
    const expected = 1 / (1 / ib.bandwidthBytesPerSecPerDirection + 2 / pcie + 2 / SINGLE_CORE_COPY_BYTES_PER_SEC);
    expect(rel(t.bandwidthBytesPerSec, expected)).toBeLessThan(1e-12);
  });
  it('transportPath is never faster with more copies: gpudirect ≥ rdma ≥ tcp in bandwidth, for any copy rates', () => {
    fc.assert(fc.property(fc.double({ min: 1e8, max: 1e12, noNaN: true }), fc.double({ min: 1e8, max: 1e12, noNaN: true }), (p, h) => {
      const bw = TRANSPORTS.map((transport) => transportPath({ link: ib, transport, pcieBytesPerSec: p, hostCopyBytesPerSec: h }).bandwidthBytesPerSec);
      const [tcp, rdma, gdr] = bw as [number, number, number];
      return gdr >= rdma && rdma >= tcp;
    }));
  });
  it('transportPath does not apply to NVLink (peer-to-peer inside a node)', () => {
    const n = transportPath({ link: getInterconnect('nvlink-3'), transport: 'tcp', pcieBytesPerSec: pcie });
    expect(n.applies).toBe(false);
    expect(n.latencySeconds).toBe(interconnectLatency(getInterconnect('nvlink-3')));
  });
  it('transportPath rejects an unknown transport with an EngineError', () => {
    expect(() => transportPath({ link: ib, transport: 'udp' as never, pcieBytesPerSec: pcie })).toThrow(/transport/);
  });
});

describe('parallelTopology', () => {
  const hw = getHardware('a100-80gb-sxm');
  it('ringEquivalent reproduces the hierarchical all-reduce time at every message size', () => {
    const topo = parallelTopology({ topology: 'hierarchical', ranks: 8, transport: 'rdma', hardware: hw });
    fc.assert(fc.property(fc.double({ min: 0, max: 1e10, noNaN: true }), (n) => {
      const direct = collectiveTime({ ...topo.allReduce, bytes: n });
      const ring = collectiveTime({ collective: 'all-reduce', algorithm: 'ring', ranks: 8, bytes: n, latency: topo.ringLatencySeconds, bandwidth: topo.ringBandwidthBytesPerSec });
      return rel(ring, direct) < 1e-9;
    }));
  });
  it('ringEquivalent of a ring is the ring itself', () => {
    const r = ringEquivalent({ collective: 'all-reduce', algorithm: 'ring', ranks: 4, latency: 2e-6, bandwidth: 1e11 });
    expect(rel(r.latency, 2e-6)).toBeLessThan(1e-9);
    expect(rel(r.bandwidth, 1e11)).toBeLessThan(1e-6);
  });
  it('parallelTopology: an all-reduce over NVLink is faster than over PCIe, which is faster than over InfiniBand with TCP', () => {
    const t = (topology: (typeof TOPOLOGIES)[number]) => collectiveTime({ ...parallelTopology({ topology, ranks: 8, transport: 'tcp', hardware: hw }).allReduce, bytes: 1e6 });
    expect(t('nvlink')).toBeLessThan(t('pcie'));
    expect(t('pcie')).toBeLessThan(t('infiniband'));
  });
  it('parallelTopology: hierarchical beats a flat network ring for every message size', () => {
    const flat = parallelTopology({ topology: 'infiniband', ranks: 8, transport: 'rdma', hardware: hw });
    const hier = parallelTopology({ topology: 'hierarchical', ranks: 8, transport: 'rdma', hardware: hw });
    fc.assert(fc.property(fc.double({ min: 0, max: 1e10, noNaN: true }), (n) =>
      collectiveTime({ ...hier.allReduce, bytes: n }) <= collectiveTime({ ...flat.allReduce, bytes: n })));
  });
  it('parallelTopology picks PCIe Gen5 for H100 and Gen4 for A100', () => {
    expect(parallelTopology({ topology: 'pcie', ranks: 2, transport: 'rdma', hardware: getHardware('h100-sxm') }).intraLink.id).toBe('pcie-5-x16');
    expect(parallelTopology({ topology: 'pcie', ranks: 2, transport: 'rdma', hardware: hw }).intraLink.id).toBe('pcie-4-x16');
  });
  it('parallelTopology rejects an odd rank count for the two-node hierarchical scheme', () => {
    expect(() => parallelTopology({ topology: 'hierarchical', ranks: 3, transport: 'rdma', hardware: hw })).toThrow();
  });
});
