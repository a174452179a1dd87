/**
 * The words of 图12's decision procedure: what each recommendation is
 * called, why it is chosen and what it costs, and each question of the
 * flowchart, keyed by the engine's ids (a new id without words fails to
 * compile here).
 */
import type { DecisionNodeId, RuleId } from '../../engine/index.ts';
import type { Bilingual } from '../strings.ts';

export interface StrategyWords {
  readonly label: Bilingual;
  /** Why it is chosen, in one sentence. */
  readonly rationale: Bilingual;
  /** What it costs. */
  readonly cost: Bilingual;
}

export const STRATEGY_TEXT: { readonly [R in RuleId]: StrategyWords } = {
  'flash-attention': {
    label: { zh: 'FlashAttention（融合注意力）', en: 'FlashAttention (fused attention)' },
    rationale: { zh: '结果精确，不把注意力分数写回显存：预填充更快、显存更省，几乎总值得开。', en: 'Exact, and never writes the attention scores to memory: faster prefill and less memory, so almost always worth it.' },
    cost: { zh: '需要支持的内核', en: 'needs a supporting kernel' },
  },
  'quantise-weights': {
    label: { zh: '权重量化', en: 'Weight quantisation' },
    rationale: { zh: '权重字节减半或减到约 1/4：显存放得下，解码每步读的字节也更少。', en: 'Halves weight bytes or cuts them to about a quarter: the model fits, and each decode step reads fewer bytes.' },
    cost: { zh: '精度风险，需在业务数据上复核', en: 'accuracy risk: re-check on your data' },
  },
  'tensor-parallel': {
    label: { zh: '张量并行', en: 'Tensor parallelism' },
    rationale: { zh: '把权重和计算切到多卡：每卡显存与访存都减少，但每层要做全规约。', en: 'Splits weights and work across GPUs: less memory and traffic per GPU, but an all-reduce in every layer.' },
    cost: { zh: '更多 GPU，引入通信', en: 'more GPUs, adds communication' },
  },
  'smaller-model': {
    label: { zh: '换更小的模型', en: 'A smaller model' },
    rationale: { zh: '在允许的精度和卡数内都放不下：只能换更小的模型（或更多、更大的卡）。', en: 'Nothing within the allowed precision and GPU count fits: pick a smaller model (or more, larger GPUs).' },
    cost: { zh: '模型能力下降', en: 'less capable model' },
  },
  'continuous-batching': {
    label: { zh: '连续批处理', en: 'Continuous batching' },
    rationale: { zh: '多个请求共享一次权重读取，提高算术强度和吞吐；请求随到随入。', en: 'Many requests share one read of the weights, raising intensity and throughput; requests join at every step.' },
    cost: { zh: '单请求 TPOT 随批增大', en: 'per-request TPOT grows with the batch' },
  },
  'paged-kv': {
    label: { zh: 'KV cache 分页', en: 'Paged KV cache' },
    rationale: { zh: '按块分配 KV，不按最大长度预留：同样显存容纳更多请求。', en: 'Allocates KV in blocks instead of reserving the maximum length: the same memory holds more requests.' },
    cost: { zh: '需要分页注意力内核', en: 'needs a paged-attention kernel' },
  },
  'fp8-kv': {
    label: { zh: 'FP8 KV cache', en: 'FP8 KV cache' },
    rationale: { zh: 'KV 字节减半：长上下文或高并发时，KV 才是显存和访存的大头。', en: 'Halves KV bytes: with long contexts or many requests, the KV cache is what fills memory and traffic.' },
    cost: { zh: '轻微精度风险', en: 'slight accuracy risk' },
  },
  'cap-batch': {
    label: { zh: '限制批大小', en: 'Cap the batch' },
    rationale: { zh: '批越大 TPOT 越长：为守住 TPOT 目标，同时运行的请求数要设上限。', en: 'A bigger batch lengthens TPOT: to hold the TPOT target, cap how many requests run together.' },
    cost: { zh: '吞吐降低，需要更多副本', en: 'less throughput; more replicas needed' },
  },
  'nvlink-domain': {
    label: { zh: '张量并行留在 NVLink 域内', en: 'Keep TP inside the NVLink domain' },
    rationale: { zh: '每层两次全规约，只有高带宽低延迟的卡间链路才扛得住；跨节点用流水线。', en: 'Two all-reduces per layer need a fast, low-latency link; use pipelines across nodes.' },
    cost: { zh: '受单节点卡数限制', en: 'limited to one node’s GPUs' },
  },
  'overlap-comm': {
    label: { zh: '通信重叠 / 压缩', en: 'Overlap / compress communication' },
    rationale: { zh: '卡间只有 PCIe：全规约时间显著，要把通信与计算重叠或量化消息。', en: 'Only PCIe between GPUs: the all-reduces cost real time, so overlap them with compute or quantise the messages.' },
    cost: { zh: '实现复杂；压缩有误差', en: 'complexity; compression error' },
  },
};

/** The flowchart's questions, by node. */
export const DECISION_QUESTIONS: { readonly [N in DecisionNodeId]: Bilingual } = {
  start: { zh: '先开无损的优化', en: 'Start with the free wins' },
  fit: { zh: 'FP16 单卡放得下吗？', en: 'Does FP16 fit on one GPU?' },
  latency: { zh: '批 1 时 TPOT 达标吗？', en: 'TPOT met at batch 1?' },
  concurrency: { zh: '需要多个并发请求吗？', en: 'Many requests at once?' },
  'kv-share': { zh: 'KV cache 超过权重了吗？', en: 'KV cache larger than weights?' },
  ttft: { zh: 'TTFT 达标吗？', en: 'TTFT met?' },
  'multi-gpu': { zh: '用了多张卡吗？', en: 'More than one GPU?' },
};
