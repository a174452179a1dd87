/** The store's knobs as an engine compression method, and the methods Table 3 compares. */
import type { LlmCompressionMethod } from '../../engine/compression/llmCompression.ts';
import type { Bilingual } from '../../ui/index.ts';
import type { SourceKey } from '../../engine/index.ts';
import type { CompressionInputs } from './store.ts';

export function methodOf(s: CompressionInputs): LlmCompressionMethod {
  const quantize = s.coding === 'fp16' ? undefined
    : s.coding === 'shared' ? { bits: s.bits, codebook: true }
    : { bits: s.bits, groupSize: s.groupSize || undefined, scaleBits: 16 };
  const prune = s.prune === 'none' ? undefined
    : s.prune === '2:4' ? { kind: '2:4' as const }
    : { kind: 'unstructured' as const, density: s.density, index: s.index };
  return { ...(quantize ? { quantize } : {}), ...(prune ? { prune } : {}), ...(s.huffman && quantize ? { huffman: true } : {}) };
}

export interface TableMethod {
  readonly id: string;
  readonly label: Bilingual;
  readonly method: LlmCompressionMethod;
  readonly risk: Bilingual;
  readonly overhead: Bilingual;
  readonly sources: readonly SourceKey[];
}

/** One scale per output row: the per-channel INT8 of LLM.int8()/SmoothQuant. */
const PER_CHANNEL = 1 << 20;

export const TABLE_METHODS: readonly TableMethod[] = [
  { id: 'fp16', label: { zh: 'FP16 基线', en: 'FP16 baseline' }, method: {}, sources: [],
    risk: { zh: '—', en: '—' }, overhead: { zh: '无', en: 'none' } },
  { id: 'int8', label: { zh: 'INT8（逐通道缩放）', en: 'INT8 (per-channel scale)' }, method: { quantize: { bits: 8, groupSize: PER_CHANNEL } },
    sources: ['dettmers-2022-llm-int8', 'xiao-2022-smoothquant'],
    risk: { zh: '低：175B 规模下无性能下降（LLM.int8()）；W8A8 精度损失可忽略（SmoothQuant）', en: 'Low: no degradation up to 175B (LLM.int8()); W8A8 with negligible loss (SmoothQuant)' },
    overhead: { zh: '反量化或 INT8 矩阵乘；离群值拆分有额外开销', en: 'dequantise or INT8 GEMM; outlier split costs extra' } },
  { id: 'int4', label: { zh: 'INT4 分组 128（W4A16）', en: 'INT4 group 128 (W4A16)' }, method: { quantize: { bits: 4, groupSize: 128, scaleBits: 16 } },
    sources: ['frantar-2022-gptq', 'lin-2023-awq'],
    risk: { zh: '低到中：3–4 bit 精度下降可忽略（GPTQ，175B）；保护 1% 显著权重可显著降低误差（AWQ）', en: 'Low–medium: negligible degradation at 3–4 bits (GPTQ, 175B); protecting 1% salient weights cuts the error (AWQ)' },
    overhead: { zh: 'kernel 内反量化为 FP16', en: 'dequantise to FP16 inside the kernel' } },
  { id: 'csr50', label: { zh: '非结构化 50% + CSR', en: 'Unstructured 50% + CSR' }, method: { prune: { kind: 'unstructured', density: 0.5, index: 'csr' } },
    sources: ['sun-2023-wanda', 'nvidia-cusparse-csr'],
    risk: { zh: '低到中：无需重训练，困惑度略升（Wanda）', en: 'Low–medium: no retraining, perplexity rises a little (Wanda)' },
    overhead: { zh: '读索引 + 不规则访存，GPU 上难提速', en: 'index reads + irregular access; hard to speed up on GPUs' } },
  { id: 'mask50', label: { zh: '非结构化 50% + 位图', en: 'Unstructured 50% + bitmask' }, method: { prune: { kind: 'unstructured', density: 0.5, index: 'bitmask' } },
    sources: ['sun-2023-wanda'],
    risk: { zh: '同上（Wanda）', en: 'As above (Wanda)' },
    overhead: { zh: '位图解码（前缀计数）', en: 'bitmask decode (prefix counts)' } },
  { id: '2:4', label: { zh: '2:4 结构化稀疏', en: '2:4 structured sparsity' }, method: { prune: { kind: '2:4' } },
    sources: ['mishra-2021-sparse-tensor-cores', 'sun-2023-wanda'],
    risk: { zh: '中：重训练后可保持精度（Mishra）；LLM 不重训练时困惑度上升明显高于 50% 非结构化（Wanda）', en: 'Medium: accuracy kept with retraining (Mishra); for LLMs without retraining, perplexity rises clearly more than 50% unstructured (Wanda)' },
    overhead: { zh: 'Ampere 起稀疏 Tensor Core 直接支持', en: 'sparse tensor cores (Ampere+) run it directly' } },
  { id: 'share16', label: { zh: '权重共享 k = 16（4 bit 索引 + 码本）', en: 'Weight sharing k = 16 (4-bit index + codebook)' }, method: { quantize: { bits: 4, codebook: true } },
    sources: ['han-2016-deep-compression'],
    risk: { zh: 'CNN 上重训练后精度无损（Deep Compression）', en: 'Lossless on CNNs after retraining (Deep Compression)' },
    overhead: { zh: '每个权重查一次码本', en: 'a codebook look-up per weight' } },
  { id: 'share16h', label: { zh: '权重共享 k = 16 + Huffman', en: 'Weight sharing k = 16 + Huffman' }, method: { quantize: { bits: 4, codebook: true }, huffman: true },
    sources: ['han-2016-deep-compression', 'huffman-1952'],
    risk: { zh: 'Huffman 无损，风险同上', en: 'Huffman is lossless; risk as above' },
    overhead: { zh: '变长码串行解码，GPU 上很慢', en: 'serial variable-length decode: slow on GPUs' } },
];
