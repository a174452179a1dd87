import type { Bilingual } from '../../ui/index.ts';
import type { OpGroup } from '../../engine/compute/operatorBounds.ts';

export const GROUP_TEXT: Record<OpGroup, Bilingual> = {
  linear: { zh: '线性层（带权重的矩阵乘法）', en: 'linear layers (weight matmuls)' },
  attention: { zh: '注意力（读 KV cache）', en: 'attention (reads the KV cache)' },
  elementwise: { zh: '逐元素（归一化、残差、激活）', en: 'element-wise (norm, residual, activation)' },
  'lm-head': { zh: '输出层 lm_head', en: 'lm_head' },
};

export const BOUND_TEXT = {
  compute: { zh: '算力受限', en: 'compute-bound' },
  memory: { zh: '带宽受限', en: 'bandwidth-bound' },
  mixed: { zh: '部分算力受限', en: 'mixed' },
} as const;

export const PHASE_TEXT = {
  prefill: { zh: '预填充', en: 'prefill' },
  decode: { zh: '解码', en: 'decode' },
} as const;

export const T = {
  mode: { zh: '视图', en: 'View' },
  modeLlm: { zh: 'LLM 算子', en: 'LLM operators' },
  modeTpu: { zh: 'TPU 论文', en: 'TPU paper' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '硬件', en: 'Hardware' },
  batch: { zh: '批大小（解码）', en: 'Batch (decode)' },
  prompt: { zh: '提示长度（预填充）', en: 'Prompt length (prefill)' },
  context: { zh: '上下文长度（解码）', en: 'Context length (decode)' },
  operator: { zh: '查看算子', en: 'Operator to inspect' },
  ridgeBatch: { zh: '拐点批大小', en: 'ridge batch' },
  tokens: { zh: 'token', en: 'tokens' },
  ridge: { zh: '拐点 I*（计算精度下）', en: 'Ridge point I* (compute precision)' },
  opTime: { zh: '所选算子时间（理想屋顶线）', en: 'Selected operator time (ideal roofline)' },
  computeBoundBatch: { zh: '解码线性层转为算力受限的批大小', en: 'Batch at which decode linears turn compute-bound' },
  never: { zh: '≤ 65536 内不会', en: 'not within 65,536' },
  xTitle: { zh: '算术强度 (FLOP/B)', en: 'Arithmetic intensity (FLOP/B)' },
  yTitle: { zh: '可达性能 (FLOP/s)', en: 'Attainable performance (FLOP/s)' },
  xTitleTpu: { zh: '运算强度：每权重字节的 MAC 运算数', en: 'Operational intensity: MAC ops / weight byte' },
  yTitleTpu: { zh: '性能 (ops/s)', en: 'Performance (ops/s)' },
  takeaway: {
    zh: '解码的线性层强度约等于批大小：批大小接近拐点之前，它们都受带宽限制；注意力的强度不随批大小增长。',
    en: 'Decode linear layers have intensity ≈ batch: until the batch nears the ridge they are bandwidth-bound, and attention never climbs with batch.',
  },
  takeawayTpu: {
    zh: 'TPU 的拐点在 1350，四个生产应用（MLP、LSTM）落在斜线下：受带宽限制，而不是乘法器不够。',
    en: 'The TPU’s ridge is at 1350; four of six production apps (MLPs, LSTMs) sit under the slope: bandwidth, not multipliers, limits them.',
  },
  predictQ: {
    zh: '批大小从 1 增加到 64，解码的 q_proj 点会怎样移动？',
    en: 'If the decode batch goes from 1 to 64, where does the q_proj point move?',
  },
  predictA: { zh: '沿斜线向右上方，接近拐点', en: 'Up the slope to the right, toward the ridge' },
  predictB: { zh: '水平向右，停在屋顶下', en: 'Straight right, under the roof' },
  predictC: { zh: '几乎不动', en: 'It barely moves' },
  predictWhy: {
    zh: '权重每读一次被 B 个请求复用，强度 ≈ B FLOP/B；在拐点左侧，可达性能 = 强度 × 带宽，所以点沿斜线上升。',
    en: 'Each weight read now serves B requests, so intensity ≈ B FLOP/B; left of the ridge attainable = intensity × bandwidth, so the point climbs the slope.',
  },
  tableCaption: { zh: '各模型算子的瓶颈（所选硬件）', en: 'Bottleneck per operator class (chosen hardware)' },
  tableNote: {
    zh: '理想屋顶线；预填充批大小 1，解码批大小与上下文取自上一页；不考虑显存容量。',
    en: 'Ideal roofline; prefill at batch 1, decode batch and context from the figure slide; memory capacity ignored.',
  },
  app: { zh: '应用', en: 'Application' },
  measured: { zh: '实测（表 3）', en: 'measured (Table 3)' },
  bound: { zh: '屋顶线上限', en: 'roofline bound' },
  tpuNote: {
    zh: '横轴按论文定义：每字节权重的 MAC 次数（1 MAC = 2 次运算，所以拐点 = 峰值 ÷ (2 × 带宽)）。K80 与 Haswell 的实测点论文只以图形给出、未列数值，这里只画它们的屋顶线；表 6 给出相对性能。',
    en: 'x-axis as the paper defines it: MAC ops per weight byte (1 MAC = 2 ops, so ridge = peak ÷ (2 × bandwidth)). The paper gives K80 and Haswell measurements only as plotted points, not numbers, so only their rooflines are drawn; Table 6 gives relative speed.',
  },
  relative: { zh: '相对 Haswell（表 6，含主机开销）', en: 'vs Haswell (Table 6, incl. host)' },
  reset: { zh: '重置', en: 'Reset' },
} as const;
