/** Interface text of the compute-strategies simulator (表7), both languages. */
import type { SpeedupMetric, StrategyId } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';

export const STRATEGY_TEXT: Record<StrategyId, { name: Bilingual; complexity: Bilingual; when: Bilingual }> = {
  fusion: {
    name: { zh: '算子融合', en: 'Operator fusion' },
    complexity: { zh: '低（编译器/框架自动完成）', en: 'Low (compiler or framework does it)' },
    when: { zh: '逐元素算子多、token 少（启动开销显著）时', en: 'Many element-wise ops, few tokens (launch overhead shows)' },
  },
  'flash-attention': {
    name: { zh: 'FlashAttention', en: 'FlashAttention' },
    complexity: { zh: '中（专用 kernel，框架提供）', en: 'Medium (special kernel, supplied by frameworks)' },
    when: { zh: '长提示词的预填充；短上下文解码收益很小', en: 'Prefill of long prompts; little for short-context decode' },
  },
  'kv-reuse': {
    name: { zh: '数据复用：KV cache', en: 'Data reuse: KV cache' },
    complexity: { zh: '低（所有推理框架默认开启）', en: 'Low (on by default everywhere)' },
    when: { zh: '任何自回归生成；以显存换计算', en: 'Any autoregressive generation; trades memory for compute' },
  },
  batching: {
    name: { zh: '批处理（数据并行）', en: 'Batching (data parallel)' },
    complexity: { zh: '低', en: 'Low' },
    when: { zh: '解码受带宽限制、请求足够多、显存放得下 KV cache', en: 'Bandwidth-bound decode, enough requests, KV cache fits' },
  },
  'continuous-batching': {
    name: { zh: '连续批处理', en: 'Continuous batching' },
    complexity: { zh: '中（迭代级调度器）', en: 'Medium (iteration-level scheduler)' },
    when: { zh: '输出长度差异大、请求持续到达', en: 'Output lengths vary, requests keep arriving' },
  },
  'tensor-parallel': {
    name: { zh: '张量并行', en: 'Tensor parallelism' },
    complexity: { zh: '高（多卡、通信、切分）', en: 'High (several GPUs, collectives, sharding)' },
    when: { zh: '单请求延迟要求高，或模型一张卡放不下；需要快速互联', en: 'Tight per-request latency or a model too big for one GPU; needs a fast link' },
  },
  'task-pipeline': {
    name: { zh: '任务并行流水线', en: 'Task-parallel pipeline' },
    complexity: { zh: '中（多资源、调度）', en: 'Medium (several resources, scheduling)' },
    when: { zh: '各阶段耗时相近时；被最慢阶段限制', en: 'Stages of similar length; bounded by the slowest stage' },
  },
};

/** What each row's speed-up is measured on: one request's whole step, or the total. */
export const MEASURED_ON: Record<StrategyId, Bilingual> = {
  fusion: { zh: 'TTFT：整个预填充步（所有层，批 1）', en: 'TTFT: whole prefill step (all layers, batch 1)' },
  'flash-attention': { zh: 'TTFT：整个预填充步（4 倍提示词）', en: 'TTFT: whole prefill step (4× prompt)' },
  'kv-reuse': { zh: 'TPOT：一个解码步 vs 重算上下文', en: 'TPOT: one decode step vs recomputing' },
  batching: { zh: '解码吞吐（整批）', en: 'Decode throughput (whole batch)' },
  'continuous-batching': { zh: '吞吐：同一请求流', en: 'Throughput: the same request stream' },
  'tensor-parallel': { zh: 'TPOT：一个解码步（批 1）', en: 'TPOT: one decode step (batch 1)' },
  'task-pipeline': { zh: '4 批请求的总完成时间', en: 'Total time for 4 batches' },
};

export const METRIC_TEXT: Record<SpeedupMetric, Bilingual> = {
  ttft: { zh: 'TTFT', en: 'TTFT' },
  tpot: { zh: 'TPOT', en: 'TPOT' },
  throughput: { zh: '吞吐', en: 'throughput' },
  makespan: { zh: '总完成时间', en: 'total time' },
};

export const text = {
  title: { zh: '计算优化策略对比', en: 'Compute strategies compared' },
  caption: { zh: '表7 计算优化策略的效果对比', en: 'Table 7 Comparison of compute optimisation strategies' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '硬件', en: 'Hardware' },
  batch: { zh: '批处理行的批大小', en: 'Batch for the batching row' },
  prompt: { zh: '提示词长度', en: 'Prompt length' },
  tokens: { zh: 'tokens', en: 'tokens' },
  explain: { zh: '展示计算过程的技术', en: 'Technique to show the work for' },
  technique: { zh: '技术', en: 'Technique' },
  measuredOn: { zh: '加速的对象（测量范围）', en: 'What it speeds up (measured on)' },
  speedup: { zh: '加速比', en: 'Speed-up' },
  beforeAfter: { zh: '之前 → 之后', en: 'Before → after' },
  memory: { zh: '显存代价', en: 'Memory cost' },
  latency: { zh: '延迟代价', en: 'Latency cost' },
  complexity: { zh: '复杂度', en: 'Complexity' },
  when: { zh: '何时有用', en: 'When it helps' },
  saves: (amount: string): Bilingual => ({ zh: `节省 ${amount}`, en: `saves ${amount}` }),
  gpus: (n: number): Bilingual => ({ zh: `+${n} 张 GPU`, en: `+${n} GPU${n === 1 ? '' : 's'}` }),
  tpotTimes: (ratio: string): Bilingual => ({ zh: `TPOT ${ratio}`, en: `TPOT ${ratio}` }),
  latencyTimes: (ratio: string): Bilingual => ({ zh: `平均延迟 ${ratio}`, en: `mean latency ${ratio}` }),
  noLink: { zh: '此硬件无互联预设', en: 'no interconnect preset' },
  noFitCell: (over: string): Bilingual => ({ zh: `放不下（超出 ${over}）`, en: `does not fit (over by ${over})` }),
  noFit: (p: { model: string; device: string; needs: string; usable: string; over: string }): Bilingual => ({
    zh: `${p.model} 放不进一张 ${p.device}：一个请求就需要 ${p.needs}，可用 ${p.usable}，超出 ${p.over}。放不下的行不显示时间或吞吐。`,
    en: `${p.model} does not fit on one ${p.device}: one request needs ${p.needs} of ${p.usable} usable, over by ${p.over}. A row that does not fit shows no time or throughput.`,
  }),
  speedupOf: (name: Bilingual, metric: Bilingual): Bilingual => ({ zh: `${name.zh}：${metric.zh}加速比`, en: `${name.en}: ${metric.en} speed-up` }),
  takeaway: {
    zh: '先看"加速的是什么"：融合、FlashAttention、张量并行缩短单个请求；批处理提高总吞吐却让单请求变慢——作用在不同的量上，所以可以叠加。',
    en: 'Ask what each one speeds up: fusion, FlashAttention and TP shorten one request; batching raises total throughput while slowing each request. They act on different quantities, so they stack.',
  },
  stageNote: { zh: '复杂度、适用场景与各行的测量条件在"探索"视图中。', en: 'Complexity, when each helps and how each row is measured: in the Explore view.' },
  notes: {
    zh: '各行的测量条件：融合为批 1 的整个预填充步中每层融合图 7 的逐元素链（激活 · gate 一条、残差 + 归一化两条），节省的时间 = 层数 ×（各链在图 7 中节省的时间之和），因此与图 7 单条链的加速比不同，也不同于图 6/表 6 在一个块上开启的四个融合 pass（还合并 QKV、减少 kernel 启动）；FlashAttention 为批 1 的整个预填充步（4 倍提示词）；KV cache 对比每步重算整个上下文；连续批处理为批处理实验中的同一请求流（8 个槽位，种子 7）；张量并行为批 1，最多 4 路；流水线为 4 批 × 8 个请求、32 个输出 token。',
    en: 'How each row is measured: fusion fuses Figure 7’s element-wise chains (activation·gate once, residual+norm twice per layer) in every layer of the whole batch-1 prefill step, so its saving is the number of layers × the chains’ savings in Figure 7: a different speed-up from one chain’s in Figure 7, and from Figure 6/Table 6’s four fusion passes on one block (which also merge QKV and save kernel launches); FlashAttention on the whole batch-1 prefill step at 4× the prompt; the KV cache against recomputing the context every step; continuous batching on the batching experiment’s stream (8 slots, seed 7); TP at batch 1, up to 4-way; the pipeline as 4 batches × 8 requests, 32 output tokens.',
  },
} as const;
