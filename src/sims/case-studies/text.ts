/** Interface text of the case-studies simulator (图14), both languages. */
import type { Bilingual } from '../../i18n/index.ts';
import type { ScenarioId } from './scenarios.ts';

export const text = {
  title: { zh: '实例分享', en: 'Case studies' },
  scenario: { zh: '场景', en: 'Scenario' },
  teaching: { zh: '教学场景：数字来自成本模型，不是实测。', en: 'Teaching scenario: cost-model numbers, not measurements.' },
  constraints: { zh: '约束', en: 'Constraints' },
  prompt: { zh: '提示词长度', en: 'Prompt length' },
  tokens: { zh: 'token', en: 'tokens' },
  step: { zh: '步骤', en: 'Step' },
  challenge: { zh: '挑战', en: 'Challenge' },
  lesson: { zh: '经验', en: 'Lesson' },
  fits: { zh: '放得下？', en: 'Fits?' },
  batchGpus: { zh: '并发 × GPU', en: 'Batch × GPUs' },
  memory: { zh: '显存/GPU', en: 'Memory/GPU' },
  weightsKv: { zh: '权重 / KV', en: 'Weights / KV' },
  energy: { zh: '能耗/token', en: 'Energy/token' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  bottleneck: { zh: '瓶颈', en: 'Bottleneck' },
  tokensPerSec: { zh: 'token/s', en: 'tokens/s' },
  tpot: { zh: '每 token 时间 TPOT', en: 'Time per output token (TPOT)' },
  free: { zh: '每 GPU 剩余显存', en: 'Free memory per GPU' },
  doesNotFit: { zh: '放不下：一个请求也放不进显存', en: 'Does not fit: not even one request fits in memory' },
  tableCaption: { zh: '每一步的成本模型结果（能耗用 45 nm 教学模型）', en: 'Cost-model results for each step (energy: 45 nm teaching model)' },
  tableNote: { zh: '到当前步骤为止；完整表格（TTFT、权重/KV、能耗）在“探索”视图中。', en: 'Steps so far; the full table (TTFT, weights/KV, energy) is in the Explore view.' },
  takeaway: {
    zh: '每施加一步都要重新找瓶颈：容量、带宽、KV cache、通信，轮流成为下一步要解决的问题。',
    en: 'After every step, look for the bottleneck again: capacity, bandwidth, KV cache and communication take turns as the next problem.',
  },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  deployment: (p: { model: string; device: string }): Bilingual => ({ zh: `部署：${p.model} · ${p.device}`, en: `Deployment: ${p.model} · ${p.device}` }),
  budget: (p: { target: string; met: boolean }): Bilingual => ({
    zh: `TPOT 预算 ${p.target}：${p.met ? '✓ 达标' : '✗ 未达标'}`,
    en: `TPOT budget ${p.target}: ${p.met ? '✓ met' : '✗ missed'}`,
  }),
  bound: (name: string): Bilingual => ({ zh: `瓶颈：${name}`, en: `Bottleneck: ${name}` }),
  overBy: (amount: string): Bilingual => ({ zh: `✗ 超出 ${amount}`, en: `✗ over by ${amount}` }),
  freeOk: (amount: string): Bilingual => ({ zh: `✓ 剩 ${amount}`, en: `✓ ${amount} free` }),
  summary: (rows: string): Bilingual => ({ zh: `各步骤：${rows}`, en: `Steps: ${rows}` }),
} as const;

export interface ScenarioWords {
  readonly name: Bilingual;
  /** 表14: the main constraints in a few words. */
  readonly constraintsShort: Bilingual;
  /** 表14: the scenario's lesson. */
  readonly lessonShort: Bilingual;
  readonly task: Bilingual;
  /** Constraints as the scenario states them. */
  readonly constraints: readonly Bilingual[];
  /** One entry per step, baseline first (path.length + 1); a challenge may quote the step's memory. */
  readonly steps: readonly { readonly challenge: Bilingual | ((p: StepMemory) => Bilingual); readonly lesson: Bilingual }[];
}

/** A step's memory as a challenge may quote it: formatted sizes, KV ÷ weights, requests running. */
export interface StepMemory {
  readonly kv: string;
  readonly weights: string;
  readonly ratio: number;
  readonly batch: number;
}

export const scenarioText: { readonly [S in ScenarioId]: ScenarioWords } = {
  finance: {
    name: { zh: '金融', en: 'Finance' },
    constraintsShort: { zh: '尾延迟、合规、高并发', en: 'Tail latency, compliance, load' },
    lessonShort: { zh: '尾延迟常来自调度，而非算力', en: 'Tail latency: often scheduling, not compute' },
    task: { zh: '风控 / 合规文档问答助手', en: 'Risk and compliance document assistant' },
    constraints: [
      { zh: '数据不出机房：本地一台 8 卡 A100 40GB 服务器（NVLink）', en: 'Data stays on site: one 8-GPU A100 40GB server (NVLink)' },
      { zh: '长提示词：约 6000 token 的条款与报告', en: 'Long prompts: about 6000 tokens of clauses and reports' },
      { zh: '高峰并发 32 个请求；每 token 时间 ≤ 50 ms（场景设定）', en: 'Peak load 32 requests; time per token ≤ 50 ms (assumed)' },
    ],
    steps: [
      { challenge: { zh: '先测量：FP16 的 70B 模型放不进一张 40 GB 的卡。', en: 'Measure first: a 70B model in FP16 does not fit one 40 GB card.' },
        lesson: { zh: '容量是第一个瓶颈，后面的优化都以"放得下"为前提。', en: 'Capacity is the first bottleneck; every later step assumes the model fits.' } },
      { challenge: { zh: 'INT8 仅权重量化（LLM.int8() 一类）把权重减半，但仍然放不下一张卡。', en: 'Weight-only INT8 (LLM.int8()-style) halves the weights, yet one card is still too small.' },
        lesson: { zh: '量化单独不够时，要和切分一起考虑。', en: 'When quantisation alone is not enough, plan it together with splitting.' } },
      { challenge: { zh: '节点内张量并行：取满足容量和延迟目标的最少卡数，通信走 NVLink。', en: 'Tensor parallelism inside the node: the fewest GPUs that fit and meet the latency target, over NVLink.' },
        lesson: { zh: '能少用卡就少用；切分带来每层两次 all-reduce。', en: 'Use as few GPUs as will do; the split adds two all-reduces per layer.' } },
      { challenge: { zh: '长提示词下，未融合的注意力把分数矩阵写回显存，预填充又慢又占显存。', en: 'With long prompts, unfused attention writes the score matrix to memory: prefill is slow and memory-hungry.' },
        lesson: { zh: '融合注意力（FlashAttention）对长输入收益最大。', en: 'Fused attention (FlashAttention) pays most for long inputs.' } },
      { challenge: { zh: '高峰并发：KV 分页 + 迭代级调度，新请求不必等整批结束。', en: 'Peak load: paged KV + iteration-level scheduling, so new requests do not wait for a whole batch.' },
        lesson: { zh: '尾延迟常来自排队与调度，而不只是算力（Orca、vLLM）。', en: 'Tail latency often comes from queueing and scheduling, not only compute (Orca, vLLM).' } },
      { challenge: { zh: '把张量并行的 all-reduce 与计算重叠（此处取理想上界）。', en: 'Overlap the tensor-parallel all-reduces with compute (ideal bound here).' },
        lesson: { zh: '多卡部署里，通信重叠是最后一步的"免费"收益——前提是依赖可拆分。', en: 'On several GPUs, overlap is the last "free" gain — if the dependencies can be split.' } },
    ],
  },
  medical: {
    name: { zh: '医疗', en: 'Healthcare' },
    constraintsShort: { zh: '长输入、隐私、精度', en: 'Long inputs, privacy, accuracy' },
    lessonShort: { zh: '上下文一长，瓶颈从权重转向 KV', en: 'Long context shifts the bottleneck to KV' },
    task: { zh: '病历与检查报告摘要', en: 'Clinical note summariser' },
    constraints: [
      { zh: '隐私：单台工作站、一张 24 GB GPU，本地运行', en: 'Privacy: one workstation with one 24 GB GPU, run locally' },
      { zh: '长输入：约 6000 token 的病历与报告', en: 'Long inputs: about 6000 tokens of notes and reports' },
      { zh: '精度优先：只用 INT8，不用 INT4；每步都要在本院数据上复核', en: 'Accuracy first: INT8, not INT4; re-check every step on local data' },
    ],
    steps: [
      { challenge: { zh: '先测量：FP16 能放下，但长输入的 KV 和注意力激活让显存只够一个请求。', en: 'Measure first: FP16 fits, but long inputs leave room for only one request.' },
        lesson: { zh: '长上下文时，先看显存里除权重外还有什么。', en: 'With long context, look at what besides the weights fills memory.' } },
      { challenge: { zh: 'INT8 仅权重量化：精度风险小于 INT4，是谨慎的第一步。', en: 'Weight-only INT8: less accuracy risk than INT4, a cautious first step.' },
        lesson: { zh: '量化前后都要在本领域评测集上验证。', en: 'Validate on an in-domain evaluation set before and after quantising.' } },
      { challenge: { zh: '6000 token 的提示词：未融合注意力的分数矩阵占满显存。', en: 'A 6000-token prompt: the unfused score matrix fills memory.' },
        lesson: { zh: '融合注意力同时省时间和显存。', en: 'Fused attention saves time and memory at once.' } },
      { challenge: (p) => ({
        zh: `分页 + 连续批处理：${p.batch} 个请求同时运行，KV cache ${p.kv}，${p.ratio >= 1 ? '超过了' : p.ratio >= 0.75 ? '已接近' : '达到'}权重（${p.weights}）${p.ratio >= 0.75 ? '' : `的 ${Math.round(p.ratio * 100)}%`}。`,
        en: `Paging + continuous batching: ${p.batch} requests run at once, and the KV cache (${p.kv}) ${p.ratio >= 1 ? 'overtakes' : p.ratio >= 0.75 ? 'nearly matches' : `reaches ${Math.round(p.ratio * 100)}% of`} the weights (${p.weights}).`,
      }),
        lesson: { zh: '上下文一长，瓶颈从权重转向 KV cache。', en: 'Long context moves the bottleneck from weights to the KV cache.' } },
      { challenge: { zh: 'KV cache FP8：再多容纳一些请求——但这也是有损量化，需要复核摘要质量。', en: 'FP8 KV cache: room for more requests — but it is lossy too: re-check summary quality.' },
        lesson: { zh: '精度敏感场景里，每一步有损优化都要单独验证。', en: 'Where accuracy matters, validate every lossy step on its own.' } },
    ],
  },
  driving: {
    name: { zh: '自动驾驶 / 边缘', en: 'Driving / edge' },
    constraintsShort: { zh: '功耗、单请求、离线', en: 'Power, batch 1, offline' },
    lessonShort: { zh: '批大小为 1 时，少搬字节就是提速', en: 'At batch 1, fewer bytes is speed' },
    task: { zh: '车载座舱语音助手（不在安全控制回路中）', en: 'In-car cabin assistant (outside the safety control loop)' },
    constraints: [
      { zh: '嵌入式设备：Jetson AGX Orin 64GB，一块芯片，不依赖网络', en: 'Embedded: one Jetson AGX Orin 64GB, offline' },
      { zh: '单请求（批大小 1）；上下文上限 2048 token（场景设定）', en: 'One request at a time; context ≤ 2048 tokens (assumed)' },
      { zh: '每 token 时间 ≤ 25 ms，功耗与散热受限（场景设定）', en: 'Time per token ≤ 25 ms; power and heat limited (assumed)' },
    ],
    steps: [
      { challenge: { zh: '先测量：批大小 1，解码每步都要把全部权重读一遍。', en: 'Measure first: at batch 1, every decode step reads all the weights.' },
        lesson: { zh: '边缘场景几乎完全受访存带宽限制。', en: 'Edge inference is almost entirely bandwidth-bound.' } },
      { challenge: { zh: 'INT4 g128 仅权重量化（AWQ / GPTQ 一类）：要读的字节约减为四分之一。', en: 'Weight-only INT4 g128 (AWQ/GPTQ-style): about a quarter of the bytes to read.' },
        lesson: { zh: '批大小为 1 时，少搬字节就是提速，也是省电。', en: 'At batch 1, moving fewer bytes is speed — and energy.' } },
      { challenge: { zh: '融合注意力：减少显存往返和激活占用。', en: 'Fused attention: fewer round trips to memory, smaller activations.' },
        lesson: { zh: '提示词短时收益小，但几乎没有代价。', en: 'With short prompts the gain is small, but it costs almost nothing.' } },
      { challenge: { zh: 'KV cache FP8：短上下文下 KV 本来就小。', en: 'FP8 KV cache: with a short context the KV cache is small anyway.' },
        lesson: { zh: '优化要对准真正的大头。', en: 'Aim optimisations at what is actually big.' } },
      { challenge: { zh: '通信重叠：单芯片上没有卡间通信。', en: 'Communication overlap: one chip has no GPU-to-GPU traffic.' },
        lesson: { zh: '没有通信，就没有可隐藏的通信——这一步收益为零。', en: 'No communication, nothing to hide: this step buys nothing.' } },
    ],
  },
};

/** 表14's headers, cells and readouts. */
export const tableText = {
  scenario: { zh: '场景', en: 'Scenario' },
  constraints: { zh: '主要约束', en: 'Main constraints' },
  firstBottleneck: { zh: '首要瓶颈', en: 'First bottleneck' },
  effective: { zh: '有效做法', en: 'What worked' },
  tpot: { zh: 'TPOT', en: 'TPOT' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  lesson: { zh: '经验教训', en: 'Lesson' },
  deployment: { zh: '部署', en: 'Deployment' },
  everyMeasure: { zh: '每一步的主要效果', en: 'Main effect of each step' },
  bottleneckAfter: { zh: '最后的瓶颈', en: 'Bottleneck at the end' },
  ttft: { zh: 'TTFT', en: 'TTFT' },
  memory: { zh: '显存/GPU', en: 'Memory/GPU' },
  energy: { zh: '能耗/token', en: 'Energy/token' },
  noFit: { zh: '放不下', en: 'no fit' },
  none: { zh: '无', en: 'none' },
  fits: (measure: string): Bilingual => ({ zh: `${measure}：放得下了`, en: `${measure}: now fits` }),
  notEffective: { zh: '（未达阈值）', en: '(below threshold)' },
  listSep: { zh: '、', en: ', ' },
  vsBaseline: { zh: '相对基线', en: 'vs the baseline' },
  tpotStat: (name: Bilingual): Bilingual => ({ zh: `${name.zh}：全部步骤后的 TPOT`, en: `${name.en}: TPOT after every step` }),
  throughputStat: (name: Bilingual): Bilingual => ({ zh: `${name.zh}：全部步骤后的吞吐`, en: `${name.en}: throughput after every step` }),
  effectName: { tpot: { zh: 'TPOT', en: 'TPOT' }, throughput: { zh: '吞吐', en: 'throughput' }, memory: { zh: '显存', en: 'memory' } },
  effect: (p: { measure: string; what: string; amount: string }): Bilingual => ({ zh: `${p.measure}：${p.what} ${p.amount}`, en: `${p.measure}: ${p.what} ${p.amount}` }),
  beforeAfter: (p: { before: string; after: string }): Bilingual => ({ zh: `${p.before} → ${p.after}`, en: `${p.before} → ${p.after}` }),
  weights: (format: string): Bilingual => ({ zh: `${format} 权重`, en: `${format} weights` }),
  caption: { zh: '三个教学场景：首要瓶颈、有效做法与效果（成本模型计算）', en: 'Three teaching scenarios: first bottleneck, what worked and its effect (cost model)' },
  note: (threshold: string): Bilingual => ({
    zh: `“有效”：让部署放得下，或使 TPOT、吞吐、每 GPU 显存朝好的方向变化至少 ${threshold}。教学场景，数字来自成本模型，不是实测。`,
    en: `“Worked”: made the deployment fit, or moved TPOT, throughput or memory per GPU the right way by ${threshold} or more. Teaching scenarios: cost-model numbers, not measurements.`,
  }),
} as const;
