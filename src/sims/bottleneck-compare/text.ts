/** The simulator's own words, in both languages. */
import type { Bilingual } from '../../ui/index.ts';
import type { OptimisationFamily, RemedyId } from '../../engine/serving/bottleneck.ts';
import type { StopId } from './store.ts';

export const text = {
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
  batch: { zh: '批大小', en: 'Batch' },
  requests: { zh: '个请求', en: 'requests' },
  promptLen: { zh: '提示词长度', en: 'Prompt length' },
  contextLen: { zh: '上下文长度', en: 'Context length' },
  tokens: { zh: 'token', en: 'tokens' },
  timeAxis: { zh: '一步的时间（ms）', en: 'Time of one step (ms)' },
  memoryAxis: { zh: '每 GPU 显存（GiB）', en: 'Memory per GPU (GiB)' },
  compute: { zh: '计算受限', en: 'Compute' },
  memory: { zh: '访存受限', en: 'Memory' },
  communication: { zh: '通信', en: 'Communication' },
  launch: { zh: '启动开销', en: 'Launch' },
  weights: { zh: '权重', en: 'Weights' },
  kv: { zh: 'KV cache', en: 'KV cache' },
  activations: { zh: '激活', en: 'Activations' },
  workspace: { zh: '工作区', en: 'Workspace' },
  baseline: { zh: '基线', en: 'Baseline' },
  stepTime: { zh: '一步的时间（基线）', en: 'Step time (baseline)' },
  bottleneck: { zh: '瓶颈', en: 'Bottleneck' },
  best: { zh: '最对症的一类优化', en: 'The family that fits' },
  memoryPerGpu: { zh: '每 GPU 显存（基线）', en: 'Memory per GPU (baseline)' },
  notApplicable: { zh: '不适用', en: 'n/a' },
  doesNotFit: { zh: '基线放不下：时间按"假如放得下"计算', en: 'The baseline does not fit: times assume it did' },
  over: { zh: '超出', en: 'over by' },
  remedyTable: { zh: '各类优化的效果（引擎计算）', en: 'Each family here (engine)' },
  family: { zh: '类别', en: 'Family' },
  technique: { zh: '代表技术', en: 'Technique' },
  speedup: { zh: '加速', en: 'Speed-up' },
  memoryChange: { zh: '显存/GPU', en: 'memory/GPU' },
  unknownPreset: { zh: '未知的预设，已改用默认值：', en: 'Unknown preset, using the default instead: ' },
  takeaway: {
    zh: '先看时间花在哪一段，再选对应的一类优化：解码小批量压在访存上，长提示词预填充压在计算上，PCIe 上的多卡切分压在通信上。',
    en: 'First see which part the time goes to, then pick that family: small-batch decode is memory-bound, long-prompt prefill is compute-bound, and splitting across GPUs over PCIe is communication-bound.',
  },
  predictSummary: { zh: '先预测：哪一类优化最有效？', en: 'Predict first: which family helps most?' },
  predictQuestion: { zh: '在当前场景下，哪一类优化让这一步快得最多？', en: 'In this scenario, which family makes the step fastest?' },
} as const satisfies Record<string, Bilingual>;

export const familyText: Record<OptimisationFamily, Bilingual> = {
  memory: { zh: '内存优化', en: 'Memory' },
  compute: { zh: '计算优化', en: 'Compute' },
  communication: { zh: '通信优化', en: 'Communication' },
};

export const remedyText: Record<RemedyId, Bilingual> = {
  'int4-weights-fp8-kv': { zh: 'INT4 权重 + FP8 KV', en: 'INT4 weights + FP8 KV' },
  'low-precision-flash': { zh: '8 位张量核心 + FlashAttention', en: '8-bit tensor cores + FlashAttention' },
  'int8-allreduce': { zh: 'INT8 压缩全规约', en: 'INT8-compressed all-reduce' },
  'faster-link': { zh: '换用设备自带的 NVLink', en: 'The device’s own NVLink' },
};

/** Bar labels of the time chart (the table names the technique in full). */
export const shortRemedy: Record<RemedyId, Bilingual> = {
  'int4-weights-fp8-kv': { zh: '内存：INT4', en: 'Memory: INT4' },
  'low-precision-flash': { zh: '计算：8 位', en: 'Compute: 8-bit' },
  'int8-allreduce': { zh: '通信：压缩', en: 'Comm: compress' },
  'faster-link': { zh: '通信：NVLink', en: 'Comm: NVLink' },
};

export const boundText: Record<'compute' | 'memory' | 'communication', Bilingual> = {
  compute: { zh: '计算', en: 'compute' },
  memory: { zh: '访存', en: 'memory traffic' },
  communication: { zh: '通信', en: 'communication' },
};

export const stopText: Record<StopId, Bilingual> = {
  story: { zh: '70B · 2 卡解码', en: '70B · 2-GPU decode' },
  'decode-1gpu': { zh: '单卡批 1 解码', en: 'Batch-1 decode, 1 GPU' },
  'long-prefill': { zh: '长提示词预填充', en: 'Long-prompt prefill' },
  'tp8-pcie': { zh: 'PCIe 上 TP 8', en: 'TP 8 over PCIe' },
};
