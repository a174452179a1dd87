/**
 * The applications of 表1 / Table 1 as data: workload, latency target and the
 * optimisation stack a team would reasonably pick. Targets are TEACHING
 * ASSUMPTIONS (round numbers chosen for the lecture), except the chat TPOT,
 * which is tied to a published reading rate through readingSpeedTpotSeconds.
 */
import { INT4_G128_FP16, type NumberFormat } from '../../engine/index.ts';
import { readingSpeedTpotSeconds } from '../../engine/serving/readingSpeed.ts';
import type { AttentionKernel } from '../../engine/index.ts';
import type { Bilingual } from '../../ui/index.ts';

export interface OptimisedStack {
  readonly weights: NumberFormat;
  readonly kv: NumberFormat;
  readonly batch: number;
  readonly paged: boolean;
  /** Wanted tensor-parallel degree (1 on devices without a GPU-to-GPU link). */
  readonly tp: number;
  readonly attention: AttentionKernel;
}

export interface LatencyTarget {
  readonly ttftSeconds: number;
  readonly tpotSeconds: number;
}

export interface Application {
  readonly id: 'chat' | 'code' | 'summarise' | 'offline' | 'edge';
  readonly name: Bilingual;
  readonly rationale: Bilingual;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** null: throughput-first, no latency target. */
  readonly target: LatencyTarget | null;
  /** 'server' rows follow the model/device selectors; an edge row names its own. */
  readonly device: 'server' | { readonly model: string; readonly hardware: string };
  readonly optimised: OptimisedStack;
}

const READING_TPOT = readingSpeedTpotSeconds();

export const APPLICATIONS: readonly Application[] = [
  {
    id: 'chat',
    name: { zh: '聊天助手', en: 'Chat assistant' },
    rationale: {
      zh: '有人在等：首字要快（TTFT ≤ 1 s），之后只需比人的阅读速度快（238 词/分钟 × 4/3 token/词 ≈ 每 token 189 ms）。优化栈：INT8 权重、FP8 KV、分页、8 路并发（一批提示词一起预填充，批再大 TTFT 就超标）。',
      en: 'A person is waiting: the first word must come fast (TTFT ≤ 1 s), then text only has to outpace reading (238 words/min × 4/3 tokens/word ≈ 189 ms per token). Stack: INT8 weights, FP8 KV, paging, 8 concurrent requests (their prompts prefill together, so a larger batch breaks the TTFT target).',
    },
    promptTokens: 512, outputTokens: 256,
    target: { ttftSeconds: 1, tpotSeconds: READING_TPOT },
    device: 'server',
    optimised: { weights: 'int8', kv: 'fp8', batch: 8, paged: true, tp: 1, attention: 'flash' },
  },
  {
    id: 'code',
    name: { zh: '代码补全', en: 'Code completion' },
    rationale: {
      zh: '每敲几个键就触发一次，输出很短，整段建议要在几百毫秒内出现：TTFT ≤ 200 ms、TPOT ≤ 20 ms。优化栈：INT4 权重、两卡张量并行、批大小 2。',
      en: 'Fired every few keystrokes with short outputs; the whole suggestion must appear within a few hundred ms: TTFT ≤ 200 ms, TPOT ≤ 20 ms. Stack: INT4 weights, 2-way tensor parallelism, batch 2.',
    },
    promptTokens: 1024, outputTokens: 32,
    target: { ttftSeconds: 0.2, tpotSeconds: 0.02 },
    device: 'server',
    optimised: { weights: INT4_G128_FP16, kv: 'fp16', batch: 2, paged: true, tp: 2, attention: 'flash' },
  },
  {
    id: 'summarise',
    name: { zh: '长文档摘要', en: 'Document summarisation' },
    rationale: {
      zh: '提示词很长、输出较短，预填充占主导；用户能接受几秒的等待（TTFT ≤ 5 s），更看重吞吐与 KV cache 容量。优化栈：INT8 权重、FP8 KV、分页、8 路并发。',
      en: 'Long prompts, short outputs: prefill dominates; users accept a few seconds (TTFT ≤ 5 s), throughput and KV-cache capacity matter more. Stack: INT8 weights, FP8 KV, paging, 8 concurrent requests.',
    },
    promptTokens: 3072, outputTokens: 256,
    target: { ttftSeconds: 5, tpotSeconds: READING_TPOT },
    device: 'server',
    optimised: { weights: 'int8', kv: 'fp8', batch: 8, paged: true, tp: 1, attention: 'flash' },
  },
  {
    id: 'offline',
    name: { zh: '离线批处理', en: 'Batch offline processing' },
    rationale: {
      zh: '没有人在等（如夜间批量打标签）：不设延迟目标，只看吞吐（token/s）和每 token 成本。优化栈：INT8 权重、FP8 KV、分页、显存允许的最大批（上限 256）。',
      en: 'Nobody is waiting (e.g. overnight labelling): no latency target, only throughput (tokens/s) and cost per token. Stack: INT8 weights, FP8 KV, paging, the largest batch memory allows (up to 256).',
    },
    promptTokens: 512, outputTokens: 512,
    target: null,
    device: 'server',
    optimised: { weights: 'int8', kv: 'fp8', batch: 256, paged: true, tp: 1, attention: 'flash' },
  },
  {
    id: 'edge',
    name: { zh: '端侧助手', en: 'On-device assistant' },
    rationale: {
      zh: '一台 Jetson AGX Orin 64GB 上跑 3B 小模型，批大小为 1，显存带宽只有数据中心 GPU 的十分之一左右：目标同聊天（TTFT ≤ 1 s、TPOT ≤ 阅读速度），量化几乎是必选项。',
      en: 'A 3B model on a Jetson AGX Orin 64GB, batch 1, with about a tenth of a datacentre GPU’s memory bandwidth: same targets as chat (TTFT ≤ 1 s, TPOT ≤ reading speed); quantisation is practically mandatory.',
    },
    promptTokens: 256, outputTokens: 128,
    target: { ttftSeconds: 1, tpotSeconds: READING_TPOT },
    device: { model: 'llama-3.2-3b', hardware: 'jetson-agx-orin-64gb' },
    optimised: { weights: INT4_G128_FP16, kv: 'fp16', batch: 1, paged: true, tp: 1, attention: 'flash' },
  },
];

export const APPLICATION_IDS = APPLICATIONS.map((a) => a.id);
