/** Interface text of the memory-strategies simulator (表4), both languages. */
import type { MemoryStrategyId } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';

interface StrategyWords {
  readonly name: Bilingual;
  /** What the saving is measured against. */
  readonly baseline: Bilingual;
  /** Training's form (the outline's), not what inference does. */
  readonly training: boolean;
}

export const STRATEGY_TEXT: Readonly<Record<MemoryStrategyId, StrategyWords>> = {
  'weight-sharing': {
    name: { zh: '权重共享（k = 16）', en: 'Weight sharing (k = 16)' },
    baseline: { zh: 'FP16 权重', en: 'FP16 weights' },
    training: false,
  },
  'activation-pruning': {
    name: { zh: '激活裁剪（用完即释放）', en: 'Activation pruning' },
    baseline: { zh: '训练：保留每层激活', en: 'training: every layer kept' },
    training: true,
  },
  recomputation: {
    name: { zh: '激活重算（梯度检查点）', en: 'Recomputation (checkpoints)' },
    baseline: { zh: '训练：保留每层激活', en: 'training: every layer kept' },
    training: true,
  },
  reuse: {
    name: { zh: '内存复用（生命周期 + 原地）', en: 'Memory reuse (lifetimes, in place)' },
    baseline: { zh: '一层、不复用', en: 'one layer, no reuse' },
    training: false,
  },
  offload: {
    name: { zh: '调度：权重全部卸载（预取）', en: 'Offload all weights (prefetch)' },
    baseline: { zh: '权重全在显存', en: 'weights on the GPU' },
    training: false,
  },
  paging: {
    name: { zh: '调度：KV cache 分页（块 16）', en: 'Paged KV cache (block 16)' },
    baseline: { zh: '按最大长度连续预分配', en: 'contiguous to max length' },
    training: false,
  },
};

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
  note: (p: { batch: number; tokens: string }): Bilingual => ({
    zh: `批大小 ${p.batch}，${p.tokens} tokens。“训练”：讲义中的训练时形式，基线是训练为反向传播保留的每层激活；推理本就只保留一层的存活峰值（图4）。`,
    en: `Batch ${p.batch}, ${p.tokens} tokens. “training”: the outline’s training-era form, against the activations training keeps for backward; inference keeps one layer live (Fig. 4).`,
  }),
  takeaway: {
    zh: '节省最多的未必最好：卸载省下几乎全部权重显存，却要付出 PCIe 时间；分页几乎不增加计算就省下大量 KV 显存；复用省得少，但几乎免费。',
    en: 'The biggest saving is not always the best: offloading frees nearly all the weight memory but pays in PCIe time; paging frees much KV memory at almost no compute; reuse saves less, but nearly for free.',
  },
} as const;
