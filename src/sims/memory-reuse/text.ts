/** Interface text of the memory-reuse simulator (图4), both languages. */
import type { Bilingual } from '../../i18n/index.ts';

export type OpGroup = 'attention' | 'mlp' | 'stream';

export const text = {
  title: { zh: '内存复用', en: 'Memory reuse' },
  model: { zh: '模型', en: 'Model' },
  strategy: { zh: '分配策略', en: 'Allocation' },
  strategies: {
    none: { zh: '不复用', en: 'No reuse' },
    'best-fit': { zh: '最佳适配（在线）', en: 'Best fit (online)' },
    'greedy-by-size': { zh: '按大小贪心（离线）', en: 'Greedy by size (offline)' },
  },
  inPlace: { zh: '原地算子（激活、残差相加）', en: 'In-place ops (activation, add)' },
  attention: { zh: '注意力实现', en: 'Attention kernel' },
  kernels: {
    flash: { zh: 'FlashAttention', en: 'FlashAttention' },
    naive: { zh: '标准（写出分数矩阵）', en: 'Standard (scores stored)' },
  },
  batch: { zh: '批大小', en: 'Batch' },
  tokens: { zh: '提示词长度（预填充）', en: 'Prompt length (prefill)' },
  tokensUnit: { zh: 'tokens', en: 'tokens' },
  segment: { zh: '训练时的重算：每 k 层保留一个检查点', en: 'Recompute in training: a checkpoint every k layers' },
  layersUnit: { zh: '层', en: 'layers' },
  keepAll: { zh: '全部保留', en: 'keep all' },
  trainingHeading: { zh: '训练时的形式（梯度检查点，Chen 等 2016）', en: 'The training form (gradient checkpointing, Chen et al. 2016)' },
  trainingNote: {
    zh: '推理不为反向传播保留激活，一层算完即释放（上图就是推理的基线：一层的存活峰值）。梯度检查点是训练的技术：基线是“保留所有层的激活”，用额外的前向 FLOPs 换显存。',
    en: 'Inference keeps no activation for a backward pass: each layer’s tensors die when the layer is done (the chart above is the inference baseline: one layer’s live peak). Gradient checkpointing is a training technique: its baseline is "keep every layer’s activations", and it buys memory with extra forward FLOPs.',
  },
  arena: (strategy: Bilingual): Bilingual => ({ zh: `显存池：${strategy.zh}`, en: `Arena: ${strategy.en}` }),
  vsNoReuse: { zh: '对比不复用', en: 'vs no reuse' },
  lowerBound: { zh: '下界（同一时刻最多存活）', en: 'Lower bound (most live at once)' },
  kept: (k: number): Bilingual => ({ zh: `训练时保留的激活（k = ${k}）`, en: `Activations kept in training (k = ${k})` }),
  vsKeepAll: { zh: '对比全部保留（训练）', en: 'vs keeping all (training)' },
  extraFlops: (time: string, device: string): Bilingual => ({
    zh: `重算增加的 FLOPs（${device} 上 ${time}）`,
    en: `Extra FLOPs from recomputation (${time} on ${device})`,
  }),
  axisOffset: { zh: '地址偏移', en: 'Offset' },
  axisLive: { zh: '存活字节', en: 'Live bytes' },
  axisOps: { zh: '算子（执行顺序）', en: 'Operator (execution order)' },
  peakLabel: (v: string): Bilingual => ({ zh: `显存池 ${v}`, en: `arena ${v}` }),
  boundLabel: (v: string): Bilingual => ({ zh: `峰值 ${v}`, en: `peak ${v}` }),
  summary: (p: { model: string; buffers: number; strategy: Bilingual; arena: string; bound: string; op: string }): Bilingual => ({
    zh: `${p.model} 一层前向：${p.buffers} 个缓冲区，${p.strategy.zh} 的显存池 ${p.arena}，下界 ${p.bound}，峰值出现在 ${p.op}。`,
    en: `${p.model}, one layer's forward pass: ${p.buffers} buffers; ${p.strategy.en} needs an arena of ${p.arena}; lower bound ${p.bound}, reached at ${p.op}.`,
  }),
  maskedSummary: (p: { model: string; buffers: number; strategy: Bilingual; arena: string }): Bilingual => ({
    zh: `${p.model} 一层前向：${p.buffers} 个缓冲区，${p.strategy.zh} 的显存池 ${p.arena}；存活字节曲线在回答问题后显示。`,
    en: `${p.model}, one layer's forward pass: ${p.buffers} buffers; ${p.strategy.en} needs an arena of ${p.arena}; the live-bytes curve shows once the question is answered.`,
  }),
  masked: { zh: '？ 先回答下面的问题', en: '? answer the question below first' },
  groups: {
    attention: { zh: '注意力', en: 'Attention' },
    mlp: { zh: 'MLP 中间层', en: 'The MLP’s wide middle' },
    stream: { zh: '归一化 / 残差相加', en: 'A norm or residual add' },
  } satisfies Record<OpGroup, Bilingual>,
  /** The same parts mid-sentence. */
  groupsInline: {
    attention: { zh: '注意力', en: 'attention' },
    mlp: { zh: 'MLP 中间层', en: 'the MLP’s wide middle' },
    stream: { zh: '归一化 / 残差相加', en: 'a norm or residual add' },
  } satisfies Record<OpGroup, Bilingual>,
  question: (p: { model: string; kernel: Bilingual }): Bilingual => ({
    zh: `${p.model}（${p.kernel.zh}）一层的前向中，哪一步同时存活的字节最多？`,
    en: `In one layer of ${p.model} (${p.kernel.en}), where are the most bytes live at once?`,
  }),
  explanation: (p: { op: string; group: Bilingual; tensors: string; bytes: string; why: Bilingual }): Bilingual => ({
    zh: `峰值在 ${p.op}（${p.group.zh}）：此刻同时存活 ${p.tensors}，共 ${p.bytes}。${p.why.zh}`,
    en: `The peak is at ${p.op} (${p.group.en}): ${p.tensors} are live together, ${p.bytes}. ${p.why.en}`,
  }),
  why: {
    mlp: (ff: string, d: string): Bilingual => ({
      zh: `MLP 中间层宽 ${ff}，是隐藏维 ${d} 的数倍。`,
      en: `The MLP's middle is ${ff} wide, several times the hidden size ${d}.`,
    }),
    attention: (tokens: string): Bilingual => ({
      zh: `标准注意力把 ${tokens} × ${tokens} 的分数矩阵写进显存，它随提示词长度平方增长；FlashAttention 不写出它。`,
      en: `Standard attention writes the ${tokens} × ${tokens} score matrix to memory, which grows with the square of the prompt; FlashAttention never writes it.`,
    }),
    stream: { zh: '此时存活的主要是隐藏维宽的残差流。', en: 'What is live here is mostly the hidden-size residual stream.' },
  },
  takeaway: {
    zh: '生命周期不重叠的张量可以共用地址：复用把显存池从"所有张量之和"压到接近"同时存活之和"；原地算子再降下界。推理只需一层的存活峰值。',
    en: 'Tensors whose lifetimes never overlap can share addresses: reuse shrinks the arena from "all tensors" towards "most live at once"; in-place ops lower that bound. Inference needs only one layer’s live peak.',
  },
} as const;
