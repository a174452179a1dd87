/** Interface text of the strategy-chooser simulator (图12), both languages. */
import type { AccuracyTolerance } from '../../engine/index.ts';
import type { Bilingual, CountUnit } from '../../i18n/index.ts';
import type { DeviceClass, StopId } from './inputs.ts';

export const REQUESTS: CountUnit = { one: 'request', other: 'requests', zh: '个请求' };

export const text = {
  title: { zh: '优化策略选择', en: 'Choosing an optimisation strategy' },
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
  tolerance: { zh: '精度容忍度（最低可用的权重精度）', en: 'Lowest weight precision allowed' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  nothing: { zh: '—（不需要改动）', en: '— (nothing to add)' },
  recommended: { zh: '推荐组合：', en: 'Recommended combination:' },
  memory: { zh: '每 GPU 剩余显存', en: 'Free memory per GPU' },
  tpotOut: { zh: 'TPOT（稳态）', en: 'TPOT (steady state)' },
  ttftOut: { zh: 'TTFT（稳态）', en: 'TTFT (steady state)' },
  throughput: { zh: '吞吐（稳态连续批处理）', en: 'Throughput (steady state)' },
  vsBaseline: { zh: '相对 FP16 单卡', en: 'vs FP16, 1 GPU' },
  baselineNoFit: { zh: 'FP16 单卡基线放不下', en: 'The FP16 one-GPU baseline does not fit' },
  doesNotFit: { zh: '放不下：没有可以运行的配置', en: 'Does not fit: nothing here can run' },
  cost: { zh: '代价', en: 'Price' },
  source: { zh: '出处', en: 'Source' },
  rulesCaption: { zh: '推荐的每一项：理由、代价与出处', en: 'Each recommended item: why, its price and its source' },
  item: { zh: '推荐项', en: 'Item' },
  why: { zh: '理由', en: 'Why' },
  noLink: { zh: '该设备没有卡间互联，只能单卡运行', en: 'This device has no GPU-to-GPU link: one chip only' },
  flowLabel: { zh: '决策流程', en: 'Decision flow' },
  running: { zh: '同时运行的请求', en: 'Requests running' },
  model2: { zh: '模型与假设', en: 'Model and assumptions' },
  assumptions: {
    zh: '流程按每个请求预留 KV 块的方式判断"放得下"；TPOT、TTFT 和吞吐取自稳态连续批处理模型（servingThroughput），按推荐的批大小计算。',
    en: 'The flow decides “fits” with each request’s reserved KV blocks; TPOT, TTFT and throughput come from the steady-state continuous-batching model (servingThroughput) at the recommended batch.',
  },
  takeaway: {
    zh: '按顺序提问：先放得下，再守住每 token 延迟，再提高并发——推荐的是"先试什么"，仍要实测并复核精度。',
    en: 'Ask in order: make it fit, then hold the per-token latency, then raise concurrency — the result says what to try first; still measure and re-check accuracy.',
  },
  listSep: { zh: '；', en: '; ' },
  target: (p: { met: boolean; target: string }): Bilingual => ({
    zh: `${p.met ? '✓ 达标' : '✗ 未达标'}（目标 ${p.target}）`,
    en: `${p.met ? '✓ met' : '✗ missed'} (target ${p.target})`,
  }),
  /** The chooser's TPOT verdict, on the steady-state TPOT it shows: met, or no option meets it and this is the closest. */
  tpotVerdict: (p: { met: boolean; target: string; value: string }): Bilingual => (p.met
    ? { zh: `✓ 达标（目标 ${p.target}）`, en: `✓ met (target ${p.target})` }
    : { zh: `✗ 无方案达到 ${p.target}；最接近：${p.value}`, en: `✗ no option meets ${p.target}; closest: ${p.value}` }),
  overBy: (amount: string): Bilingual => ({ zh: `✗ 超出 ${amount}`, en: `✗ over by ${amount}` }),
  freeOk: (amount: string): Bilingual => ({ zh: `✓ 剩 ${amount}`, en: `✓ ${amount} free` }),
  config: (p: { weights: string; kv: string; tp: number; batch: number; paged: boolean; flash: boolean }): Bilingual => ({
    zh: `权重 ${p.weights} · KV ${p.kv} · TP ${p.tp} · 批 ${p.batch} · ${p.paged ? '分页 KV' : '连续 KV'} · ${p.flash ? 'FlashAttention' : '未融合注意力'}`,
    en: `${p.weights} weights · ${p.kv} KV · TP ${p.tp} · batch ${p.batch} · ${p.paged ? 'paged KV' : 'contiguous KV'} · ${p.flash ? 'FlashAttention' : 'unfused attention'}`,
  }),
  flowSummary: (steps: string): Bilingual => ({ zh: `决策流程：${steps}`, en: `Decision flow: ${steps}` }),
} as const;

export const classText: { readonly [C in DeviceClass]: Bilingual } = {
  datacenter: { zh: '数据中心 GPU', en: 'Datacenter GPU' },
  consumer: { zh: '消费级 GPU', en: 'Consumer GPU' },
  edge: { zh: '边缘 SoC', en: 'Edge SoC' },
};

export const toleranceText: { readonly [T in AccuracyTolerance]: Bilingual } = {
  int4: { zh: 'INT4', en: 'INT4' },
  int8: { zh: 'INT8/FP8', en: 'INT8/FP8' },
  fp16: { zh: 'FP16', en: 'FP16' },
};

export const stopText: { readonly [S in StopId]: Bilingual } = {
  chat: { zh: '在线对话', en: 'Chat' },
  offline: { zh: '离线批量', en: 'Offline batch' },
  huge: { zh: '超大模型', en: 'Huge model' },
  'long-context': { zh: '长上下文问答', en: 'Long context' },
  edge: { zh: '端侧助手', en: 'On device' },
};

/** 表12 (view="table"): headers, row names and the templates of its computed cells. */
export const tableText = {
  caption: { zh: '每个应用场景：引擎的首要瓶颈、推荐组合与稳态指标', en: 'Each application: the engine’s first bottleneck, recommendation and steady state' },
  application: { zh: '应用场景', en: 'Application' },
  constraints: { zh: '约束', en: 'Constraints' },
  bottleneck: { zh: '首要瓶颈（FP16 单卡）', en: 'First bottleneck (FP16, 1 GPU)' },
  combination: { zh: '推荐组合（引擎选出）', en: 'Recommended (engine)' },
  rules: { zh: '推荐的每一项', en: 'Every recommended item' },
  tpot: { zh: 'TPOT', en: 'TPOT' },
  throughput: { zh: '吞吐', en: 'Throughput' },
  fit: { zh: '显存/GPU', en: 'Memory/GPU' },
  ttft: { zh: 'TTFT', en: 'TTFT' },
  lengths: { zh: '提示词 / 输出', en: 'Prompt / output' },
  custom: { zh: '当前设置', en: 'Your settings' },
  shown: { zh: '推导所示：', en: 'Work shown for:' },
  note: {
    zh: '每行是一组应用约束；瓶颈取 FP16 单卡基线的稳态迭代（servingThroughput），组合由引擎的决策流程选出（FlashAttention 总在其中），TPOT、吞吐与显存是推荐部署的稳态值——流程判断用的正是这个 TPOT：✗ 表示可选方案都达不到目标，该行显示最接近的。点应用场景按钮查看该行的推导。',
    en: 'Each row is one set of constraints; the bottleneck is the FP16 one-GPU baseline’s steady-state iteration (servingThroughput), the combination is the engine’s decision flow (FlashAttention always included), and TPOT, throughput and memory are the recommended deployment’s steady state — the same TPOT the flow decided on: ✗ means no combination within the options meets the target and the row shows the closest. Click a scenario button to see that row’s work.',
  },
  stageNote: {
    zh: '瓶颈：FP16 单卡基线；组合与数值：推荐部署的稳态（引擎计算，FlashAttention 总在其中）；✓ = TPOT 达标；✗ = 无方案达标，显示最接近的。',
    en: 'Bottleneck: FP16 on one GPU; the rest: recommended deployment in steady state (FlashAttention always in); ✓ TPOT met, ✗ no option meets it.',
  },
  tokPerS: { zh: 'tok/s', en: 'tok/s' },
  freeHeader: { zh: '剩余显存/GPU', en: 'Free/GPU' },
  freeCell: (p: { fits: boolean; amount: string }): Bilingual => ({ zh: p.fits ? `✓ ${p.amount}` : `✗ 超出 ${p.amount}`, en: p.fits ? `✓ ${p.amount}` : `✗ over ${p.amount}` }),
  constraintCell: (p: { model: string; gpus: number; device: string; requests: string; tpot: string }): Bilingual => ({
    zh: `${p.model}，${p.gpus}× ${p.device}；${p.requests}，TPOT ≤ ${p.tpot}`,
    en: `${p.model}, ${p.gpus}× ${p.device}; ${p.requests}, TPOT ≤ ${p.tpot}`,
  }),
  share: (p: { bound: Bilingual; share: string }): Bilingual => ({ zh: `${p.bound.zh} ${p.share}`, en: `${p.bound.en} ${p.share}` }),
  weightsOver: (p: { weights: string; usable: string }): Bilingual => ({ zh: `显存：权重 ${p.weights} > 可用 ${p.usable}`, en: `memory: weights ${p.weights} > ${p.usable} usable` }),
  needsOver: (p: { total: string; usable: string }): Bilingual => ({ zh: `显存：需 ${p.total} > 可用 ${p.usable}`, en: `memory: needs ${p.total} > ${p.usable} usable` }),
  met: (p: { value: string; met: boolean }): Bilingual => (p.met
    ? { zh: `${p.value} ✓`, en: `${p.value} ✓` }
    : { zh: `${p.value} ✗ 最接近`, en: `${p.value} ✗ closest` }),
  tpotUnit: { zh: 'ms', en: 'ms' },
  weightsItem: (format: string): Bilingual => ({ zh: `${format} 权重`, en: `${format} weights` }),
  tpItem: (tp: number): Bilingual => ({ zh: `TP ${tp}`, en: `TP ${tp}` }),
  capItem: (batch: number): Bilingual => ({ zh: `批 ≤ ${batch}`, en: `batch ≤ ${batch}` }),
  join: { zh: ' + ', en: ' + ' },
} as const;

/** The bound the serving model names, as a table cell word. */
export const boundWord: { readonly [B in 'compute' | 'memory' | 'communication']: Bilingual } = {
  compute: { zh: '计算', en: 'compute' },
  memory: { zh: '访存', en: 'memory traffic' },
  communication: { zh: '通信', en: 'communication' },
};

/** 表12's row names (longer than the stop buttons). */
export const applicationText: { readonly [S in StopId]: Bilingual } = {
  chat: { zh: '在线对话', en: 'Online chat' },
  offline: { zh: '离线批量摘要', en: 'Offline summarisation' },
  huge: { zh: '超大模型服务', en: 'Very large model' },
  'long-context': { zh: '长上下文问答', en: 'Long-context Q&A' },
  edge: { zh: '端侧助手', en: 'On-device assistant' },
};

/** Short names of the recommended items for the stage's combination cell (FlashAttention is always there, so it is left out). */
export const shortRule: { readonly [R in 'continuous-batching' | 'paged-kv' | 'fp8-kv' | 'nvlink-domain' | 'overlap-comm' | 'smaller-model']: Bilingual } = {
  'continuous-batching': { zh: '连续批处理', en: 'continuous batching' },
  'paged-kv': { zh: 'KV 分页', en: 'paged KV' },
  'fp8-kv': { zh: 'FP8 KV', en: 'FP8 KV' },
  'nvlink-domain': { zh: 'NVLink 内 TP', en: 'TP on NVLink' },
  'overlap-comm': { zh: '通信重叠', en: 'overlap comm.' },
  'smaller-model': { zh: '换更小的模型', en: 'a smaller model' },
};
