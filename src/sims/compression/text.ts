/** Interface text of the compression simulator (图3 and 表3), both languages. */
import type { Bilingual } from '../../i18n/index.ts';
import type { TableMethodId } from './methods.ts';

export const text = {
  title: { zh: '压缩方法', en: 'Compression methods' },
  mode: { zh: '对象', en: 'Apply to' },
  llm: { zh: '大模型（LLM）', en: 'An LLM' },
  deep: { zh: 'Deep Compression（CNN）', en: 'Deep Compression (CNNs)' },
  llmShort: { zh: '大模型', en: 'LLM' },
  deepShort: { zh: 'Deep Compression', en: 'Deep Compression' },
  model: { zh: '模型', en: 'Model' },
  coding: { zh: '权重取值', en: 'Weight values' },
  fp16: { zh: 'FP16', en: 'FP16' },
  uniform: { zh: '均匀量化', en: 'Uniform quantisation' },
  uniformShort: { zh: '量化', en: 'Quantised' },
  shared: { zh: '权重共享（k-means 码本）', en: 'Weight sharing (k-means codebook)' },
  sharedShort: { zh: '权重共享', en: 'Shared' },
  bits: { zh: '位宽（共享：k = 2^位宽）', en: 'Bits (sharing: k = 2^bits)' },
  group: { zh: '分组大小（FP16 缩放因子）', en: 'Group size (FP16 scales)' },
  perTensor: { zh: '不分组', en: 'no groups' },
  prune: { zh: '剪枝', en: 'Pruning' },
  pruneNone: { zh: '不剪枝', en: 'none' },
  unstructured: { zh: '非结构化', en: 'unstructured' },
  density: { zh: '保留比例（密度）', en: 'Kept share (density)' },
  index: { zh: '稀疏索引格式', en: 'Sparse index format' },
  csr: { zh: 'CSR（16 bit 列索引）', en: 'CSR (16-bit column index)' },
  bitmask: { zh: '位图（每位置 1 bit）', en: 'Bitmask (1 bit per position)' },
  huffman: { zh: 'Huffman 编码量化索引', en: 'Huffman-code the quantised indices' },
  huffmanShort: { zh: 'Huffman 编码', en: 'Huffman coding' },
  huffmanNeedsQ: { zh: 'Huffman 需要先量化或共享权重', en: 'Huffman needs quantisation or sharing first' },
  network: { zh: '网络', en: 'Network' },
  stage: { zh: '流水线阶段', en: 'Pipeline stage' },
  padding: { zh: '计入相对索引的填充零', en: 'Count relative-index filler zeros' },
  values: { zh: '取值', en: 'values' },
  indices: { zh: '索引', en: 'indices' },
  codebook: { zh: '码本', en: 'codebook' },
  metadata: { zh: '元数据', en: 'metadata' },
  scales: { zh: '缩放因子', en: 'scales' },
  uncompressed: { zh: 'FP16 保留（嵌入/归一化）', en: 'kept FP16 (embeddings, norms)' },
  baseline: { zh: 'FP16 基线', en: 'FP16 baseline' },
  vsFp16: { zh: '相对 FP16', en: 'vs FP16' },
  compressed: { zh: '压缩后', en: 'Compressed' },
  axisGiB: { zh: '存储 (GiB，1 GiB = 2³⁰ 字节)', en: 'Storage (GiB, 1 GiB = 2³⁰ bytes)' },
  axisMB: { zh: '存储 (MB，1 MB = 10⁶ 字节，论文的单位)', en: 'Storage (MB, 1 MB = 10⁶ bytes, as the paper counts)' },
  storage: { zh: '存储大小', en: 'Storage' },
  ratio: { zh: '压缩倍数（相对 FP16）', en: 'Compression (vs FP16)' },
  ratioShort: { zh: '压缩倍数', en: 'Ratio' },
  read: { zh: '每 token 读取的权重（批大小 1）', en: 'Weight bytes read per token (batch 1)' },
  dcRatio: { zh: '复现的压缩倍数', en: 'Reproduced ratio' },
  paper: (table: string): Bilingual => ({ zh: `论文（${table}）`, en: `Paper (${table})` }),
  difference: { zh: '与论文之差', en: 'Difference from the paper' },
  dcStorage: { zh: '压缩后存储', en: 'Compressed storage' },
  dense: { zh: '稠密 FP32', en: 'Dense FP32' },
  layer: { zh: '层', en: 'Layer' },
  weights: { zh: '权重数', en: 'Weights' },
  kept: { zh: '保留', en: 'Kept' },
  wbits: { zh: '权重位宽 (P+Q / +H)', en: 'Weight bits (P+Q / +H)' },
  ibits: { zh: '索引位宽 (P+Q / +H)', en: 'Index bits (P+Q / +H)' },
  rate: { zh: '压缩率（复现）', en: 'Rate (reproduced)' },
  rateP: { zh: '压缩率（论文）', en: 'Rate (paper)' },
  layerTable: (net: string, table: string): Bilingual => ({ zh: `${net}（论文 ${table}）逐层数据与复现`, en: `${net} (paper ${table}): per-layer data and reproduction` }),
  llmSummary: (p: { dense: string; total: string; parts: string }): Bilingual => ({
    zh: `FP16 ${p.dense} → 压缩后 ${p.total}：${p.parts}`,
    en: `FP16 ${p.dense} → compressed ${p.total}: ${p.parts}`,
  }),
  maskedSummary: { zh: 'FP16 基线已显示；压缩后的条已隐藏，先回答问题', en: 'FP16 baseline shown; the compressed bar is hidden until the question is answered' },
  masked: { zh: '？ 先回答下面的问题', en: '? answer the question below first' },
  takeawayLlm: {
    zh: '省下的存储 ≠ 省下的读取：索引、码本和缩放因子也要读；非结构化稀疏在 50% 时索引几乎吃掉全部收益。',
    en: 'Storage saved is not bytes-read saved: indices, codebooks and scales are read too; at 50% unstructured sparsity the indices eat almost the whole saving.',
  },
  takeawayDeep: {
    zh: '剪枝 → 量化 → Huffman 三步相乘：每步单独只有几倍，合起来才有 35×–49×；索引填充和码本都计入了。',
    en: 'Prune → quantise → Huffman multiply: each step alone gives a few ×, together 35×–49×, with index padding and codebooks counted.',
  },
  question: (p: { model: string; pruned: string; index: Bilingual }): Bilingual => ({
    zh: `把 ${p.model} 的 FP16 权重剪掉 ${p.pruned}，用${p.index.zh}存储，总存储会变成原来的多少？`,
    en: `Prune ${p.pruned} of ${p.model}'s FP16 weights and store them with ${p.index.en}. What happens to storage?`,
  }),
  indexInQuestion: {
    csr: { zh: ' CSR（16 bit 列索引）', en: 'CSR (16-bit column indices)' },
    bitmask: { zh: '位图（每个位置 1 bit）', en: 'a bitmask (1 bit per position)' },
  },
  q25: { zh: '约四分之一', en: 'About a quarter' },
  q50: { zh: '约一半', en: 'About half' },
  q75: { zh: '约四分之三', en: 'About three quarters' },
  q100: { zh: '几乎不变', en: 'About the same' },
  explanation: (p: { ratio: string; share: string; csr: boolean }): Bilingual => p.csr
    ? {
      zh: `引擎算得压缩倍数只有 ${p.ratio}（存储为原来的 ${p.share}）：每个保留的 16 bit 值都要配一个 16 bit 列索引，再加行指针。`,
      en: `The engine gets ${p.ratio} (storage ${p.share} of FP16): every kept 16-bit value carries a 16-bit column index, plus row pointers.`,
    }
    : {
      zh: `引擎算得压缩倍数 ${p.ratio}（存储为原来的 ${p.share}）：位图每个位置只占 1 bit，索引开销小得多。`,
      en: `The engine gets ${p.ratio} (storage ${p.share} of FP16): a bitmask costs 1 bit per position, far less than column indices.`,
    },
  // 表3
  tableCaption: (model: string): Bilingual => ({
    zh: `${model}：存储与每 token 读取的权重字节由引擎计算（嵌入与归一化保留 FP16；批大小 1，不含 KV cache）`,
    en: `${model}: storage and weight bytes read per token from the engine (embeddings and norms kept FP16; batch 1, KV cache excluded)`,
  }),
  tableNote: { zh: '高亮行 = 右侧读数所示的方法。全部 8 种方法、精度风险的原文与出处在“探索”视图中。', en: 'Highlighted row = the method the readouts show. All 8 methods, the accuracy-risk wording and its sources are in the Explore view.' },
  tableMethod: { zh: '读数对应的方法', en: 'Method in the readouts' },
  method: { zh: '方法', en: 'Method' },
  readShort: { zh: '每 token 读取', en: 'Read per token' },
  risk: { zh: '精度风险', en: 'Accuracy risk' },
  riskSource: { zh: '精度风险（来源）', en: 'Accuracy risk (source)' },
  overhead: { zh: '解码开销', en: 'Decode overhead' },
  sources: { zh: '来源：', en: 'Sources: ' },
} as const;

export interface MethodWords {
  readonly label: Bilingual;
  /** One or two words for the stage table. */
  readonly riskLevel: Bilingual;
  readonly risk: Bilingual;
  readonly overhead: Bilingual;
}

export const METHOD_TEXT: Readonly<Record<TableMethodId, MethodWords>> = {
  fp16: {
    label: { zh: 'FP16 基线', en: 'FP16 baseline' },
    riskLevel: { zh: '—', en: '—' }, risk: { zh: '—', en: '—' }, overhead: { zh: '无', en: 'none' },
  },
  int8: {
    label: { zh: 'INT8（逐通道缩放）', en: 'INT8 (per-channel scale)' },
    riskLevel: { zh: '低', en: 'low' },
    risk: { zh: '低：175B 规模下无性能下降（LLM.int8()）；W8A8 精度损失可忽略（SmoothQuant）', en: 'Low: no degradation up to 175B (LLM.int8()); W8A8 with negligible loss (SmoothQuant)' },
    overhead: { zh: '反量化或 INT8 矩阵乘', en: 'dequantise or INT8 GEMM' },
  },
  int4: {
    label: { zh: 'INT4 分组 128（W4A16）', en: 'INT4 group 128 (W4A16)' },
    riskLevel: { zh: '低到中', en: 'low–medium' },
    risk: { zh: '低到中：3–4 bit 精度下降可忽略（GPTQ，175B）；保护 1% 显著权重可显著降低误差（AWQ）', en: 'Low–medium: negligible degradation at 3–4 bits (GPTQ, 175B); protecting 1% salient weights cuts the error (AWQ)' },
    overhead: { zh: 'kernel 内反量化', en: 'dequantise in the kernel' },
  },
  csr50: {
    label: { zh: '非结构化 50% + CSR', en: 'Unstructured 50% + CSR' },
    riskLevel: { zh: '低到中', en: 'low–medium' },
    risk: { zh: '低到中：无需重训练，困惑度略升（Wanda）', en: 'Low–medium: no retraining, perplexity rises a little (Wanda)' },
    overhead: { zh: '读索引，访存不规则', en: 'index reads, irregular access' },
  },
  mask50: {
    label: { zh: '非结构化 50% + 位图', en: 'Unstructured 50% + bitmask' },
    riskLevel: { zh: '低到中', en: 'low–medium' },
    risk: { zh: '同上（Wanda）', en: 'As above (Wanda)' },
    overhead: { zh: '位图解码（前缀计数）', en: 'bitmask decode (prefix counts)' },
  },
  '2:4': {
    label: { zh: '2:4 结构化稀疏', en: '2:4 structured sparsity' },
    riskLevel: { zh: '中', en: 'medium' },
    risk: { zh: '中：重训练后可保持精度（Mishra）；LLM 不重训练时困惑度上升明显高于 50% 非结构化（Wanda）', en: 'Medium: accuracy kept with retraining (Mishra); for LLMs without retraining, perplexity rises clearly more than 50% unstructured (Wanda)' },
    overhead: { zh: '稀疏 Tensor Core 直接支持', en: 'sparse tensor cores run it' },
  },
  share16: {
    label: { zh: '权重共享 k = 16（4 bit 索引 + 码本）', en: 'Weight sharing k = 16 (4-bit index + codebook)' },
    riskLevel: { zh: '低（CNN）', en: 'low (CNNs)' },
    risk: { zh: 'CNN 上重训练后精度无损（Deep Compression）', en: 'Lossless on CNNs after retraining (Deep Compression)' },
    overhead: { zh: '每个权重查一次码本', en: 'a codebook look-up per weight' },
  },
  share16h: {
    label: { zh: '权重共享 k = 16 + Huffman', en: 'Weight sharing k = 16 + Huffman' },
    riskLevel: { zh: '低（CNN）', en: 'low (CNNs)' },
    risk: { zh: 'Huffman 无损，风险同上', en: 'Huffman is lossless; risk as above' },
    overhead: { zh: '变长码串行解码，GPU 上很慢', en: 'serial variable-length decode: slow on GPUs' },
  },
};
