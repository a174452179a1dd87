/** Interface text of the optimisation-stack simulator (图13), both languages. */
import type { Bilingual, CountUnit } from '../../i18n/index.ts';
import type { MeasureId, MetricId } from './inputs.ts';

export const REQUESTS: CountUnit = { one: 'request', other: 'requests', zh: '个请求' };

export const text = {
  title: { zh: '最佳实践逐项叠加', en: 'Best practices, one by one' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '设备', en: 'Device' },
  practices: { zh: '最佳实践（按施加顺序）', en: 'Best practices (in the order applied)' },
  order: { zh: '施加顺序', en: 'Order applied' },
  off: { zh: '关闭的实践', en: 'Practices switched off' },
  earlier: { zh: '提前', en: 'earlier' },
  later: { zh: '推后', en: 'later' },
  weights: { zh: '权重量化格式', en: 'Weight format' },
  batch: { zh: '等待的并发请求', en: 'Requests waiting' },
  requests: { zh: '个', en: 'requests' },
  target: { zh: 'TPOT 目标（张量并行据此选卡数）', en: 'TPOT target (sets the TP degree)' },
  overlap: { zh: '通信被重叠的比例 f', en: 'Share of communication overlapped, f' },
  overlapHint: { zh: '100% 是理想上界；实际比例取决于能否把集合通信与相关矩阵乘拆开（Wang et al., 2023）。', en: '100% is the ideal bound; the real share depends on splitting the collective from the matmul it feeds (Wang et al., 2023).' },
  prompt: { zh: '提示词长度', en: 'Prompt length' },
  output: { zh: '输出长度', en: 'Output length' },
  tokens: { zh: 'token', en: 'tokens' },
  step: { zh: '步骤', en: 'Step' },
  measureShown: { zh: '读数与推导：措施', en: 'Numbers and work for' },
  metric: { zh: '第二个指标', en: 'Second metric' },
  tpot: { zh: '每 token 时间 TPOT', en: 'Time per output token (TPOT)' },
  free: { zh: '每 GPU 剩余显存', en: 'Free memory per GPU' },
  doesNotFit: { zh: '放不下', en: 'does not fit' },
  doesNotFitLong: { zh: '放不下：一个请求也放不进显存', en: 'Does not fit: not even one request fits in memory' },
  result: { zh: '结果', en: 'Result' },
  tableCaption: { zh: '每一级的成本模型结果（能耗用 45 nm 教学模型）', en: 'Cost-model results at each level (energy: 45 nm teaching model)' },
  level: { zh: '级', en: 'Level' },
  batchGpus: { zh: '并发 × GPU', en: 'Batch × GPUs' },
  bottleneck: { zh: '瓶颈', en: 'Bottleneck' },
  memoryPerGpu: { zh: '显存/GPU', en: 'Memory/GPU' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  tokensPerSec: { zh: 'token/s', en: 'tokens/s' },
  energy: { zh: '能耗/token', en: 'Energy/token' },
  takeaway: {
    zh: '每一级由同一个成本模型从头计算：换个顺序，终点不变，每一步的"贡献"却会变——每一步都改变了下一步面对的瓶颈。',
    en: 'Reorder the steps: the end point stays, but each step’s “contribution” changes — every step moves the bottleneck the next one faces.',
  },
  memoryChoice: { zh: '每 GPU 显存', en: 'Memory/GPU' },
  listSep: { zh: '；', en: '; ' },
  yes: { zh: '是', en: 'yes' },
  usable: (amount: string): Bilingual => ({ zh: `可用 ${amount}`, en: `usable ${amount}` }),
  targetLine: (amount: string): Bilingual => ({ zh: `目标 ${amount}`, en: `target ${amount}` }),
  overBy: (amount: string): Bilingual => ({ zh: `✗ 超出 ${amount}`, en: `✗ over by ${amount}` }),
  freeOk: (amount: string): Bilingual => ({ zh: `✓ 剩 ${amount}`, en: `✓ ${amount} free` }),
  facts: (p: { batch: number; gpus: number; bound: string }): Bilingual => ({
    zh: `并发 × GPU：${p.batch} × ${p.gpus} · 瓶颈：${p.bound}`,
    en: `Batch × GPUs: ${p.batch} × ${p.gpus} · bottleneck: ${p.bound}`,
  }),
  summary: (p: { name: string; parts: string }): Bilingual => ({ zh: `${p.name}：${p.parts}`, en: `${p.name}: ${p.parts}` }),
  moveLabel: (p: { dir: string; name: string }): Bilingual => ({ zh: `${p.dir}：${p.name}`, en: `${p.dir}: ${p.name}` }),
  question: (p: { model: string; device: string; format: string }): Bilingual => ({
    zh: `${p.device} 上的 ${p.model}，只把权重量化为 ${p.format}：哪个几乎不变？`,
    en: `${p.model} on ${p.device}, ${p.format} weights only: which barely moves?`,
  }),
  explanation: (p: { changes: string }): Bilingual => ({
    zh: `${p.changes}：预填充受算力限制（权重先反量化为 FP16），少读字节不省时间。`,
    en: `${p.changes}: prefill is compute-bound, so fewer bytes buy it no time.`,
  }),
  change: (p: { name: string; before: string; after: string }): Bilingual => ({ zh: `${p.name} ${p.before} → ${p.after}`, en: `${p.name} ${p.before} → ${p.after}` }),
} as const;

/** The second metric, as a control (short) and as an axis or readout (long). */
export const metricText: { readonly [M in MetricId]: { readonly short: Bilingual; readonly name: Bilingual; readonly stat: Bilingual; readonly axis: Bilingual } } = {
  tokens: {
    short: { zh: '吞吐', en: 'Throughput' },
    name: { zh: '吞吐（整个部署）', en: 'Throughput (whole deployment)' },
    stat: { zh: '吞吐（整个部署）', en: 'Throughput' },
    axis: { zh: 'token/s', en: 'tokens/s' },
  },
  memory: {
    short: { zh: '显存', en: 'Memory' },
    name: { zh: '每 GPU 显存', en: 'Memory per GPU' },
    stat: { zh: '每 GPU 显存', en: 'Memory per GPU' },
    axis: { zh: 'GiB/GPU', en: 'GiB/GPU' },
  },
  energy: {
    short: { zh: '能耗', en: 'Energy' },
    name: { zh: '每 token 能耗（45 nm 教学模型）', en: 'Energy per token (45 nm teaching model)' },
    stat: { zh: '每 token 能耗', en: 'Energy per token' },
    axis: { zh: 'J/token', en: 'J/token' },
  },
  ttft: {
    short: { zh: 'TTFT', en: 'TTFT' },
    name: { zh: '首 token 时间 TTFT（一个请求）', en: 'Time to first token, TTFT (one request)' },
    stat: { zh: '首 token 时间 TTFT', en: 'Time to first token' },
    axis: { zh: 'TTFT', en: 'TTFT' },
  },
};

/** Two short lines under each waterfall bar. */
export const barText = {
  baseline: { zh: ['基线', 'FP16'], en: ['Baseline', 'FP16'] },
  'quantise-weights': (format: string) => ({ zh: ['权重', format], en: ['Weights', format] }),
  'kv-fp8': { zh: ['KV cache', 'FP8'], en: ['KV cache', 'FP8'] },
  batching: { zh: ['分页 +', '连续批处理'], en: ['Paging +', 'batching'] },
  'fused-attention': { zh: ['融合', '注意力'], en: ['Fused', 'attention'] },
  'tensor-parallel': (tp: number) => ({ zh: ['张量并行', `×${tp}`], en: ['Tensor', `parallel ×${tp}`] }),
  overlap: { zh: ['通信', '重叠'], en: ['Comm.', 'overlap'] },
  total: { zh: ['结果'], en: ['Result'] },
} as const;

/** One line per step: what the practice changed, in the engine's numbers (explain.ts fills the values). */
export const stepText = {
  doesNotFit: (p: { total: string; usable: string }): Bilingual => ({
    zh: `放不下：一个请求在每 GPU 上就需要 ${p.total}，可用只有 ${p.usable}。`,
    en: `Does not fit: one request needs ${p.total} per GPU and only ${p.usable} is usable.`,
  }),
  baseline: (p: { reserved: string; limit: number; tpot: string; bound: Bilingual }): Bilingual => ({
    zh: `基线：FP16，批大小 1，每个请求按最大长度预留 ${p.reserved} 个 token 的 KV，显存只容得下 ${p.limit} 个请求；TPOT ${p.tpot}，瓶颈：${p.bound.zh}。`,
    en: `Baseline: FP16, batch 1, each request reserves KV for the maximum ${p.reserved} tokens, so memory holds ${p.limit} ${p.limit === 1 ? 'request' : 'requests'}; TPOT ${p.tpot}, bottleneck: ${p.bound.en}.`,
  }),
  'quantise-weights': (p: { format: string; w0: string; w1: string; t0: string; t1: string }): Bilingual => ({
    zh: `权重 ${p.format}：每 GPU 权重 ${p.w0} → ${p.w1}，解码每步少读这么多字节，TPOT ${p.t0} → ${p.t1}。`,
    en: `${p.format} weights: ${p.w0} → ${p.w1} of weights per GPU, read once per decode step, so TPOT ${p.t0} → ${p.t1}.`,
  }),
  'kv-fp8': (p: { kv0: string; kv1: string; n0: number; n1: number }): Bilingual => ({
    zh: `KV cache FP8：每个 token 的 KV 字节减半，KV 显存 ${p.kv0} → ${p.kv1}，能容纳的请求 ${p.n0} → ${p.n1} 个。`,
    en: `FP8 KV cache: half the bytes per cached token, KV memory ${p.kv0} → ${p.kv1}, room for ${p.n0} → ${p.n1} ${p.n1 === 1 ? 'request' : 'requests'}.`,
  }),
  batching: (p: { reserved: string; b0: number; b1: number; s0: string; s1: string; t0: string; t1: string }): Bilingual => ({
    zh: `分页后每个请求只按块预留 ${p.reserved} 个 token，并发 ${p.b0} → ${p.b1}：吞吐 ${p.s0} → ${p.s1}，单个请求的 TPOT ${p.t0} → ${p.t1}。`,
    en: `Paged, each request reserves only ${p.reserved} tokens in blocks; batch ${p.b0} → ${p.b1}: throughput ${p.s0} → ${p.s1}, each request’s TPOT ${p.t0} → ${p.t1}.`,
  }),
  'fused-attention': (p: { a0: string; a1: string; f0: string; f1: string; t0: string; t1: string }): Bilingual => ({
    zh: `融合注意力：分数矩阵不再写回显存，激活 ${p.a0} → ${p.a1}，TTFT ${p.f0} → ${p.f1}，TPOT ${p.t0} → ${p.t1}。`,
    en: `Fused attention: the score matrix never goes to memory; activations ${p.a0} → ${p.a1}, TTFT ${p.f0} → ${p.f1}, TPOT ${p.t0} → ${p.t1}.`,
  }),
  tpAlreadyMet: (p: { tpot: string; target: string }): Bilingual => ({
    zh: `TPOT ${p.tpot} 已满足目标 ${p.target}：能单卡就不多卡，不切分。`,
    en: `TPOT ${p.tpot} already meets the ${p.target} target: one GPU is enough, so no split.`,
  }),
  tpNoLink: { zh: '该设备没有卡间互联，无法张量并行：不变。', en: 'This device has no GPU-to-GPU link, so no tensor parallelism: nothing changes.' },
  tpBestEffort: (p: { target: string; tp: number; tpot: string; comm: string }): Bilingual => ({
    zh: `最多 8 张 GPU 也达不到目标 ${p.target}：取最快的 ${p.tp} 张，TPOT ${p.tpot}，每步通信 ${p.comm}。`,
    en: `Even 8 GPUs miss the ${p.target} target: the fastest is ${p.tp} GPUs, TPOT ${p.tpot}, with ${p.comm} of communication per step.`,
  }),
  tpMeets: (p: { target: string; tp: number; m0: string; m1: string; t0: string; t1: string; comm: string }): Bilingual => ({
    zh: `为达到 TPOT ≤ ${p.target}，切到 ${p.tp} 张 GPU：每 GPU 显存 ${p.m0} → ${p.m1}，TPOT ${p.t0} → ${p.t1}，但每步多了 ${p.comm} 的卡间通信。`,
    en: `To reach TPOT ≤ ${p.target}, split over ${p.tp} GPUs: memory per GPU ${p.m0} → ${p.m1}, TPOT ${p.t0} → ${p.t1}, plus ${p.comm} of GPU-to-GPU communication per step.`,
  }),
  overlapOneGpu: { zh: '只有一张 GPU，没有卡间通信可以隐藏：不变。', en: 'One GPU: there is no GPU-to-GPU communication to hide, so nothing changes.' },
  overlap: (p: { f: string; hidden: string; t0: string; t1: string }): Bilingual => ({
    zh: `通信与计算重叠（f = ${p.f}）：每步隐藏 ${p.hidden}，TPOT ${p.t0} → ${p.t1}。`,
    en: `Overlap (f = ${p.f}): ${p.hidden} hidden per step, TPOT ${p.t0} → ${p.t1}.`,
  }),
};

/** 表13: what each measure targets, how it is done and what to watch for (qualitative; every number in the table is the engine's). */
export const measureText: { readonly [M in MeasureId]: { readonly row: Bilingual; readonly targets: Bilingual; readonly methods: Bilingual; readonly caveat: Bilingual } } = {
  baseline: {
    row: { zh: '先测量（基线）', en: 'Measure first (baseline)' },
    targets: { zh: '全部', en: 'All' },
    methods: { zh: 'profiler、屋顶线、显存预算', en: 'Profiler, roofline, memory budget' },
    caveat: { zh: '固定输入分布和指标', en: 'Fix the input mix and metrics' },
  },
  'quantise-weights': {
    row: { zh: '权重量化', en: 'Weight quantisation' },
    targets: { zh: '显存、解码访存', en: 'Memory, decode traffic' },
    methods: { zh: 'LLM.int8()、GPTQ、AWQ', en: 'LLM.int8(), GPTQ, AWQ' },
    caveat: { zh: '在业务数据上验证精度', en: 'Check accuracy on your data' },
  },
  'kv-fp8': {
    row: { zh: 'KV cache FP8', en: 'FP8 KV cache' },
    targets: { zh: 'KV 显存', en: 'KV memory' },
    methods: { zh: 'FP8 KV cache（vLLM、TensorRT-LLM）', en: 'FP8 KV cache (vLLM, TensorRT-LLM)' },
    caveat: { zh: '有损：复核输出质量', en: 'Lossy: re-check the output' },
  },
  batching: {
    row: { zh: 'KV 分页 + 批处理', en: 'KV paging + batching' },
    targets: { zh: 'KV 显存、吞吐', en: 'KV memory, throughput' },
    methods: { zh: 'PagedAttention、连续批处理', en: 'PagedAttention, continuous batching' },
    caveat: { zh: '批越大，单请求越慢', en: 'Bigger batches slow each request' },
  },
  'fused-attention': {
    row: { zh: '融合注意力', en: 'Fused attention' },
    targets: { zh: '访存、kernel 启动', en: 'Memory traffic, launches' },
    methods: { zh: 'FlashAttention、层融合', en: 'FlashAttention, layer fusion' },
    caveat: { zh: '依赖硬件与框架版本', en: 'Hardware and version dependent' },
  },
  'tensor-parallel': {
    row: { zh: '张量并行', en: 'Tensor parallelism' },
    targets: { zh: '单卡放不下或太慢', en: 'Too big or slow for one GPU' },
    methods: { zh: '节点内 TP、跨节点 PP', en: 'TP in node, PP across nodes' },
    caveat: { zh: '带来通信与气泡', en: 'Adds communication and bubbles' },
  },
  overlap: {
    row: { zh: '通信重叠', en: 'Communication overlap' },
    targets: { zh: '暴露的通信', en: 'Exposed communication' },
    methods: { zh: '异步流、分块、层次化', en: 'Async streams, chunking, hierarchy' },
    caveat: { zh: '需要可拆分的依赖', en: 'Needs splittable dependencies' },
  },
};

/** 表13's headers, cells and readouts. */
export const tableText = {
  measure: { zh: '措施', en: 'Measure' },
  targets: { zh: '针对的瓶颈', en: 'Bottleneck addressed' },
  methods: { zh: '代表方法', en: 'Representative methods' },
  caveat: { zh: '注意事项', en: 'Watch out for' },
  tpot: { zh: 'TPOT', en: 'TPOT' },
  ttft: { zh: 'TTFT', en: 'TTFT' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  memory: { zh: '显存/GPU', en: 'Memory/GPU' },
  energy: { zh: '能耗/token', en: 'Energy/token' },
  tpotChange: { zh: 'TPOT 变化', en: 'TPOT change' },
  ttftChange: { zh: 'TTFT 变化', en: 'TTFT change' },
  throughputChange: { zh: '吞吐变化', en: 'Throughput change' },
  memoryChange: { zh: '显存变化', en: 'Memory change' },
  bottleneckAfter: { zh: '之后的瓶颈', en: 'Bottleneck after' },
  batchGpus: { zh: '并发 × GPU', en: 'Batch × GPUs' },
  fitsNow: { zh: '✓ 放得下了', en: '✓ fits now' },
  noFit: { zh: '放不下', en: 'no fit' },
  vsBefore: { zh: '相对上一级', en: 'vs the level before' },
  tpotStat: { zh: '每 token 时间 TPOT', en: 'Time per output token (TPOT)' },
  throughputStat: { zh: '吞吐（整个部署）', en: 'Throughput' },
  memoryStat: { zh: '每 GPU 显存', en: 'Memory per GPU' },
  note: {
    zh: '首行是实测基线，其余每行是在上一行基础上加入该措施后的变化（▼ 下降，▲ 上升）；顺序和更多列在“探索”视图中。',
    en: 'Row 1 is the measured baseline; each other row is the change when that measure is added to the rows above (▼ falls, ▲ rises). Order and more columns: Explore.',
  },
  takeaway: {
    zh: '同一项措施，收益取决于它之前做了什么：先找到当前的瓶颈，再选下一项。',
    en: 'A measure’s gain depends on what came before it: find the current bottleneck, then pick the next measure.',
  },
  caption: (p: { model: string; device: string; format: string; batch: string; target: string }): Bilingual => ({
    zh: `逐项加入各措施时的收益：${p.device} 上的 ${p.model}，权重 ${p.format}，等待 ${p.batch}，TPOT 目标 ${p.target}`,
    en: `Gain as each measure is added: ${p.model} on ${p.device}, ${p.format} weights, ${p.batch} waiting, TPOT target ${p.target}`,
  }),
  rowName: (p: { name: string; detail: string }): Bilingual => ({ zh: `${p.name}（${p.detail}）`, en: `${p.name} (${p.detail})` }),
} as const;
