/**
 * The three teaching scenarios of figure 14, as data. They are constructed
 * combinations of constraints for teaching, NOT measurements or results of any
 * organisation: every number shown comes from the engine (practiceStack) for
 * the model, device and workload named here. Latency budgets and workloads are
 * scenario assumptions.
 */
import { INT4_G128_FP16 } from '../../engine/index.ts';
import type { PracticeId, PracticeSettings } from '../../engine/serving/practiceStack.ts';
import type { Bilingual } from '../../ui/index.ts';

export type ScenarioId = 'finance' | 'medical' | 'driving';
export const SCENARIO_IDS: readonly ScenarioId[] = ['finance', 'medical', 'driving'];

export interface ScenarioStep {
  readonly challenge: Bilingual;
  readonly lesson: Bilingual;
}

export interface Scenario {
  readonly id: ScenarioId;
  readonly name: Bilingual;
  readonly task: Bilingual;
  readonly modelId: string;
  readonly hardwareId: string;
  /** Constraints as the scenario states them. */
  readonly constraints: readonly Bilingual[];
  /** Everything but the prompt length (a free control, default `promptTokens`). */
  readonly settings: Omit<PracticeSettings, 'promptTokens'>;
  readonly promptTokens: number;
  /** The optimisation path, in order; step 0 is the measured baseline. */
  readonly path: readonly PracticeId[];
  /** One entry per step, baseline first (path.length + 1). */
  readonly steps: readonly ScenarioStep[];
}

export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = {
  finance: {
    id: 'finance',
    name: { zh: '金融', en: 'Finance' },
    task: { zh: '风控 / 合规文档问答助手', en: 'Risk and compliance document assistant' },
    modelId: 'llama-3-70b',
    hardwareId: 'a100-40gb-sxm',
    constraints: [
      { zh: '数据不出机房：本地一台 8 卡 A100 40GB 服务器（NVLink）', en: 'Data stays on site: one 8-GPU A100 40GB server (NVLink)' },
      { zh: '长提示词：约 6000 token 的条款与报告', en: 'Long prompts: about 6000 tokens of clauses and reports' },
      { zh: '高峰并发 32 个请求；每 token 时间 ≤ 50 ms（场景设定）', en: 'Peak load 32 requests; time per token ≤ 50 ms (scenario assumption)' },
    ],
    settings: { weights: 'int8', batch: 32, tpotTargetSeconds: 0.05, maxGpus: 8, overlapFraction: 1, outputTokens: 400, maxLength: 8192 },
    promptTokens: 6000,
    path: ['quantise-weights', 'tensor-parallel', 'fused-attention', 'batching', 'overlap'],
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
    id: 'medical',
    name: { zh: '医疗', en: 'Healthcare' },
    task: { zh: '病历与检查报告摘要', en: 'Clinical note summariser' },
    modelId: 'llama-3-8b',
    hardwareId: 'rtx-4090',
    constraints: [
      { zh: '隐私：单台工作站、一张 24 GB GPU，本地运行', en: 'Privacy: one workstation with one 24 GB GPU, run locally' },
      { zh: '长输入：约 6000 token 的病历与报告', en: 'Long inputs: about 6000 tokens of notes and reports' },
      { zh: '精度优先：只用 INT8，不用 INT4；每步都要在本院数据上复核', en: 'Accuracy first: INT8, not INT4; re-check every step on local data' },
    ],
    settings: { weights: 'int8', batch: 16, tpotTargetSeconds: 0.05, maxGpus: 1, overlapFraction: 1, outputTokens: 500, maxLength: 8192 },
    promptTokens: 6000,
    path: ['quantise-weights', 'fused-attention', 'batching', 'kv-fp8'],
    steps: [
      { challenge: { zh: '先测量：FP16 能放下，但长输入的 KV 和注意力激活让显存只够一个请求。', en: 'Measure first: FP16 fits, but long inputs leave room for only one request.' },
        lesson: { zh: '长上下文时，先看显存里除权重外还有什么。', en: 'With long context, look at what besides the weights fills memory.' } },
      { challenge: { zh: 'INT8 仅权重量化：精度风险小于 INT4，是谨慎的第一步。', en: 'Weight-only INT8: less accuracy risk than INT4, a cautious first step.' },
        lesson: { zh: '量化前后都要在本领域评测集上验证。', en: 'Validate on an in-domain evaluation set before and after quantising.' } },
      { challenge: { zh: '6000 token 的提示词：未融合注意力的分数矩阵占满显存。', en: 'A 6000-token prompt: the unfused score matrix fills memory.' },
        lesson: { zh: '融合注意力同时省时间和显存。', en: 'Fused attention saves time and memory at once.' } },
      { challenge: { zh: '分页 + 连续批处理：并发上来后，KV cache 超过权重成为显存大头。', en: 'Paging + continuous batching: with more requests, the KV cache overtakes the weights in memory.' },
        lesson: { zh: '上下文一长，瓶颈从权重转向 KV cache。', en: 'Long context moves the bottleneck from weights to the KV cache.' } },
      { challenge: { zh: 'KV cache FP8：再多容纳一些请求——但这也是有损量化，需要复核摘要质量。', en: 'FP8 KV cache: room for more requests — but it is lossy too: re-check summary quality.' },
        lesson: { zh: '精度敏感场景里，每一步有损优化都要单独验证。', en: 'Where accuracy matters, validate every lossy step on its own.' } },
    ],
  },
  driving: {
    id: 'driving',
    name: { zh: '自动驾驶 / 边缘', en: 'Driving / edge' },
    task: { zh: '车载座舱语音助手（不在安全控制回路中）', en: 'In-car cabin assistant (outside the safety control loop)' },
    modelId: 'llama-3.2-3b',
    hardwareId: 'jetson-agx-orin-64gb',
    constraints: [
      { zh: '嵌入式设备：Jetson AGX Orin 64GB，一块芯片，不依赖网络', en: 'Embedded: one Jetson AGX Orin 64GB, no reliance on the network' },
      { zh: '单请求（批大小 1）；上下文上限 2048 token（场景设定）', en: 'One request at a time (batch 1); context capped at 2048 tokens (scenario assumption)' },
      { zh: '每 token 时间 ≤ 25 ms，功耗与散热受限（场景设定）', en: 'Time per token ≤ 25 ms, power and heat limited (scenario assumption)' },
    ],
    settings: { weights: INT4_G128_FP16, batch: 1, tpotTargetSeconds: 0.025, maxGpus: 1, overlapFraction: 1, outputTokens: 128, maxLength: 2048 },
    promptTokens: 512,
    path: ['quantise-weights', 'fused-attention', 'kv-fp8', 'overlap'],
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

/** The scenario a preset names; unknown or missing → finance. */
export function scenarioOf(id: string | null | undefined): { readonly scenario: Scenario; readonly unknown: string | null } {
  if (id && (SCENARIO_IDS as readonly string[]).includes(id)) return { scenario: SCENARIOS[id as ScenarioId], unknown: null };
  return { scenario: SCENARIOS.finance, unknown: id ? id : null };
}
