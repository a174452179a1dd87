/** Interface text of the application-table simulator (表1), both languages. */
import type { Bilingual } from '../../i18n/index.ts';
import type { ApplicationId } from './applications.ts';
import type { Verdict } from './rows.ts';

export const text = {
  title: { zh: '推理优化在不同应用中的效果', en: 'Inference optimisation across applications' },
  model: { zh: '服务器模型', en: 'Server model' },
  hardware: { zh: '服务器设备', en: 'Server device' },
  application: { zh: '读数对应的应用', en: 'Application in the readouts' },
  app: { zh: '应用', en: 'Application' },
  config: { zh: '优化栈', en: 'Optimised stack' },
  workload: { zh: '输入 → 输出', en: 'Prompt → output' },
  tokens: { zh: 'token', en: 'tokens' },
  target: { zh: '延迟目标*', en: 'Latency target*' },
  ttft: { zh: 'TTFT', en: 'TTFT' },
  tpot: { zh: 'TPOT', en: 'TPOT' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  tokensPerSec: { zh: 'token/s', en: 'tokens/s' },
  memory: { zh: '显存/GPU', en: 'Memory/GPU' },
  energy: { zh: '能耗/token†', en: 'Energy/token†' },
  verdict: { zh: '是否达标', en: 'Target met?' },
  throughputFirst: { zh: '吞吐优先', en: 'throughput first' },
  caption: { zh: '表1 每格：基线 → 优化后（引擎实时计算）', en: 'Table 1, each cell: baseline → optimised (computed live by the engine)' },
  cellNote: {
    zh: '每格：基线 → 优化后；优化栈均含融合注意力。* 目标为教学假设，聊天与端侧的 TPOT 目标取阅读速度。',
    en: 'Each cell: baseline → optimised; every stack uses fused attention. * Teaching targets; chat and on-device TPOT = reading speed.',
  },
  assumptions: {
    zh: '* 延迟目标是本课的教学假设；聊天与端侧的 TPOT 目标取阅读速度：238 词/分钟（Brysbaert 2019）× 4/3 token/词（OpenAI 经验值）≈ 每 token 189 ms。† 能耗为 45 nm 教学模型（Horowitz 2014），只看相对大小。基线 = FP16、批大小 1、连续预留 KV、单卡、未融合注意力。',
    en: '* Latency targets are teaching assumptions; the chat and on-device TPOT target is reading speed: 238 words/min (Brysbaert 2019) × 4/3 tokens/word (OpenAI rule of thumb) ≈ 189 ms per token. † Energy from a 45 nm teaching model (Horowitz 2014): compare, don’t quote. Baseline = FP16, batch 1, contiguous KV, one GPU, unfused attention.',
  },
  ttftOptShort: { zh: '优化后 TTFT', en: 'TTFT, optimised' },
  tpotOptShort: { zh: '优化后 TPOT', en: 'TPOT, optimised' },
  ttftOpt: (app: Bilingual): Bilingual => ({ zh: `优化后 TTFT（${app.zh}）`, en: `Optimised TTFT (${app.en})` }),
  tpotOpt: (app: Bilingual): Bilingual => ({ zh: `优化后 TPOT（${app.zh}）`, en: `Optimised TPOT (${app.en})` }),
  throughputOpt: (app: Bilingual): Bilingual => ({ zh: `优化后吞吐（${app.zh}）`, en: `Optimised throughput (${app.en})` }),
  memoryOpt: (app: Bilingual): Bilingual => ({ zh: `优化后每 GPU 显存（${app.zh}）`, en: `Optimised memory per GPU (${app.en})` }),
  energyOpt: (app: Bilingual): Bilingual => ({ zh: `优化后每 token 能耗（${app.zh}）`, en: `Optimised energy per token (${app.en})` }),
  vsBaseline: { zh: '相对基线', en: 'vs baseline' },
  doesNotFit: { zh: '放不下：一个请求也放不进显存', en: 'Does not fit: not even one request fits in memory' },
  serverNote: (p: { model: string; device: string; noLink: boolean }): Bilingual => ({
    zh: `服务器行：${p.model} 跑在 ${p.device} 上${p.noLink ? '（无卡间互联，张量并行退回单卡）' : ''}。`,
    en: `Server rows: ${p.model} on ${p.device}${p.noLink ? ' (no GPU-to-GPU link: tensor parallelism falls back to one chip)' : ''}.`,
  }),
  paged: { zh: '分页', en: 'paged' },
  fusedAttn: { zh: '融合注意力', en: 'fused attn' },
  takeaway: {
    zh: '交互式应用先问 TTFT/TPOT 是否达标；离线与长文档任务问吞吐和每 token 成本。',
    en: 'Interactive applications ask whether TTFT and TPOT meet the target; offline and long-document work asks for throughput and cost per token.',
  },
  question: (p: { model: string; device: string }): Bilingual => ({
    zh: `基线（FP16、批大小 1）下，${p.model} 在 ${p.device} 上，哪个应用达不到它的延迟目标？`,
    en: `At baseline (FP16, batch 1), ${p.model} on ${p.device}: which application misses its latency target?`,
  }),
  none: { zh: '都达标', en: 'none' },
  explanation: (p: { missed: readonly Bilingual[]; unfit: readonly Bilingual[]; worst: Bilingual | null; detail: Bilingual | null }): Bilingual => {
    const list = (xs: readonly Bilingual[], l: 'zh' | 'en') => xs.map((x) => x[l]).join(l === 'zh' ? '、' : ', ');
    const zhUnfit = p.unfit.length === 0 ? '' : `放不下：${list(p.unfit, 'zh')}。`;
    const enUnfit = p.unfit.length === 0 ? '' : `Not fitting at all: ${list(p.unfit, 'en')}. `;
    if (p.missed.length === 0) {
      return { zh: `基线下没有应用错过延迟目标。${zhUnfit}`, en: `At baseline no application misses its target. ${enUnfit}`.trim() };
    }
    return {
      zh: `${p.missed.length === 1 ? '只有' : ''}${list(p.missed, 'zh')}错过目标${p.missed.length === 1 ? '' : `（最差：${p.worst?.zh ?? ''}）`}——${p.detail?.zh ?? ''}${zhUnfit}`,
      en: `${p.missed.length === 1 ? 'Only ' : ''}${list(p.missed, 'en')} miss${p.missed.length === 1 ? 'es' : ''}${p.missed.length === 1 ? '' : ` (worst: ${p.worst?.en ?? ''})`}: ${p.detail?.en ?? ''} ${enUnfit}`.trim(),
    };
  },
  missDetail: (p: { tpot: string; target: string; ttft: string; ttftTarget: string }): Bilingual => ({
    zh: `TTFT ${p.ttft}（目标 ≤ ${p.ttftTarget}），TPOT ${p.tpot}（目标 ≤ ${p.target}）。`,
    en: `TTFT ${p.ttft} (target ≤ ${p.ttftTarget}), TPOT ${p.tpot} (target ≤ ${p.target}).`,
  }),
  rationaleHeading: { zh: '为什么这样选优化栈', en: 'Why this stack' },
} as const;

/** On stage: the marks alone (the column header says what they mean). */
export const VERDICT_MARK: Readonly<Record<Verdict, Bilingual>> = {
  met: { zh: '✓', en: '✓' },
  missed: { zh: '✗', en: '✗' },
  'no-target': { zh: '—', en: '—' },
  'does-not-fit': { zh: '放不下', en: 'no fit' },
  error: { zh: '✕', en: '✕' },
};

export const VERDICT_TEXT: Readonly<Record<Verdict, Bilingual>> = {
  met: { zh: '✓ 达标', en: '✓ met' },
  missed: { zh: '✗ 未达', en: '✗ missed' },
  'no-target': { zh: '—', en: '—' },
  'does-not-fit': { zh: '放不下', en: 'no fit' },
  error: { zh: '✕ 无法计算', en: '✕ cannot compute' },
};

export const APP_TEXT: Readonly<Record<ApplicationId, { readonly name: Bilingual; readonly rationale: Bilingual }>> = {
  chat: {
    name: { zh: '聊天助手', en: 'Chat assistant' },
    rationale: {
      zh: '有人在等：首字要快（TTFT ≤ 1 s），之后只需比人的阅读速度快（238 词/分钟 × 4/3 token/词 ≈ 每 token 189 ms）。优化栈：INT8 权重、FP8 KV、分页、8 路并发（一批提示词一起预填充，批再大 TTFT 就超标）。',
      en: 'A person is waiting: the first word must come fast (TTFT ≤ 1 s), then text only has to outpace reading (238 words/min × 4/3 tokens/word ≈ 189 ms per token). Stack: INT8 weights, FP8 KV, paging, 8 concurrent requests (their prompts prefill together, so a larger batch breaks the TTFT target).',
    },
  },
  code: {
    name: { zh: '代码补全', en: 'Code completion' },
    rationale: {
      zh: '每敲几个键就触发一次，输出很短，整段建议要在几百毫秒内出现：TTFT ≤ 200 ms、TPOT ≤ 20 ms。优化栈：INT4 权重、两卡张量并行、批大小 2。',
      en: 'Fired every few keystrokes with short outputs; the whole suggestion must appear within a few hundred ms: TTFT ≤ 200 ms, TPOT ≤ 20 ms. Stack: INT4 weights, 2-way tensor parallelism, batch 2.',
    },
  },
  summarise: {
    name: { zh: '长文档摘要', en: 'Document summarisation' },
    rationale: {
      zh: '提示词很长、输出较短，预填充占主导；用户能接受几秒的等待（TTFT ≤ 5 s），更看重吞吐与 KV cache 容量。优化栈：INT8 权重、FP8 KV、分页、8 路并发。',
      en: 'Long prompts, short outputs: prefill dominates; users accept a few seconds (TTFT ≤ 5 s), throughput and KV-cache capacity matter more. Stack: INT8 weights, FP8 KV, paging, 8 concurrent requests.',
    },
  },
  offline: {
    name: { zh: '离线批处理', en: 'Batch offline processing' },
    rationale: {
      zh: '没有人在等（如夜间批量打标签）：不设延迟目标，只看吞吐（token/s）和每 token 成本。优化栈：INT8 权重、FP8 KV、分页、显存允许的最大批（上限 256）。',
      en: 'Nobody is waiting (e.g. overnight labelling): no latency target, only throughput (tokens/s) and cost per token. Stack: INT8 weights, FP8 KV, paging, the largest batch memory allows (up to 256).',
    },
  },
  edge: {
    name: { zh: '端侧助手', en: 'On-device assistant' },
    rationale: {
      zh: '一台 Jetson AGX Orin 64GB 上跑 3B 小模型，批大小为 1，显存带宽只有数据中心 GPU 的十分之一左右：目标同聊天（TTFT ≤ 1 s、TPOT ≤ 阅读速度），量化几乎是必选项。',
      en: 'A 3B model on a Jetson AGX Orin 64GB, batch 1, with about a tenth of a datacentre GPU’s memory bandwidth: same targets as chat (TTFT ≤ 1 s, TPOT ≤ reading speed); quantisation is practically mandatory.',
    },
  },
};
