/** Interface text of the layer-fusion-memory simulator, both languages. */
import type { Bilingual } from '../../i18n/index.ts';
import type { BlockFusionId } from '../../engine/index.ts';

export type TensorKind = 'scores' | 'mlp' | 'qkv' | 'other';

export const text = {
  title: { zh: '层融合与子图切分', en: 'Layer fusion and subgraph partitioning' },
  model: { zh: '模型', en: 'Model' },
  phase: { zh: '阶段', en: 'Phase' },
  prefill: { zh: '预填充', en: 'prefill' },
  decode: { zh: '解码', en: 'decode' },
  fuse: { zh: '融合', en: 'Fuse' },
  partition: { zh: '按显存预算切分子图', en: 'Partition to a memory budget' },
  partitionShort: { zh: '切分子图', en: 'Partition' },
  budget: { zh: '每个子图的显存预算', en: 'Memory budget per subgraph' },
  budgetShort: { zh: '每个子图预算', en: 'Budget per subgraph' },
  wholeBlock: { zh: '整块放得下', en: 'whole block' },
  batch: { zh: '批大小', en: 'Batch' },
  tokens: { zh: '序列长度（提示词 / 上下文）', en: 'Sequence length (prompt / context)' },
  tokensUnit: { zh: 'tokens', en: 'tokens' },
  stored: { zh: '不再写回显存的激活', en: 'Activations no longer written' },
  traffic: { zh: '省下的激活读写流量', en: 'Activation traffic saved' },
  peak: { zh: '激活峰值（融合后）', en: 'Activation peak (fused)' },
  vsUnfused: { zh: '相对未融合', en: 'vs unfused' },
  weights: { zh: '本块权重', en: 'Block weights' },
  subgraphs: { zh: '子图个数', en: 'Subgraphs' },
  overBudget: { zh: '有单个算子超出预算', en: 'an operator alone exceeds the budget' },
  contextCapped: (max: string): Bilingual => ({ zh: `序列长度按模型上限 ${max} 计算`, en: `Sequence length capped at the model’s limit, ${max}` }),
  subgraphLabel: (n: number, count: number, bytes: string, over: boolean): Bilingual => ({
    zh: `子图 ${n}/${count} · ${bytes}${over ? ' ⚠' : ''}`,
    en: `Subgraph ${n}/${count} · ${bytes}${over ? ' ⚠' : ''}`,
  }),
  subgraphLine: (p: { n: number; ops: string; weights: string; peak: string; total: string; cut: string | null; over: boolean }): Bilingual => ({
    zh: `子图 ${p.n}：${p.ops}｜权重 ${p.weights} + 激活峰值 ${p.peak} = ${p.total}${p.cut ? `｜切口传出 ${p.cut}` : ''}${p.over ? '｜⚠ 单个算子已超预算' : ''}`,
    en: `Subgraph ${p.n}: ${p.ops} | weights ${p.weights} + activation peak ${p.peak} = ${p.total}${p.cut ? ` | hands on ${p.cut}` : ''}${p.over ? ' | ⚠ one operator alone exceeds the budget' : ''}`,
  }),
  subgraphsHeading: { zh: '子图（按执行顺序）', en: 'Subgraphs (in execution order)' },
  tensorTable: (model: string): Bilingual => ({ zh: `${model} 一个块的中间张量（引擎实时计算）`, en: `${model}, one block’s intermediate tensors (computed live by the engine)` }),
  tensor: { zh: '张量', en: 'Tensor' },
  edge: { zh: '从 → 到', en: 'From → to' },
  size: { zh: '大小', en: 'Size' },
  keptOnChip: { zh: '留在片上？', en: 'Kept on chip?' },
  yes: { zh: '是（已融合）', en: 'yes (fused)' },
  no: { zh: '否', en: 'no' },
  summary: (p: { model: string; count: number; saved: string; before: string; after: string; parts: number | null }): Bilingual => ({
    zh: `${p.model} 一个 Transformer 块的计算图：${p.count} 个中间张量，融合后少写 ${p.saved}，激活峰值 ${p.before} → ${p.after}${p.parts === null ? '' : `；切成 ${p.parts} 个子图`}`,
    en: `${p.model}, one transformer block: ${p.count} intermediate tensors; fusion avoids writing ${p.saved}; activation peak ${p.before} → ${p.after}${p.parts === null ? '' : `; ${p.parts} subgraphs`}`,
  }),
  maskedSummary: { zh: '计算图（张量大小已隐藏，先回答问题）', en: 'The block’s graph (tensor sizes hidden until the question is answered)' },
  question: (p: { model: string; phase: 'prefill' | 'decode'; tokens: string; batch: number }): Bilingual => p.phase === 'prefill'
    ? {
      zh: `预填充 ${p.tokens} 个 token（${p.model}，批大小 ${p.batch}）：哪个中间张量最大？`,
      en: `Prefilling ${p.tokens} tokens (${p.model}, batch ${p.batch}): which tensor is the largest?`,
    }
    : {
      zh: `在 ${p.tokens} 个 token 的上下文上解码（${p.model}，批大小 ${p.batch}）：哪个中间张量最大？`,
      en: `Decoding at a ${p.tokens}-token context (${p.model}, batch ${p.batch}): which tensor is the largest?`,
    },
  choiceScores: { zh: '注意力分数 QKᵀ', en: 'attention scores QKᵀ' },
  choiceMlp: { zh: 'MLP 中间层', en: 'MLP hidden layer' },
  choiceQkv: { zh: 'Q、K、V', en: 'Q, K, V' },
  explanation: (p: { scores: string; mlp: string; qk: string; largest: Bilingual }): Bilingual => ({
    zh: `最大的是${p.largest.zh}：分数矩阵每个 ${p.scores}，MLP 中间层每个 ${p.mlp}，Q、K ${p.qk}（各边已标出大小）。`,
    en: `Largest: ${p.largest.en}. Each score matrix ${p.scores}, each MLP hidden tensor ${p.mlp}, Q and K ${p.qk} (sizes now on the edges).`,
  }),
  takeaway: {
    zh: '长提示词预填充时注意力分数最大，融合让它留在片上；解码时激活只有"批大小 × 隐藏维度"，融合主要省访存时间。',
    en: 'In a long prefill the attention scores dominate and fusion keeps them on chip; in decode activations are tiny, so fusion mainly saves memory time.',
  },
  notes: {
    zh: '大小以二进制单位计（1 MiB = 2²⁰ 字节，1 GiB = 2³⁰ 字节）；激活为 FP16，权重为 FP16。',
    en: 'Sizes in binary units (1 MiB = 2²⁰ bytes, 1 GiB = 2³⁰ bytes); FP16 activations and weights.',
  },
} as const;

export const FUSION_LABELS: Record<BlockFusionId, Bilingual> = {
  'norm-into-proj': { zh: '归一化并入下一个投影', en: 'Norm into the next projection' },
  'flash-attention': { zh: '注意力融合（FlashAttention）', en: 'Fused attention (FlashAttention)' },
  'mlp-activation': { zh: 'gate/up 投影 + 激活（SwiGLU）', en: 'gate/up projection + activation (SwiGLU)' },
  'residual-epilogue': { zh: '残差相加并入投影收尾', en: 'Residual add in the projection epilogue' },
};

/** Short names for the fusion switches on stage. */
export const FUSION_SHORT: Record<BlockFusionId, Bilingual> = {
  'norm-into-proj': { zh: '归一化→投影', en: 'Norm → proj' },
  'flash-attention': { zh: '注意力（Flash）', en: 'Attention (Flash)' },
  'mlp-activation': { zh: 'gate/up + 激活', en: 'gate/up + act' },
  'residual-epilogue': { zh: '残差收尾', en: 'Residual epilogue' },
};

export const TENSOR_KIND_TEXT: Record<TensorKind, Bilingual> = {
  scores: { zh: '注意力分数/概率矩阵', en: 'the attention score/probability matrices' },
  mlp: { zh: 'MLP 中间层', en: 'the MLP hidden layer' },
  qkv: { zh: 'Q、K、V', en: 'Q, K, V' },
  other: { zh: '残差流', en: 'the residual stream' },
};

/** Node labels of the graph; the norm and activation follow the model. */
export function nodeLabels(norm: string, activation: string, gated: boolean): Record<string, Bilingual> {
  const n = norm === 'rmsnorm' ? 'RMSNorm' : 'LayerNorm';
  const act = gated ? `${activation.toUpperCase()} ×` : activation.toUpperCase();
  const same = (s: string): Bilingual => ({ zh: s, en: s });
  return {
    input: { zh: '输入 x', en: 'input x' }, output: { zh: '输出 y', en: 'output y' },
    norm1: same(n), qkv: { zh: 'QKV 投影', en: 'QKV proj' }, qk: same('Q·Kᵀ'), softmax: same('Softmax'),
    pv: same('P·V'), o_proj: { zh: 'O 投影', en: 'O proj' }, add1: { zh: '+ 残差', en: '+ residual' }, norm2: same(n),
    gate: { zh: 'gate 投影', en: 'gate proj' }, up: gated ? { zh: 'up 投影', en: 'up proj' } : same('fc1'),
    act: same(act), down: gated ? { zh: 'down 投影', en: 'down proj' } : same('fc2'), add2: { zh: '+ 残差', en: '+ residual' },
  };
}
