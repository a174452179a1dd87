/** Interface text of the optimisation-overview simulator (图1), both languages. */
import type { Bilingual, CountUnit } from '../../i18n/index.ts';

export const REQUESTS: CountUnit = { one: 'request', other: 'requests', zh: '个请求' };

export const text = {
  title: { zh: '推理优化的重要性', en: 'Why inference optimisation matters' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '设备', en: 'Device' },
  weights: { zh: '权重量化', en: 'Weight quantisation' },
  kvFp8: { zh: 'KV cache 量化为 FP8', en: 'KV cache in FP8' },
  batchingPlain: { zh: '批处理', en: 'Batching' },
  batching: (n: number): Bilingual => ({ zh: `批处理（期望 ${n} 个请求）`, en: `Batching (${n} request${n === 1 ? '' : 's'} wanted)` }),
  batch: { zh: '期望批大小', en: 'Wanted batch' },
  requests: { zh: '个请求', en: 'requests' },
  paged: { zh: 'KV cache 分页（按需分配）', en: 'KV-cache paging (on demand)' },
  tp: { zh: '张量并行（GPU 数）', en: 'Tensor parallelism (GPUs)' },
  tpUnavailable: { zh: '该设备没有卡间互联，只能单卡运行', en: 'This device has no GPU-to-GPU link: one chip only' },
  flash: { zh: '融合注意力（FlashAttention 式）', en: 'Fused attention (FlashAttention-style)' },
  workload: { zh: '工作负载', en: 'Workload' },
  prompt: { zh: '提示词长度', en: 'Prompt length' },
  output: { zh: '输出长度', en: 'Output length' },
  tokens: { zh: 'token', en: 'tokens' },
  ttft: { zh: '首 token 延迟 TTFT', en: 'Time to first token (TTFT)' },
  tpot: { zh: '每 token 延迟 TPOT', en: 'Time per output token (TPOT)' },
  tpotShort: { zh: 'TPOT（每 token）', en: 'TPOT (per token)' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  tokensPerSec: { zh: 'token/s', en: 'tokens/s' },
  memory: { zh: '每 GPU 显存', en: 'Memory per GPU' },
  activations: { zh: '激活峰值（一层，预填充）', en: 'Activation peak (one layer, prefill)' },
  energy: { zh: '每 token 能耗（45 nm 教学模型）', en: 'Energy per token (45 nm teaching model)' },
  energyShort: { zh: '能耗/token', en: 'Energy/token' },
  energyNote: { zh: '45 nm 模型', en: '45 nm model' },
  memoryShort: { zh: '显存/GPU', en: 'Memory/GPU' },
  baseline: { zh: '基线', en: 'Baseline' },
  optimised: { zh: '优化后', en: 'Optimised' },
  vsBaseline: { zh: '相对基线', en: 'vs baseline' },
  weightsPart: { zh: '权重', en: 'Weights' },
  kvPart: { zh: 'KV cache', en: 'KV cache' },
  activationsPart: { zh: '激活', en: 'Activations' },
  workspacePart: { zh: '工作区', en: 'Workspace' },
  memoryAxis: { zh: '每 GPU 显存（GiB，1 GiB = 2³⁰ B）', en: 'Memory per GPU (GiB, 1 GiB = 2³⁰ B)' },
  doesNotFit: { zh: '放不下：一个请求也放不进显存', en: 'Does not fit: not even one request fits in memory' },
  over: { zh: '超出', en: 'over by' },
  masked: { zh: '？', en: '?' },
  capacityLabel: (p: { usable: string; capacity: string; share: string }): Bilingual => ({
    zh: `可用 ${p.usable}（${p.capacity} × ${p.share}）`,
    en: `usable ${p.usable} (${p.capacity} × ${p.share})`,
  }),
  memorySummary: (p: { before: string; after: string; usable: string }): Bilingual => ({
    zh: `每 GPU 显存：基线 ${p.before}，优化后 ${p.after}，可用 ${p.usable}。`,
    en: `Memory per GPU: baseline ${p.before}, optimised ${p.after}, usable ${p.usable}.`,
  }),
  notFitting: (p: { which: 'baseline' | 'optimised' | 'both'; need: string; usable: string; over: string }): Bilingual => p.which === 'both'
    ? { zh: `基线与优化后都放不下：一个请求就需要每 GPU ${p.need}，可用 ${p.usable}，超出 ${p.over}。`, en: `Neither the baseline nor the optimised stack fits: one request needs ${p.need} per GPU, ${p.usable} usable, over by ${p.over}.` }
    : p.which === 'baseline'
    ? { zh: `基线放不下：一个请求就需要每 GPU ${p.need}，可用 ${p.usable}，超出 ${p.over}。`, en: `The baseline does not fit: one request needs ${p.need} per GPU, ${p.usable} usable, over by ${p.over}.` }
    : { zh: `优化后放不下：一个请求就需要每 GPU ${p.need}，可用 ${p.usable}，超出 ${p.over}。`, en: `The optimised stack does not fit: one request needs ${p.need} per GPU, ${p.usable} usable, over by ${p.over}.` },
  batchLimited: (p: { run: string; one: boolean; wanted: string; reserve: string; paged: boolean; limit: string }): Bilingual => ({
    zh: `实际并发 ${p.run}（想要 ${p.wanted}）：每个请求${p.paged ? '按块' : '按最大长度'}预留 ${p.reserve} 个 token 的 KV，显存只放得下 ${p.limit}。`,
    en: `${p.run} ${p.one ? 'runs' : 'run'} (wanted ${p.wanted}): each reserves KV for ${p.reserve} tokens${p.paged ? ' (in blocks)' : ' (the maximum length)'}, so memory holds only ${p.limit}.`,
  }),
  batchFits: (p: { run: string; one: boolean; reserve: string; limit: string }): Bilingual => ({
    zh: `实际并发 ${p.run}；每个请求预留 ${p.reserve} 个 token 的 KV，显存最多放得下 ${p.limit}。`,
    en: `${p.run} ${p.one ? 'runs' : 'run'}; each reserves KV for ${p.reserve} tokens; memory could hold ${p.limit}.`,
  }),
  compareSummary: (rows: string): Bilingual => ({ zh: `基线 → 优化后：${rows}`, en: `Baseline → optimised: ${rows}` }),
  takeaway: {
    zh: '解码受带宽限制：量化减少每步读取的字节（TPOT ▼）；批处理与分页让一份权重服务更多请求（吞吐 ▲）。',
    en: 'Decode is bandwidth-bound: quantisation cuts the bytes per step (TPOT ▼); batching and paging share the weights (throughput ▲).',
  },
  question: (p: { model: string; device: string }): Bilingual => ({
    zh: `${p.model} 在一张 ${p.device} 上、批大小为 1 时，哪一项单独的改动让解码（TPOT）变快最多？`,
    en: `${p.model} on one ${p.device} at batch 1: which single change speeds up decode (TPOT) the most?`,
  }),
  explanation: (p: { base: string; list: Bilingual; weights: string; kv: string; best: Bilingual }): Bilingual => ({
    zh: `TPOT：${p.list.zh}（基线 ${p.base}）。每步都要读全部 ${p.weights} 权重，KV 只有约 ${p.kv}。`,
    en: `TPOT: ${p.list.en} (baseline ${p.base}). Each step reads ${p.weights} of weights but only ${p.kv} of KV.`,
  }),
  explanationOther: (p: { base: string; list: Bilingual; best: Bilingual }): Bilingual => ({
    zh: `TPOT：${p.list.zh}（基线 ${p.base}）。这里「${p.best.zh}」最有效。`,
    en: `TPOT: ${p.list.en} (baseline ${p.base}). Here ${p.best.en} helps most.`,
  }),
  singleList: (items: readonly { readonly label: Bilingual; readonly value: string }[]): Bilingual => ({
    zh: items.map((i) => `${i.label.zh} ${i.value}`).join('，'),
    en: items.map((i) => `${i.label.en} ${i.value}`).join(', '),
  }),
  int4: { zh: '权重 INT4（g128）', en: 'INT4 weights (g128)' },
  kvFp8Choice: { zh: 'KV cache FP8', en: 'FP8 KV cache' },
  flashChoice: { zh: '融合注意力', en: 'Fused attention' },
  pagingChoice: { zh: 'KV cache 分页', en: 'KV-cache paging' },
  /** The single changes, short, for the answer's list. */
  int4Short: { zh: 'INT4', en: 'INT4' },
  kvFp8Short: { zh: 'FP8 KV', en: 'FP8 KV' },
  flashShort: { zh: '融合注意力', en: 'fused attention' },
  pagingShort: { zh: '分页', en: 'paging' },
  same: { zh: '不变', en: 'same' },
} as const;
