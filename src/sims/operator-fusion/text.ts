/** Interface text of the operator-fusion simulator (图7), both languages. */
import type { FusionChainId } from '../../engine/index.ts';
import type { Bilingual } from '../../i18n/index.ts';

export const CHAIN_LABELS: Record<FusionChainId, Bilingual> = {
  'bias-gelu': { zh: 'bias + GeLU（OPT/GPT MLP）', en: 'bias + GeLU (OPT/GPT MLP)' },
  'silu-gate': { zh: 'SiLU · gate（Llama MLP）', en: 'SiLU · gate (Llama MLP)' },
  'residual-rmsnorm': { zh: '残差相加 + RMSNorm', en: 'residual add + RMSNorm' },
  'softmax-chain': { zh: '缩放 → 掩码 → softmax（注意力分数）', en: 'scale → mask → softmax (attention scores)' },
};

const phaseWords = (phase: 'prefill' | 'decode'): Bilingual => (phase === 'prefill' ? { zh: '预填充', en: 'prefill' } : { zh: '解码', en: 'decode' });

export const text = {
  title: { zh: '算子融合与 FlashAttention', en: 'Operator fusion and FlashAttention' },
  view: { zh: '视图', en: 'View' },
  viewFusion: { zh: '算子融合', en: 'Fusion' },
  viewAttention: { zh: 'FlashAttention', en: 'FlashAttention' },
  model: { zh: '模型', en: 'Model' },
  hardware: { zh: '硬件', en: 'Hardware' },
  chain: { zh: '算子链', en: 'Operator chain' },
  fuse: { zh: '融合为一个 kernel', en: 'Fuse into one kernel' },
  phase: { zh: '阶段', en: 'Phase' },
  prefill: { zh: '预填充', en: 'Prefill' },
  decode: { zh: '解码', en: 'Decode' },
  batch: { zh: '批大小', en: 'Batch' },
  tokens: { zh: '提示/上下文长度', en: 'Prompt / context length' },
  tokensUnit: { zh: 'tokens', en: 'tokens' },
  seqLen: { zh: '注意力序列长度 N', en: 'Attention sequence length N' },
  sram: { zh: '片上 SRAM 大小 M（每个 SM）', en: 'On-chip SRAM size M (per SM)' },
  headDim: { zh: '头维度 d', en: 'Head dimension d' },
  headDimModel: (d: number): Bilingual => ({ zh: `模型的 d = ${d}`, en: `model's d = ${d}` }),
  headDim64: { zh: 'd = 64（论文中的 BERT/GPT-2）', en: 'd = 64 (BERT/GPT-2, as in the paper)' },
  deviceSram: (kib: string): Bilingual => ({ zh: `本卡 ${kib} KiB`, en: `this GPU ${kib} KiB` }),
  chainTime: { zh: '一条算子链（一个 kernel）：时间', en: 'One chain (one kernel): time' },
  chainBytes: { zh: '一条算子链：显存读写', en: 'One chain: HBM traffic' },
  blockTime: { zh: '整个块（图 6 的融合步）：时间', en: 'Whole block (Figure 6’s fusion step): time' },
  intensity: { zh: '算子链的算术强度', en: 'Chain’s arithmetic intensity' },
  kernels: { zh: 'kernel 数', en: 'Kernels' },
  vsUnfused: { zh: '相对未融合', en: 'vs unfused' },
  stdBytes: { zh: '标准注意力访存（每头）', en: 'Standard attention traffic (per head)' },
  flashBytes: { zh: 'FlashAttention 访存（每头）', en: 'FlashAttention traffic (per head)' },
  vsStandard: { zh: '相对标准', en: 'vs standard' },
  computeBound: { zh: 'FlashAttention 从哪个 N 起转为计算受限', en: 'FlashAttention compute-bound from N' },
  never: (limit: string, ridge: string): Bilingual => ({
    zh: `此范围内不会：强度上限 ${limit}，低于拐点 ${ridge}（增大 M 或减小 d）`,
    en: `not in range: intensity tends to ${limit}, below the ridge ${ridge} (raise M or lower d)`,
  }),
  xIntensity: { zh: '算术强度（FLOP/B）', en: 'Arithmetic intensity (FLOP/B)' },
  yFlops: { zh: '可达性能', en: 'Attainable performance' },
  xSeq: { zh: '序列长度 N（tokens）', en: 'Sequence length N (tokens)' },
  yBytes: { zh: '每头 HBM 读写', en: 'HBM traffic per head' },
  roof: { zh: '屋顶（峰值 / 带宽）', en: 'Roof (peak / bandwidth)' },
  unfusedPt: { zh: '未融合', en: 'unfused' },
  fusedPt: { zh: '融合后', en: 'fused' },
  stdPt: { zh: '标准注意力', en: 'standard attention' },
  flashPt: { zh: 'FlashAttention', en: 'FlashAttention' },
  balanced: { zh: '计算与访存平衡线 F / I*', en: 'Balance line F / I*' },
  /** The ridge's label on the chart: its value (FLOP/B, the x-axis unit) and the precision of the peak. */
  ridgeLabel: (value: string, precision: string): Bilingual => ({ zh: `拐点 ${value}（${precision}）`, en: `ridge ${value} (${precision})` }),
  crossCompute: { zh: 'Flash 转为计算受限', en: 'Flash compute-bound' },
  nowN: { zh: '当前 N', en: 'N now' },
  scopeFusion: {
    zh: '这里衡量一条算子链（融合后是一个 kernel）；图 6/表 6 衡量整个块，所以同一融合在这里解码收益大、在整个块里预填充收益大。',
    en: 'Measured on one chain (one kernel once fused); Figure 6 and Table 6 measure the whole block, so fusion helps decode more here and prefill more there.',
  },
  scopeAttention: { zh: '一个注意力头，无掩码，FP16（Dao 等 2022，定理 2）', en: 'One attention head, no mask, FP16 (Dao et al. 2022, Theorem 2)' },
  rooflineSummary: (p: { device: string; ridge: string; precision: string; chain: string; unfused: string; fused: string | null }): Bilingual => ({
    zh: `${p.device} 的屋顶线，拐点 ${p.ridge} FLOP/B（${p.precision}）；${p.chain}：未融合强度 ${p.unfused} FLOP/B${p.fused === null ? '' : `，融合后 ${p.fused} FLOP/B`}。`,
    en: `Roofline of ${p.device}, ridge ${p.ridge} FLOP/B (${p.precision}); ${p.chain}: unfused intensity ${p.unfused} FLOP/B${p.fused === null ? '' : `, fused ${p.fused} FLOP/B`}.`,
  }),
  ioSummary: (p: { n: string; std: string; flash: string }): Bilingual => ({
    zh: `对数坐标：每头显存访问量随 N 变化。标准注意力按 N² 增长，FlashAttention 按 N²d²/M 增长。N = ${p.n} 时分别为 ${p.std} 与 ${p.flash}。`,
    en: `Log-log: HBM traffic per head against N. Standard grows as N², FlashAttention as N²d²/M. At N = ${p.n}: ${p.std} vs ${p.flash}.`,
  }),
  takeaway: {
    zh: '融合减少搬运、不减少计算：点右移，但逐元素链仍受带宽限制；FlashAttention 把 N² 分数留在片上，SRAM 越大访存越少。',
    en: 'Fusion removes traffic, not arithmetic: the point moves right yet stays bandwidth-bound; FlashAttention keeps the N² scores on chip, so more SRAM means less traffic.',
  },
  question: (p: { chain: Bilingual; phase: 'prefill' | 'decode'; device: string }): Bilingual => ({
    zh: `${p.chain.zh}（${phaseWords(p.phase).zh}）融合后，在 ${p.device} 上会变成计算受限吗？`,
    en: `Fused, does ${p.chain.en} (${phaseWords(p.phase).en}) become compute-bound on the ${p.device}?`,
  }),
  yes: { zh: '会，强度越过拐点', en: 'Yes, it passes the ridge' },
  no: { zh: '不会，仍在拐点左侧', en: 'No, it stays left of the ridge' },
  explanation: (p: { unfused: string; fused: string; ridge: string; precision: string; computeBound: boolean; speedup: string }): Bilingual => ({
    zh: `强度 ${p.unfused} → ${p.fused} FLOP/B，拐点 ${p.ridge}（${p.precision}）：${p.computeBound ? '越过拐点' : '仍受带宽限制'}；这条链快了 ${p.speedup}。`,
    en: `Intensity ${p.unfused} → ${p.fused} FLOP/B, ridge ${p.ridge} (${p.precision}): ${p.computeBound ? 'past the ridge' : 'still bandwidth-bound'}; the chain runs ${p.speedup} faster.`,
  }),
} as const;
