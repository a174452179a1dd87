/**
 * The words of the best-practice stack (图13, 图14): what each practice is
 * called and what bounds a level, keyed by the engine's ids (a new practice
 * or bound without words fails to compile here).
 */
import type { LevelBound, PracticeId } from '../../engine/index.ts';
import type { Bilingual } from '../strings.ts';

export interface PracticeWords {
  /** The step's title in a story ("Weight quantisation"). */
  readonly name: Bilingual;
  /** A short name for lists, table rows and toggles. */
  readonly short: Bilingual;
}

export const PRACTICE_TEXT: { readonly [P in PracticeId | 'baseline']: PracticeWords } = {
  baseline: {
    name: { zh: '测量基线', en: 'Measure the baseline' },
    short: { zh: '基线', en: 'Baseline' },
  },
  'quantise-weights': {
    name: { zh: '权重量化', en: 'Weight quantisation' },
    short: { zh: '权重量化', en: 'Weight quantisation' },
  },
  'kv-fp8': {
    name: { zh: 'KV cache 量化为 FP8', en: 'KV cache in FP8' },
    short: { zh: 'KV cache FP8', en: 'FP8 KV cache' },
  },
  batching: {
    name: { zh: 'KV 分页 + 连续批处理', en: 'KV paging + continuous batching' },
    short: { zh: '分页 + 连续批处理', en: 'Paging + batching' },
  },
  'fused-attention': {
    name: { zh: '融合注意力（FlashAttention 式）', en: 'Fused attention (FlashAttention-style)' },
    short: { zh: '融合注意力', en: 'Fused attention' },
  },
  'tensor-parallel': {
    name: { zh: '张量并行（按延迟目标）', en: 'Tensor parallelism (for the latency target)' },
    short: { zh: '张量并行', en: 'Tensor parallelism' },
  },
  overlap: {
    name: { zh: '通信与计算重叠', en: 'Overlap communication with compute' },
    short: { zh: '通信重叠', en: 'Comm. overlap' },
  },
};

/** What limits a level's decode step ('capacity': not even one request fits). */
export const LEVEL_BOUND_TEXT: { readonly [B in LevelBound]: Bilingual } = {
  compute: { zh: '算力', en: 'compute' },
  memory: { zh: '显存带宽', en: 'memory bandwidth' },
  communication: { zh: '卡间通信', en: 'communication' },
  capacity: { zh: '显存容量', en: 'memory capacity' },
};
