/**
 * The words of the engine's derivations: a title and the meaning of each
 * symbol, per derivation id, in both languages. Typed by the engine's
 * DerivationSymbols, so a derivation that renames, adds or drops a symbol
 * fails to compile here (issue #9 item 7). `{name}` is filled from the
 * derivation's params (a precision, a collective, tensor names).
 */
import type {
  DerivationId, DerivationParams, DerivationSymbols, DerivationTerm, EngineDerivation, SourceKey, SymbolOf,
} from '../../engine/index.ts';
import type { Lang } from '../lang.ts';
import type { Bilingual } from '../strings.ts';

export interface DerivationWords<Sym extends string> {
  readonly title: Bilingual;
  readonly terms: { readonly [S in Sym]: Bilingual };
}

export type DerivationTexts = { readonly [K in DerivationId]: DerivationWords<DerivationSymbols[K]> };

const MEMORY_BANDWIDTH: Bilingual = { zh: '显存带宽', en: 'memory bandwidth' };
const COMPUTE_EFFICIENCY: Bilingual = { zh: '计算效率', en: 'compute efficiency' };
const MEMORY_EFFICIENCY: Bilingual = { zh: '带宽效率', en: 'memory efficiency' };
const FLOPS_PER_GPU: Bilingual = { zh: '每 GPU 浮点运算量', en: 'FLOPs per GPU' };
const BYTES_PER_GPU: Bilingual = { zh: '每 GPU 访存字节', en: 'bytes moved per GPU' };
const LAUNCH_OVERHEAD: Bilingual = { zh: '内核启动开销', en: 'kernel launch overhead' };
const BYTES_PER_ELEMENT: Bilingual = { zh: '每个元素的字节数', en: 'bytes per element' };
const MESSAGE_BYTES: Bilingual = { zh: '消息字节数', en: 'message bytes' };
const RANKS: Bilingual = { zh: '进程数', en: 'ranks' };
const LATENCY: Bilingual = { zh: '每条消息的启动延迟', en: 'per-message latency' };
const LINK_BANDWIDTH: Bilingual = { zh: '每个方向的链路带宽', en: 'link bandwidth per direction' };
const OUTPUT_TOKENS: Bilingual = { zh: '每个请求的输出 token 数', en: 'output tokens per request' };
const BATCH: Bilingual = { zh: '批大小', en: 'batch size' };

export const DERIVATION_TEXT: DerivationTexts = {
  'weight-bytes': {
    title: { zh: '权重占用的字节数', en: 'Bytes to store the weights' },
    terms: {
      P: { zh: '参数量', en: 'parameters' },
      b: { zh: '每个权重的位数', en: 'bits per weight' },
      g: { zh: '分组大小', en: 'group size' },
      's+z': { zh: '每组缩放与零点的位数', en: 'scale + zero-point bits per group' },
    },
  },
  'kv-cache-bytes': {
    title: { zh: 'KV 缓存字节数', en: 'KV cache bytes' },
    terms: {
      L: { zh: '层数', en: 'layers' },
      'n_{kv}': { zh: 'KV 头数', en: 'key/value heads' },
      d_h: { zh: '每头维度', en: 'head dimension' },
      b: { zh: '每个元素的位数', en: 'bits per element' },
      n: { zh: '每条序列的 token 数', en: 'tokens per sequence' },
      B: BATCH,
    },
  },
  'ridge-point': {
    title: { zh: '屋顶线拐点（算术强度）', en: 'Roofline ridge point (operational intensity)' },
    terms: {
      P: { zh: '{precision} 稠密峰值算力', en: 'dense {precision} peak' },
      B: MEMORY_BANDWIDTH,
    },
  },
  'decode-time': {
    title: { zh: '每个输出 token 的时间（TPOT）', en: 'Time per output token (TPOT)' },
    terms: {
      F: FLOPS_PER_GPU,
      Q: BYTES_PER_GPU,
      P: { zh: '峰值算力', en: 'peak compute' },
      B: MEMORY_BANDWIDTH,
      '\\eta_c': COMPUTE_EFFICIENCY,
      '\\eta_m': MEMORY_EFFICIENCY,
      'N_{k}\\,t_{k}': LAUNCH_OVERHEAD,
      't_{comm}': { zh: '张量并行通信', en: 'tensor-parallel communication' },
    },
  },
  'memory-fit': {
    title: { zh: '单卡显存是否装得下', en: 'Does it fit in one GPU’s memory' },
    terms: {
      C: { zh: '显存容量', en: 'memory capacity' },
      u: { zh: '可用比例', en: 'usable fraction' },
      W: { zh: '权重', en: 'weights' },
      'M_{KV}': { zh: 'KV 缓存', en: 'KV cache' },
      A: { zh: '激活峰值', en: 'activation peak' },
      S: { zh: '工作区', en: 'workspace' },
    },
  },
  'decode-bytes': {
    title: { zh: '每生成一个 token 读写的字节', en: 'Bytes moved per generated token' },
    terms: {
      'W_{read}': { zh: '每步读取的权重（每张卡）', en: 'weights read per step (per GPU)' },
      'M_{KV,read}': { zh: '每步读写的 KV cache', en: 'KV cache read/written per step' },
      A: { zh: '激活读写', en: 'activation traffic' },
      b: { zh: '批大小（每步生成的 token 数）', en: 'batch (tokens made per step)' },
    },
  },
  'operator-time': {
    title: { zh: '单个算子的屋顶线时间', en: 'One operator on the roofline' },
    terms: {
      F: { zh: '浮点运算量', en: 'FLOPs' },
      Q: { zh: '读写字节', en: 'bytes moved' },
      P: { zh: '{precision} 峰值算力', en: '{precision} peak' },
      B: MEMORY_BANDWIDTH,
    },
  },
  'graph-time': {
    title: { zh: '计算图的估算时间', en: 'Estimated time of the graph' },
    terms: {
      N_k: { zh: 'kernel 数', en: 'kernels launched' },
      F_c: { zh: '计算受限 kernel 的 FLOPs 之和', en: 'FLOPs of the compute-bound kernels' },
      Q_m: { zh: '访存受限 kernel 的 HBM 字节之和', en: 'HBM bytes of the memory-bound kernels' },
      P: { zh: '{precision} 峰值算力', en: '{precision} peak' },
      B: MEMORY_BANDWIDTH,
      '\\eta_c': COMPUTE_EFFICIENCY,
      '\\eta_m': MEMORY_EFFICIENCY,
      't_{launch}': { zh: '每次 kernel 启动开销', en: 'launch overhead per kernel' },
    },
  },
  'attention-io-standard': {
    title: { zh: '标准注意力的显存访问量（每个头）', en: 'Standard attention HBM traffic (per head)' },
    terms: {
      a: BYTES_PER_ELEMENT,
      N: { zh: '序列长度', en: 'sequence length' },
      d: { zh: '头维度', en: 'head dimension' },
    },
  },
  'attention-io-flash': {
    title: { zh: 'FlashAttention 的显存访问量（每个头）', en: 'FlashAttention HBM traffic (per head)' },
    terms: {
      a: BYTES_PER_ELEMENT,
      N: { zh: '序列长度', en: 'sequence length' },
      d: { zh: '头维度', en: 'head dimension' },
      M: { zh: '片上 SRAM 容量（元素）', en: 'on-chip SRAM (elements)' },
      B_c: { zh: 'K/V 分块大小（行）', en: 'K/V block size (rows)' },
      T_c: { zh: '外层循环次数', en: 'outer-loop iterations' },
    },
  },
  'fusion-bytes-unfused': {
    title: { zh: '未融合：每个 kernel 都读写显存', en: 'Unfused: every kernel reads and writes memory' },
    terms: {
      a: BYTES_PER_ELEMENT,
      K: { zh: 'kernel 数', en: 'kernels' },
      '\\sum': { zh: '读写的元素总数', en: 'elements read + written' },
    },
  },
  'fusion-bytes-fused': {
    title: { zh: '融合：只读外部输入、只写仍需要的输出', en: 'Fused: read external inputs, write live outputs, once' },
    terms: {
      a: BYTES_PER_ELEMENT,
      '\\text{inputs}': { zh: '外部输入元素（{inputs}）', en: 'external input elements ({inputs})' },
      '\\text{outputs}': { zh: '仍需要的输出元素（{outputs}）', en: 'live output elements ({outputs})' },
    },
  },
  'fusion-time': {
    title: { zh: '算子链在屋顶线上的时间', en: 'The chain’s time on the roofline' },
    terms: {
      t_c: { zh: '计算受限 kernel 的时间', en: 'time of the compute-bound kernels' },
      t_m: { zh: '访存受限 kernel 的时间', en: 'time of the memory-bound kernels' },
      K: { zh: 'kernel 数', en: 'kernels' },
      't_{launch}': { zh: '每次 kernel 启动开销', en: 'launch overhead per kernel' },
    },
  },
  'strategy-speedup': {
    title: { zh: '加速比：采用前后之比', en: 'Speed-up: before against after' },
    terms: {
      x_0: { zh: '不采用该技术时的值', en: 'value without the technique' },
      x_1: { zh: '采用该技术后的值', en: 'value with the technique' },
    },
  },
  'weight-sharing-ratio': {
    title: { zh: '权重共享压缩率', en: 'Weight-sharing compression ratio' },
    terms: {
      n: { zh: '权重个数', en: 'weights' },
      b: { zh: '每个权重（及码本项）的位数', en: 'bits per weight (and codebook entry)' },
      k: { zh: '聚类（共享权重）数', en: 'clusters (shared weights)' },
    },
  },
  'inference-energy': {
    title: { zh: '推理能耗（45 nm 教学模型）', en: 'Inference energy (45 nm teaching model)' },
    terms: {
      'N_{MAC}': { zh: '乘加次数', en: 'multiply-accumulates' },
      'e_{MAC}': { zh: '每次乘加能耗（{precision}）', en: 'energy per MAC ({precision})' },
      'B_{DRAM}': { zh: 'DRAM 读取字节', en: 'bytes read from DRAM' },
      'e_{DRAM}': { zh: '每字节 DRAM 能耗', en: 'DRAM energy per byte' },
      'B_{SRAM}': { zh: 'SRAM 读取字节', en: 'bytes read from SRAM' },
      'e_{SRAM}': { zh: '每字节 SRAM 能耗', en: 'SRAM energy per byte' },
      'B_{RF}': { zh: '寄存器堆读取字节', en: 'bytes read from the register file' },
      'e_{RF}': { zh: '每字节寄存器堆能耗', en: 'register-file energy per byte' },
    },
  },
  'serving-energy': {
    title: { zh: '每个生成 token 的能耗（45 nm 教学模型）', en: 'Energy per generated token (45 nm teaching model)' },
    terms: {
      'N_{MAC}': { zh: '乘加次数（预填充 + 全部解码步，所有 GPU）', en: 'multiply-accumulates (prefill + all decode steps, all GPUs)' },
      'e_{MAC}': { zh: '每次 FP16 乘加能耗（45 nm）', en: 'energy per FP16 MAC (45 nm)' },
      'Q_{DRAM}': { zh: '从显存读写的字节', en: 'bytes moved to and from DRAM' },
      'e_{DRAM}': { zh: '每字节 DRAM 访问能耗（45 nm）', en: 'DRAM energy per byte (45 nm)' },
      b: BATCH,
      o: OUTPUT_TOKENS,
    },
  },
  collective: {
    title: { zh: '{collective} 的 α-β-γ 时间（{algorithm}）', en: 'α-β-γ time of {collective} ({algorithm})' },
    terms: {
      p: { zh: '参与的进程（GPU）数', en: 'ranks (GPUs)' },
      n: MESSAGE_BYTES,
      '\\alpha': LATENCY,
      B: LINK_BANDWIDTH,
      m: { zh: '串行消息数', en: 'sequential messages' },
      w: { zh: '单个进程依次发送的字节数', en: 'bytes one rank sends in sequence' },
      r: { zh: '单个进程归约的字节数', en: 'bytes one rank reduces' },
      '\\gamma^{-1}': { zh: '归约吞吐', en: 'reduction throughput' },
    },
  },
  busbw: {
    title: { zh: '总线带宽（nccl-tests）', en: 'Bus bandwidth (nccl-tests)' },
    terms: {
      n: MESSAGE_BYTES,
      T: { zh: '一次集合通信的时间', en: 'time of one collective' },
      '\\text{algbw}': { zh: '算法带宽 n/T', en: 'algorithm bandwidth n/T' },
      p: RANKS,
      '\\frac{2(p-1)}{p}': { zh: '每个进程的链路实际搬运的倍数', en: 'bytes each rank’s link really carries, per byte of n' },
      'f(p)': { zh: '每个进程的链路实际搬运的倍数', en: 'bytes each rank’s link really carries, per byte of n' },
    },
  },
  crossover: {
    title: { zh: '延迟受限与带宽受限的分界', en: 'Latency-bound / bandwidth-bound crossover' },
    terms: {
      p: RANKS,
      '\\alpha': LATENCY,
      B: LINK_BANDWIDTH,
      'm\\,\\alpha': { zh: '全部延迟项', en: 'all latency terms' },
      'w_1/B': { zh: '每字节消息的带宽项', en: 'bandwidth terms per message byte' },
    },
  },
  'step-split': {
    title: { zh: '一步的时间由哪几部分组成', en: 'What one step’s time is made of' },
    terms: {
      t_c: { zh: '计算受限算子的时间', en: 'time in compute-bound operators' },
      t_m: { zh: '访存受限算子的时间', en: 'time in memory-bound operators' },
      't_{comm}': { zh: '张量并行通信（不重叠）', en: 'tensor-parallel communication (not overlapped)' },
      't_{launch}': LAUNCH_OVERHEAD,
      F: FLOPS_PER_GPU,
      Q: BYTES_PER_GPU,
    },
  },
  'overlapped-tpot': {
    title: { zh: '每 token 时间（含通信重叠）', en: 'Time per output token (with communication overlap)' },
    terms: {
      o: OUTPUT_TOKENS,
      p: { zh: '提示词 token 数', en: 'prompt tokens' },
      '\\frac{1}{o}\\sum t_{step}': { zh: '解码步的平均时间（算子屋顶线之和 + 通信，无重叠）', en: 'mean decode step (sum of operator rooflines + communication, no overlap)' },
      'Q_{step}': { zh: '平均上下文时每 GPU 每步读写的字节（权重 + KV）', en: 'bytes each GPU moves per step at the mean context (weights + KV)' },
      't_{comm}': { zh: '每步张量并行通信时间', en: 'tensor-parallel communication per step' },
      't_{other}': { zh: '同一步中的计算与访存时间（最短的一步）', en: 'compute and memory time of the same step (the shortest step)' },
      f: { zh: '可隐藏通信中被重叠的比例', en: 'share of the hideable communication that is overlapped' },
    },
  },
};

/**
 * A derivation a view writes itself (a simulator's own formula), with its
 * words attached. Engine derivations never carry words; these do because
 * they are not the engine's.
 */
export interface LabelledDerivation {
  readonly id: string;
  readonly title: Bilingual;
  readonly tex: string;
  readonly terms: readonly (DerivationTerm & { readonly label: Bilingual })[];
  readonly result: EngineDerivation['result'];
  readonly source: SourceKey;
}

/** What the show-the-work panel accepts: an engine derivation, or one a view labelled itself. */
export type AnyDerivation = EngineDerivation | LabelledDerivation;

/** The symbols of a derivation (any string for a labelled one). */
export type AnySymbolOf<D extends AnyDerivation> = D extends EngineDerivation ? SymbolOf<D> : string;

const isLabelled = (d: AnyDerivation): d is LabelledDerivation => 'title' in d;

const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { zh: '、', en: ', ' };

/** Fills `{name}` from params; lists are joined in the language's way. An unknown name stays visible. */
export function fillParams(text: string, params: DerivationParams | undefined, lang: Lang): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? v.join(LIST_SEPARATOR[lang]) : String(v);
  });
}

function wordsOf(d: EngineDerivation): DerivationWords<string> {
  return DERIVATION_TEXT[d.id] as DerivationWords<string>;
}

/** The derivation's title in `lang`. */
export function derivationTitle(d: AnyDerivation, lang: Lang): string {
  if (isLabelled(d)) return d.title[lang];
  return fillParams(wordsOf(d).title[lang], d.params, lang);
}

/** What `symbol` means in derivation `d`, in `lang`. */
export function termLabel<D extends AnyDerivation>(d: D, symbol: AnySymbolOf<D>, lang: Lang): string {
  if (isLabelled(d)) return d.terms.find((t) => t.symbol === symbol)?.label[lang] ?? symbol;
  const words = wordsOf(d).terms[symbol];
  return words === undefined ? symbol : fillParams(words[lang], d.params, lang);
}
