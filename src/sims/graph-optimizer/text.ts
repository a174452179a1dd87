/** Interface text of the graph-optimizer simulator (图6, 表6), both languages. */
import type { PassId, PassStep } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';

export const STEP_TEXT: Record<PassStep, Bilingual> = {
  fold: { zh: '常量折叠', en: 'Constant folding' },
  dce: { zh: '死代码消除', en: 'Dead-code elimination' },
  cse: { zh: '公共子表达式消除', en: 'Common-subexpr. elimination' },
  fuse: { zh: '算子融合', en: 'Operator fusion' },
  memory: { zh: '访存优化（布局、分块）', en: 'Memory access (layout, tiling)' },
};

export const PASS_TEXT: Record<PassId, Bilingual> = {
  fold: STEP_TEXT.fold,
  dce: STEP_TEXT.dce,
  cse: STEP_TEXT.cse,
  'fuse-elementwise': { zh: '融合：逐元素链', en: 'Fusion: element-wise' },
  'fuse-bias-act': { zh: '融合：bias + 激活', en: 'Fusion: bias + activation' },
  'fuse-norm': { zh: '融合：归一化 + 残差', en: 'Fusion: norm + residual' },
  'fuse-qkv': { zh: '融合：QKV、gate/up 合并', en: 'Fusion: QKV, gate/up merge' },
  layout: { zh: '访存：数据布局', en: 'Memory: layout' },
  tiling: { zh: '访存：注意力分块', en: 'Memory: tiled attention' },
};

/** The short tag a removed node carries in the graph (pass names, the same in both languages). */
export const REMOVED_TAG = { fold: 'fold', dce: 'DCE', cse: 'CSE', layout: 'layout' } as const;

export const KIND_TEXT: Record<string, Bilingual> = {
  matmul: { zh: '矩阵乘法', en: 'matmul' },
  elementwise: { zh: '逐元素', en: 'element-wise' },
  reduction: { zh: '归约', en: 'reduction' },
  layout: { zh: '布局/拷贝', en: 'layout/copy' },
  constant: { zh: '常量计算', en: 'constant' },
  identity: { zh: '推理时为恒等', en: 'identity at inference' },
};

/** A node kind's name; an unknown kind reads as its id in both languages. */
export const kindText = (kind: string): Bilingual => KIND_TEXT[kind] ?? { zh: kind, en: kind };

export type FlopsAnswer = 'half' | 'some' | 'barely';

const phaseWords = (phase: 'prefill' | 'decode'): Bilingual => (phase === 'prefill' ? { zh: '预填充', en: 'prefill' } : { zh: '解码', en: 'decode' });

export const text = {
  title: { zh: '计算图优化', en: 'Graph optimiser' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '硬件', en: 'Hardware' },
  phase: { zh: '阶段', en: 'Phase' },
  prefill: { zh: '预填充', en: 'Prefill' },
  decode: { zh: '解码', en: 'Decode' },
  batch: { zh: '批大小', en: 'Batch' },
  tokens: { zh: '提示/上下文长度', en: 'Prompt / context length' },
  tokensUnit: { zh: 'tokens', en: 'tokens' },
  passes: { zh: '优化 pass（任意组合）', en: 'Passes (any combination)' },
  unoptimised: { zh: '未优化', en: 'Unoptimised' },
  kernels: { zh: 'kernel 数', en: 'Kernels' },
  bytes: { zh: 'HBM 读写', en: 'HBM traffic' },
  flops: { zh: 'FLOPs', en: 'FLOPs' },
  time: { zh: '估算时间（一个块）', en: 'Time (one block)' },
  baseline: { zh: '相对未优化', en: 'vs unoptimised' },
  legend: { zh: '橙色虚线框 = 融合后的一个 kernel；灰色虚线节点 = 被 pass 删除', en: 'Orange dashed box = one fused kernel; grey dashed node = removed by a pass' },
  scope: { zh: '测量范围：一个完整的 Transformer 块（一层的一步），不是单个 kernel', en: 'Measured on a whole transformer block (one layer, one step), not one kernel' },
  takeaway: {
    zh: 'FLOPs 几乎不变，时间却下降：没有哪个 pass 删掉矩阵乘法，省掉的是搬数据和 kernel 启动。',
    en: 'FLOPs barely move while time falls: no pass removes a matrix multiply; they remove data movement and launches.',
  },
  question: (p: { model: string; phase: 'prefill' | 'decode' }): Bilingual => ({
    zh: `${p.model} ${phaseWords(p.phase).zh}，五个 pass 全开：FLOPs……`,
    en: `${p.model} ${phaseWords(p.phase).en}, all passes on: FLOPs…`,
  }),
  choiceHalf: { zh: '减少一半以上', en: 'fall by over half' },
  choiceSome: { zh: '减少 5%–50%', en: 'fall by 5–50 %' },
  choiceBarely: { zh: '几乎不变（< 5%）', en: 'barely change (< 5 %)' },
  explanation: (p: { flops0: string; flops5: string; flopsChange: string; time0: string; time5: string; timeChange: string; mmShare: string }): Bilingual => ({
    zh: `FLOPs ${p.flops0} → ${p.flops5}（${p.flopsChange}），时间 ${p.time0} → ${p.time5}（${p.timeChange}）；矩阵乘法占 ${p.mmShare}。`,
    en: `FLOPs ${p.flops0} → ${p.flops5} (${p.flopsChange}), time ${p.time0} → ${p.time5} (${p.timeChange}); matrix multiplies are ${p.mmShare} of the FLOPs.`,
  }),
  summary: (p: { model: string; operators: number; kernels: number; bytes: string; time: string }): Bilingual => ({
    zh: `${p.model} 一个 Transformer 块的计算图：${p.operators} 个算子，当前 ${p.kernels} 个 kernel，HBM ${p.bytes}，估算 ${p.time}。`,
    en: `Computation graph of one ${p.model} block: ${p.operators} operators, now ${p.kernels} kernels, ${p.bytes} of HBM traffic, ${p.time}.`,
  }),
  removedBy: (p: { node: string; kind: Bilingual; tag: string }): Bilingual => ({
    zh: `${p.node}（${p.kind.zh}）——已被 ${p.tag} 删除`,
    en: `${p.node} (${p.kind.en}) — removed by ${p.tag}`,
  }),
  nodeCost: (p: { node: string; kind: Bilingual; fusedWith: number; flops: string; bytes: string; time: string }): Bilingual => ({
    zh: `${p.node}（${p.kind.zh}${p.fusedWith > 0 ? `，与 ${p.fusedWith} 个算子融合` : ''}）：kernel ${p.flops}，${p.bytes}，${p.time}`,
    en: `${p.node} (${p.kind.en}${p.fusedWith > 0 ? `, fused with ${p.fusedWith} more` : ''}): kernel ${p.flops}, ${p.bytes}, ${p.time}`,
  }),
  hoverHint: { zh: '将鼠标移到节点上查看它的 kernel 开销', en: 'Hover a node to see its kernel’s cost' },
  // 表6
  tableCaption: { zh: '表6 各优化步骤的前后对比（一个 Transformer 块，依次打开）', en: 'Table 6 Each optimisation step before → after (one transformer block, switched on in order)' },
  pass: { zh: 'Pass', en: 'Pass' },
  removed: { zh: '删除节点', en: 'Nodes removed' },
  speedup: { zh: '本步加速', en: 'Step speed-up' },
  allPasses: { zh: '全部五步之后：一个块的时间', en: 'After all five steps: block time' },
  tableNote: (p: { ec: string; em: string; launch: string }): Bilingual => ({
    zh: `一个完整的 Transformer 块（一层的一步），按所选模型、硬件、阶段与批大小计算；融合在这里衡量的是整个块，图 7 衡量的是单条算子链。时间 = 各 kernel 的屋顶线时间（η_c = ${p.ec}，η_m = ${p.em}）+ 每个 kernel ${p.launch} 启动开销。`,
    en: `A whole transformer block (one layer, one step) for the chosen model, device, phase and batch; fusion here is measured on the whole block, Figure 7 measures one kernel chain. Time = each kernel on the roofline (η_c = ${p.ec}, η_m = ${p.em}) + ${p.launch} launch per kernel.`,
  }),
} as const;
