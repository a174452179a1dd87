/**
 * Interconnect presets: links between accelerators, entered as their
 * specifications print them and converted once with units.ts.
 *
 * Conventions (issue #3, "per direction"):
 * - `bandwidthBytesPerSecPerDirection` is the payload rate one GPU can send
 *   while it also receives at the same rate. NVLink and Infinity Fabric
 *   datasheets print the bidirectional total per GPU, so we halve it.
 * - PCIe figures are after 128b/130b line encoding (31.5 GB/s for Gen4 x16,
 *   not the raw 32 GB/s), and ignore TLP/DLLP protocol overhead, which costs
 *   a further ~10–20% in practice.
 * - Network figures (InfiniBand, Ethernet) are the per-port line rate per direction.
 * - `latencySeconds` are REPRESENTATIVE TEACHING VALUES for the per-message
 *   start-up cost α of the α-β model, not guarantees: `rdma` (and `default`
 *   for GPU links) follow NCCL's own per-hop latency table; `tcp` is a
 *   kernel-socket small-message latency. Real α depends on software stack,
 *   message protocol, switches and cable length.
 */
import { EngineError, requireObject, requireOneOf, requireNonNegative } from '../errors.ts';
import type { SourceKey } from '../sources/index.ts';
import { gbPerSec, gbitPerSec, us } from '../units.ts';

export type InterconnectKind = 'nvlink' | 'pcie' | 'infiniband' | 'ethernet' | 'xgmi';

export interface InterconnectLatency {
  /** With RDMA / GPUDirect (no kernel, no host copy). */
  readonly rdma?: number;
  /** Through the kernel TCP/IP stack (socket transport, host bounce copy). */
  readonly tcp?: number;
  /** What a simulator should use when the transport is not chosen. */
  readonly default: number;
}

export interface InterconnectSpec {
  readonly id: string;
  /** The product name in English; a translated name, where one exists, is in src/i18n/engine/presets.ts. */
  readonly name: string;
  readonly kind: InterconnectKind;
  readonly bandwidthBytesPerSecPerDirection: number;
  readonly latencySeconds: InterconnectLatency;
  /** How the bandwidth figure was derived from the printed one. */
  readonly note: string;
  readonly source: SourceKey;
  readonly latencySource: readonly SourceKey[];
}

// NCCL hwLat (Ring/LL, per hop): NVLink 0.47 µs, PCI 1.0 µs, NET 2.7 µs.
const NVLINK_HOP = us(0.47);
const PCIE_HOP = us(1.0);
const NET_RDMA_HOP = us(2.7);
// Kernel TCP small-message latency, tens of µs; 25 µs taken as the teaching value.
const TCP_SOCKET = us(25);

const presets: readonly InterconnectSpec[] = [
  {
    id: 'nvlink-3', name: 'NVLink 3 (A100)', kind: 'nvlink',
    bandwidthBytesPerSecPerDirection: gbPerSec(600) / 2,
    latencySeconds: { default: NVLINK_HOP },
    note: '600 GB/s bidirectional per GPU (12 links) → 300 GB/s per direction',
    source: 'nvidia-nvlink-generations', latencySource: ['nccl-tuning-latency'],
  },
  {
    id: 'nvlink-4', name: 'NVLink 4 (H100)', kind: 'nvlink',
    bandwidthBytesPerSecPerDirection: gbPerSec(900) / 2,
    latencySeconds: { default: NVLINK_HOP },
    note: '900 GB/s bidirectional per GPU (18 links) → 450 GB/s per direction',
    source: 'nvidia-nvlink-generations', latencySource: ['nccl-tuning-latency'],
  },
  {
    id: 'nvlink-5', name: 'NVLink 5 (Blackwell)', kind: 'nvlink',
    bandwidthBytesPerSecPerDirection: gbPerSec(1800) / 2,
    latencySeconds: { default: NVLINK_HOP },
    note: '1,800 GB/s bidirectional per GPU (18 links) → 900 GB/s per direction',
    source: 'nvidia-nvlink-generations', latencySource: ['nccl-tuning-latency'],
  },
  {
    id: 'pcie-4-x16', name: 'PCIe 4.0 x16', kind: 'pcie',
    bandwidthBytesPerSecPerDirection: (16e9 * 16 * (128 / 130)) / 8,
    latencySeconds: { default: PCIE_HOP },
    note: '16 GT/s × 16 lanes × 128/130 ÷ 8 = 31.5 GB/s per direction (32 GB/s before encoding)',
    source: 'pci-sig-pcie-rates', latencySource: ['nccl-tuning-latency'],
  },
  {
    id: 'pcie-5-x16', name: 'PCIe 5.0 x16', kind: 'pcie',
    bandwidthBytesPerSecPerDirection: (32e9 * 16 * (128 / 130)) / 8,
    latencySeconds: { default: PCIE_HOP },
    note: '32 GT/s × 16 lanes × 128/130 ÷ 8 = 63.0 GB/s per direction (64 GB/s before encoding)',
    source: 'pci-sig-pcie-rates', latencySource: ['nccl-tuning-latency'],
  },
  {
    id: 'ib-hdr', name: 'InfiniBand HDR', kind: 'infiniband',
    bandwidthBytesPerSecPerDirection: gbitPerSec(200),
    latencySeconds: { rdma: NET_RDMA_HOP, tcp: TCP_SOCKET, default: NET_RDMA_HOP },
    note: '200 Gb/s per 4x port per direction = 25 GB/s',
    source: 'ibta-infiniband-rates', latencySource: ['nccl-tuning-latency', 'perftest-rdma-latency', 'netpipe-tcp-latency'],
  },
  {
    id: 'ib-ndr', name: 'InfiniBand NDR', kind: 'infiniband',
    bandwidthBytesPerSecPerDirection: gbitPerSec(400),
    latencySeconds: { rdma: NET_RDMA_HOP, tcp: TCP_SOCKET, default: NET_RDMA_HOP },
    note: '400 Gb/s per 4x port per direction = 50 GB/s',
    source: 'ibta-infiniband-rates', latencySource: ['nccl-tuning-latency', 'perftest-rdma-latency', 'netpipe-tcp-latency'],
  },
  {
    id: 'eth-100g', name: '100 GbE Ethernet', kind: 'ethernet',
    bandwidthBytesPerSecPerDirection: gbitPerSec(100),
    latencySeconds: { rdma: NET_RDMA_HOP, tcp: TCP_SOCKET, default: TCP_SOCKET },
    note: '100 Gb/s per direction = 12.5 GB/s; rdma = RoCE',
    source: 'ieee-802-3-ethernet', latencySource: ['nccl-tuning-latency', 'netpipe-tcp-latency'],
  },
  {
    id: 'eth-400g', name: '400 GbE Ethernet', kind: 'ethernet',
    bandwidthBytesPerSecPerDirection: gbitPerSec(400),
    latencySeconds: { rdma: NET_RDMA_HOP, tcp: TCP_SOCKET, default: TCP_SOCKET },
    note: '400 Gb/s per direction = 50 GB/s; rdma = RoCE',
    source: 'ieee-802-3-ethernet', latencySource: ['nccl-tuning-latency', 'netpipe-tcp-latency'],
  },
  {
    id: 'xgmi-mi300x', name: 'Infinity Fabric (MI300X)', kind: 'xgmi',
    bandwidthBytesPerSecPerDirection: gbPerSec(896) / 2,
    latencySeconds: { default: NVLINK_HOP },
    note: '7 links × 128 GB/s bidirectional = 896 GB/s → 448 GB/s per direction; latency borrowed from the NVLink hop (no AMD figure cited)',
    source: 'amd-mi300x-xgmi', latencySource: ['nccl-tuning-latency'],
  },
];

const byId = new Map(presets.map((p) => [p.id, p]));

/** The interconnect preset with this id; unknown id → EngineError('unknownPreset', field 'interconnect'). */
export function getInterconnect(id: string): InterconnectSpec {
  const spec = byId.get(id);
  if (!spec) throw new EngineError('unknownPreset', { field: 'interconnect', value: id });
  return spec;
}

/** All interconnect presets, in display order. */
export function listInterconnects(): readonly InterconnectSpec[] {
  return presets;
}

/** α for a transport; falls back to `default` when the link has no such transport figure. */
export function interconnectLatency(spec: InterconnectSpec, transport: 'rdma' | 'tcp' | 'default' = 'default'): number {
  requireObject('spec', spec);
  requireOneOf('transport', transport, ['rdma', 'tcp', 'default']);
  const latency = requireObject('spec.latencySeconds', spec.latencySeconds);
  return requireNonNegative(`spec.latencySeconds.${transport}`, latency[transport] ?? latency.default);
}
