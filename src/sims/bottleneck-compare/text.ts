/** Interface text of the bottleneck-compare simulator (图11), both languages. */
import type { OptimisationFamily, RemedyId, StepBound } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';
import type { StopId } from './inputs.ts';

export const text = {
  title: { zh: '优化策略比较', en: 'Optimisation families compared' },
  stops: { zh: '场景', en: 'Scenario' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '设备', en: 'Device' },
  tp: { zh: '张量并行（GPU 数）', en: 'Tensor parallelism (GPUs)' },
  link: { zh: 'GPU 间链路', en: 'GPU-to-GPU link' },
  pcieOnly: { zh: '仅 PCIe 4.0 x16', en: 'PCIe 4.0 x16 only' },
  noLink: { zh: '该设备没有卡间互联，只能单卡运行', en: 'This device has no GPU-to-GPU link: one chip only' },
  phase: { zh: '阶段', en: 'Phase' },
  prefill: { zh: '预填充', en: 'Prefill' },
  decode: { zh: '解码', en: 'Decode' },
  batch: { zh: '批大小（请求数）', en: 'Batch (requests)' },
  tokens: { zh: '提示词 / 上下文长度', en: 'Prompt / context length' },
  promptLen: { zh: '提示词长度', en: 'Prompt length' },
  contextLen: { zh: '上下文长度', en: 'Context length' },
  tokenUnit: { zh: 'token', en: 'tokens' },
  timeAxis: { zh: '一步的时间（ms）', en: 'Time of one step (ms)' },
  memoryAxis: { zh: '每 GPU 显存（GiB，1 GiB = 2³⁰ 字节）', en: 'Memory per GPU (GiB, 1 GiB = 2³⁰ bytes)' },
  compute: { zh: '计算受限', en: 'Compute-bound' },
  memory: { zh: '访存受限', en: 'Memory-bound' },
  communication: { zh: '通信', en: 'Communication' },
  launch: { zh: '启动开销', en: 'Launch' },
  weights: { zh: '权重', en: 'Weights' },
  kv: { zh: 'KV cache', en: 'KV cache' },
  activations: { zh: '激活', en: 'Activations' },
  workspace: { zh: '工作区', en: 'Workspace' },
  baseline: { zh: '基线 FP16', en: 'Baseline FP16' },
  stepTime: { zh: '一步的时间（基线）', en: 'Step time (baseline)' },
  best: { zh: '最对症的一类优化', en: 'The family that helps most' },
  free: { zh: '每 GPU 剩余显存（基线）', en: 'Free memory per GPU (baseline)' },
  notApplicable: { zh: '不适用', en: 'n/a' },
  remedyTable: { zh: '各类优化的效果（引擎计算；★ = 最对症）', en: 'What each family does here (engine; ★ = helps most)' },
  technique: { zh: '代表技术', en: 'Technique' },
  time: { zh: '一步的时间', en: 'Step time' },
  speedup: { zh: '加速', en: 'Speed-up' },
  memoryPerGpu: { zh: '显存/GPU', en: 'Memory/GPU' },
  fitsHeader: { zh: '放得下？', en: 'Fits?' },
  masked: { zh: '？先预测', en: '? predict first' },
  maskedSummary: { zh: '各类优化后的时间已隐藏，先回答问题', en: 'The optimised step times are hidden until the question is answered' },
  baselineNoFit: { zh: '基线放不下，没有可比较的时间', en: 'The baseline does not fit: there is no time to compare with' },
  takeaway: {
    zh: '先看时间花在哪一段，再选对应的一类优化：解码小批量压在访存上，长提示词预填充压在计算上，PCIe 上的多卡切分压在通信上。',
    en: 'First see where the time goes, then pick that family: small-batch decode is memory-bound, long-prompt prefill is compute-bound, and splitting across GPUs over PCIe is communication-bound.',
  },
  ms: { zh: 'ms', en: 'ms' },
  yes: { zh: '✓ 是', en: '✓ yes' },
  overBy: (amount: string): Bilingual => ({ zh: `✗ 超出 ${amount}`, en: `✗ over by ${amount}` }),
  freeOk: (amount: string): Bilingual => ({ zh: `✓ 剩 ${amount}`, en: `✓ ${amount} free` }),
  boundLine: (bound: string, share: number): Bilingual => ({ zh: `瓶颈：${bound}（占 ${share}%）`, en: `Bottleneck: ${bound} (${share}% of the step)` }),
  /** `which`: each configuration that does not fit with its own excess (notFitItem), joined. */
  doesNotFit: (p: { which: string }): Bilingual => ({
    zh: `放不下（每 GPU 超出）：${p.which}。放不下的配置不显示时间。`,
    en: `Does not fit (per GPU): ${p.which}. A configuration that does not fit shows no time.`,
  }),
  notFitItem: (name: string, amount: string): Bilingual => ({ zh: `${name} 超出 ${amount}`, en: `${name} over by ${amount}` }),
  question: (p: { phase: string; model: string; gpus: string; batch: string; tokens: string }): Bilingual => ({
    zh: `${p.model} 在 ${p.gpus} 上${p.phase}（批 ${p.batch}，${p.tokens} token）：哪一类优化让这一步快得最多？`,
    en: `${p.phase} of ${p.model} on ${p.gpus} (batch ${p.batch}, ${p.tokens} tokens): which family makes the step fastest?`,
  }),
  gpus: (p: { tp: number; device: string; link: string }): Bilingual => ({
    zh: p.tp === 1 ? `一张 ${p.device}` : `${p.tp} 张 ${p.device}（${p.link}）`,
    en: p.tp === 1 ? `one ${p.device}` : `${p.tp}× ${p.device} over ${p.link}`,
  }),
  explanation: (p: { speedups: string; share: number; bound: string; family: string }): Bilingual => ({
    zh: `加速：${p.speedups}。基线一步有 ${p.share}% 的时间花在${p.bound}上，所以「${p.family}」最对症。`,
    en: `Speed-ups: ${p.speedups}. ${p.share}% of the baseline step is ${p.bound}, so the ${p.family} family helps most.`,
  }),
  listSep: { zh: '，', en: ', ' },
  timeSummary: (p: { step: string; bound: string; remedies: string }): Bilingual => ({
    zh: `基线一步 ${p.step}，瓶颈是${p.bound}；${p.remedies}`,
    en: `Baseline step ${p.step}, bound by ${p.bound}; ${p.remedies}`,
  }),
  memSummary: (p: { total: string; usable: string }): Bilingual => ({
    zh: `每 GPU 显存：基线 ${p.total}，可用 ${p.usable}。`,
    en: `Memory per GPU: baseline ${p.total}, usable ${p.usable}.`,
  }),
  usable: (amount: string): Bilingual => ({ zh: `可用 ${amount}`, en: `usable ${amount}` }),
} as const;

export const familyText: { readonly [F in OptimisationFamily]: Bilingual } = {
  memory: { zh: '内存优化', en: 'memory' },
  compute: { zh: '计算优化', en: 'compute' },
  communication: { zh: '通信优化', en: 'communication' },
};

/** The family as a choice or a readout (capitalised in English). */
export const familyChoice: { readonly [F in OptimisationFamily]: Bilingual } = {
  memory: { zh: '内存优化', en: 'Memory' },
  compute: { zh: '计算优化', en: 'Compute' },
  communication: { zh: '通信优化', en: 'Communication' },
};

export const remedyText: { readonly [R in RemedyId]: Bilingual } = {
  'int4-weights-fp8-kv': { zh: 'INT4 权重 + FP8 KV', en: 'INT4 weights + FP8 KV' },
  'low-precision-flash': { zh: '8 位张量核心 + FlashAttention', en: '8-bit tensor cores + FlashAttention' },
  'int8-allreduce': { zh: 'INT8 压缩全规约', en: 'INT8-compressed all-reduce' },
  'faster-link': { zh: '换用设备自带的 NVLink', en: 'The device’s own NVLink' },
};

/** Bar labels of the time chart (the table names the technique in full). */
export const shortRemedy: { readonly [R in RemedyId]: Bilingual } = {
  'int4-weights-fp8-kv': { zh: '内存：INT4', en: 'Memory: INT4' },
  'low-precision-flash': { zh: '计算：8 位', en: 'Compute: 8-bit' },
  'int8-allreduce': { zh: '通信：压缩', en: 'Comm.: compress' },
  'faster-link': { zh: '通信：NVLink', en: 'Comm.: NVLink' },
};

export const boundText: { readonly [B in StepBound]: Bilingual } = {
  compute: { zh: '计算', en: 'compute' },
  memory: { zh: '访存', en: 'memory traffic' },
  communication: { zh: '通信', en: 'communication' },
};

export const phaseText: { readonly [P in 'prefill' | 'decode']: Bilingual } = {
  prefill: { zh: '预填充', en: 'Prefill' },
  decode: { zh: '解码', en: 'Decode' },
};

export const stopText: { readonly [S in StopId]: Bilingual } = {
  story: { zh: '70B · 2 卡解码', en: '70B · 2 GPUs' },
  'decode-1gpu': { zh: '单卡批 1 解码', en: '1-GPU decode' },
  'long-prefill': { zh: '长提示词预填充', en: 'Long prefill' },
  'tp8-pcie': { zh: 'PCIe 上 TP 8', en: 'TP 8 · PCIe' },
};

/** 表11 (view="table"): the words of its qualitative columns and the templates of its computed cells. */
export const tableText = {
  family: { zh: '策略', en: 'Strategy' },
  signal: { zh: '瓶颈信号（本场景）', en: 'Bottleneck signal (here)' },
  techniques: { zh: '典型技术', en: 'Typical techniques' },
  effect: { zh: '本场景效果', en: 'Effect here' },
  cost: { zh: '代价', en: 'Price' },
  where: { zh: '适用场景', en: 'Where it fits' },
  remedy: { zh: '引擎施加的优化', en: 'Remedy the engine applies' },
  remedyTime: { zh: '优化后一步', en: 'Step with it' },
  remedyMemory: { zh: '优化后显存', en: 'Memory with it' },
  computeShare: { zh: '计算受限份额', en: 'Compute-bound share' },
  stepTime: { zh: '一步的时间（FP16 基线）', en: 'Step time (FP16 baseline)' },
  ridge: (precision: string): Bilingual => ({ zh: `拐点（${precision}）`, en: `Ridge point (${precision})` }),
  free: { zh: '每 GPU 剩余显存（基线）', en: 'Free memory per GPU (baseline)' },
  none: { zh: '—', en: '—' },
  notHere: { zh: '不适用（单卡）', en: 'n/a (1 GPU)' },
  noFasterLink: { zh: '不适用', en: 'n/a' },
  note: {
    zh: '信号与效果由引擎为当前场景计算（效果 = FP16 基线一步 ÷ 施加该类优化后的一步）；★ = 最对症的一类。技术、代价与适用场景为定性描述。',
    en: 'Signal and effect are computed by the engine for this scenario (effect = FP16 baseline step ÷ the step with that family’s remedy); ★ = the family that helps most. Techniques, price and fit are qualitative.',
  },
  noFitNote: {
    zh: 'FP16 基线放不下：没有可比较的时间，效果列给出各类优化后是否放得下。',
    en: 'The FP16 baseline does not fit: there is no time to compare, so the effect column says whether each remedy makes it fit.',
  },
  memorySignal: (p: { share: string; fit: Bilingual }): Bilingual => ({ zh: `访存受限 ${p.share}；${p.fit.zh}`, en: `memory-bound ${p.share}; ${p.fit.en}` }),
  caption: (p: { model: string; gpus: Bilingual; phase: Bilingual; batch: string; tokens: string }): Bilingual => ({
    zh: `本场景：${p.model}，${p.gpus.zh}，${p.phase.zh}（批 ${p.batch}，${p.tokens} token）`,
    en: `This scenario: ${p.model}, ${p.gpus.en}, ${p.phase.en.toLowerCase()} (batch ${p.batch}, ${p.tokens} tokens)`,
  }),
  computeSignal: (p: { intensity: string; ridge: string; below: boolean }): Bilingual => ({
    zh: `I = ${p.intensity} ${p.below ? '<' : '≥'} 拐点 ${p.ridge}`,
    en: `I = ${p.intensity} ${p.below ? '<' : '≥'} ridge ${p.ridge}`,
  }),
  commSignal: (share: string): Bilingual => ({ zh: `通信占 ${share}`, en: `comm. ${share} of step` }),
  oneGpu: { zh: '单卡，无卡间通信', en: '1 GPU: no GPU-to-GPU traffic' },
  effectWith: (p: { effect: string; remedy: string }): Bilingual => ({ zh: `${p.effect}（${p.remedy}）`, en: `${p.effect} (${p.remedy})` }),
  fitsNow: (amount: string): Bilingual => ({ zh: `✓ 放得下（剩 ${amount}）`, en: `✓ fits (${amount} free)` }),
  stillOver: (amount: string): Bilingual => ({ zh: `✗ 仍超出 ${amount}`, en: `✗ still over by ${amount}` }),
  bestStat: (family: string): Bilingual => ({ zh: `最对症：${family}`, en: `Helps most: ${family}` }),
  familyStat: (family: string): Bilingual => ({ zh: `${family}的加速`, en: `${family} speed-up` }),
} as const;

/** 表11's qualitative columns, per family (words, as the lecture states them). */
export const familyWords: { readonly [F in OptimisationFamily]: { readonly techniques: Bilingual; readonly cost: Bilingual; readonly where: Bilingual } } = {
  memory: {
    techniques: { zh: '量化、KV 分页、卸载', en: 'Quantisation, KV paging, offloading' },
    cost: { zh: '精度风险；卸载增加延迟', en: 'Accuracy risk; offload latency' },
    where: { zh: '小显存、长上下文、解码', en: 'Small GPUs, long context, decode' },
  },
  compute: {
    techniques: { zh: '算子融合、FlashAttention、批处理', en: 'Fusion, FlashAttention, batching' },
    cost: { zh: '开发成本；大批量增加排队延迟', en: 'Engineering effort; queueing delay' },
    where: { zh: '预填充、离线大批量', en: 'Prefill, offline large batches' },
  },
  communication: {
    techniques: { zh: '重叠、压缩、拓扑感知、RDMA', en: 'Overlap, compression, topology, RDMA' },
    cost: { zh: '实现复杂；压缩有误差', en: 'Complexity; compression error' },
    where: { zh: '多卡、多机模型切分', en: 'Models split across GPUs/nodes' },
  },
};
