/** Interface text of the paper reproductions, both languages. */
import type { Bilingual } from '../../i18n/index.ts';
import type { ReproductionArea, ReproductionId } from '../../engine/index.ts';
import type { ReproductionSlide } from './links.ts';

export const text = {
  title: { zh: '论文复现', en: 'Paper reproductions' },
  caption: {
    zh: '所引论文的关键数字与引擎的计算：相对误差 = 引擎 ÷ 论文 − 1',
    en: "Each cited work's headline number and the engine's: relative error = engine ÷ paper − 1",
  },
  area: { zh: '显示', en: 'Show' },
  areaColumn: { zh: '方面', en: 'Area' },
  all: { zh: '全部', en: 'All' },
  memory: { zh: '内存', en: 'Memory' },
  compute: { zh: '计算', en: 'Compute' },
  communication: { zh: '通信', en: 'Communication' },
  work: { zh: '文献', en: 'Work' },
  quantity: { zh: '量', en: 'Quantity' },
  paper: { zh: '论文', en: 'Paper' },
  engine: { zh: '引擎', en: 'Engine' },
  error: { zh: '相对误差', en: 'Relative error' },
  check: { zh: '检验', en: 'Check' },
  shownOn: { zh: '模拟器', en: 'Shown on' },
  setting: { zh: '设置', en: 'Setting' },
  gap: { zh: '差距从何而来', en: 'Where a gap comes from' },
  within: (tol: string): Bilingual => ({ zh: `✓ 在 ±${tol} 内`, en: `✓ within ±${tol}` }),
  outside: (tol: string): Bilingual => ({ zh: `✗ 超出 ±${tol}`, en: `✗ outside ±${tol}` }),
  exact: { zh: '✓ 完全一致', en: '✓ exact' },
  notExact: { zh: '✗ 不一致', en: '✗ differs' },
  atMost: { zh: '✓ 引擎 ≤ 论文（只计其中一部分）', en: '✓ engine ≤ paper (counts a part)' },
  notAtMost: { zh: '✗ 引擎 > 论文', en: '✗ engine > paper' },
  exactShort: { zh: '✓ 一致', en: '✓ exact' },
  withinShort: (tol: string): Bilingual => ({ zh: `✓ ±${tol} 内`, en: `✓ ±${tol}` }),
  atMostShort: { zh: '✓ 引擎 ≤ 论文', en: '✓ engine ≤ paper' },
  reproduced: { zh: '复现成立', en: 'Reproductions that hold' },
  linkLabel: (slide: Bilingual): Bilingual => ({ zh: `打开模拟器：${slide.zh}`, en: `Open the simulator: ${slide.en}` }),
  sourcesHeading: { zh: '出处（含页内位置）', en: 'Sources (with the place in each)' },
  ridgeFlops: (flops: string, precision: string): Bilingual => ({ zh: `= ${flops} op/B（${precision}）`, en: `= ${flops} op/B (${precision})` }),
  stageNote: {
    zh: '“引擎 ≤ 论文”：引擎只计算实测中的一部分（算法本身的访存、最后一个块的空隙），所以应当不超过实测。',
    en: '"Engine ≤ paper": the engine counts only part of what was measured (the algorithm\'s own traffic, the last block\'s slack), so it should not exceed it.',
  },
  takeaway: {
    zh: '同一套引擎既能复现论文的关键数字，也能说明差距从何而来：没建模的部分（框架的额外读写、分配器的其他损失）只会让实测更大。',
    en: 'The engine reproduces the papers\' headline numbers and says where a gap comes from: what it leaves out (a framework\'s extra passes, an allocator\'s other losses) only adds to the measurement.',
  },
} as const;

export const AREA_TEXT: Readonly<Record<ReproductionArea, Bilingual>> = {
  memory: text.memory, compute: text.compute, communication: text.communication,
};

/** Where in the work the number is printed. */
export const WHERE: Readonly<Record<ReproductionId, Bilingual>> = {
  'deep-compression-alexnet': { zh: '表 1、表 4', en: 'Tables 1, 4' },
  'deep-compression-vgg16': { zh: '表 1、表 5', en: 'Tables 1, 5' },
  'vllm-waste-contiguous': { zh: '图 2', en: 'Fig. 2' },
  'vllm-waste-paged': { zh: '图 2', en: 'Fig. 2' },
  'tpu-ridge-tpu': { zh: '图 5、表 2', en: 'Fig. 5, Table 2' },
  'tpu-ridge-haswell': { zh: '图 6、表 2', en: 'Fig. 6, Table 2' },
  'tpu-ridge-k80': { zh: '图 7、表 2', en: 'Fig. 7, Table 2' },
  'flash-attention-hbm': { zh: '图 2 左、定理 2', en: 'Fig. 2 left, Thm. 2' },
  'standard-attention-hbm': { zh: '图 2 左、定理 2', en: 'Fig. 2 left, Thm. 2' },
  'megatron-allreduces': { zh: '第 3 节、图 4', en: 'Sec. 3, Fig. 4' },
  'ring-bus-factor': { zh: 'PERFORMANCE.md', en: 'PERFORMANCE.md' },
  'nccl-bus-bandwidth': { zh: 'all_reduce_perf 输出', en: 'all_reduce_perf output' },
};

export interface QuantityParams {
  readonly maxLength: number;
  readonly blockTokens: number;
  readonly precision: string;
  readonly ranks: number;
  readonly tp: number;
}

export const QUANTITY: Readonly<Record<ReproductionId, (p: QuantityParams) => Bilingual>> = {
  'deep-compression-alexnet': () => ({ zh: 'AlexNet 压缩倍数（剪枝 + 量化 + 哈夫曼）', en: 'AlexNet compression (prune + quantise + Huffman)' }),
  'deep-compression-vgg16': () => ({ zh: 'VGG-16 压缩倍数（剪枝 + 量化 + 哈夫曼）', en: 'VGG-16 compression (prune + quantise + Huffman)' }),
  'vllm-waste-contiguous': (p) => ({ zh: `KV 显存中不存 token 的比例：按最大长度 ${p.maxLength} 连续预分配`, en: `KV memory holding no token: contiguous slabs of the ${p.maxLength.toLocaleString('en-US')} maximum` }),
  'vllm-waste-paged': (p) => ({ zh: `KV 显存中不存 token 的比例：${p.blockTokens} 个 token 一块的分页`, en: `KV memory holding no token: paged, ${p.blockTokens}-token blocks` }),
  'tpu-ridge-tpu': (p) => ({ zh: `TPU v1 屋顶线拐点（${p.precision}）`, en: `TPU v1 ridge point (${p.precision})` }),
  'tpu-ridge-haswell': (p) => ({ zh: `Haswell 屋顶线拐点（${p.precision}）`, en: `Haswell ridge point (${p.precision})` }),
  'tpu-ridge-k80': (p) => ({ zh: `K80 屋顶线拐点（${p.precision}）`, en: `K80 ridge point (${p.precision})` }),
  'flash-attention-hbm': () => ({ zh: 'FlashAttention 的 HBM 读写量（前向 + 反向）', en: 'FlashAttention HBM traffic (forward + backward)' }),
  'standard-attention-hbm': () => ({ zh: '标准注意力的 HBM 读写量（前向 + 反向）', en: 'Standard attention HBM traffic (forward + backward)' }),
  'megatron-allreduces': (p) => ({ zh: `张量并行每层的 All-Reduce 次数（前向，TP ${p.tp}）`, en: `All-reduces per layer, forward pass (tensor parallel, TP ${p.tp})` }),
  'ring-bus-factor': (p) => ({ zh: `总线带宽系数 2(n−1)/n，n = ${p.ranks}`, en: `Bus-bandwidth factor 2(n−1)/n, n = ${p.ranks}` }),
  'nccl-bus-bandwidth': (p) => ({ zh: `All-Reduce 总线带宽（8 GiB，${p.ranks} 张 H100）`, en: `All-reduce bus bandwidth (8 GiB, ${p.ranks} × H100)` }),
};

/** The stage's one-line names of the same quantities (the full wording is in explore). */
export const QUANTITY_SHORT: Readonly<Record<ReproductionId, (p: QuantityParams) => Bilingual>> = {
  'deep-compression-alexnet': () => ({ zh: 'AlexNet 压缩倍数', en: 'AlexNet compression' }),
  'deep-compression-vgg16': () => ({ zh: 'VGG-16 压缩倍数', en: 'VGG-16 compression' }),
  'vllm-waste-contiguous': () => ({ zh: '浪费的 KV 显存：连续预分配', en: 'Wasted KV memory, contiguous' }),
  'vllm-waste-paged': (p) => ({ zh: `浪费的 KV 显存：分页（${p.blockTokens} token/块）`, en: `Wasted KV memory, paged (${p.blockTokens}-token blocks)` }),
  'tpu-ridge-tpu': (p) => ({ zh: `TPU v1 屋顶线拐点（${p.precision}）`, en: `TPU v1 ridge point (${p.precision})` }),
  'tpu-ridge-haswell': (p) => ({ zh: `Haswell 屋顶线拐点（${p.precision}）`, en: `Haswell ridge point (${p.precision})` }),
  'tpu-ridge-k80': (p) => ({ zh: `K80 屋顶线拐点（${p.precision}）`, en: `K80 ridge point (${p.precision})` }),
  'flash-attention-hbm': () => ({ zh: 'FlashAttention 的 HBM 读写量', en: 'FlashAttention HBM traffic' }),
  'standard-attention-hbm': () => ({ zh: '标准注意力的 HBM 读写量', en: 'Standard attention HBM traffic' }),
  'megatron-allreduces': () => ({ zh: '每层 All-Reduce 次数（前向）', en: 'All-reduces per layer (forward)' }),
  'ring-bus-factor': (p) => ({ zh: `总线带宽系数 2(n−1)/n，n = ${p.ranks}`, en: `Bus factor 2(n−1)/n, n = ${p.ranks}` }),
  'nccl-bus-bandwidth': (p) => ({ zh: `All-Reduce 总线带宽（${p.ranks} × H100）`, en: `All-reduce bus bandwidth (${p.ranks} × H100)` }),
};

export interface SettingParams {
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly maxLength: number;
  readonly blockTokens: number;
  readonly seqLen: number;
  readonly headDim: number;
  readonly heads: number;
  readonly batch: number;
  readonly sramKiB: number;
  readonly tp: number;
  readonly ranks: number;
  readonly micros: string;
  readonly model: string;
}

/** How the engine's value was computed. */
export const SETTING: Readonly<Record<ReproductionId, (p: SettingParams) => Bilingual>> = {
  'deep-compression-alexnet': () => ({ zh: 'deepCompressionRatio：按表 2–5 的逐层数据，稀疏索引按随机分布补零', en: 'deepCompressionRatio over the per-layer Tables 2–5, index fillers of random sparsity' }),
  'deep-compression-vgg16': () => ({ zh: 'deepCompressionRatio：按表 2–5 的逐层数据，稀疏索引按随机分布补零', en: 'deepCompressionRatio over the per-layer Tables 2–5, index fillers of random sparsity' }),
  'vllm-waste-contiguous': (p) => ({ zh: `kvWaste：ShareGPT 平均输入 ${p.promptTokens}、输出 ${p.outputTokens} token（图 11），按解码过程平均`, en: `kvWaste: ShareGPT mean input ${p.promptTokens}, output ${p.outputTokens} tokens (Fig. 11), averaged over the decode` }),
  'vllm-waste-paged': (p) => ({ zh: `kvWaste：同样的长度，${p.blockTokens} 个 token 一块，按需分配`, en: `kvWaste: the same lengths, ${p.blockTokens}-token blocks allocated as tokens arrive` }),
  'tpu-ridge-tpu': () => ({ zh: 'ridgeMacsPerByte：峰值 ÷（2 × DRAM 带宽），表 2 的数值', en: 'ridgeMacsPerByte: peak ÷ (2 × DRAM bandwidth), Table 2 figures' }),
  'tpu-ridge-haswell': () => ({ zh: 'ridgeMacsPerByte：峰值 ÷（2 × DRAM 带宽），表 2 的数值', en: 'ridgeMacsPerByte: peak ÷ (2 × DRAM bandwidth), Table 2 figures' }),
  'tpu-ridge-k80': () => ({ zh: 'ridgeMacsPerByte：峰值 ÷（2 × DRAM 带宽），表 2 的数值', en: 'ridgeMacsPerByte: peak ÷ (2 × DRAM bandwidth), Table 2 figures' }),
  'flash-attention-hbm': (p) => ({ zh: `attentionIoForwardBackward：N ${p.seqLen}、d ${p.headDim}、${p.heads} 头 × 批 ${p.batch}，SRAM ${p.sramKiB} KiB（第 2.1 节），算法 1 + 4`, en: `attentionIoForwardBackward: N ${p.seqLen}, d ${p.headDim}, ${p.heads} heads × batch ${p.batch}, SRAM ${p.sramKiB} KiB (Sec. 2.1), Algorithms 1 + 4` }),
  'standard-attention-hbm': (p) => ({ zh: `attentionIoForwardBackward：同样的设置，算法 0 + 3`, en: `attentionIoForwardBackward: the same setting (N ${p.seqLen}), Algorithms 0 + 3` }),
  'megatron-allreduces': (p) => ({ zh: `inferenceStep（${p.model}，TP ${p.tp}）中每层 All-Reduce 的个数`, en: `inferenceStep (${p.model}, TP ${p.tp}): layer all-reduces ÷ layers` }),
  'ring-bus-factor': (p) => ({ zh: `ringAllReduceTraffic：数出环形调度中每个进程发送的块数 ÷ ${p.ranks}`, en: `ringAllReduceTraffic: chunks each rank sends in the ring schedule ÷ ${p.ranks}` }),
  'nccl-bus-bandwidth': (p) => ({ zh: `busBandwidth：8 GiB ÷ ${p.micros} µs × 2(n−1)/n`, en: `busBandwidth: 8 GiB ÷ ${p.micros} µs × 2(n−1)/n` }),
};

/** Why the engine's value may differ from the paper's. */
export const GAP: Readonly<Record<ReproductionId, Bilingual>> = {
  'deep-compression-alexnet': { zh: '表中保留比例只印到 1%；实际稀疏位置并非随机', en: 'kept weights are printed to 1 %; real sparsity is not random' },
  'deep-compression-vgg16': { zh: '表中保留比例只印到 1%；实际稀疏位置并非随机', en: 'kept weights are printed to 1 %; real sparsity is not random' },
  'vllm-waste-contiguous': { zh: '用平均长度代替长度分布；未计外部碎片', en: 'mean lengths stand in for the distribution; no external fragmentation' },
  'vllm-waste-paged': { zh: '只计最后一块的空隙；实测还包括其他损失', en: "only the last block's slack; the measured figure also counts other losses" },
  'tpu-ridge-tpu': { zh: '论文取三位有效数字', en: 'the paper rounds to three digits' },
  'tpu-ridge-haswell': { zh: '论文印整数', en: 'the paper prints integers' },
  'tpu-ridge-k80': { zh: '论文印整数', en: 'the paper prints integers' },
  'flash-attention-hbm': { zh: '按 B_c = ⌈M/4d⌉ 的分块规则；论文未给出内核实际的块大小', en: 'block rule B_c = ⌈M/4d⌉; the paper does not print the kernel\'s own blocks' },
  'standard-attention-hbm': { zh: '只计算法 0 与 3；实测中掩码、dropout 各自单独读写 N×N 矩阵', en: 'Algorithms 0 and 3 only; the measured run also reads and writes the masked and dropped-out N×N matrices' },
  'megatron-allreduces': { zh: '—', en: '—' },
  'ring-bus-factor': { zh: '—', en: '—' },
  'nccl-bus-bandwidth': { zh: '工具把带宽印到 0.01 GB/s', en: 'the tool prints 0.01 GB/s' },
};

/** The simulator slide each row links to, as its caption names it. */
export const SLIDE_LABELS: Readonly<Record<ReproductionSlide, Bilingual>> = {
  'memory-basics/compression': { zh: '图3', en: 'Figure 3' },
  'memory-techniques/paging': { zh: 'KV 分页', en: 'KV paging' },
  'compute-basics/roofline': { zh: '图5', en: 'Figure 5' },
  'compute-techniques/fusion': { zh: '图7', en: 'Figure 7' },
  'comm-basics/models': { zh: '表8', en: 'Table 8' },
  'comm-basics/allreduce': { zh: '图8', en: 'Figure 8' },
};
