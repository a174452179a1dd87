/** Interface text of the comm-methods simulator (图9, 表9), both languages. */
import type { CompressionKind } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';
import type { MethodId } from './scenario.ts';

export const text = {
  title: { zh: '通信优化方法', en: 'Communication methods' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: 'GPU', en: 'GPU' },
  link: { zh: '链路（每个方向的带宽）', en: 'Link (bandwidth per direction)' },
  tp: { zh: '张量并行度 TP', en: 'Tensor parallelism TP' },
  phase: { zh: '阶段', en: 'Phase' },
  prefill: { zh: '预填充', en: 'Prefill' },
  decode: { zh: '解码一步', en: 'One decode step' },
  batch: { zh: '批大小 b', en: 'Batch b' },
  prompt: { zh: '提示词长度（解码时为上下文）', en: 'Prompt length (the context in decode)' },
  tokens: { zh: 'token', en: 'tokens' },
  percent: { zh: '%', en: '%' },
  methods: { zh: '通信优化方法', en: 'Communication methods' },
  compression: { zh: '压缩（FP16 = 不压缩）', en: 'Compression' },
  density: { zh: 'Top-k 保留比例 k/E', en: 'Top-k kept share k/E' },
  async: { zh: '异步通信（重叠）', en: 'Asynchronous' },
  chunked: { zh: '分片传输', en: 'Chunked transfer' },
  chunks: { zh: '每条消息的分片数 c', en: 'Chunks per message c' },
  priority: { zh: '优先级传输', en: 'Priority transmission' },
  merging: { zh: '合并小消息', en: 'Merging messages' },
  bucket: { zh: '合并的桶大小（字节）', en: 'Bucket size (bytes)' },
  background: { zh: '同一链路上的后台传输（KV cache 迁移，字节）', en: 'Background transfer on the same link (KV-cache migration, bytes)' },
  page: { zh: '后台传输每页字节数', en: 'Bytes per background page' },
  baselineRow: { zh: '基线', en: 'Baseline' },
  optimisedRow: { zh: '已开启的方法', en: 'With the methods on' },
  optimisedMasked: { zh: '已开启的方法：？ 先回答下面的问题', en: 'With the methods on: ? answer the question below first' },
  computeLane: { zh: '计算', en: 'compute' },
  linkLane: { zh: '链路', en: 'link' },
  axis: (layers: number, total: number): Bilingual => ({ zh: `时间（毫秒）：前 ${layers} 层（共 ${total} 层）`, en: `Time (ms): first ${layers} of ${total} layers` }),
  chartLabel: (base: string, now: string): Bilingual => ({
    zh: `前两层的计算与链路时间线。整步：基线 ${base}，开启方法后 ${now}`,
    en: `Compute and link timeline of the first two layers. Whole step: baseline ${base}, with the methods ${now}`,
  }),
  chartLabelMasked: (base: string): Bilingual => ({
    zh: `前两层的计算与链路时间线。整步：基线 ${base}；开启方法后的时间线先隐藏，回答问题后显示`,
    en: `Compute and link timeline of the first two layers. Whole step: baseline ${base}; the timeline with the methods is hidden until the question is answered`,
  }),
  legend: {
    zh: 'A = 注意力，P = MLP（蓝色实心）；AR = 全规约（绿色横纹）；bg = 后台页（朱红斜纹）；enc/dec = 压缩与解压（紫色网格）；灰色 = 计算在等通信（停顿）',
    en: 'A = attention, P = MLP (blue, solid); AR = all-reduce (green, lines); bg = background pages (vermillion, diagonal); enc/dec = compress/decompress (purple, grid); grey = compute waiting (stall)',
  },
  step: { zh: '整步时间', en: 'Step time' },
  stall: { zh: '停顿（计算等通信）', en: 'Stall (compute waiting)' },
  stallShare: { zh: '停顿占比', en: 'Stall share' },
  messageBytes: { zh: '每条全规约消息', en: 'Bytes per all-reduce message' },
  messages: { zh: '链路上的消息数', en: 'Messages on the link' },
  codec: { zh: '压缩/解压时间', en: 'Compress/decompress time' },
  bestChunks: { zh: '最优分片数', en: 'Best chunk count' },
  vsBaseline: { zh: '对比基线', en: 'vs baseline' },
  topkWorse: {
    zh: '值加 32 位索引的字节比稠密 FP16 还多：保留比例要低于 1/3 才省字节，而全收集还要乘以 p。',
    en: 'Values plus 32-bit indices take more bytes than dense FP16: keep under 1/3 to save bytes at all, and the all-gather multiplies by p.',
  },
  noSplit: { zh: '批大小为 1 的解码无法拆成两半：异步通信在此无效。', en: 'A batch-1 decode step cannot be split in two: asynchrony has nothing to overlap here.' },
  asyncSlower: {
    zh: '两半各自重新读取一遍权重（解码受内存带宽限制），计算时间增加得比省下的停顿还多。',
    en: 'Each half re-reads the weights (decode is memory-bound), so compute grows by more than the stall saved.',
  },
  takeaway: {
    zh: '看灰色停顿：压缩与分片减少或藏起字节，合并少付 α，异步与优先级把通信挪出关键路径。',
    en: 'Watch the grey stall: compression and chunking shrink or hide bytes, merging pays α less often, overlap and priority move waits off the critical path.',
  },
  question: (p: { model: string; phase: Bilingual; link: string }): Bilingual => ({
    zh: `${p.model}、${p.phase.zh}、${p.link}：打开 INT8 压缩，整步时间能缩短 5% 以上吗？`,
    en: `${p.model}, ${p.phase.en.toLowerCase()}, ${p.link}: does INT8 compression cut the step time by more than 5 %?`,
  }),
  qBig: { zh: '能，缩短 5% 以上', en: 'Yes, by more than 5 %' },
  qSmall: { zh: '不能，不到 5%', en: 'No, by less than 5 %' },
  explanation: (p: { change: string; commShare: string; big: boolean }): Bilingual => (p.big
    ? {
      zh: `引擎给出：${p.change}。通信停顿占整步的 ${p.commShare}，消息大、落在带宽受限区，字节减半省下的时间超过了压缩/解压。`,
      en: `The engine says ${p.change}. The stall is ${p.commShare} of the step and the messages are large — bandwidth-bound — so halving the bytes saves more than the codec costs.`,
    }
    : {
      zh: `引擎给出：${p.change}。通信停顿只占整步的 ${p.commShare}；每次全规约还要付启动延迟和压缩/解压，字节减半省不下多少。`,
      en: `The engine says ${p.change}. The stall is only ${p.commShare} of the step, and each all-reduce still pays its start-up latency and the codec, so halving the bytes saves little.`,
    }),
  /* 表9 */
  tableCaption: (p: { model: string; phase: Bilingual; link: string }): Bilingual => ({
    zh: `${p.model}、${p.phase.zh}、${p.link}：每行只开启一种方法，与同一基线比较`,
    en: `${p.model}, ${p.phase.en.toLowerCase()}, ${p.link}: each row turns on one method, against the same baseline`,
  }),
  method: { zh: '方法', en: 'Method' },
  change: { zh: '整步时间 对比基线', en: 'Step time vs baseline' },
  cost: { zh: '代价', en: 'Price' },
  helps: { zh: '何时有效', en: 'When it helps' },
  allOn: { zh: '全部开启', en: 'All methods on' },
  baselineStep: { zh: '基线整步时间', en: 'Baseline step time' },
  tableNote: {
    zh: '压缩用所选格式（未选时用 INT8），分片用所选分片数；最后一行全部开启。▼ = 比基线快，▲ = 比基线慢。',
    en: 'Compression in the chosen format (INT8 if none), chunking at the chosen count; the last row turns them all on. ▼ = faster than the baseline, ▲ = slower.',
  },
  tableTakeaway: {
    zh: '没有一种方法处处最好：带宽受限时压缩和分片收益大，延迟受限时合并与重叠更有效。',
    en: 'No method wins everywhere: compression and chunking pay when bandwidth-bound, merging and overlap when latency-bound.',
  },
  costCompression: (p: { codec: string; topk: boolean; dropped: string }): Bilingual => ({
    zh: `压缩/解压 ${p.codec}；${p.topk ? `丢弃 ${p.dropped} 的值` : '量化误差'}`,
    en: `codec ${p.codec}; ${p.topk ? `drops ${p.dropped} of values` : 'rounding error'}`,
  }),
  costAsyncCompute: (extra: string): Bilingual => ({ zh: `两半各算一遍：计算 +${extra}`, en: `halves: compute +${extra}` }),
  costAsync: { zh: '两条 CUDA 流与额外缓冲区', en: 'two streams, extra buffers' },
  costChunked: (n: string): Bilingual => ({ zh: `多 ${n} 条消息，每条付 α`, en: `+${n} messages, α each` }),
  costPriority: (later: string): Bilingual => ({ zh: `后台传输晚完成 ${later}`, en: `background ${later} later` }),
  costMerging: (bucket: string): Bilingual => ({ zh: `${bucket} 拼包缓冲区；大桶不可抢占`, en: `${bucket} buffer; no preemption` }),
  dash: { zh: '—', en: '—' },
  memory: (usable: string): Bilingual => ({ zh: `每张 GPU 的显存（可用 ${usable}）`, en: `Memory per GPU (${usable} usable)` }),
  fits: { zh: '✓ 放得下', en: '✓ fits' },
  overByShort: (over: string): Bilingual => ({ zh: `✕ 超出 ${over}`, en: `✕ over by ${over}` }),
  notRun: { zh: '放不下，无法运行', en: 'does not fit: cannot run' },
  doesNotFit: (p: { model: string; tp: number; hardware: string; needs: string; usable: string; over: string }): Bilingual => ({
    zh: `${p.model}（张量并行，${p.tp} × ${p.hardware}）放不下：每张 GPU 需要 ${p.needs}，可用 ${p.usable}，超出 ${p.over}。这种配置无法运行，所以不显示整步时间和时间线。`,
    en: `${p.model} (tensor parallel over ${p.tp} × ${p.hardware}) does not fit: it needs ${p.needs} per GPU of ${p.usable} usable, over by ${p.over}. It cannot run, so no step time or timeline is shown.`,
  }),
} as const;

export const methodLabel: Record<MethodId, Bilingual> = {
  baseline: { zh: '基线（串行，先到先发）', en: 'Baseline (serial, FIFO)' },
  compression: { zh: '压缩通信', en: 'Compression' },
  async: { zh: '异步通信（重叠）', en: 'Asynchronous' },
  chunked: { zh: '分片传输', en: 'Chunked transfer' },
  priority: { zh: '优先级传输', en: 'Priority transmission' },
  merging: { zh: '合并小消息', en: 'Merging (MG-WFBP)' },
  all: { zh: '全部开启', en: 'All on' },
};

export const methodHelps: Record<MethodId, Bilingual> = {
  baseline: { zh: '—', en: '—' },
  compression: { zh: '带宽受限：大消息、慢链路', en: 'Bandwidth-bound: big messages, slow links' },
  async: { zh: '计算可拆分且受算力限制', en: 'Splittable, compute-bound work' },
  chunked: { zh: '大消息、α 小', en: 'Big messages, small α' },
  priority: { zh: '关键消息与大批量传输争用链路', en: 'Urgent messages share the link with bulk' },
  merging: { zh: '很多小消息、α 大', en: 'Many small messages, large α' },
  all: { zh: '—', en: '—' },
};

export const compressionLabel: Record<CompressionKind, Bilingual> = {
  none: { zh: 'FP16', en: 'FP16' },
  int8: { zh: 'INT8', en: 'INT8' },
  fp8: { zh: 'FP8', en: 'FP8' },
  topk: { zh: 'Top-k', en: 'Top-k' },
};
