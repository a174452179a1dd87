/** Interface text of the parallel-timeline and comm-strategies simulators, both languages. */
import type { Topology } from '../../engine/comm/parallelTopology.ts';
import type { Transport } from '../../engine/comm/transport.ts';

export const text = {
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: 'GPU', en: 'GPU' },
  mode: { zh: '并行方式', en: 'Parallelism' },
  tp: { zh: '张量并行', en: 'Tensor parallel' },
  pp: { zh: '流水线并行', en: 'Pipeline parallel' },
  phase: { zh: '阶段', en: 'Phase' },
  decode: { zh: '解码', en: 'Decode' },
  prefill: { zh: '预填充', en: 'Prefill' },
  degree: { zh: 'GPU 数', en: 'GPUs' },
  batch: { zh: '批大小（并发请求）', en: 'Batch (concurrent requests)' },
  tokensPrefill: { zh: '提示长度', en: 'Prompt length' },
  tokensDecode: { zh: '上下文长度', en: 'Context length' },
  tokens: { zh: 'tokens', en: 'tokens' },
  overlap: { zh: '计算与通信重叠（批次拆成两半）', en: 'Overlap compute and communication (batch in two halves)' },
  microBatches: { zh: '微批次数', en: 'Micro-batches' },
  topology: { zh: '拓扑', en: 'Topology' },
  transport: { zh: '传输协议（跨节点链路）', en: 'Transport (network links)' },
  transportNa: { zh: '节点内 GPU 直连（GPUDirect P2P），传输协议不适用', en: 'Inside one node GPUs talk peer-to-peer (GPUDirect P2P): transport does not apply' },
  compute: { zh: '计算', en: 'compute' },
  comm: { zh: '通信', en: 'comm' },
  attention: { zh: '注意力', en: 'Attention' },
  mlp: { zh: 'MLP', en: 'MLP' },
  allReduce: { zh: '全规约', en: 'All-Reduce' },
  codec: { zh: '压缩/解压', en: 'Compress/decompress' },
  other: { zh: '嵌入/输出层', en: 'Embedding/LM head' },
  stage: { zh: '阶段计算', en: 'Stage compute' },
  send: { zh: '段间发送', en: 'Stage send' },
  time: { zh: '时间', en: 'Time' },
  stepTime: { zh: '一步用时', en: 'Step time' },
  exposed: { zh: '暴露的通信（GPU 在等待）', en: 'Exposed communication (GPUs waiting)' },
  bubble: { zh: '气泡比例', en: 'Bubble fraction' },
  commShare: { zh: '通信占一步的比例', en: 'Share of the step spent waiting' },
  tokensPerSec: { zh: '吞吐', en: 'Throughput' },
  tokPerS: { zh: 'tokens/s', en: 'tokens/s' },
  oneAllReduce: { zh: '一次全规约', en: 'One All-Reduce' },
  oneSend: { zh: '一次段间发送', en: 'One stage-to-stage send' },
  noSplit: { zh: '批大小为 1 的解码无法拆成两半：重叠未生效', en: 'A batch-1 decode cannot be split in two: overlap has no effect' },
  unknownPreset: { zh: '幻灯片指定的预设无效，已使用默认值', en: 'The slide asked for an unknown preset; using the default' },
  takeaway: {
    zh: '张量并行每层同步两次，对链路的延迟和带宽都敏感；流水线只在段间传一次激活，却要用微批次去填气泡——先看瓶颈落在哪条链路上，再选并行方式。',
    en: 'Tensor parallelism synchronises twice per layer and feels every link’s latency and bandwidth; pipelining sends activations once per boundary but needs micro-batches to fill its bubble. Find the bottleneck link first, then choose the split.',
  },
  question: { zh: '解码阶段（批大小 16，NVLink）打开"重叠"，一个 token 的时间会怎样？', en: 'Decode at batch 16 over NVLink: what happens to the step time when you turn overlap on?' },
  faster: { zh: '变短', en: 'Shorter' },
  same: { zh: '几乎不变', en: 'About the same' },
  slower: { zh: '变长', en: 'Longer' },
} as const;

export const topologyText: Record<Topology, { zh: string; en: string }> = {
  nvlink: { zh: '节点内 NVLink 全互联', en: 'NVLink all-to-all (one node)' },
  pcie: { zh: '节点内 PCIe 交换芯片', en: 'PCIe switch (one node)' },
  infiniband: { zh: '跨节点 InfiniBand（每跳都过网络）', en: 'InfiniBand across nodes (every hop)' },
  ethernet: { zh: '跨节点 100 GbE 以太网', en: '100 GbE Ethernet across nodes' },
  hierarchical: { zh: '层次化：2 节点（NVLink + IB）', en: 'Hierarchical: 2 nodes (NVLink + IB)' },
};

export const transportText: Record<Transport, { zh: string; en: string }> = {
  tcp: { zh: 'TCP', en: 'TCP' },
  rdma: { zh: 'RDMA', en: 'RDMA' },
  gpudirect: { zh: 'GPUDirect RDMA', en: 'GPUDirect RDMA' },
};
