/** Interface text of the parallel-timeline simulator (图10), both languages. */
import type { Bilingual } from '../../i18n/index.ts';

export const text = {
  title: { zh: '并行推理时间线', en: 'Parallel inference timeline' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: 'GPU', en: 'GPU' },
  mode: { zh: '并行方式', en: 'Parallelism' },
  tp: { zh: '张量并行', en: 'Tensor' },
  pp: { zh: '流水线并行', en: 'Pipeline' },
  phase: { zh: '阶段', en: 'Phase' },
  decode: { zh: '解码', en: 'Decode' },
  prefill: { zh: '预填充', en: 'Prefill' },
  degree: { zh: 'GPU 数', en: 'GPUs' },
  batch: { zh: '批大小（并发请求）', en: 'Batch (concurrent requests)' },
  tokens: { zh: '上下文长度（预填充时为提示长度）', en: 'Context length (prompt length in prefill)' },
  tokensUnit: { zh: 'token', en: 'tokens' },
  overlap: { zh: '计算与通信重叠', en: 'Overlap' },
  microBatches: { zh: '微批次数', en: 'Micro-batches' },
  topology: { zh: '拓扑', en: 'Topology' },
  transport: { zh: '传输协议（跨节点链路）', en: 'Transport (network links)' },
  transportNa: { zh: '节点内 GPU 直连（GPUDirect P2P），传输协议不适用', en: 'Inside one node GPUs talk peer-to-peer (GPUDirect P2P): transport does not apply' },
  compute: { zh: '计算', en: 'compute' },
  comm: { zh: '通信', en: 'comm' },
  attention: { zh: '注意力', en: 'Attention' },
  mlp: { zh: 'MLP', en: 'MLP' },
  allReduce: { zh: '全规约', en: 'All-Reduce' },
  codec: { zh: '压缩/解压', en: 'Compress/decompress' },
  other: { zh: '嵌入/输出层', en: 'Embedding/LM head' },
  stage: { zh: '阶段计算', en: 'Stage compute' },
  send: { zh: '段间发送', en: 'Stage send' },
  gpu: (i: number): Bilingual => ({ zh: `GPU ${i}`, en: `GPU ${i}` }),
  axis: { zh: '时间（单位随刻度）', en: 'Time (unit on each tick)' },
  stepTime: { zh: '一步用时', en: 'Step time' },
  exposed: { zh: '暴露的通信（GPU 在等）', en: 'Exposed comm (GPUs waiting)' },
  bubble: { zh: '气泡比例', en: 'Bubble fraction' },
  bubbleValue: (share: string, gpipe: string): Bilingual => ({ zh: `${share}（GPipe ${gpipe}）`, en: `${share} (GPipe ${gpipe})` }),
  throughput: { zh: '吞吐', en: 'Throughput' },
  tokPerS: { zh: 'token/s', en: 'tokens/s' },
  oneAllReduce: { zh: '一次全规约', en: 'One All-Reduce' },
  oneSend: { zh: '一次段间发送', en: 'One stage-to-stage send' },
  link: { zh: '所用链路（每个方向）', en: 'Link used (per direction)' },
  withOverlap: { zh: '打开重叠后的一步', en: 'Step with overlap on' },
  withoutOverlap: { zh: '对比不重叠', en: 'vs no overlap' },
  withMicro: (m: number): Bilingual => ({ zh: `${m} 个微批次时的一步`, en: `Step with ${m} micro-batch${m === 1 ? '' : 'es'}` }),
  vsNow: { zh: '对比当前', en: 'vs now' },
  noSplit: { zh: '批大小为 1 的解码无法拆成两半：重叠未生效', en: 'A batch-1 decode cannot be split in two: overlap has no effect' },
  tailMore: (more: number, layers: number): readonly Bilingual[] => [
    { zh: `… 另 ${more} 层`, en: `… ${more} more layer${more === 1 ? '' : 's'}` },
    { zh: `共 ${layers} 层`, en: `${layers} layers:` },
  ],
  tailBubble: { zh: '气泡', en: 'bubble' },
  masked: { zh: '？', en: '?' },
  memory: (usable: string): Bilingual => ({ zh: `每张 GPU 的显存（可用 ${usable}）`, en: `Memory per GPU (${usable} usable)` }),
  fits: { zh: '✓ 放得下', en: '✓ fits' },
  overByShort: (over: string): Bilingual => ({ zh: `✕ 超出 ${over}`, en: `✕ over by ${over}` }),
  notRun: { zh: '放不下，无法运行', en: 'does not fit: cannot run' },
  layoutOf: (p: { model: string; tp: boolean; gpus: number; hardware: string }): Bilingual => ({
    zh: `${p.model}（${p.tp ? '张量并行' : '流水线并行'}，${p.gpus} × ${p.hardware}）`,
    en: `${p.model} (${p.tp ? 'tensor parallel' : 'pipeline'} over ${p.gpus} × ${p.hardware})`,
  }),
  doesNotFit: (p: { what: Bilingual; needs: string; usable: string; over: string }): Bilingual => ({
    zh: `${p.what.zh}放不下：每张 GPU 需要 ${p.needs}，可用 ${p.usable}，超出 ${p.over}。这种配置无法运行，所以不显示一步用时、吞吐和时间线。`,
    en: `${p.what.en} does not fit: it needs ${p.needs} per GPU of ${p.usable} usable, over by ${p.over}. It cannot run, so no step time, throughput or timeline is shown.`,
  }),
  otherNotFit: (m: number, over: string): Bilingual => ({
    zh: `${m} 个微批次时放不下（每张 GPU 超出 ${over}），无法比较`,
    en: `With ${m} micro-batch${m === 1 ? '' : 'es'} it does not fit (over by ${over} per GPU): nothing to compare`,
  }),
  tpSummary: (p: { layers: number; gpus: number; step: string; exposed: string; ar: string }): Bilingual => ({
    zh: `张量并行 ${p.gpus} 张 GPU 的前 ${p.layers} 层时间线；一步 ${p.step}，其中等待通信 ${p.exposed}；一次全规约 ${p.ar}`,
    en: `Tensor-parallel timeline of the first ${p.layers} layers on ${p.gpus} GPUs; step ${p.step}, of which ${p.exposed} waiting on communication; one All-Reduce ${p.ar}`,
  }),
  ppSummary: (p: { stages: number; micro: number; step: string; bubble: string }): Bilingual => ({
    zh: `流水线并行 ${p.stages} 段、${p.micro} 个微批次的时间线；一步 ${p.step}，气泡 ${p.bubble}`,
    en: `Pipeline timeline, ${p.stages} stages and ${p.micro} micro-batch${p.micro === 1 ? '' : 'es'}; step ${p.step}, bubble ${p.bubble}`,
  }),
  takeaway: {
    zh: '张量并行每层两次全规约，对链路的延迟和带宽都敏感；流水线每个边界只传一次，却要用微批次填气泡。',
    en: 'Tensor parallelism pays two all-reduces per layer on every link; a pipeline sends once per boundary but needs micro-batches to fill its bubble.',
  },
  tpQuestion: (p: { phase: Bilingual; batch: number; topology: Bilingual }): Bilingual => ({
    zh: `${p.phase.zh}、批大小 ${p.batch}、${p.topology.zh}：打开“重叠”，一步的时间会怎样？`,
    en: `${p.phase.en}, batch ${p.batch}, ${p.topology.en}: turn overlap on — what happens to the step time?`,
  }),
  ppQuestion: (p: { phase: Bilingual; from: number; to: number; stages: number }): Bilingual => ({
    zh: `${p.phase.zh}、${p.stages} 段流水线：微批次从 ${p.from} 个改成 ${p.to} 个，一步的时间会怎样？`,
    en: `${p.phase.en}, ${p.stages}-stage pipeline: go from ${p.from} to ${p.to} micro-batch${p.to === 1 ? '' : 'es'} — what happens to the step time?`,
  }),
  faster: { zh: '变短', en: 'Shorter' },
  same: { zh: '几乎不变', en: 'About the same' },
  slower: { zh: '变长', en: 'Longer' },
  tpExplanation: (p: { off: string; on: string; change: string; memoryBound: boolean }): Bilingual => (p.memoryBound
    ? {
      zh: `引擎给出：不重叠 ${p.off}，重叠 ${p.on}（${p.change}）。解码受显存带宽限制，拆成两半后每一半都要把权重再读一遍，多读的时间比藏起来的通信还多。`,
      en: `The engine says ${p.off} without overlap, ${p.on} with it (${p.change}). Decode is memory-bound: each half re-reads the weights, which costs more than the communication it hides.`,
    }
    : {
      zh: `引擎给出：不重叠 ${p.off}，重叠 ${p.on}（${p.change}）。计算受算力限制，拆成两半几乎不增加计算，一半通信时另一半在算，通信被藏起来。`,
      en: `The engine says ${p.off} without overlap, ${p.on} with it (${p.change}). Compute-bound work barely grows when split, so one half computes while the other communicates.`,
    }),
  ppExplanation: (p: { now: string; then: string; change: string; bubbleNow: string; bubbleThen: string }): Bilingual => ({
    zh: `引擎给出：${p.now} → ${p.then}（${p.change}），气泡 ${p.bubbleNow} → ${p.bubbleThen}。更多微批次填满气泡，但每个微批次都要把本段权重再读一遍——解码时这笔账可能比气泡还贵。`,
    en: `The engine says ${p.now} → ${p.then} (${p.change}); bubble ${p.bubbleNow} → ${p.bubbleThen}. More micro-batches fill the bubble, but each re-reads its stage’s weights — in decode that can cost more than the bubble.`,
  }),
} as const;

export { TOPOLOGY_TEXT as topologyText, TRANSPORT_TEXT as transportText } from '../../i18n/engine/comm.ts';
