/**
 * Names of the engine's input fields as a reader sees them. An EngineError
 * names the field by its engine (or config.json) name; the message shows the
 * name below when there is one, else the raw name. Config keys keep the key
 * beside the translation, since that is what the reader has to find and fix.
 */
import type { Lang } from '../lang.ts';
import type { Bilingual } from '../strings.ts';

export const FIELD_NAMES: Readonly<Record<string, Bilingual>> = {
  batch: { zh: '批大小', en: 'batch size' },
  tokens: { zh: 'token 数', en: 'token count' },
  contextTokens: { zh: '上下文长度', en: 'context length' },
  promptTokens: { zh: '提示词长度', en: 'prompt length' },
  outputTokens: { zh: '输出长度', en: 'output length' },
  maxLength: { zh: '最大长度', en: 'maximum length' },
  seqLen: { zh: '序列长度', en: 'sequence length' },
  tp: { zh: '张量并行度', en: 'tensor-parallel degree' },
  gpus: { zh: 'GPU 数', en: 'GPU count' },
  ranks: { zh: '进程（GPU）数', en: 'rank count' },
  bits: { zh: '位数', en: 'bits' },
  'quantize.bits': { zh: '量化位数', en: 'quantisation bits' },
  bytes: { zh: '消息字节数', en: 'message size' },
  latency: { zh: '启动延迟', en: 'latency' },
  bandwidth: { zh: '带宽', en: 'bandwidth' },
  weights: { zh: '权重格式', en: 'weight format' },
  kv: { zh: 'KV 缓存格式', en: 'KV cache format' },
  activations: { zh: '激活精度', en: 'activation precision' },
  precision: { zh: '精度', en: 'precision' },
  phase: { zh: '阶段', en: 'phase' },
  attention: { zh: '注意力实现', en: 'attention kernel' },
  overlapFraction: { zh: '重叠比例', en: 'overlap fraction' },
  concurrency: { zh: '并发请求数', en: 'concurrent requests' },
  tpotTargetSeconds: { zh: 'TPOT 目标', en: 'TPOT target' },
  ttftTargetSeconds: { zh: 'TTFT 目标', en: 'TTFT target' },
  tolerance: { zh: '精度容忍度', en: 'accuracy tolerance' },
  model: { zh: '模型', en: 'model' },
  hardware: { zh: '硬件', en: 'hardware' },
  interconnect: { zh: '互联', en: 'interconnect' },
  config: { zh: '配置', en: 'config' },
  density: { zh: '密度', en: 'density' },
  clusters: { zh: '聚类数', en: 'cluster count' },
  layers: { zh: '层数', en: 'layer count' },
  stages: { zh: '流水线级数', en: 'pipeline stages' },
  microBatches: { zh: '微批数', en: 'micro-batches' },
  sramBytes: { zh: '片上 SRAM 容量', en: 'on-chip SRAM size' },
  hiddenSize: { zh: '隐藏维度', en: 'hidden size' },
  numLayers: { zh: '层数', en: 'layer count' },
  numHeads: { zh: '注意力头数', en: 'attention heads' },
  numKvHeads: { zh: 'KV 头数', en: 'key/value heads' },
  headDim: { zh: '每头维度', en: 'head dimension' },
  intermediateSize: { zh: 'MLP 中间维度', en: 'MLP intermediate size' },
  vocabSize: { zh: '词表大小', en: 'vocabulary size' },
  maxPositionEmbeddings: { zh: '最大上下文长度', en: 'maximum context length' },
  nodes: { zh: '节点数', en: 'node count' },
  // config.json keys: the key stays visible.
  hidden_size: { zh: '隐藏维度 hidden_size', en: 'hidden_size' },
  num_hidden_layers: { zh: '层数 num_hidden_layers', en: 'num_hidden_layers' },
  num_attention_heads: { zh: '注意力头数 num_attention_heads', en: 'num_attention_heads' },
  num_key_value_heads: { zh: 'KV 头数 num_key_value_heads', en: 'num_key_value_heads' },
  head_dim: { zh: '每头维度 head_dim', en: 'head_dim' },
  intermediate_size: { zh: 'MLP 中间维度 intermediate_size', en: 'intermediate_size' },
  vocab_size: { zh: '词表大小 vocab_size', en: 'vocab_size' },
  max_position_embeddings: { zh: '最大上下文长度 max_position_embeddings', en: 'max_position_embeddings' },
  model_type: { zh: '模型类型 model_type', en: 'model_type' },
};

/** The reader's name of an engine field, or the raw field when there is none. */
export function fieldName(field: string, lang: Lang): string {
  return FIELD_NAMES[field]?.[lang] ?? field;
}
