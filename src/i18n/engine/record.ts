/**
 * The words of the record (section 11, RECORD_MEASUREMENTS): why a row with
 * known inputs is not held to the ±30 % calibration, and what the ideal
 * column's prompt length is based on, keyed by the engine's ids (a new key
 * without words fails to compile here).
 */
import type { InputBasis, RecordExclusion, RecordMetric } from '../../engine/index.ts';
import type { Bilingual } from '../strings.ts';

export const RECORD_EXCLUSION_TEXT: { readonly [K in RecordExclusion]: Bilingual } = {
  preXqaGqaDecode: {
    zh: 'TensorRT-LLM v0.6 的解码注意力按每个查询头各读一遍 K/V（之后的 XQA 内核才按 GQA 共享读取）；引擎按 GQA 共享读取建模，因此这一行不参与 ±30% 校准。',
    en: 'TensorRT-LLM v0.6 decode attention read K/V once per query head (the later XQA kernels share the read across a GQA group); the engine models the shared read, so this row is not held to ±30 %.',
  },
  shortPrefillRuntimeOverhead: {
    zh: '4 卡上 128 个 token 的预填充在 TensorRT-LLM v0.5 中主要是每步运行时开销，引擎不建模这部分，因此这一行不参与 ±30% 校准。',
    en: 'A 128-token prefill on 4 GPUs in TensorRT-LLM v0.5 is dominated by per-step runtime overhead the engine does not model, so this row is not held to ±30 %.',
  },
};

export const INPUT_BASIS_TEXT: { readonly [K in InputBasis]: Bilingual } = {
  published: { zh: '公布的平均输入长度', en: 'the published mean prompt length' },
  datasetLongest: { zh: '数据集中最长的输入（对上界最严格的检验：输入更短只会让理想值更快）', en: "the dataset's longest prompt (the strictest test of the bound: a shorter prompt only makes the ideal faster)" },
  breakEven: { zh: '未公布平均输入长度：理想值恰好等于实测值时的输入长度', en: 'mean prompt not published: the prompt length at which the ideal equals the measurement' },
};

export const RECORD_METRIC_TEXT: { readonly [K in RecordMetric]: Bilingual } = {
  outputTokensPerSecond: { zh: '输出吞吐（所有 GPU，token/s）', en: 'output throughput (all GPUs, tokens/s)' },
  decodeTokensPerSecond: { zh: '单序列解码速度（1 / TPOT，token/s）', en: 'one sequence’s decode rate (1 / TPOT, tokens/s)' },
  ttftSeconds: { zh: '首 token 时间（TTFT）', en: 'time to first token (TTFT)' },
  itlSeconds: { zh: '输出 token 间隔（ITL / TPOT）', en: 'inter-token latency (ITL / TPOT)' },
};
