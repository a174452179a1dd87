/** Interface text of the offload simulator, both languages. */
import { formatCountUnit, type Bilingual, type CountUnit } from '../../i18n/index.ts';

export const TOKENS: CountUnit = { one: 'token', other: 'tokens', zh: '个 token' };
export const LAYERS: CountUnit = { one: 'layer', other: 'layers', zh: '层' };

export const text = {
  title: { zh: '分级卸载', en: 'Offloading' },
  model: { zh: '模型', en: 'Model' },
  device: { zh: '显卡', en: 'GPU' },
  link: { zh: 'CPU–GPU 链路', en: 'CPU–GPU link' },
  target: { zh: '卸载对象', en: 'Offload' },
  targets: {
    weights: { zh: '权重', en: 'Weights' },
    kv: { zh: 'KV cache', en: 'KV cache' },
    activations: { zh: '激活（vDNN，训练时）', en: 'Activations (vDNN, training)' },
  },
  /** The same, mid-sentence. */
  targetsInline: {
    weights: { zh: '权重', en: 'weights' },
    kv: { zh: 'KV cache', en: 'KV cache' },
    activations: { zh: '激活', en: 'activations' },
  },
  share: { zh: '放在 CPU 内存的层', en: 'Layers in CPU memory' },
  percent: '%',
  shareReadout: (percent: number, layers: number, of: number): Bilingual => ({
    zh: `${percent}%（${layers}/${of} 层）`,
    en: `${percent}% (${layers}/${formatCountUnit(of, LAYERS, 'en')})`,
  }),
  prefetch: { zh: '预取下一层', en: 'Prefetch the next layer' },
  phase: { zh: '阶段', en: 'Phase' },
  phases: { prefill: { zh: '预填充', en: 'Prefill' }, decode: { zh: '解码', en: 'Decode' } },
  phasesInline: { prefill: { zh: '预填充', en: 'prefill' }, decode: { zh: '解码', en: 'decode' } },
  batch: { zh: '批大小', en: 'Batch' },
  tokens: { zh: '上下文 / 提示词长度', en: 'Context / prompt length' },
  tokensUnit: { zh: 'tokens', en: 'tokens' },
  compute: { zh: '计算', en: 'compute' },
  computeLane: { zh: '计算', en: 'Compute' },
  transfer: { zh: 'PCIe 传输', en: 'PCIe transfer' },
  stall: { zh: '停顿', en: 'stall' },
  timeAxis: { zh: '时间（一步）', en: 'Time (one step)' },
  masked: { zh: '？ 先回答下面的问题', en: '? answer the question below first' },
  stepTime: { zh: '每步时间', en: 'Step time' },
  vsNoOffload: { zh: '对比不卸载', en: 'vs no offload' },
  transferPerLayer: { zh: '每层传输 τ', en: 'Transfer per layer τ' },
  computePerLayer: { zh: '每层计算 c', en: 'Compute per layer c' },
  freed: { zh: '省下的显存', en: 'GPU memory freed' },
  freedTraining: { zh: '省下的显存（对比训练时保留的激活）', en: 'GPU memory freed (from training’s stash)' },
  fitShare: { zh: '放得下所需的最小卸载比例', en: 'Smallest share offloaded that fits' },
  fitsAlready: { zh: '不卸载也放得下', en: 'fits without offloading' },
  cannotFit: { zh: '全部卸载也放不下', en: 'Does not fit even fully offloaded' },
  /** The offloaded share set does not make the model fit: no step time, and by how much it is over. */
  notFitNow: (over: string): Bilingual => ({ zh: `放不下：这个卸载比例下每 GPU 仍超出 ${over}，无法运行，没有每步时间`, en: `Does not fit: over by ${over} per GPU at this share, so it cannot run and has no step time` }),
  activationsCannot: { zh: '推理只保留一层激活：卸载激活省不下推理的显存', en: 'Inference keeps one layer of activations: offloading them frees no inference memory' },
  trainingNote: {
    zh: 'vDNN 的形式（训练）：训练要为反向传播保留每一层的输入，vDNN 把它们逐层换出到 CPU 内存再换回。推理不保留这些激活，所以这里省下的显存是对比训练的基线。',
    en: 'vDNN’s form (training): training keeps every layer’s input for the backward pass, and vDNN swaps them out to CPU memory and back layer by layer. Inference keeps none of them, so the memory freed here is against training’s baseline.',
  },
  sweepTitle: { zh: '每步时间随卸载比例变化', en: 'Step time against the share offloaded' },
  sweepLabel: (breakEven: string): Bilingual => ({
    zh: `步时间随卸载比例变化；预取时在 ${breakEven} 之前几乎没有代价。`,
    en: `Step time against the share offloaded; with prefetch it is nearly free up to ${breakEven}.`,
  }),
  xAxis: { zh: '卸载的层比例', en: 'Share of layers offloaded' },
  yAxis: { zh: '每步时间', en: 'Step time' },
  withPrefetch: { zh: '预取', en: 'prefetch' },
  withoutPrefetch: { zh: '不预取', en: 'no prefetch' },
  breakEven: (v: string): Bilingual => ({ zh: `盈亏点 ${v}`, en: `break-even ${v}` }),
  fitsFromHere: { zh: '从此放得下', en: 'fits from here' },
  summary: (p: { step: string; base: string; stall: string; c: string; tau: string }): Bilingual => ({
    zh: `每步 ${p.step}（不卸载 ${p.base}），停顿 ${p.stall}；每层计算 ${p.c}，每层传输 ${p.tau}。`,
    en: `Step ${p.step} (no offload ${p.base}), stalls ${p.stall}; per layer compute ${p.c}, transfer ${p.tau}.`,
  }),
  maskedSummary: { zh: '时间线已隐藏，先回答问题', en: 'The timeline is hidden until the question is answered' },
  yes: { zh: '能，藏得住', en: 'Yes, it hides' },
  no: { zh: '不能，会停顿', en: 'No, it stalls' },
  question: (p: { model: string; target: Bilingual; phase: Bilingual; batch: number; tokens: number }): Bilingual => ({
    zh: `${p.model}，${p.phase.zh}，批大小 ${p.batch}，${formatCountUnit(p.tokens, TOKENS, 'zh')}：一层${p.target.zh}经 PCIe 传过来的时间，藏得进这一层的计算时间里吗？`,
    en: `${p.model}, ${p.phase.en}, batch ${p.batch}, ${formatCountUnit(p.tokens, TOKENS, 'en')}: does moving one layer’s ${p.target.en} over PCIe hide under that layer’s compute?`,
  }),
  explanation: (p: { tau: string; c: string; bytes: string; bandwidth: string; hides: boolean }): Bilingual => ({
    zh: `τ = ${p.tau}（${p.bytes}，${p.bandwidth}）${p.hides ? '≤' : '>'} c = ${p.c}：${p.hides ? '预取能把传输完全藏在计算之下。' : '即使预取，每个卸载层也要停顿约 τ − c。'}`,
    en: `τ = ${p.tau} (${p.bytes} at ${p.bandwidth}) ${p.hides ? '≤' : '>'} c = ${p.c}: ${p.hides ? 'with prefetch the transfer hides completely.' : 'even with prefetch each offloaded layer stalls by about τ − c.'}`,
  }),
  takeaway: {
    zh: '预取只能藏住比一层计算更短的传输；每步的 token 越多（批、提示词），计算越长，传输越容易藏住。',
    en: 'Prefetch hides a transfer only when it is shorter than the layer’s compute; more tokens per step (batch, prompt) lengthen compute.',
  },
} as const;
