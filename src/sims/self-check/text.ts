/** Interface text of the self-check simulator, both languages. */
import type { StepBound } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';
import type { ExerciseKind, Family, GivenKey, KvFormat, WeightFormat } from './exercise.ts';
import type { AnswerQuantity, ParseFailure } from './parseAnswer.ts';
import type { Slip } from './grade.ts';

/** A name as the question prints it: the same in both languages (a model) or not (a device, a link). */
type Name = string | Bilingual;
const zh = (n: Name) => (typeof n === 'string' ? n : n.zh);
const en = (n: Name) => (typeof n === 'string' ? n : n.en);

export const KIND_NAMES: Readonly<Record<ExerciseKind, Bilingual>> = {
  'kv-cache': { zh: 'KV cache 有多大', en: 'How big is the KV cache' },
  fit: { zh: '放得下吗', en: 'Does it fit' },
  'ridge-point': { zh: '屋顶线拐点', en: 'Ridge point' },
  'decode-time': { zh: '解码一步要多久', en: 'Decode step time' },
  allreduce: { zh: '环形 All-Reduce 要多久', en: 'Ring all-reduce time' },
  bound: { zh: '受什么限制', en: 'Which bound' },
};

export const FAMILY_NAMES: Readonly<Record<Family, Bilingual>> = {
  memory: { zh: '内存', en: 'Memory' },
  compute: { zh: '计算', en: 'Compute' },
  communication: { zh: '通信', en: 'Communication' },
  mixed: { zh: '三者综合', en: 'All three' },
};

export const BOUND_NAMES: Readonly<Record<StepBound, Bilingual>> = {
  compute: { zh: '算力（计算受限）', en: 'Compute' },
  memory: { zh: '显存带宽（访存受限）', en: 'Memory bandwidth' },
  communication: { zh: '通信', en: 'Communication' },
};

export const GIVEN_NAMES: Readonly<Record<GivenKey, Bilingual>> = {
  params: { zh: '参数量', en: 'Parameters' },
  weightBits: { zh: '每个权重的位数', en: 'Bits per weight' },
  layers: { zh: '层数', en: 'Layers' },
  kvHeads: { zh: 'KV 头数', en: 'KV heads' },
  headDim: { zh: '每头维度', en: 'Head dimension' },
  kvBits: { zh: 'KV 每个元素的位数', en: 'Bits per KV element' },
  tokens: { zh: '每条序列的 token 数', en: 'Tokens per sequence' },
  batch: { zh: '批大小', en: 'Batch' },
  weights: { zh: '权重（该格式）', en: 'Weights (in this format)' },
  activationsWorkspace: { zh: '激活峰值 + 工作区', en: 'Activation peak + workspace' },
  capacity: { zh: '显存容量', en: 'Memory capacity' },
  usable: { zh: '可用比例', en: 'Usable share' },
  peak: { zh: '稠密峰值算力', en: 'Dense peak compute' },
  bandwidth: { zh: '显存带宽', en: 'Memory bandwidth' },
  ranks: { zh: 'GPU 数', en: 'GPUs' },
  message: { zh: '消息大小', en: 'Message size' },
  latency: { zh: '每条消息的启动延迟 α', en: 'Start-up latency per message α' },
  linkBandwidth: { zh: '链路带宽（每方向）', en: 'Link bandwidth (per direction)' },
  ridge: { zh: '屋顶线拐点（FP16）', en: 'Ridge point (FP16)' },
};

export const QUANTITY_UNITS: Readonly<Record<AnswerQuantity, string>> = {
  bytes: 'GiB, GB, MiB, MB, B',
  seconds: 'ms, µs, s, ns',
  intensity: 'FLOP/B',
};

const QUANTITY_NAMES: Readonly<Record<AnswerQuantity, Bilingual>> = {
  bytes: { zh: '字节数（显存）', en: 'a memory size' },
  seconds: { zh: '时间', en: 'a time' },
  intensity: { zh: '算术强度', en: 'an arithmetic intensity' },
};

const WEIGHT_FORMATS: Readonly<Record<WeightFormat, Bilingual>> = {
  fp16: { zh: 'FP16', en: 'FP16' },
  int8: { zh: 'INT8', en: 'INT8' },
  int4: { zh: 'INT4（分组 128，FP16 缩放）', en: 'INT4 (group 128, FP16 scales)' },
};
const KV_FORMATS: Readonly<Record<KvFormat, string>> = { fp16: 'FP16', fp8: 'FP8', int8: 'INT8' };

export const PHASE_NAMES: Readonly<Record<'prefill' | 'decode', Bilingual>> = {
  prefill: { zh: '预填充', en: 'prefill' },
  decode: { zh: '解码', en: 'decode' },
};

/** Numbers in questions arrive formatted (counts with separators, sizes with units). */
export const question = {
  'kv-cache': (p: { model: string; batch: string; tokens: string; kv: KvFormat }): Bilingual => ({
    zh: `${p.model} 在批大小 ${p.batch}、每条序列 ${p.tokens} 个 token、KV cache 以 ${KV_FORMATS[p.kv]} 存储时，KV cache 一共占多少显存？`,
    en: `How much memory does the KV cache of ${p.model} take at batch ${p.batch}, ${p.tokens} tokens per sequence, stored in ${KV_FORMATS[p.kv]}?`,
  }),
  fit: (p: { model: string; weights: WeightFormat; batch: string; tokens: string; device: Name }): Bilingual => ({
    zh: `${p.model}（${WEIGHT_FORMATS[p.weights].zh} 权重，FP16 KV cache）以批大小 ${p.batch}、上下文 ${p.tokens} 个 token 运行，能放进一张 ${zh(p.device)} 吗？还剩多少，或差多少？`,
    en: `Does ${p.model} with ${WEIGHT_FORMATS[p.weights].en} weights and an FP16 KV cache, at batch ${p.batch} and ${p.tokens} tokens of context, fit on one ${en(p.device)}? With how much to spare, or short by how much?`,
  }),
  'ridge-point': (p: { device: Name; precision: string }): Bilingual => ({
    zh: `${zh(p.device)} 在 ${p.precision} 下的屋顶线拐点（算术强度）是多少？`,
    en: `Where is the ridge point of ${en(p.device)} at ${p.precision}: at what arithmetic intensity?`,
  }),
  'decode-time': (p: { model: string; device: Name; batch: string; tokens: string }): Bilingual => ({
    zh: `在理想屋顶线上（没有效率损失），${p.model}（FP16）在一张 ${zh(p.device)} 上以批大小 ${p.batch}、上下文 ${p.tokens} 个 token 解码，每一步要多久？`,
    en: `On the ideal roofline (no efficiency losses), how long does one decode step of ${p.model} in FP16 take on one ${en(p.device)} at batch ${p.batch} with ${p.tokens} tokens of context?`,
  }),
  allreduce: (p: { size: string; ranks: string; link: Name }): Bilingual => ({
    zh: `用环形算法在 ${p.ranks} 张 GPU 之间经 ${zh(p.link)} 对一条 ${p.size} 的消息做 All-Reduce，需要多久？`,
    en: `How long does a ring all-reduce of a ${p.size} message take across ${p.ranks} GPUs over ${en(p.link)}?`,
  }),
  bound: (p: { model: string; device: Name; tp: number; link: Name | null; phase: 'prefill' | 'decode'; batch: string; tokens: string }): Bilingual => ({
    zh: `${p.model} 在${p.tp === 1 ? '一' : ` ${p.tp} `}张 ${zh(p.device)} 上${p.link === null ? '' : `（经 ${zh(p.link)} 互连）`}做${PHASE_NAMES[p.phase].zh}，批大小 ${p.batch}、${p.tokens} 个 token（FP16、未融合的注意力）：这一步主要受什么限制？`,
    en: `${p.model} on ${p.tp === 1 ? 'one' : `${p.tp}×`} ${en(p.device)}${p.link === null ? '' : ` linked by ${en(p.link)}`}, ${PHASE_NAMES[p.phase].en} at batch ${p.batch} with ${p.tokens} tokens (FP16, unfused attention): what bounds this step?`,
  }),
};

export const parseMessage = (reason: ParseFailure, quantity: AnswerQuantity): Bilingual => {
  const units = QUANTITY_UNITS[quantity];
  switch (reason) {
    case 'empty': return { zh: '请先填一个数', en: 'Type a number first' };
    case 'tooLong': return { zh: '太长了：一个数加一个单位就够了', en: 'Too long: a number and a unit are enough' };
    case 'notNumber': return { zh: '读不出一个数：可以写 12.5、1,234.5、1 234,5 或 1.2e-3', en: 'Not a number: write e.g. 12.5, 1,234.5, 1 234,5 or 1.2e-3' };
    case 'unknownUnit': return { zh: `不认识这个单位：可用 ${units}`, en: `Unknown unit: use ${units}` };
    case 'ambiguousUnit': return { zh: `单位不明确：请写全，例如 ${units}`, en: `Ambiguous unit: spell it out, e.g. ${units}` };
    case 'wrongUnit': return { zh: `单位不对：这里问的是${QUANTITY_NAMES[quantity].zh}，可用 ${units}`, en: `Wrong kind of unit: this asks for ${QUANTITY_NAMES[quantity].en}; use ${units}` };
    case 'outOfRange': return { zh: '这个数太大了', en: 'That number is too large' };
  }
};

export const slipHint: Readonly<Record<Slip, Bilingual>> = {
  gbGib: { zh: '看起来把 GB 和 GiB 混用了：1 GiB = 2³⁰ 字节 ≈ 1.074 GB。', en: 'This looks like GB and GiB mixed up: 1 GiB = 2³⁰ bytes ≈ 1.074 GB.' },
  factor2: { zh: '正好差一倍：K 和 V 都算了吗？每个 FP16 值是 2 字节；环形 All-Reduce 要走两遍（先 reduce-scatter 再 all-gather）。', en: 'Off by exactly 2: did you count both K and V, 2 bytes per FP16 value, and both passes of the ring (reduce-scatter, then all-gather)?' },
  factor1000: { zh: '差了约 1000 倍：检查单位前缀（k/M/G、ms/µs）。', en: 'Off by about 1000: check the unit prefixes (k/M/G, ms/µs).' },
};

export const text = {
  title: { zh: '自测', en: 'Self-check' },
  kind: { zh: '题型', en: 'Kind of exercise' },
  seed: { zh: '题号（同一题号总是同一道题）', en: 'Exercise number (the same number always gives the same exercise)' },
  another: { zh: '再来一道同类题', en: 'Another one like this' },
  resetScore: { zh: '得分清零', en: 'Reset the score' },
  resetScoreHint: { zh: '清除所有题型的得分与进度', en: 'Clear the score and progress of every kind' },
  exercise: (n: number): Bilingual => ({ zh: `第 ${n} 题`, en: `Exercise ${n}` }),
  givens: { zh: '已知', en: 'Given' },
  answer: { zh: '你的答案', en: 'Your answer' },
  answerHint: (unit: string): Bilingual => ({ zh: `不写单位即按 ${unit}；也可写 GB、ms 等，会自动换算`, en: `Without a unit it is read in ${unit}; GB, ms and so on are converted` }),
  margin: { zh: '还剩 / 还差多少', en: 'Spare or short by' },
  check: { zh: '检查', en: 'Check' },
  readsAs: (v: string): Bilingual => ({ zh: `读作 ${v}`, en: `reads as ${v}` }),
  fits: { zh: '放得下', en: 'Fits' },
  doesNotFit: { zh: '放不下', en: 'Does not fit' },
  fitChoice: { zh: '放得下吗？', en: 'Does it fit?' },
  pickFit: { zh: '先选“放得下”或“放不下”', en: 'Pick “fits” or “does not fit” first' },
  boundChoice: { zh: '这一步受什么限制？', en: 'What bounds this step?' },
  right: { zh: '✓ 正确', en: '✓ Correct' },
  wrong: { zh: '✕ 不对', en: '✕ Not quite' },
  numberFeedback: (p: { yours: string; engine: string; error: string; tolerance: string }): Bilingual => ({
    zh: `你的 ${p.yours}，引擎给出 ${p.engine}（相差 ${p.error}，允许 ±${p.tolerance}）。`,
    en: `Yours ${p.yours}, the engine's ${p.engine} (${p.error} off; ±${p.tolerance} accepted).`,
  }),
  typedAs: (shown: string, typed: string): string => `${shown} (= ${typed})`,
  boundFeedback: (p: { yours: Bilingual; engine: Bilingual }): Bilingual => ({
    zh: `你选了「${p.yours.zh}」，引擎的答案是「${p.engine.zh}」：三部分时间里最大的那一项决定瓶颈。`,
    en: `You picked ${p.yours.en}; the engine says ${p.engine.en}: the largest of the three times is the bound.`,
  }),
  fitFeedback: (p: { yoursFits: boolean; engineFits: boolean; yours: string; engine: string; error: string; tolerance: string }): Bilingual => ({
    zh: `你答「${p.yoursFits ? '放得下' : '放不下'}，${p.yours}」；引擎：${p.engineFits ? '放得下，还剩' : '放不下，还差'} ${p.engine}（相差 ${p.error}，允许 ±${p.tolerance}）。`,
    en: `You said ${p.yoursFits ? 'fits' : 'does not fit'}, ${p.yours}; the engine: ${p.engineFits ? 'fits with' : 'short by'} ${p.engine}${p.engineFits ? ' to spare' : ''} (${p.error} off; ±${p.tolerance} accepted).`,
  }),
  counted: { zh: '已计入得分。', en: 'Counted in your score.' },
  alreadyCounted: { zh: '这道题之前已计过分，这次不再计入。', en: 'This exercise was already counted; this check is not.' },
  engineAnswer: { zh: '引擎的答案', en: 'The engine’s answer' },
  yourAnswer: { zh: '你的答案', en: 'Your answer' },
  freeMemory: { zh: '剩余显存（负 = 差多少）', en: 'Free memory (negative = short by)' },
  stepTime: { zh: '这一步的时间', en: 'Time of this step' },
  ridgeUsed: { zh: '屋顶线拐点（FP16）', en: 'Ridge point (FP16)' },
  kvUsed: { zh: 'KV cache', en: 'KV cache' },
  weightsUsed: { zh: '权重', en: 'Weights' },
  boundIs: (b: Bilingual): Bilingual => ({ zh: `受${b.zh}限制`, en: `${b.en}-bound` }),
  thisKind: { zh: '本题型得分', en: 'This kind' },
  allKinds: { zh: '全部题型', en: 'All kinds' },
  score: (correct: number, attempted: number): Bilingual => ({
    zh: attempted === 0 ? '还没做过' : `${correct} / ${attempted} 正确`,
    en: attempted === 0 ? 'none yet' : `${correct} of ${attempted} correct`,
  }),
  progressCaption: { zh: '每种题型的进度（保存在本机浏览器中）', en: 'Progress per kind (kept in this browser)' },
  family: { zh: '方向', en: 'Family' },
  attempted: { zh: '做过', en: 'Attempted' },
  correct: { zh: '做对', en: 'Correct' },
  solution: { zh: '解答：引擎的推导，用的正是这道题的数', en: 'Worked solution: the engine’s derivation, with this exercise’s numbers' },
  solutionPending: { zh: '先作答，解答随后出现。', en: 'Answer first; the worked solution appears after.' },
  formats: { zh: '答案的写法', en: 'How to write an answer' },
  formatsBody: {
    zh: '可以写 12.5、1,234.5、1 234,5、１２３（全角数字）、1.2e-3 或 1.2×10⁻³；单位可加可不加，如 12.5 GiB、12.5GB（按 1 GB = 10⁹ 字节换算）、3.2 ms、3200 µs、153 FLOP/B。只写 G、M 这样的前缀时会请你写全，因为 GB 与 GiB 相差 7.4%。',
    en: 'Write 12.5, 1,234.5, 1 234,5, １２３ (full-width digits), 1.2e-3 or 1.2×10⁻³; with or without a unit: 12.5 GiB, 12.5GB (converted at 1 GB = 10⁹ bytes), 3.2 ms, 3200 µs, 153 FLOP/B. A bare prefix such as G or M is sent back to be spelled out, since GB and GiB differ by 7.4%.',
  },
  takeaway: {
    zh: '先估算——字节 ÷ 带宽、FLOPs ÷ 峰值、消息 ÷ 链路——再对照引擎的推导：估算与引擎相差的地方，正是模型里值得细看的那一项。',
    en: 'Estimate first — bytes over bandwidth, FLOPs over peak, message over link — then compare with the engine’s working: where they differ is the term worth a closer look.',
  },
  bits: { zh: '位', en: 'bits' },
} as const;

export const weightFormatName = (w: WeightFormat): Bilingual => WEIGHT_FORMATS[w];
