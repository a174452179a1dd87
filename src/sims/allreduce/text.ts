/** Interface text of the allreduce simulator (图8, 表8), both languages. */
import type { CollectiveAlgorithm } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';

export const algorithmLabel: Record<CollectiveAlgorithm, Bilingual> = {
  ring: { zh: '环形', en: 'Ring' },
  tree: { zh: '树形（二项树）', en: 'Tree (binomial)' },
  'recursive-doubling': { zh: '递归倍增', en: 'Recursive doubling' },
  'halving-doubling': { zh: '减半-倍增', en: 'Halving-doubling' },
  hierarchical: { zh: '两级层次化', en: 'Two-level hierarchical' },
};

export const text = {
  title: { zh: '全规约', en: 'All-reduce' },
  link: { zh: '链路（每个方向的带宽）', en: 'Link (bandwidth per direction)' },
  ranks: { zh: '进程（GPU）数 p', en: 'Ranks (GPUs) p' },
  algorithms: { zh: '画出的算法', en: 'Algorithms drawn' },
  view: { zh: '图', en: 'Chart' },
  viewTime: { zh: '时间', en: 'Time' },
  viewBusbw: { zh: '总线带宽', en: 'Bus bandwidth' },
  viewRing: { zh: '环形逐步', en: 'Ring steps' },
  probe: { zh: '读数处的消息大小 n（◆）', en: 'Message size read out, n (◆)' },
  probeDecode: { zh: '解码', en: 'decode' },
  sizeAxis: { zh: '消息大小 n（对数，1 KiB = 2¹⁰ 字节）', en: 'Message size n (log, 1 KiB = 2¹⁰ bytes)' },
  timeAxis: { zh: '全规约时间（对数）', en: 'All-reduce time (log)' },
  busAxis: { zh: '总线带宽（GB/s = 10⁹ 字节/秒）', en: 'Bus bandwidth (GB/s = 10⁹ bytes/s)' },
  latencyBound: { zh: '延迟受限', en: 'latency-bound' },
  bandwidthBound: { zh: '带宽受限', en: 'bandwidth-bound' },
  linkPeak: { zh: '链路单向峰值', en: 'link peak per direction' },
  hierNote: {
    zh: '两级层次化需要 ≥ 2 个 8 卡节点（进程数为 16、24…）：节点内走 NVLink 3，节点间走所选链路。',
    en: 'Two-level hierarchical needs ≥ 2 nodes of 8 (16, 24, … ranks): NVLink 3 inside a node, the chosen link between nodes.',
  },
  ringTime: (size: string): Bilingual => ({ zh: `环形全规约时间（n = ${size}）`, en: `Ring all-reduce time (n = ${size})` }),
  doubled: { zh: '链路带宽翻倍后', en: 'With twice the link bandwidth' },
  vsNow: { zh: '对比当前链路', en: 'vs this link' },
  algbw: { zh: '算法带宽 n/T', en: 'Algorithm bandwidth n/T' },
  busbw: { zh: '总线带宽（环形）', en: 'Bus bandwidth (ring)' },
  crossover: { zh: '分界点 n*（环形）', en: 'Crossover n* (ring)' },
  regime: { zh: '读数处所在区域', en: 'Regime at n' },
  fastest: { zh: '此大小下最快的算法', en: 'Fastest algorithm at this size' },
  prev: { zh: '上一步', en: 'Previous step' },
  next: { zh: '下一步', en: 'Next step' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  restart: { zh: '从头', en: 'Restart' },
  rank: { zh: 'GPU', en: 'GPU' },
  ringStart: { zh: '开始：每张卡各有一份完整向量，切成 p 块', en: 'Start: every GPU holds its whole vector, cut into p chunks' },
  ringDone: { zh: '完成：每张卡的每一块都是全部 p 份之和', en: 'Done: every chunk on every GPU is the sum of all p' },
  ringRs: (s: number, n: number, p: number): Bilingual => ({
    zh: `reduce-scatter 第 ${s}/${n} 步：每张卡把一块（n/${p}）发给下一张，对方累加`,
    en: `Reduce-scatter step ${s} of ${n}: each GPU sends one chunk (n/${p}) to the next, which adds it`,
  }),
  ringAg: (s: number, n: number, p: number): Bilingual => ({
    zh: `all-gather 第 ${s}/${n} 步：每张卡转发一块已归约好的结果（n/${p}）`,
    en: `All-gather step ${s} of ${n}: each GPU forwards one fully reduced chunk (n/${p})`,
  }),
  ringLegend: { zh: '填充 = 已累加的份数 / p；✓ = 全部 p 份之和；粗框 = 本步发送的块', en: 'Fill = contributions summed / p; ✓ = the full sum; thick border = chunk sent this step' },
  ringCap: (p: number): Bilingual => ({ zh: `动画画出 ${p} 张卡（进程更多时步骤相同，只是更多）`, en: `Drawn for ${p} GPUs (more ranks: the same steps, just more of them)` }),
  question: (p: { link: string; size: string; ranks: number }): Bilingual => ({
    zh: `把 ${p.link} 的带宽翻倍，${p.ranks} 卡上一次 ${p.size} 的全规约会快一倍吗？`,
    en: `Double the bandwidth of ${p.link}: does a ${p.size} all-reduce on ${p.ranks} GPUs get twice as fast?`,
  }),
  yes: { zh: '会，大约快一倍', en: 'Yes, about 2×' },
  some: { zh: '快一些，但远不到一倍', en: 'Faster, but far from 2×' },
  none: { zh: '几乎不变', en: 'Hardly changes' },
  explanation: (p: { ratio: string; size: string; nStar: string; latencyBound: boolean }): Bilingual => (p.latencyBound
    ? {
      zh: `带宽翻倍只让时间变为原来的 ${p.ratio}：${p.size} 在分界点 n* ≈ ${p.nStar} 左侧，α 项（启动延迟）占大头，带宽帮不上忙。`,
      en: `Doubling bandwidth only scales the time by ${p.ratio}: ${p.size} sits left of n* ≈ ${p.nStar}, where the α (start-up) terms dominate and bandwidth cannot help.`,
    }
    : {
      zh: `带宽翻倍让时间变为原来的 ${p.ratio}：${p.size} 在分界点 n* ≈ ${p.nStar} 右侧，带宽项占大头。`,
      en: `Doubling bandwidth scales the time by ${p.ratio}: ${p.size} sits right of n* ≈ ${p.nStar}, where the bandwidth terms dominate.`,
    }),
  chartLabel: (link: string, p: number, nStar: string): Bilingual => ({
    zh: `${link}、${p} 个进程的全规约时间与消息大小（对数坐标）；环形的分界点 n* ≈ ${nStar}`,
    en: `All-reduce time vs message size on ${link} with ${p} ranks (log-log); ring crossover n* ≈ ${nStar}`,
  }),
  chartLabelMasked: (link: string, p: number): Bilingual => ({
    zh: `${link}、${p} 个进程的全规约时间与消息大小（对数坐标）`,
    en: `All-reduce time vs message size on ${link} with ${p} ranks (log-log)`,
  }),
  busLabel: (link: string, p: number): Bilingual => ({ zh: `${link}、${p} 个进程的总线带宽与消息大小`, en: `Bus bandwidth vs message size on ${link} with ${p} ranks` }),
  ringLabel: (p: number, step: string): Bilingual => ({ zh: `${p} 张卡的环形全规约，${step}`, en: `Ring all-reduce on ${p} GPUs, ${step}` }),
  takeaway: (nStar: string): Bilingual => ({
    zh: `n* ≈ ${nStar} 以下时间几乎不随消息变小——那里要减少消息次数和 α，提高带宽没用；以上才是带宽说了算。`,
    en: `Below n* ≈ ${nStar} time hardly shrinks with the message: cut messages and α there, bandwidth won’t help; above it, bandwidth rules.`,
  }),
  /* 表8 */
  hardware: { zh: 'GPU（计算时间）', en: 'GPU (compute time)' },
  batch: { zh: '批大小 b', en: 'Batch b' },
  prompt: { zh: '提示词长度 s（预填充；解码时为上下文）', en: 'Prompt length s (prefill; the context in decode)' },
  tokens: { zh: 'token', en: 'tokens' },
  phase: { zh: '阶段', en: 'Phase' },
  decode: { zh: '解码一步', en: 'One decode step' },
  prefill: { zh: '一次预填充', en: 'One prefill' },
  tableModel: { zh: '读数与高亮的模型', en: 'Model read out (highlighted)' },
  model: { zh: '模型', en: 'Model' },
  hl: { zh: 'h × 层数', en: 'h × layers' },
  traffic: { zh: '每步通信量', en: 'Traffic per step' },
  perToken: { zh: '每个解码步的通信量', en: 'Traffic per decode step' },
  perPrefill: { zh: '每次预填充的通信量', en: 'Traffic per prefill' },
  comm: (tp: number): Bilingual => ({ zh: `TP=${tp} 通信`, en: `TP=${tp} comm` }),
  compute: (tp: number): Bilingual => ({ zh: `TP=${tp} 计算`, en: `TP=${tp} compute` }),
  readComm: (model: string, tp: number): Bilingual => ({ zh: `${model}，TP=${tp} 通信`, en: `${model}, TP=${tp} comm` }),
  readCompute: (model: string, tp: number): Bilingual => ({ zh: `${model}，TP=${tp} 计算`, en: `${model}, TP=${tp} compute` }),
  readTraffic: (model: string): Bilingual => ({ zh: `${model}，每步通信量`, en: `${model}, traffic per step` }),
  tableCaption: (p: { link: string; phase: Bilingual; batch: number }): Bilingual => ({
    zh: `每张卡的张量并行通信与计算时间：${p.link}，${p.phase.zh}，批大小 ${p.batch}；▲ = 通信比计算还长`,
    en: `Tensor-parallel communication and compute per GPU: ${p.link}, ${p.phase.en.toLowerCase()}, batch ${p.batch}; ▲ = communication longer than compute`,
  }),
  tableNote: {
    zh: '通信量 = 2 次全规约 × 层数 × b·s·h × 2 字节（FP16），与 TP 度无关；通信时间按所选链路上的环形全规约（α-β 模型，峰值带宽）；计算时间是每张卡上的算子时间（屋顶线模型，含实际效率）。',
    en: 'Traffic = 2 all-reduces × layers × b·s·h × 2 bytes (FP16), whatever the TP degree; comm = ring all-reduce on the chosen link (α-β model, peak bandwidth); compute = per-GPU operator time (roofline with realistic efficiency).',
  },
  tableStageNote: { zh: '高亮行 = 右侧读数的模型。全部模型、GPU、批大小与提示长度在“探索”视图中。', en: 'Highlighted row = the model read out on the right. Every model, GPU, batch and prompt length are in the Explore view.' },
  tableTakeaway: {
    zh: 'TP 度翻倍，每卡计算约减半，通信却几乎不降——解码步的通信最先追上计算。',
    en: 'Doubling TP roughly halves compute per GPU while communication barely falls — in decode it catches up with compute first.',
  },
} as const;
