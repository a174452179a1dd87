/**
 * The rows of 表10: each strategy is a change to the configuration chosen in
 * 图10 (a Variant), timed with the same engine model, plus what it costs.
 */
import type { ParallelTimelineInputs } from '../parallel-timeline/store.ts';
import { evaluate, type Evaluation, type Variant } from '../parallel-timeline/model.ts';

export type Family = 'compression' | 'network' | 'transport' | 'scheduling';

export interface Strategy {
  readonly id: string;
  readonly family: Family;
  readonly name: { zh: string; en: string };
  readonly cost: { zh: string; en: string };
  /** The change, or null when it does not apply to this configuration. */
  readonly variant: (s: ParallelTimelineInputs) => Variant | null;
}

const network = (s: ParallelTimelineInputs) => s.topology !== 'nvlink' && s.topology !== 'pcie';

export const STRATEGIES: readonly Strategy[] = [
  { id: 'int8', family: 'compression', name: { zh: 'INT8 压缩激活', en: 'INT8-compressed activations' },
    cost: { zh: '压缩/解压计算；每跳反量化—相加—再量化，误差累积', en: 'Codec compute; dequantise–add–requantise at every hop, error builds up' },
    variant: () => ({ compression: 'int8' }) },
  { id: 'fp8', family: 'compression', name: { zh: 'FP8 压缩激活', en: 'FP8-compressed activations' },
    cost: { zh: '同 INT8；需要 FP8 硬件支持（H100 起）', en: 'As INT8; needs FP8 hardware (H100 onwards)' },
    variant: () => ({ compression: 'fp8' }) },
  { id: 'topk', family: 'compression', name: { zh: 'Top-k 稀疏化（保留 10%）', en: 'Top-k sparsification (keep 10%)' },
    cost: { zh: '索引开销；全收集代替全规约；直接改变模型输出，精度风险大', en: 'Index overhead; all-gather instead of All-Reduce; changes model outputs — high accuracy risk' },
    variant: (s) => (s.mode === 'tp' ? { compression: 'topk' } : null) },
  { id: 'nvlink', family: 'network', name: { zh: '把并行组放进一个 NVLink 节点', en: 'Keep the group inside one NVLink node' },
    cost: { zh: '受节点内 GPU 数与显存限制；NVLink/NVSwitch 硬件投入', en: 'Limited by GPUs and memory per node; NVLink/NVSwitch hardware' },
    variant: (s) => (s.topology === 'nvlink' ? null : { topology: 'nvlink' }) },
  { id: 'hierarchical', family: 'network', name: { zh: '层次化全规约（2 节点）', en: 'Hierarchical All-Reduce (2 nodes)' },
    cost: { zh: '需要节点内高速互联与拓扑感知的进程排布', en: 'Needs a fast intra-node link and topology-aware rank placement' },
    variant: (s) => (s.topology === 'infiniband' || s.topology === 'ethernet' ? { topology: 'hierarchical' } : null) },
  { id: 'infiniband', family: 'network', name: { zh: '以太网换成 InfiniBand', en: 'InfiniBand instead of Ethernet' },
    cost: { zh: '网卡与交换机投入', en: 'NICs and switches to buy' },
    variant: (s) => (s.topology === 'ethernet' ? { topology: 'infiniband' } : null) },
  { id: 'rdma', family: 'transport', name: { zh: 'TCP 换成 RDMA（绕过内核）', en: 'RDMA instead of TCP (kernel bypass)' },
    cost: { zh: '支持 RDMA 的网卡（IB 或 RoCE）、内存注册、驱动与配置', en: 'RDMA-capable NICs (IB or RoCE), memory registration, drivers and setup' },
    variant: (s) => (network(s) && s.transport === 'tcp' ? { transport: 'rdma' } : null) },
  { id: 'gpudirect', family: 'transport', name: { zh: 'GPUDirect RDMA（零拷贝）', en: 'GPUDirect RDMA (zero copy)' },
    cost: { zh: '网卡与 GPU 需在合适的 PCIe 位置；驱动模块', en: 'NIC and GPU well placed in the PCIe tree; kernel module' },
    variant: (s) => (network(s) && s.transport !== 'gpudirect' ? { transport: 'gpudirect' } : null) },
  { id: 'overlap', family: 'scheduling', name: { zh: '计算与通信重叠', en: 'Overlap compute and communication' },
    cost: { zh: '拆分批次；解码时每一半重读权重；实现复杂', en: 'Splits the batch; in decode each half re-reads the weights; complex to implement' },
    variant: (s) => (s.mode === 'tp' && !s.overlap ? { overlap: true } : null) },
  { id: 'microbatches', family: 'scheduling', name: { zh: '微批次数翻倍', en: 'Double the micro-batches' },
    cost: { zh: '更小的微批次：解码时每个都要重读权重', en: 'Smaller micro-batches: in decode each re-reads the weights' },
    variant: (s) => (s.mode === 'pp' && s.microBatches * 2 <= s.batch ? { microBatches: s.microBatches * 2 } : null) },
];

export interface StrategyRow {
  readonly strategy: Strategy;
  /** Null when the strategy does not apply to this configuration. */
  readonly result: Evaluation | null;
  readonly savedSeconds: number | null;
}

export function strategyRows(s: ParallelTimelineInputs, baseline: Evaluation): StrategyRow[] {
  return STRATEGIES.map((strategy) => {
    const v = strategy.variant(s);
    if (v === null) return { strategy, result: null, savedSeconds: null };
    try {
      const result = evaluate(s, v);
      return { strategy, result, savedSeconds: baseline.stepSeconds - result.stepSeconds };
    } catch {
      return { strategy, result: null, savedSeconds: null };
    }
  });
}
