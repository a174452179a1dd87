/**
 * The names of the engine's network topologies and transport protocols
 * (comm-strategies' 表10 and parallel-timeline's 图10 both offer them),
 * keyed by the engine's ids: a new id without a name fails to compile here.
 */
import type { Topology, Transport } from '../../engine/index.ts';
import type { Bilingual } from '../strings.ts';

export const TOPOLOGY_TEXT: Record<Topology, Bilingual> = {
  nvlink: { zh: '节点内 NVLink 全互联', en: 'NVLink all-to-all (one node)' },
  pcie: { zh: '节点内 PCIe 交换芯片', en: 'PCIe switch (one node)' },
  infiniband: { zh: '跨节点 InfiniBand（每跳都过网络）', en: 'InfiniBand across nodes (every hop)' },
  ethernet: { zh: '跨节点 100 GbE 以太网', en: '100 GbE Ethernet across nodes' },
  hierarchical: { zh: '层次化：2 节点（NVLink + IB）', en: 'Hierarchical: 2 nodes (NVLink + IB)' },
};

export const TRANSPORT_TEXT: Record<Transport, Bilingual> = {
  tcp: { zh: 'TCP', en: 'TCP' },
  rdma: { zh: 'RDMA', en: 'RDMA' },
  gpudirect: { zh: 'GPUDirect RDMA', en: 'GPUDirect RDMA' },
};
