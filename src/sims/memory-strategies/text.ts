/** Interface text of the memory-strategies simulator (表4), both languages. */
import type { Bilingual } from '../../i18n/index.ts';

interface StrategyWords {
  readonly name: Bilingual;
  /** What the saving is measured against (what inference holds without the strategy). */
  readonly baseline: Bilingual;
}

/**
 * Words for each row of memoryStrategyRows. The engine's inference-true rows
 * (issue 10) replace 'activation-pruning' and 'recomputation' (their training
 * forms live in 图4's and the offload slide's explore views); the old two stay
 * here only until that engine change is in every checkout.
 */
export const STRATEGY_TEXT: Readonly<Record<string, StrategyWords>> = {
  'weight-sharing': {
    name: { zh: '权重共享（k = 16）', en: 'Weight sharing (k = 16)' },
    baseline: { zh: 'FP16 权重', en: 'FP16 weights' },
  },
  'chunked-prefill': {
    name: { zh: '分块预填充（Sarathi）', en: 'Chunked prefill (Sarathi)' },
    baseline: { zh: '一步预填充的激活峰值', en: 'one-step prefill peak' },
  },
  'preempt-recompute': {
    name: { zh: '抢占：之后重算 KV', en: 'Preempt: recompute its KV' },
    baseline: { zh: '整批的 KV cache', en: 'the batch’s KV cache' },
  },
  'preempt-swap': {
    name: { zh: '抢占：KV 换出到 CPU', en: 'Preempt: swap its KV to CPU' },
    baseline: { zh: '整批的 KV cache', en: 'the batch’s KV cache' },
  },
  'activation-pruning': {
    name: { zh: '激活裁剪（用完即释放）', en: 'Activation pruning' },
    baseline: { zh: '训练：保留每层激活', en: 'training: every layer kept' },
  },
  recomputation: {
    name: { zh: '激活重算（梯度检查点）', en: 'Recomputation (checkpoints)' },
    baseline: { zh: '训练：保留每层激活', en: 'training: every layer kept' },
  },
  reuse: {
    name: { zh: '内存复用（原地）', en: 'Memory reuse (in place)' },
    baseline: { zh: '一层、不复用', en: 'one layer, no reuse' },
  },
  offload: {
    name: { zh: '调度：权重全部卸载（预取）', en: 'Offload all weights (prefetch)' },
    baseline: { zh: '权重全在显存', en: 'weights on the GPU' },
  },
  paging: {
    name: { zh: '调度：KV cache 分页（块 16）', en: 'Paged KV cache (block 16)' },
    baseline: { zh: '按最大长度连续预分配', en: 'contiguous to max length' },
  },
};

/** The row's words; an id the engine adds later shows as itself rather than breaking the table. */
export function strategyWords(id: string): StrategyWords {
  return STRATEGY_TEXT[id] ?? { name: { zh: id, en: id }, baseline: { zh: '—', en: '—' } };
}

export const text = {
  title: { zh: '内存优化策略对比', en: 'Memory strategies compared' },
  model: { zh: '模型', en: 'Model' },
  device: { zh: '显卡', en: 'GPU' },
  batch: { zh: '批大小', en: 'Batch' },
  tokens: { zh: '序列长度', en: 'Sequence length' },
  tokensUnit: { zh: 'tokens', en: 'tokens' },
  explain: { zh: '推导哪一行', en: 'Show the work for' },
  strategy: { zh: '策略', en: 'Strategy' },
  baseline: { zh: '对比的基线', en: 'Measured against' },
  saved: { zh: '节省显存', en: 'Memory saved' },
  ofBaseline: { zh: '占基线', en: 'Of its baseline' },
  time: { zh: '时间变化', en: 'Time change' },
  perStep: (step: Bilingual): Bilingual => ({ zh: `每个${step.zh}`, en: `per ${step.en}` }),
  steps: { prefill: { zh: '预填充', en: 'prefill' }, decode: { zh: '解码步', en: 'decode step' } },
  extraFlops: { zh: '额外计算', en: 'Extra compute' },
  flopsPerStep: { zh: 'FLOP/步', en: 'FLOP/step' },
  pcie: { zh: 'PCIe 传输', en: 'PCIe traffic' },
  perStepUnit: { zh: '每步', en: 'per step' },
  source: { zh: '出处', en: 'Source' },
  trainingTag: { zh: '训练', en: 'training' },
  caption: (p: { model: string; device: string; batch: number; tokens: number }): Bilingual => ({
    zh: `表4 内存优化策略的效果对比（${p.model}，${p.device}，批 ${p.batch}，${p.tokens} tokens）`,
    en: `Table 4 Memory optimisation strategies compared (${p.model}, ${p.device}, batch ${p.batch}, ${p.tokens} tokens)`,
  }),
  savedBy: (name: Bilingual): Bilingual => ({ zh: `${name.zh}：省下`, en: `${name.en}: saves` }),
  timeBy: (name: Bilingual, step: Bilingual): Bilingual => ({ zh: `${name.zh}：${step.zh}时间`, en: `${name.en}: ${step.en} time` }),
  note: (p: { batch: number; tokens: string; tp: number }): Bilingual => ({
    zh: `批大小 ${p.batch}，${p.tokens} tokens${p.tp > 1 ? `，每张 GPU（张量并行 ${p.tp}）` : ''}。基线都是推理实际占用的显存；训练的形式（梯度检查点、vDNN）见图4与卸载页的“探索”。`,
    en: `Batch ${p.batch}, ${p.tokens} tokens${p.tp > 1 ? `, per GPU of TP ${p.tp}` : ''}. Baselines are what inference holds; training’s forms (checkpointing, vDNN) are in Figure 4 and the offload slide (explore).`,
  }),
  takeaway: {
    zh: '省得最多的未必最好：卸载要付 PCIe 时间；分页几乎免费；抢占后重算还是换出，取决于序列长度与链路。',
    en: 'Offload frees the most but pays in PCIe time; paging is almost free; recompute or swap depends on sequence length and link.',
  },
} as const;
