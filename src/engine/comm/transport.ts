/**
 * Transport protocols on a network link: what TCP costs over RDMA and
 * GPUDirect RDMA, as an effective α and bandwidth for the α-β model.
 *
 * A message of n bytes on one hop takes
 *   T = α_t + n/B_link + k_pcie · n/B_pcie + k_host · n/B_memcpy
 * where α_t is the transport's start-up latency (kernel socket vs NIC
 * queue, from the interconnect preset), k_pcie the copies between GPU and
 * host memory (bounce buffers) and k_host the CPU copies between user and
 * kernel socket buffers:
 * - 'tcp' (socket transport): D2H + H2D staging (k_pcie = 2) and a CPU copy
 *   into and out of the kernel socket buffer (k_host = 2);
 * - 'rdma' (verbs/RoCE without GPUDirect): the NIC reads and writes pinned
 *   host memory (kernel bypass, zero CPU copies) but data still goes through
 *   a host bounce buffer (k_pcie = 2, k_host = 0);
 * - 'gpudirect' (GPUDirect RDMA): the NIC reads and writes GPU memory over
 *   PCIe (k_pcie = 0, k_host = 0).
 * So the effective bandwidth is 1/(1/B_link + k_pcie/B_pcie + k_host/B_memcpy).
 * The copies are charged in sequence (store and forward per message): NCCL
 * pipelines chunks through its staging buffers, so a real transfer falls
 * between this sum and the slowest stage alone; we show the sum so the copies
 * stay visible. Ignores CPU load, interrupts beyond what α_t already holds,
 * and NIC/GPU placement in the PCIe tree.
 * Sources: 'mellanox-rdma-programming-manual' (kernel bypass, zero copy),
 * 'nvidia-gpudirect-rdma', 'nccl-env-net' (staging without GDR, socket
 * fallback), 'mccalpin-single-thread-bandwidth' (one core copies ≈ 8 GB/s).
 */
import { requireOneOf, requirePositive, requireObject } from '../errors.ts';
import { interconnectLatency, type InterconnectSpec } from '../presets/interconnects.ts';

export const TRANSPORTS = ['tcp', 'rdma', 'gpudirect'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** One CPU core's memcpy: 10 outstanding 64-byte misses per 79 ns (McCalpin) ≈ 8.1 GB/s. */
export const SINGLE_CORE_COPY_BYTES_PER_SEC = (10 * 64) / 79e-9;

const COPIES: Record<Transport, { readonly pcie: number; readonly host: number }> = {
  tcp: { pcie: 2, host: 2 },
  rdma: { pcie: 2, host: 0 },
  gpudirect: { pcie: 0, host: 0 },
};

export interface TransportPathParams {
  readonly link: InterconnectSpec;
  readonly transport: Transport;
  /** GPU ↔ host copy rate per direction (the GPU's PCIe link). */
  readonly pcieBytesPerSec: number;
  /** CPU copy rate (default SINGLE_CORE_COPY_BYTES_PER_SEC). */
  readonly hostCopyBytesPerSec?: number;
  /** Share of the link's bandwidth achieved (default 1). */
  readonly linkEfficiency?: number;
}

export interface TransportPath {
  readonly transport: Transport;
  /** α of one message on this path. */
  readonly latencySeconds: number;
  /** Effective bytes/s: wire and copies in sequence. */
  readonly bandwidthBytesPerSec: number;
  readonly linkBytesPerSec: number;
  readonly pcieCopies: number;
  readonly hostCopies: number;
  /** Seconds per byte spent in copies (the part GPUDirect removes). */
  readonly copySecondsPerByte: number;
  /** False for links where the transport choice does not apply (NVLink, PCIe, xGMI: GPU peer-to-peer). */
  readonly applies: boolean;
}

/** Effective α and bandwidth of one hop under a transport (see the module comment). */
export function transportPath(params: TransportPathParams): TransportPath {
  requireObject('params', params);
  const transport = requireOneOf('transport', params.transport, TRANSPORTS);
  const link = params.link;
  const linkBytesPerSec = link.bandwidthBytesPerSecPerDirection * requirePositive('linkEfficiency', params.linkEfficiency ?? 1);
  const network = link.kind === 'infiniband' || link.kind === 'ethernet';
  if (!network) {
    return { transport, latencySeconds: interconnectLatency(link), bandwidthBytesPerSec: linkBytesPerSec, linkBytesPerSec, pcieCopies: 0, hostCopies: 0, copySecondsPerByte: 0, applies: false };
  }
  const pcie = requirePositive('pcieBytesPerSec', params.pcieBytesPerSec);
  const host = requirePositive('hostCopyBytesPerSec', params.hostCopyBytesPerSec ?? SINGLE_CORE_COPY_BYTES_PER_SEC);
  const copies = COPIES[transport];
  const copySecondsPerByte = copies.pcie / pcie + copies.host / host;
  return {
    transport,
    latencySeconds: interconnectLatency(link, transport === 'tcp' ? 'tcp' : 'rdma'),
    bandwidthBytesPerSec: 1 / (1 / linkBytesPerSec + copySecondsPerByte),
    linkBytesPerSec,
    pcieCopies: copies.pcie,
    hostCopies: copies.host,
    copySecondsPerByte,
    applies: true,
  };
}
