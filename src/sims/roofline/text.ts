/** Interface text of the roofline simulator (图5, 表5), both languages. */
import type { OpGroup, Precision } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';

export const GROUP_TEXT: Record<OpGroup, Bilingual> = {
  linear: { zh: '线性层（带权重的矩阵乘法）', en: 'linear layers (weight matmuls)' },
  attention: { zh: '注意力（读 KV cache）', en: 'attention (reads the KV cache)' },
  elementwise: { zh: '逐元素（归一化、残差、激活）', en: 'element-wise (norm, residual, activation)' },
  'lm-head': { zh: '输出层 lm_head', en: 'lm_head' },
};

/** Short group names for the stage legend. */
export const GROUP_SHORT: Record<OpGroup, Bilingual> = {
  linear: { zh: '线性层', en: 'linear' },
  attention: { zh: '注意力', en: 'attention' },
  elementwise: { zh: '逐元素', en: 'element-wise' },
  'lm-head': { zh: 'lm_head', en: 'lm_head' },
};

export const BOUND_TEXT = {
  compute: { zh: '算力受限', en: 'compute-bound' },
  memory: { zh: '带宽受限', en: 'bandwidth-bound' },
  mixed: { zh: '部分算力受限', en: 'mixed' },
} as const;

/** Short cell words for the stage table (the note below it spells them out). */
export const BOUND_SHORT = {
  compute: { zh: '算力受限', en: 'compute' },
  memory: { zh: '带宽受限', en: 'bandwidth' },
  mixed: { zh: '部分', en: 'mixed' },
} as const;

export const PHASE_TEXT = {
  prefill: { zh: '预填充', en: 'prefill' },
  decode: { zh: '解码', en: 'decode' },
} as const;

/** Precision names as printed on data sheets (the same in both languages). */
export const PRECISION_LABEL: Record<Precision, string> = {
  fp32: 'FP32', tf32: 'TF32', bf16: 'BF16', fp16: 'FP16', fp8: 'FP8', int8: 'INT8', int4: 'INT4',
};

export const text = {
  title: { zh: '屋顶线', en: 'Roofline' },
  mode: { zh: '视图', en: 'View' },
  modeLlm: { zh: 'LLM 算子', en: 'LLM operators' },
  modeTpu: { zh: 'TPU 论文', en: 'TPU paper' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '硬件', en: 'Hardware' },
  batch: { zh: '批大小（解码）', en: 'Batch (decode)' },
  prompt: { zh: '提示长度（预填充）', en: 'Prompt length (prefill)' },
  context: { zh: '上下文长度（解码）', en: 'Context length (decode)' },
  operator: { zh: '查看算子', en: 'Operator to inspect' },
  ridgeBatchStop: { zh: '拐点批大小', en: 'ridge batch' },
  tokens: { zh: 'tokens', en: 'tokens' },
  ridge: (precision: string): Bilingual => ({ zh: `拐点 I*（${precision}）`, en: `Ridge point I* (${precision})` }),
  ridgeValue: (flop: string, mac: string): Bilingual => ({ zh: `${flop} FLOP/B = ${mac} MAC/B`, en: `${flop} FLOP/B = ${mac} MAC/B` }),
  macEquivalent: (mac: string): Bilingual => ({ zh: `= ${mac} MAC/B（1 MAC = 2 FLOP）`, en: `= ${mac} MAC/B (1 MAC = 2 FLOP)` }),
  macNote: { zh: '1 MAC = 2 FLOP', en: '1 MAC = 2 FLOP' },
  opTime: (op: string): Bilingual => ({ zh: `${op} 的时间（理想屋顶线）`, en: `${op} time (ideal roofline)` }),
  computeBoundBatch: { zh: '解码线性层转为算力受限的批大小', en: 'Batch at which decode linears turn compute-bound' },
  never: { zh: '≤ 65,536 内不会', en: 'not within 65,536' },
  xTitle: { zh: '算术强度 (FLOP/B)', en: 'Arithmetic intensity (FLOP/B)' },
  yTitle: { zh: '可达 FLOP/s', en: 'Attainable FLOP/s' },
  xTitleTpu: { zh: '运算强度：每权重字节的 MAC 运算数（1 MAC = 2 FLOP）', en: 'Operational intensity: MAC ops per weight byte (1 MAC = 2 FLOP)' },
  xTitleTpuShort: { zh: '运算强度：每权重字节的 MAC 运算数', en: 'Intensity: MAC ops per weight byte' },
  yTitleTpu: { zh: '性能 (ops/s)', en: 'Performance (ops/s)' },
  ridgeLabel: (value: string, precision: string): Bilingual => ({ zh: `I* = ${value} FLOP/B（${precision}）`, en: `I* = ${value} FLOP/B (${precision})` }),
  ridgeLabelTpu: (name: string, mac: string, precision: string): Bilingual => ({ zh: `${name} I* = ${mac} MAC/B（${precision}）`, en: `${name} I* = ${mac} MAC/B (${precision})` }),
  deviceRidge: (name: string, precision: string): Bilingual => ({ zh: `${name} 拐点（${precision}）`, en: `${name} ridge (${precision})` }),
  macValue: (mac: string, flop: string): Bilingual => ({ zh: `${mac} MAC/B = ${flop} FLOP/B`, en: `${mac} MAC/B = ${flop} FLOP/B` }),
  describe: (p: { phase: Bilingual; name: string; group: Bilingual; intensity: string; perf: string; bound: Bilingual }): Bilingual => ({
    zh: `${p.phase.zh} · ${p.name} · ${p.group.zh}：I = ${p.intensity} FLOP/B，${p.perf}，${p.bound.zh}`,
    en: `${p.phase.en} · ${p.name} · ${p.group.en}: I = ${p.intensity} FLOP/B, ${p.perf}, ${p.bound.en}`,
  }),
  summary: (p: { device: string; ridge: string; precision: string; model: string; prefill: number; decode: number; batch: number }): Bilingual => ({
    zh: `${p.device} 的屋顶线，拐点 ${p.ridge} FLOP/B（${p.precision}）；${p.model} 的 ${p.prefill} 个预填充算子和 ${p.decode} 个解码算子（批大小 ${p.batch}）。`,
    en: `Roofline of ${p.device}, ridge ${p.ridge} FLOP/B (${p.precision}); ${p.prefill} prefill and ${p.decode} decode operators of ${p.model} (batch ${p.batch}).`,
  }),
  tpuSummary: {
    zh: 'Jouppi 等 2017 年图 5–7：TPU、K80、Haswell 三条屋顶线（横轴为每权重字节的 MAC 数，1 MAC = 2 FLOP），六个应用按论文的运算强度放置，星形为 TPU 实测值，空心圆为屋顶线上限。',
    en: 'Jouppi et al. 2017 Figs. 5–7: TPU, K80 and Haswell rooflines (x in MAC ops per weight byte, 1 MAC = 2 FLOP); six applications at the paper’s intensities; stars are TPU measurements, hollow circles the roofline bounds.',
  },
  legendPrefill: { zh: '■ 预填充', en: '■ prefill' },
  legendDecode: { zh: '● 解码', en: '● decode' },
  takeaway: {
    zh: '每读一次权重服务 B 个请求，解码线性层的强度 ≈ 批大小：接近拐点前都受带宽限制；注意力的强度不随批大小增长。',
    en: 'Each weight read serves B requests, so decode linears have intensity ≈ batch: bandwidth-bound until the batch nears the ridge; attention never climbs with batch.',
  },
  takeawayTpu: {
    zh: 'TPU 的拐点在 1350 MAC/B（2700 FLOP/B），四个生产应用（MLP、LSTM）落在斜线下：受带宽限制，而不是乘法器不够。',
    en: 'The TPU’s ridge is at 1,350 MAC/B (2,700 FLOP/B); four of six production apps (MLPs, LSTMs) sit under the slope: bandwidth, not multipliers, limits them.',
  },
  question: (p: { model: string; device: string }): Bilingual => ({
    zh: `${p.model}，${p.device}：解码批大小 1 → 64，q_proj 的点会移到哪里？`,
    en: `${p.model}, ${p.device}: decode batch 1 → 64, where does q_proj move?`,
  }),
  predictA: { zh: '沿斜线上升，仍在拐点左侧', en: 'Up the slope, still left of the ridge' },
  predictB: { zh: '越过拐点，到平顶', en: 'Past the ridge, onto the roof' },
  predictC: { zh: '几乎不动', en: 'It barely moves' },
  explanation: (p: { i1: string; i64: string; ridge: string }): Bilingual => ({
    zh: `q_proj 的强度 ${p.i1} → ${p.i64} FLOP/B，拐点 ${p.ridge} FLOP/B。`,
    en: `q_proj’s intensity goes ${p.i1} → ${p.i64} FLOP/B against a ridge of ${p.ridge} FLOP/B.`,
  }),
  tableCaption: { zh: '表5 各模型算子的瓶颈（所选硬件）', en: 'Table 5 Bottleneck per operator class (chosen hardware)' },
  tableNote: {
    zh: '▲ 算力受限，▽ 带宽受限，◆ 部分算力受限。理想屋顶线；预填充批大小 1，解码按所选批大小与上下文；不考虑显存容量。全部模型在"探索"视图中。',
    en: '▲ compute-bound, ▽ bandwidth-bound, ◆ mixed. Ideal roofline; prefill at batch 1, decode at the chosen batch and context; memory capacity ignored. Every model: in the Explore view.',
  },
  prefillLinear: { zh: '预填充·线性层', en: 'Prefill · linear' },
  prefillAttention: { zh: '预填充·注意力', en: 'Prefill · attention' },
  decodeLinear: { zh: '解码·线性层', en: 'Decode · linear' },
  decodeAttention: { zh: '解码·注意力', en: 'Decode · attention' },
  elementwise: { zh: '逐元素算子', en: 'Element-wise' },
  ridgeBatch: { zh: '解码转为算力受限的批大小', en: 'Decode compute-bound from batch' },
  ridgeBatchShort: { zh: '解码算力受限起始批', en: 'Decode compute from batch' },
  app: { zh: '应用', en: 'Application' },
  measured: { zh: '实测（表 3）', en: 'measured (Table 3)' },
  bound: { zh: '屋顶线上限', en: 'roofline bound' },
  tpuNote: {
    zh: '横轴按论文定义：每字节权重的 MAC 次数（1 MAC = 2 次运算，所以拐点 = 峰值 ÷ (2 × 带宽)），与"LLM 算子"视图中同一设备的 FLOP/B 拐点是同一个数的一半。K80 与 Haswell 的实测点论文只以图形给出，这里只画它们的屋顶线；表 6 给出相对性能。',
    en: 'x-axis as the paper defines it: MAC ops per weight byte (1 MAC = 2 ops, so ridge = peak ÷ (2 × bandwidth)), half the FLOP/B ridge the LLM-operators view shows for the same device. The paper gives K80 and Haswell measurements only as plotted points, so only their rooflines are drawn; Table 6 gives relative speed.',
  },
  tpuTableCaption: { zh: 'Jouppi 等（2017）表 1、表 3、表 6 与屋顶线上限', en: 'Jouppi et al. (2017) Tables 1, 3, 6 and the roofline bounds' },
  intensityTable1: { zh: '强度（表 1）', en: 'Intensity (Table 1)' },
  tpuBound: { zh: 'TPU 上限', en: 'TPU bound' },
  tpuMeasured: { zh: 'TPU 实测（表 3）', en: 'TPU measured (Table 3)' },
  tpuSide: { zh: 'TPU 上的瓶颈', en: 'TPU bound by' },
  k80Bound: { zh: 'K80 上限', en: 'K80 bound' },
  haswellBound: { zh: 'Haswell 上限', en: 'Haswell bound' },
  relative: { zh: '相对 Haswell（表 6，含主机开销）', en: 'vs Haswell (Table 6, incl. host)' },
} as const;
