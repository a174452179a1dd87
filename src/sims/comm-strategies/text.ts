/** Interface text of the comm-strategies simulator (表10), both languages. */
import type { Bilingual } from '../../i18n/index.ts';
import type { Family, StrategyId } from './strategies.ts';

export const text = {
  title: { zh: '通信优化策略对比', en: 'Communication strategies compared' },
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
  tokens: { zh: '上下文长度（预填充时为提示长度）', en: 'Context length (prompt length in prefill)' },
  tokensUnit: { zh: 'token', en: 'tokens' },
  overlap: { zh: '基线已打开计算与通信重叠', en: 'Baseline overlaps compute and comm' },
  microBatches: { zh: '微批次数（流水线）', en: 'Micro-batches (pipeline)' },
  topology: { zh: '拓扑', en: 'Topology' },
  transport: { zh: '传输协议（跨节点链路）', en: 'Transport (network links)' },
  strategy: { zh: '策略', en: 'Strategy' },
  step: { zh: '一步用时', en: 'Step time' },
  change: { zh: '对比基线（每步，解码即每 token）', en: 'vs baseline (per step; per token in decode)' },
  cost: { zh: '代价', en: 'What it costs' },
  baselineStep: { zh: '基线一步用时', en: 'Baseline step time' },
  best: { zh: '最有效的策略（表中第一行）', en: 'Best strategy (first row)' },
  vsBaseline: { zh: '对比基线', en: 'vs baseline' },
  notApplicable: (list: string): Bilingual => ({ zh: `此配置下不适用：${list}`, en: `Not applicable here: ${list}` }),
  moreInExplore: (n: number): Bilingual => ({ zh: `另有 ${n} 项策略在“探索”视图中。`, en: `${n} more strateg${n === 1 ? 'y' : 'ies'} in the Explore view.` }),
  listSeparator: { zh: '、', en: ', ' },
  memory: (usable: string): Bilingual => ({ zh: `每张 GPU 的显存（可用 ${usable}）`, en: `Memory per GPU (${usable} usable)` }),
  fits: { zh: '✓ 放得下', en: '✓ fits' },
  overByShort: (over: string): Bilingual => ({ zh: `✕ 超出 ${over}`, en: `✕ over by ${over}` }),
  notRun: { zh: '放不下，无法运行', en: 'does not fit: cannot run' },
  doesNotFit: (p: { config: string; needs: string; usable: string; over: string }): Bilingual => ({
    zh: `基线（${p.config}）放不下：每张 GPU 需要 ${p.needs}，可用 ${p.usable}，超出 ${p.over}。这种配置无法运行，所以不比较一步用时。`,
    en: `The baseline (${p.config}) does not fit: it needs ${p.needs} per GPU of ${p.usable} usable, over by ${p.over}. It cannot run, so no step times are compared.`,
  }),
  rowsNotFit: (list: string): Bilingual => ({ zh: `放不下、无法运行：${list}`, en: `Does not fit, cannot run: ${list}` }),
  caption: (p: { config: string; step: string }): Bilingual => ({
    zh: `基线：${p.config}，一步 ${p.step}；每行在基线上只改一项（▼ = 更快，▲ = 更慢）`,
    en: `Baseline: ${p.config}, step ${p.step}; each row changes one thing (▼ = faster, ▲ = slower)`,
  }),
  takeaway: {
    zh: '先看消息落在哪个区：延迟受限选协议、合并与重叠，带宽受限选压缩、更快的链路与层次化。',
    en: 'Latency-bound messages want protocols, merging and overlap; bandwidth-bound ones want compression, faster links and hierarchy.',
  },
} as const;

export const familyText: Record<Family, Bilingual> = {
  compression: { zh: '压缩算法', en: 'Compression' },
  network: { zh: '网络层', en: 'Network layer' },
  transport: { zh: '传输协议', en: 'Transport' },
  scheduling: { zh: '调度', en: 'Scheduling' },
};

export const strategyText: Record<StrategyId, { readonly name: Bilingual; readonly cost: Bilingual }> = {
  int8: {
    name: { zh: 'INT8 压缩激活', en: 'INT8-compressed activations' },
    cost: { zh: '压缩/解压计算；每跳反量化—相加—再量化', en: 'Codec compute; requantise at every hop' },
  },
  fp8: {
    name: { zh: 'FP8 压缩激活', en: 'FP8-compressed activations' },
    cost: { zh: '同 INT8；需要 FP8 硬件支持（H100 起）', en: 'As INT8; needs FP8 hardware (H100 on)' },
  },
  topk: {
    name: { zh: 'Top-k 稀疏化（保留 10%）', en: 'Top-k sparsification (keep 10%)' },
    cost: { zh: '索引开销；全收集代替全规约；直接改变模型输出', en: 'Index overhead; all-gather; changes model outputs' },
  },
  nvlink: {
    name: { zh: '把并行组放进一个 NVLink 节点', en: 'Keep the group inside one NVLink node' },
    cost: { zh: '受节点内 GPU 数与显存限制；NVLink/NVSwitch 硬件', en: 'GPUs and memory per node; NVLink/NVSwitch hardware' },
  },
  hierarchical: {
    name: { zh: '层次化全规约（2 节点）', en: 'Hierarchical All-Reduce (2 nodes)' },
    cost: { zh: '需要节点内高速互联与拓扑感知的进程排布', en: 'Fast intra-node link, topology-aware placement' },
  },
  infiniband: {
    name: { zh: '以太网换成 InfiniBand', en: 'InfiniBand instead of Ethernet' },
    cost: { zh: '网卡与交换机投入', en: 'NICs and switches to buy' },
  },
  rdma: {
    name: { zh: 'TCP 换成 RDMA（绕过内核）', en: 'RDMA instead of TCP (kernel bypass)' },
    cost: { zh: '支持 RDMA 的网卡、内存注册、驱动与配置', en: 'RDMA NICs, memory registration, drivers' },
  },
  gpudirect: {
    name: { zh: 'GPUDirect RDMA（零拷贝）', en: 'GPUDirect RDMA (zero copy)' },
    cost: { zh: '网卡与 GPU 需在合适的 PCIe 位置；驱动模块', en: 'NIC and GPU well placed on PCIe; kernel module' },
  },
  overlap: {
    name: { zh: '计算与通信重叠', en: 'Overlap compute and comm' },
    cost: { zh: '拆分批次；解码时每一半重读权重', en: 'Split batch; decode halves re-read weights' },
  },
  microbatches: {
    name: { zh: '微批次数翻倍', en: 'Double the micro-batches' },
    cost: { zh: '更小的微批次：解码时每个都重读权重', en: 'Each micro-batch re-reads weights in decode' },
  },
};

export { TOPOLOGY_TEXT as topologyText, TRANSPORT_TEXT as transportText } from '../../i18n/engine/comm.ts';
