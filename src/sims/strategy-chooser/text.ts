/** The simulator's own words, in both languages. */
import type { Bilingual } from '../../ui/index.ts';
import type { AccuracyTolerance } from '../../engine/serving/strategyChoice.ts';
import type { DeviceClass, StopId } from './store.ts';

export const text = {
  stops: { zh: '应用场景（表 12）', en: 'Scenario (Table 12)' },
  deviceClass: { zh: '设备类型', en: 'Device class' },
  device: { zh: '设备', en: 'Device' },
  model: { zh: '模型', en: 'Model' },
  gpus: { zh: '可用 GPU 数', en: 'GPUs available' },
  link: { zh: 'GPU 间链路', en: 'GPU-to-GPU link' },
  pcieOnly: { zh: '仅 PCIe 4.0 x16', en: 'PCIe 4.0 x16 only' },
  tpot: { zh: 'TPOT 目标', en: 'TPOT target' },
  ttft: { zh: 'TTFT 目标', en: 'TTFT target' },
  concurrency: { zh: '并发请求数', en: 'Concurrent requests' },
  requests: { zh: '个', en: 'requests' },
  prompt: { zh: '提示词长度', en: 'Prompt length' },
  output: { zh: '输出长度', en: 'Output length' },
  tokens: { zh: 'token', en: 'tokens' },
  ms: { zh: 'ms', en: 'ms' },
  tolerance: { zh: '精度容忍度', en: 'Accuracy tolerance' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  nothing: { zh: '—（不需要改动）', en: '— (nothing to add)' },
  recommended: { zh: '推荐组合', en: 'Recommended combination' },
  fits: { zh: '放得下吗', en: 'Fits?' },
  fitsYes: { zh: '放得下', en: 'fits' },
  fitsNo: { zh: '放不下', en: 'does not fit' },
  memory: { zh: '每 GPU 显存', en: 'Memory per GPU' },
  tpotOut: { zh: 'TPOT（平均上下文）', en: 'TPOT (mean context)' },
  ttftOut: { zh: 'TTFT（单个请求）', en: 'TTFT (one request)' },
  throughput: { zh: '解码吞吐', en: 'Decode throughput' },
  tokensPerSec: { zh: 'token/s', en: 'tokens/s' },
  running: { zh: '同时运行的请求', en: 'Requests running' },
  gpusUsed: { zh: '使用 GPU', en: 'GPUs used' },
  vsBaseline: { zh: '相对 FP16 基线', en: 'vs FP16 baseline' },
  baselineNoFit: { zh: 'FP16 单卡基线放不下', en: 'The FP16 one-GPU baseline does not fit' },
  target: { zh: '目标', en: 'target' },
  met: { zh: '达标', en: 'met' },
  missed: { zh: '未达标', en: 'missed' },
  cost: { zh: '代价', en: 'Price' },
  noLink: { zh: '该设备没有卡间互联，只能单卡运行', en: 'This device has no GPU-to-GPU link: one chip only' },
  takeaway: {
    zh: '按顺序提问：先放得下，再守住每 token 延迟，再提高并发——推荐的是"先试什么"，仍要实测并复核精度。',
    en: 'Ask in order: make it fit, then hold the per-token latency, then raise concurrency — the result says what to try first; still measure and re-check accuracy.',
  },
  flowLabel: { zh: '决策流程', en: 'Decision flow' },
} as const satisfies Record<string, Bilingual>;

export const classText: Record<DeviceClass, Bilingual> = {
  datacenter: { zh: '数据中心 GPU', en: 'Datacenter GPU' },
  consumer: { zh: '消费级 GPU', en: 'Consumer GPU' },
  edge: { zh: '边缘 SoC', en: 'Edge SoC' },
};

export const toleranceText: Record<AccuracyTolerance, Bilingual> = {
  int4: { zh: '允许 INT4', en: 'INT4 allowed' },
  int8: { zh: '仅 INT8/FP8', en: 'INT8/FP8 only' },
  fp16: { zh: '仅 FP16', en: 'FP16 only' },
};

export const stopText: Record<StopId, Bilingual> = {
  chat: { zh: '在线对话', en: 'Online chat' },
  huge: { zh: '超大模型', en: 'Very large model' },
  'long-context': { zh: '长上下文问答', en: 'Long-context Q&A' },
  edge: { zh: '端侧助手', en: 'On-device assistant' },
};
