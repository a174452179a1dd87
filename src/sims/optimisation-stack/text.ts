/** The simulator's own words, in both languages. */
import type { PracticeId } from '../../engine/serving/practiceStack.ts';
import type { Bilingual } from '../../ui/index.ts';
import type { MetricChoice } from './store.ts';

export const text = {
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '设备', en: 'Device' },
  practices: { zh: '最佳实践（按施加顺序）', en: 'Best practices (in the order applied)' },
  earlier: { zh: '提前', en: 'earlier' },
  later: { zh: '推后', en: 'later' },
  settings: { zh: '各项设置', en: 'Settings' },
  weights: { zh: '权重量化格式', en: 'Weight format' },
  batch: { zh: '等待的并发请求', en: 'Requests waiting' },
  requests: { zh: '个', en: 'requests' },
  target: { zh: 'TPOT 目标（张量并行据此选卡数）', en: 'TPOT target (sets the TP degree)' },
  overlap: { zh: '通信被重叠的比例 f', en: 'Share of communication overlapped, f' },
  overlapHint: { zh: '100% 是理想上界；实际比例取决于能否把集合通信与相关矩阵乘拆开（Wang et al., 2023）。', en: '100% is the ideal bound; the real share depends on splitting the collective from the matmul it feeds (Wang et al., 2023).' },
  workload: { zh: '工作负载', en: 'Workload' },
  prompt: { zh: '提示词长度', en: 'Prompt length' },
  output: { zh: '输出长度', en: 'Output length' },
  tokens: { zh: 'token', en: 'tokens' },
  metric: { zh: '第二个指标', en: 'Second metric' },
  tpot: { zh: '每 token 时间 TPOT', en: 'Time per output token (TPOT)' },
  deployment: { zh: '并发 × GPU', en: 'Batch × GPUs' },
  bottleneck: { zh: '瓶颈', en: 'Bottleneck' },
  doesNotFit: { zh: '装不下', en: 'does not fit' },
  doesNotFitLong: { zh: '装不下：一个请求也放不进显存', en: 'Does not fit: not even one request fits in memory' },
  targetLine: { zh: '目标', en: 'target' },
  usableLine: { zh: '可用显存', en: 'usable memory' },
  energyNote: { zh: '45 nm 教学模型', en: '45 nm teaching model' },
  unknownPreset: { zh: '幻灯片指定的预设未知，已改用默认值：', en: 'Unknown preset on the slide, default used instead: ' },
  takeaway: {
    zh: '每一级都由同一个成本模型从头计算：换一个顺序，终点相同，但每一步的"贡献"会变——因为每一步都改变了下一步面对的瓶颈。',
    en: 'Every level is recomputed from scratch by the same cost model: change the order and the end point is the same, but each step\'s "contribution" changes, because each step moves the bottleneck the next one faces.',
  },
  predictSummary: { zh: '先预测：打开权重量化后，哪个指标几乎不变？（点击展开）', en: 'Predict first: which metric barely moves when weights are quantised? (click to open)' },
  predictQuestion: { zh: '在基线上只打开权重量化，下面哪个指标几乎不变？', en: 'Switching on only weight quantisation on the baseline, which of these barely moves?' },
} as const satisfies Record<string, Bilingual>;

export const practiceName: Readonly<Record<PracticeId | 'baseline', Bilingual>> = {
  baseline: { zh: '测量基线', en: 'Measure the baseline' },
  'quantise-weights': { zh: '权重量化', en: 'Weight quantisation' },
  'kv-fp8': { zh: 'KV cache 量化为 FP8', en: 'KV cache in FP8' },
  batching: { zh: 'KV 分页 + 连续批处理', en: 'KV paging + continuous batching' },
  'fused-attention': { zh: '融合注意力（FlashAttention 式）', en: 'Fused attention (FlashAttention-style)' },
  'tensor-parallel': { zh: '张量并行（按延迟目标）', en: 'Tensor parallelism (for the latency target)' },
  overlap: { zh: '通信与计算重叠', en: 'Overlap communication with compute' },
};

/** Short names for the practice list in the controls column. */
export const practiceShort: Readonly<Record<PracticeId, Bilingual>> = {
  'quantise-weights': { zh: '权重量化', en: 'Weight quantisation' },
  'kv-fp8': { zh: 'KV cache FP8', en: 'FP8 KV cache' },
  batching: { zh: '分页 + 连续批处理', en: 'Paging + batching' },
  'fused-attention': { zh: '融合注意力', en: 'Fused attention' },
  'tensor-parallel': { zh: '张量并行', en: 'Tensor parallelism' },
  overlap: { zh: '通信重叠', en: 'Comm. overlap' },
};

export const metricName: Readonly<Record<MetricChoice, Bilingual>> = {
  tokens: { zh: '吞吐（token/s，整个部署）', en: 'Throughput (tokens/s, whole deployment)' },
  memory: { zh: '每 GPU 显存（GiB，1 GiB = 2³⁰ B）', en: 'Memory per GPU (GiB, 1 GiB = 2³⁰ B)' },
  energy: { zh: '每 token 能耗（45 nm 教学模型）', en: 'Energy per token (45 nm teaching model)' },
  ttft: { zh: '首 token 时间 TTFT（一个请求）', en: 'Time to first token, TTFT (one request)' },
};

export const boundName: Readonly<Record<'compute' | 'memory' | 'communication' | 'capacity', Bilingual>> = {
  compute: { zh: '算力', en: 'compute' },
  memory: { zh: '显存带宽', en: 'memory bandwidth' },
  communication: { zh: '卡间通信', en: 'communication' },
  capacity: { zh: '显存容量', en: 'memory capacity' },
};
