/**
 * Where the GPUs of one tensor-parallel group (or one pipeline) sit, and what
 * that makes the α-β parameters of their all-reduce and stage-to-stage sends.
 *
 * Topologies:
 * - 'nvlink': all ranks in one node, NVLink/NVSwitch all-to-all (the
 *   hardware's intra-node link);
 * - 'pcie': all ranks in one node, peer-to-peer through a PCIe switch at the
 *   GPU's host-interface rate (Gen4 for A100, Gen5 for H100/H200);
 * - 'infiniband' / 'ethernet': a flat ring whose every hop crosses the
 *   network (one rank per node, the worst placement), over 200 Gb/s HDR
 *   InfiniBand or 100 GbE, with the chosen transport (transport.ts);
 * - 'hierarchical': the ranks split over 2 nodes (g = p/2 per node):
 *   intra-node NVLink reduce-scatter, inter-node all-reduce of n/g shards over
 *   InfiniBand with the chosen transport, intra-node all-gather
 *   (collectiveCost's 'hierarchical').
 * Pipeline sends use the same link; under 'hierarchical' every boundary is
 * charged the network hop (the slowest boundary paces the pipeline).
 *
 * ringEquivalent: every all-reduce cost here is affine in n, T(n) = a + s·n,
 * so a ring over p ranks with α_eq = a / (2(p−1)) and
 * B_eq = 2(p−1) / (p·s) gives the same time for every message size — which
 * lets schedulers that only take (α, B) time hierarchical all-reduces too.
 * Sources: 'thakur-2005-mpich-collectives', 'nccl-tuning-latency' (link α),
 * 'nvidia-a100-pcie-gen4' (host interface generation).
 */
import { EngineError, requireOneOf, requirePositiveInt, requireObject, requirePositive } from '../errors.ts';
import { getInterconnect, type InterconnectSpec } from '../presets/interconnects.ts';
import type { HardwareSpec } from '../presets/hardwareSpec.ts';
import { collectiveCost } from './collectiveCost.ts';
import type { CollectiveParams } from './collectiveTypes.ts';
import { transportPath, type Transport, type TransportPath } from './transport.ts';
import { validateHardware } from '../presets/validateHardware.ts';

export const TOPOLOGIES = ['nvlink', 'pcie', 'infiniband', 'ethernet', 'hierarchical'] as const;
export type Topology = (typeof TOPOLOGIES)[number];

const PCIE_GEN5 = new Set(['h100-sxm', 'h200', 'mi300x']);
const NETWORK_LINK: Record<'infiniband' | 'ethernet' | 'hierarchical', string> = { infiniband: 'ib-hdr', ethernet: 'eth-100g', hierarchical: 'ib-hdr' };

/** The PCIe link of a GPU's host interface (Gen5 for H100/H200/MI300X, Gen4 otherwise). */
export function hostPcieLink(hw: HardwareSpec): InterconnectSpec {
  validateHardware(hw);
  return getInterconnect(PCIE_GEN5.has(hw.id) ? 'pcie-5-x16' : 'pcie-4-x16');
}

export interface ParallelTopologyParams {
  readonly topology: Topology;
  readonly ranks: number;
  readonly transport: Transport;
  readonly hardware: HardwareSpec;
  /** Share of link bandwidth achieved (default 1, as inferenceStep's realistic preset). */
  readonly linkEfficiency?: number;
}

export interface ParallelTopology {
  readonly topology: Topology;
  readonly ranks: number;
  /** All-reduce parameters without the message size. */
  readonly allReduce: Omit<CollectiveParams, 'bytes'>;
  /** Ring link with the same all-reduce time for every size (see the module comment). */
  readonly ringLatencySeconds: number;
  readonly ringBandwidthBytesPerSec: number;
  /** One point-to-point hop between pipeline stages. */
  readonly p2pLatencySeconds: number;
  readonly p2pBandwidthBytesPerSec: number;
  readonly intraLink: InterconnectSpec;
  readonly networkLink: InterconnectSpec | null;
  /** The network path under the transport; null when no hop leaves the node. */
  readonly network: TransportPath | null;
}

export function parallelTopology(params: ParallelTopologyParams): ParallelTopology {
  requireObject('params', params);
  const topology = requireOneOf('topology', params.topology, TOPOLOGIES);
  const p = requirePositiveInt('ranks', params.ranks);
  const hw = params.hardware;
  const eff = params.linkEfficiency ?? 1;
  const pcie = hostPcieLink(hw);
  const nvlinkId = hw.intraNodeLink !== null && getInterconnect(hw.intraNodeLink).kind !== 'pcie' ? hw.intraNodeLink : 'nvlink-3';
  const intraLink = topology === 'pcie' ? pcie : getInterconnect(nvlinkId);
  const intra = transportPath({ link: intraLink, transport: params.transport, pcieBytesPerSec: pcie.bandwidthBytesPerSecPerDirection, linkEfficiency: eff });

  let allReduce: Omit<CollectiveParams, 'bytes'>;
  let networkLink: InterconnectSpec | null = null;
  let network: TransportPath | null = null;
  let p2p = { latency: intra.latencySeconds, bandwidth: intra.bandwidthBytesPerSec };
  if (topology === 'nvlink' || topology === 'pcie') {
    allReduce = { collective: 'all-reduce', algorithm: 'ring', ranks: p, latency: intra.latencySeconds, bandwidth: intra.bandwidthBytesPerSec };
  } else {
    networkLink = getInterconnect(NETWORK_LINK[topology]);
    network = transportPath({ link: networkLink, transport: params.transport, pcieBytesPerSec: pcie.bandwidthBytesPerSecPerDirection, linkEfficiency: eff });
    p2p = { latency: network.latencySeconds, bandwidth: network.bandwidthBytesPerSec };
    if (topology === 'hierarchical') {
      if (p % 2 !== 0) throw new EngineError('notDivisible', { field: 'ranks', value: p, divisor: 'nodes', divisorValue: 2 });
      allReduce = {
        collective: 'all-reduce', algorithm: 'hierarchical', ranks: p, ranksPerNode: p / 2,
        latency: intra.latencySeconds, bandwidth: intra.bandwidthBytesPerSec,
        interLatency: network.latencySeconds, interBandwidth: network.bandwidthBytesPerSec,
      };
    } else {
      allReduce = { collective: 'all-reduce', algorithm: 'ring', ranks: p, latency: network.latencySeconds, bandwidth: network.bandwidthBytesPerSec };
    }
  }
  const ring = ringEquivalent(allReduce);
  return {
    topology, ranks: p, allReduce,
    ringLatencySeconds: ring.latency, ringBandwidthBytesPerSec: ring.bandwidth,
    p2pLatencySeconds: p2p.latency, p2pBandwidthBytesPerSec: p2p.bandwidth,
    intraLink, networkLink, network,
  };
}

/** α and B of a ring all-reduce that matches `params` at every message size (see the module comment). */
export function ringEquivalent(params: Omit<CollectiveParams, 'bytes'>): { latency: number; bandwidth: number } {
  requireObject('params', params);
  const p = requirePositiveInt('ranks', params.ranks);
  if (p === 1) return { latency: 0, bandwidth: requirePositive('bandwidth', params.bandwidth) };
  const probe = 1e6;
  const a = collectiveCost({ ...params, bytes: 0, reduceSecondsPerByte: 0 }).seconds;
  const s = (collectiveCost({ ...params, bytes: probe, reduceSecondsPerByte: 0 }).seconds - a) / probe;
  return { latency: a / (2 * (p - 1)), bandwidth: (2 * (p - 1)) / (p * s) };
}
