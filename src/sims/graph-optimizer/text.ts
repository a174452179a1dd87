import type { Bilingual } from '../../ui/index.ts';
import type { PassId } from '../../engine/graph/types.ts';
import type { UiPass } from './store.ts';

export const PASS_TEXT: Record<UiPass, Bilingual> = {
  fold: { zh: '常量折叠', en: 'Constant folding' },
  dce: { zh: '死代码消除', en: 'Dead-code elimination' },
  cse: { zh: '公共子表达式消除', en: 'Common-subexpr. elimination' },
  fuse: { zh: '算子融合', en: 'Operator fusion' },
  memory: { zh: '访存优化（布局、分块）', en: 'Memory access (layout, tiling)' },
};

export const ENGINE_PASS_TEXT: Record<PassId, Bilingual> = {
  fold: PASS_TEXT.fold,
  dce: PASS_TEXT.dce,
  cse: PASS_TEXT.cse,
  'fuse-elementwise': { zh: '融合：逐元素链', en: 'Fusion: element-wise' },
  'fuse-bias-act': { zh: '融合：bias + 激活', en: 'Fusion: bias + activation' },
  'fuse-norm': { zh: '融合：归一化 + 残差', en: 'Fusion: norm + residual' },
  'fuse-qkv': { zh: '融合：QKV、gate/up 合并', en: 'Fusion: QKV, gate/up merge' },
  layout: { zh: '访存：数据布局', en: 'Memory: layout' },
  tiling: { zh: '访存：注意力分块', en: 'Memory: tiled attention' },
};

export const REMOVED_TAG = { fold: 'fold', dce: 'DCE', cse: 'CSE', layout: 'layout' } as const;

export const KIND_TEXT: Record<string, Bilingual> = {
  matmul: { zh: '矩阵乘法', en: 'matmul' },
  elementwise: { zh: '逐元素', en: 'element-wise' },
  reduction: { zh: '归约', en: 'reduction' },
  layout: { zh: '布局/拷贝', en: 'layout/copy' },
  constant: { zh: '常量计算', en: 'constant' },
  identity: { zh: '推理时为恒等', en: 'identity at inference' },
};

export const G = {
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '硬件', en: 'Hardware' },
  phase: { zh: '阶段', en: 'Phase' },
  prefill: { zh: '预填充', en: 'Prefill' },
  decode: { zh: '解码', en: 'Decode' },
  batch: { zh: '批大小', en: 'Batch' },
  tokens: { zh: '提示/上下文长度', en: 'Prompt / context length' },
  tokensUnit: { zh: 'token', en: 'tokens' },
  passes: { zh: '优化 pass', en: 'Passes' },
  kernels: { zh: 'kernel 数', en: 'Kernels' },
  bytes: { zh: 'HBM 读写', en: 'HBM traffic' },
  flops: { zh: 'FLOPs', en: 'FLOPs' },
  time: { zh: '估算时间（一个块）', en: 'Time (one block)' },
  baseline: { zh: '相对未优化', en: 'vs unoptimised' },
  takeaway: {
    zh: 'FLOPs 几乎不变，时间却下降：各 pass 省掉的是搬数据和 kernel 启动，而不是计算。',
    en: 'FLOPs barely move while time falls: the passes remove data movement and launches, not arithmetic.',
  },
  predictQ: { zh: '打开"算子融合"，哪个读数变化最大？', en: 'Switch on operator fusion: which readout moves most?' },
  predictA: { zh: 'kernel 数与 HBM 字节', en: 'Kernels and HBM bytes' },
  predictB: { zh: 'FLOPs', en: 'FLOPs' },
  predictC: { zh: '都不变', en: 'None of them' },
  predictWhy: {
    zh: '融合把多个 kernel 合成一个，中间结果留在片上：kernel 数和字节减少，运算一次不少。',
    en: 'Fusion merges kernels and keeps intermediates on chip: fewer kernels and bytes, the same arithmetic.',
  },
  legendKernel: { zh: '橙色虚线框 = 融合后的一个 kernel；虚线灰框 = 被 pass 删除的节点', en: 'Orange dashed box = one fused kernel; grey dashed node = removed by a pass' },
  tableCaption: { zh: '各优化 pass 的前后对比（依次打开）', en: 'Each pass before → after (switched on in order)' },
  pass: { zh: 'Pass', en: 'Pass' },
  removed: { zh: '删除节点', en: 'Nodes removed' },
  speedup: { zh: '本步加速', en: 'Step speed-up' },
  tableNote: (ec: string, em: string, launch: string): Bilingual => ({
    zh: `一个 Transformer 块，按所选模型、硬件、阶段与批大小计算；时间 = 各 kernel 的屋顶线时间（η_c = ${ec}，η_m = ${em}）+ 每个 kernel ${launch} 启动开销。`,
    en: `One transformer block for the chosen model, hardware, phase and batch; time = each kernel on the roofline (η_c = ${ec}, η_m = ${em}) + ${launch} launch per kernel.`,
  }),
} as const;
