/** One line per step: what the practice changed, in the engine's numbers. */
import type { PracticeId, PracticeLevel } from '../../engine/serving/practiceStack.ts';
import { formatBytes, formatCount, formatNumber, formatSeconds, pickText, type Bilingual, type Lang } from '../../ui/index.ts';
import { boundName } from './text.ts';
import type { WeightChoice } from './store.ts';

const ms = (s: number | null) => (s === null ? '—' : formatSeconds(s, 'ms'));
const gib = (b: number) => formatBytes(b, 'GiB');
const tps = (v: number | null, lang: Lang) => (v === null ? '—' : `${formatNumber(v)} ${lang === 'zh' ? 'token/s' : 'tokens/s'}`);
const weightLabel = (w: WeightChoice) => (w === 'int8' ? 'INT8' : 'INT4 g128');

function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

export function explainStep(practice: PracticeId | 'baseline', prev: PracticeLevel | null, cur: PracticeLevel, weights: WeightChoice, targetMs: number, lang: Lang): string {
  const d = cur.deployment;
  if (!cur.fits) {
    return pickText(bi(
      `装不下：一个请求在每 GPU 上就需要 ${gib(d.memory.total)}，可用只有 ${gib(d.memory.usable)}。`,
      `Does not fit: one request needs ${gib(d.memory.total)} per GPU and only ${gib(d.memory.usable)} is usable.`,
    ), lang);
  }
  const bound = pickText(boundName[cur.bound], lang);
  if (practice === 'baseline' || prev === null) {
    return pickText(bi(
      `基线：FP16，批大小 1，每个请求按最大长度预留 ${formatCount(d.reservedTokens)} 个 token 的 KV，显存只容得下 ${d.batchLimit} 个请求；TPOT ${ms(cur.tpotSeconds)}，瓶颈：${bound}。`,
      `Baseline: FP16, batch 1, each request reserves KV for the maximum ${formatCount(d.reservedTokens)} tokens, so memory holds ${d.batchLimit} requests; TPOT ${ms(cur.tpotSeconds)}, bottleneck: ${bound}.`,
    ), lang);
  }
  const p = prev.deployment;
  switch (practice) {
    case 'quantise-weights':
      return pickText(bi(
        `权重 ${weightLabel(weights)}：每 GPU 权重 ${gib(p.memory.weights)} → ${gib(d.memory.weights)}，解码每步少读这么多字节，TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}。`,
        `${weightLabel(weights)} weights: ${gib(p.memory.weights)} → ${gib(d.memory.weights)} of weights per GPU, read once per decode step, so TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}.`,
      ), lang);
    case 'kv-fp8':
      return pickText(bi(
        `KV cache FP8：每个 token 的 KV 字节减半，KV 显存 ${gib(p.memory.kv)} → ${gib(d.memory.kv)}，能容纳的请求 ${p.batchLimit} → ${d.batchLimit} 个。`,
        `FP8 KV cache: half the bytes per cached token, KV memory ${gib(p.memory.kv)} → ${gib(d.memory.kv)}, room for ${p.batchLimit} → ${d.batchLimit} requests.`,
      ), lang);
    case 'batching':
      return pickText(bi(
        `分页后每个请求只按块预留 ${formatCount(d.reservedTokens)} 个 token，并发 ${p.batch} → ${d.batch}：吞吐 ${tps(prev.tokensPerSecond, lang)} → ${tps(cur.tokensPerSecond, lang)}，单个请求的 TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}。`,
        `Paged, each request reserves only ${formatCount(d.reservedTokens)} tokens in blocks; batch ${p.batch} → ${d.batch}: throughput ${tps(prev.tokensPerSecond, lang)} → ${tps(cur.tokensPerSecond, lang)}, each request's TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}.`,
      ), lang);
    case 'fused-attention':
      return pickText(bi(
        `融合注意力：分数矩阵不再写回显存，激活 ${gib(p.memory.activations)} → ${gib(d.memory.activations)}，TTFT ${ms(prev.ttftSeconds)} → ${ms(cur.ttftSeconds)}，TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}。`,
        `Fused attention: the score matrix never goes to memory; activations ${gib(p.memory.activations)} → ${gib(d.memory.activations)}, TTFT ${ms(prev.ttftSeconds)} → ${ms(cur.ttftSeconds)}, TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}.`,
      ), lang);
    case 'tensor-parallel': {
      const target = `${formatNumber(targetMs)} ms`;
      const comm = ms(cur.timing?.decodeCommSeconds ?? 0);
      switch (cur.tpReason) {
        case 'already-met':
          return pickText(bi(`TPOT ${ms(cur.tpotSeconds)} 已满足目标 ${target}：能单卡就不多卡，不切分。`, `TPOT ${ms(cur.tpotSeconds)} already meets the ${target} target: one GPU is enough, so no split.`), lang);
        case 'no-link':
          return pickText(bi('该设备没有卡间互联，无法张量并行：不变。', 'This device has no GPU-to-GPU link, so no tensor parallelism: nothing changes.'), lang);
        case 'best-effort':
          return pickText(bi(
            `最多 8 张 GPU 也达不到目标 ${target}：取最快的 ${cur.tp} 张，TPOT ${ms(cur.tpotSeconds)}，每步通信 ${comm}。`,
            `Even 8 GPUs miss the ${target} target: the fastest is ${cur.tp} GPUs, TPOT ${ms(cur.tpotSeconds)}, with ${comm} of communication per step.`,
          ), lang);
        default:
          return pickText(bi(
            `为达到 TPOT ≤ ${target}，切到 ${cur.tp} 张 GPU：每 GPU 显存 ${gib(p.memory.total)} → ${gib(d.memory.total)}，TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}，但每步多了 ${comm} 的卡间通信。`,
            `To reach TPOT ≤ ${target}, split over ${cur.tp} GPUs: memory per GPU ${gib(p.memory.total)} → ${gib(d.memory.total)}, TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}, plus ${comm} of GPU-to-GPU communication per step.`,
          ), lang);
      }
    }
    case 'overlap': {
      if (cur.tp === 1) {
        return pickText(bi('只有一张 GPU，没有卡间通信可以隐藏：不变。', 'One GPU: there is no GPU-to-GPU communication to hide, so nothing changes.'), lang);
      }
      const hidden = ms(cur.timing?.decodeHiddenSeconds ?? 0);
      return pickText(bi(
        `通信与计算重叠（f = ${formatNumber(cur.overlapFraction * 100)}%）：每步隐藏 ${hidden}，TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}。`,
        `Overlap (f = ${formatNumber(cur.overlapFraction * 100)}%): ${hidden} hidden per step, TPOT ${ms(prev.tpotSeconds)} → ${ms(cur.tpotSeconds)}.`,
      ), lang);
    }
  }
}
