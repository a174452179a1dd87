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
      P_m: { zh: '各层矩阵的参数量（注意力、MLP）', en: 'parameters of the layer matrices (attention, MLP)' },
      P_t: { zh: '词嵌入与 lm_head 表的参数量', en: 'parameters of the embedding and lm_head tables' },
      b_t: { zh: '表的每参数位数（量化时保持 FP16）', en: 'bits per table parameter (FP16 when the matrices are quantised)' },
      P_v: { zh: '归一化与偏置向量的参数量', en: 'parameters of the norm and bias vectors' },
      b_v: { zh: '向量的每参数位数（量化时保持 FP16）', en: 'bits per vector parameter (FP16 when the matrices are quantised)' },
      N_g: { zh: '矩阵的量化分组数', en: 'quantisation groups of the matrices' },
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
  'ridge-point-mac': {
    title: { zh: '屋顶线拐点，以 MAC 运算/字节计（1 MAC = 2 FLOP）', en: 'Roofline ridge point in MAC ops per byte (1 MAC = 2 FLOP)' },
    terms: {
      P: { zh: '{precision} 稠密峰值算力', en: 'dense {precision} peak' },
      B: MEMORY_BANDWIDTH,
      f: { zh: '每次 MAC 的 FLOP 数（乘 + 加）', en: 'FLOPs per MAC (a multiply and an add)' },
    },
  },
  'decode-time': {
    title: { zh: '每个输出 token 的时间（TPOT）', en: 'Time per output token (TPOT)' },
    terms: {
      t_c: { zh: '计算受限算子的时间', en: 'time in compute-bound operators' },
      t_m: { zh: '访存受限算子的时间', en: 'time in memory-bound operators' },
      F: FLOPS_PER_GPU,
      Q: BYTES_PER_GPU,
      P: { zh: '{precision} 稠密峰值算力', en: 'dense {precision} peak' },
      B: MEMORY_BANDWIDTH,
      '\\eta_c': COMPUTE_EFFICIENCY,
      '\\eta_m': MEMORY_EFFICIENCY,
      'N_{k}\\,t_{k}': LAUNCH_OVERHEAD,
      't_{comm}': { zh: '张量并行通信', en: 'tensor-parallel communication' },
    },
  },
  'memory-fit': {
    title: { zh: '单卡显存是否放得下', en: 'Does it fit in one GPU’s memory' },
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
  'activation-peak': {
    title: { zh: '一层前向的激活峰值（每张卡）', en: 'Live activation peak of one layer (per GPU)' },
    terms: {
      T: { zh: '这一步的 token 数（批大小 × 新 token 数）', en: 'tokens in the step (batch × new tokens)' },
      a: BYTES_PER_ELEMENT,
      d: { zh: '残差宽度（隐藏维度）', en: 'residual width (hidden size)' },
      q: { zh: '每张卡的查询宽度 n_h/tp·d_h', en: 'query width per GPU, n_h/tp·d_h' },
      'w_{mlp}': { zh: 'MLP 同时存活的隐藏宽度（门控 + 上投影）', en: 'live MLP hidden width (gate and up together)' },
      w_S: { zh: '朴素注意力每个 token 的分数行（FlashAttention 为 0）', en: 'naive attention’s score row per token (0 with FlashAttention)' },
    },
  },
  'fusion-stored-saved': {
    title: { zh: '融合后不再写回显存的激活（{tensors}）', en: 'Activations no longer written to memory ({tensors})' },
    terms: {
      T: { zh: '这一步的 token 数（批大小 × 序列长度，解码时为批大小）', en: 'tokens in the step (batch × length; batch in decode)' },
      a: BYTES_PER_ELEMENT,
      W: { zh: '这些逐 token 张量的宽度之和（元素/token）', en: 'sum of those per-token tensors’ widths (elements per token)' },
      N_S: { zh: '注意力分数/概率矩阵的元素数（b·n_h·s_q·s_kv）', en: 'elements of the attention score/probability matrices (b·n_h·s_q·s_kv)' },
    },
  },
  'fusion-traffic-saved': {
    title: { zh: '融合省下的激活读写（{tensors}：写一次 + 每个使用者读一次）', en: 'Activation traffic saved ({tensors}: one write + one read per consumer)' },
    terms: {
      T: { zh: '这一步的 token 数', en: 'tokens in the step' },
      a: BYTES_PER_ELEMENT,
      'W_{rw}': { zh: 'Σ (1 + 使用者数) × 张量宽度', en: 'Σ (1 + consumers) × tensor width' },
      'N_{S,rw}': { zh: 'Σ (1 + 使用者数) × 分数矩阵元素数', en: 'Σ (1 + consumers) × score-matrix elements' },
    },
  },
  'block-activation-peak': {
    title: { zh: '激活峰值：在 {operator} 处同时存活的张量（{tensors}）', en: 'Activation peak: tensors live at {operator} ({tensors})' },
    terms: {
      T: { zh: '这一步的 token 数', en: 'tokens in the step' },
      a: BYTES_PER_ELEMENT,
      W: { zh: '存活的逐 token 张量宽度之和（元素/token）', en: 'sum of the live per-token tensors’ widths (elements per token)' },
      N_S: { zh: '存活的注意力分数/概率矩阵元素数', en: 'live attention score/probability elements' },
    },
  },
  'block-weight-bytes': {
    title: { zh: '一个 Transformer 块的权重字节', en: 'Weight bytes of one transformer block' },
    terms: {
      P: { zh: '块内参数量（注意力 + MLP + 两个归一化）', en: 'parameters in the block (attention + MLP + two norms)' },
      b: { zh: '每个权重的位数（含缩放因子）', en: 'bits per weight (scales included)' },
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
  'graph-kernels': {
    title: { zh: '启动的 kernel 数', en: 'Kernels launched' },
    terms: {
      'N_{op}': { zh: '未优化图中的算子数', en: 'operators in the unoptimised graph' },
      'N_{rm}': { zh: '被 pass 删除的算子（折叠、死代码、重复、布局拷贝）', en: 'operators a pass removed (folded, dead, duplicate, layout copies)' },
      'N_{f}': { zh: '并入其他算子 kernel 的算子（融合、分块）', en: 'operators merged into another’s kernel (fusion, tiling)' },
    },
  },
  'graph-bytes': {
    title: { zh: '一个块的 HBM 读写字节', en: 'HBM bytes of one block' },
    terms: {
      W: { zh: '各 kernel 读取的权重', en: 'weights the kernels read' },
      R: { zh: '从 HBM 读入的激活与 KV cache（每个 kernel 的外部输入）', en: 'activations and KV cache read from HBM (each kernel’s external inputs)' },
      O: { zh: '写回 HBM、之后还要用的输出', en: 'outputs written back to HBM that are needed later' },
    },
  },
  'graph-flops': {
    title: { zh: '一个块的浮点运算量', en: 'FLOPs of one block' },
    terms: {
      'F_{mm}': { zh: '矩阵乘法（每个 2·m·k·n）', en: 'matrix multiplies (2·m·k·n each)' },
      'F_{ew}': { zh: '逐元素、归约与常量计算', en: 'element-wise, reductions and constants' },
    },
  },
  'step-time': {
    title: { zh: '一步的时间（批 {batch}，{tp} 张 GPU）', en: 'One step’s time (batch {batch}, {tp} GPU per group)' },
    terms: {
      t_c: { zh: '计算受限算子的时间', en: 'time in compute-bound operators' },
      t_m: { zh: '访存受限算子的时间', en: 'time in memory-bound operators' },
      't_{launch}': LAUNCH_OVERHEAD,
      't_{comm}': { zh: '张量并行通信（未被重叠的部分）', en: 'tensor-parallel communication (the exposed part)' },
    },
  },
  'serving-throughput': {
    title: { zh: '连续批处理的稳态吞吐', en: 'Steady-state throughput under continuous batching' },
    terms: {
      R: { zh: '副本数（GPU 数 ÷ 张量并行度）', en: 'replicas (GPUs ÷ tensor-parallel degree)' },
      C: { zh: '每个副本同时在途的序列数', en: 'sequences in flight per replica' },
      O: OUTPUT_TOKENS,
      t: { zh: '一次迭代的时间（每个序列前进一个 token，并为新请求做预填充）', en: 'one iteration (every sequence advances one token; new requests are prefilled)' },
    },
  },
  'serving-iteration': {
    title: { zh: '一次迭代的时间（{step}）', en: 'One iteration’s time ({step})' },
    terms: {
      t_c: { zh: '计算受限算子的时间', en: 'time in compute-bound operators' },
      t_m: { zh: '访存受限算子的时间', en: 'time in memory-bound operators' },
      't_{launch}': LAUNCH_OVERHEAD,
      't_{comm}': { zh: '张量并行通信（未被重叠的部分）', en: 'tensor-parallel communication (the exposed part)' },
    },
  },
  'serving-memory': {
    title: { zh: '每张 GPU 的显存', en: 'Memory per GPU' },
    terms: {
      W: { zh: '权重（每张 GPU）', en: 'weights (per GPU)' },
      C: { zh: '同时在途的序列数', en: 'sequences in flight' },
      n: { zh: '每个序列平均占用的 token 数（提示词 + 一半输出，分页）', en: 'tokens a sequence holds on average (prompt + half the output, paged)' },
      k: { zh: '每个 token 的 KV 字节（每张 GPU）', en: 'KV bytes per token (per GPU)' },
      A: { zh: '最大一次迭代的激活峰值', en: 'activation peak of the largest iteration' },
      S: { zh: '工作区（logits）', en: 'workspace (logits)' },
    },
  },
  'stream-throughput': {
    title: { zh: '请求流的吞吐', en: 'Throughput of the request stream' },
    terms: {
      N: { zh: '全部请求的输出 token 数', en: 'output tokens of all requests' },
      T: { zh: '到最后一个请求完成的时间', en: 'time until the last request finishes' },
    },
  },
  'stream-ttft': {
    title: { zh: '平均首 token 时间', en: 'Mean time to first token' },
    terms: {
      '\\sum t_{first}': { zh: '各请求从到达到首 token 的时间之和', en: 'sum over requests of arrival → first token' },
      n: { zh: '请求数', en: 'requests' },
    },
  },
  'pipeline-makespan': {
    title: { zh: '全部批次的总用时', en: 'Total time for all batches' },
    terms: {
      J: { zh: '批次数', en: 'batches (jobs)' },
      '\\sum t_s': { zh: '一批经过四个阶段的时间之和', en: 'one batch through the four stages' },
      't_{max}': { zh: '最慢阶段的时间', en: 'the slowest stage' },
    },
  },
  'layout-throughput': {
    title: { zh: '部署方式的吞吐', en: 'Throughput of a layout' },
    terms: {
      b: { zh: '每张 GPU 的并发请求数', en: 'concurrent requests per GPU' },
      N: { zh: 'GPU 数', en: 'GPUs' },
      t: { zh: '该组的解码步时间（TPOT）', en: 'the group’s decode step (TPOT)' },
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
  'llm-compressed-bytes': {
    title: { zh: '压缩后的存储大小', en: 'Compressed storage' },
    terms: {
      V: { zh: '保留的权重取值（量化/共享后的位宽）', en: 'kept weight values (at the quantised or shared width)' },
      I: { zh: '稀疏索引（CSR 列索引或位图）', en: 'sparse indices (CSR column indices or bitmask)' },
      C: { zh: '码本（每个矩阵 2^位宽 个 FP16 中心）', en: 'codebooks (2^bits FP16 centroids per matrix)' },
      M: { zh: '元数据（CSR 行指针、2:4 位置）', en: 'metadata (CSR row pointers, 2:4 positions)' },
      G: { zh: '分组缩放因子', en: 'group scales' },
      U: { zh: '保留 FP16 的嵌入、lm_head 与向量', en: 'embeddings, lm_head and vectors kept in FP16' },
    },
  },
  'llm-compression-ratio': {
    title: { zh: '相对 FP16 的压缩倍数', en: 'Compression against FP16' },
    terms: {
      D: { zh: '全部权重为 FP16 时的字节', en: 'bytes with every weight in FP16' },
      S: { zh: '压缩后的字节', en: 'compressed bytes' },
    },
  },
  'llm-read-per-token': {
    title: { zh: '每个 token 读取的权重字节（解码，批大小 1）', en: 'Weight bytes read per token (decode, batch 1)' },
    terms: {
      R_c: { zh: '压缩后的各层矩阵（连同索引、缩放因子、码本；MoE 只读 k 个专家）', en: 'the compressed layer matrices with their indices, scales and codebooks (MoE: k experts)' },
      R_u: { zh: '保留 FP16 的部分：一行嵌入（共享时整张表）、lm_head、向量', en: 'what stays FP16: one embedding row (the whole table when tied), lm_head, vectors' },
    },
  },
  'deep-compression-ratio': {
    title: { zh: 'Deep Compression 压缩倍数（{stage}，按论文逐层表格复算）', en: 'Deep Compression ratio ({stage}, recomputed from the paper’s per-layer tables)' },
    terms: {
      D: { zh: '稠密 FP32 权重的位数（Σ 32·n）', en: 'dense FP32 weight bits (Σ 32·n)' },
      C: { zh: '压缩后的位数（取值、索引、码本、填充零）', en: 'compressed bits (values, indices, codebooks, filler zeros)' },
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
      g: { zh: '每个节点的进程数', en: 'ranks per node' },
      "\\alpha'": { zh: '节点间每条消息的启动延迟', en: 'per-message latency between nodes' },
      "B'": { zh: '节点间每个进程每个方向的带宽', en: 'inter-node bandwidth per rank per direction' },
      "m'": { zh: '节点间的串行消息数', en: 'sequential messages between nodes' },
      "w'": { zh: '单个进程在节点间依次发送的字节数', en: 'bytes one rank sends between nodes in sequence' },
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
  'comm-step': {
    title: { zh: '一步的时间：计算加上等待通信', en: 'One step: compute plus the wait for communication' },
    terms: {
      t_0: { zh: '嵌入与输出层（LM head）', en: 'embedding and LM head' },
      L: { zh: '层数', en: 'layers' },
      m: { zh: '每层的块数（异步拆成两半时为 2）', en: 'blocks per layer (2 when asynchrony splits the batch)' },
      t_A: { zh: '一个注意力块的计算', en: 'one attention block' },
      t_P: { zh: '一个 MLP 块的计算', en: 'one MLP block' },
      't_{codec}': { zh: '压缩与解压的计算', en: 'compress and decompress kernels' },
      S: { zh: '停顿：计算等待通信', en: 'stall: compute waiting for communication' },
      C: { zh: '计算总时间', en: 'all compute' },
      T: { zh: '一步的时间', en: 'step time' },
      'N_{msg}': { zh: '链路上的消息数', en: 'messages on the link' },
    },
  },
  'comm-stall': {
    title: { zh: '停顿：一步中计算在等通信的时间', en: 'Stall: the part of the step compute spends waiting' },
    terms: {
      t_0: { zh: '嵌入与输出层（LM head）', en: 'embedding and LM head' },
      L: { zh: '层数', en: 'layers' },
      m: { zh: '每层的块数（异步拆成两半时为 2）', en: 'blocks per layer (2 when asynchrony splits the batch)' },
      t_A: { zh: '一个注意力块的计算', en: 'one attention block' },
      t_P: { zh: '一个 MLP 块的计算', en: 'one MLP block' },
      't_{codec}': { zh: '压缩与解压的计算', en: 'compress and decompress kernels' },
      S: { zh: '停顿', en: 'stall' },
      C: { zh: '计算总时间', en: 'all compute' },
      T: { zh: '一步的时间（时间线给出）', en: 'step time (from the timeline)' },
      'N_{msg}': { zh: '链路上的消息数', en: 'messages on the link' },
    },
  },
  'pipeline-step': {
    title: { zh: '流水线一步的时间（GPipe 前向）', en: 'One pipeline step (GPipe forward)' },
    terms: {
      p: { zh: '流水线段数（GPU 数）', en: 'stages (GPUs)' },
      m: { zh: '微批次数', en: 'micro-batches' },
      '\\sum_s t_s': { zh: '一个微批次走完所有段的计算', en: 'one micro-batch through every stage' },
      't_{send}': { zh: '一次段间发送', en: 'one stage-to-stage send' },
      't_{max}': { zh: '最慢的一段或一次发送', en: 'the slowest stage or send' },
      T: { zh: '一步的时间', en: 'step time' },
      '\\frac{p-1}{m+p-1}': { zh: 'GPipe 公式（等长段、传输免费）', en: 'GPipe formula (equal stages, free sends)' },
    },
  },
  'pipeline-bubble': {
    title: { zh: '流水线气泡比例', en: 'Pipeline bubble fraction' },
    terms: {
      p: { zh: '流水线段数（GPU 数）', en: 'stages (GPUs)' },
      m: { zh: '微批次数', en: 'micro-batches' },
      '\\sum_s t_s': { zh: '一个微批次走完所有段的计算', en: 'one micro-batch through every stage' },
      't_{send}': { zh: '一次段间发送', en: 'one stage-to-stage send' },
      't_{max}': { zh: '最慢的一段或一次发送', en: 'the slowest stage or send' },
      T: { zh: '一步的时间', en: 'step time' },
      '\\frac{p-1}{m+p-1}': { zh: 'GPipe 公式（等长段、传输免费）', en: 'GPipe formula (equal stages, free sends)' },
    },
  },
  'tp-traffic': {
    title: { zh: '张量并行一次前向的通信量', en: 'Tensor-parallel traffic of one forward pass' },
    terms: {
      L: { zh: '层数', en: 'layers' },
      b: BATCH,
      s: { zh: '每条序列本步的 token 数（解码为 1）', en: 'tokens per sequence in this step (1 in decode)' },
      h: { zh: '隐藏维度', en: 'hidden size' },
      a: BYTES_PER_ELEMENT,
      n: MESSAGE_BYTES,
      p: { zh: '张量并行度', en: 'tensor-parallel degree' },
      '\\alpha': LATENCY,
      B: LINK_BANDWIDTH,
      'N_{AR}': { zh: '全规约次数（每层 2 次）', en: 'all-reduces (2 per layer)' },
      'T_{AR}': { zh: '一次环形全规约', en: 'one ring all-reduce' },
    },
  },
  'tp-comm': {
    title: { zh: '张量并行一次前向的通信时间', en: 'Tensor-parallel communication time of one forward pass' },
    terms: {
      L: { zh: '层数', en: 'layers' },
      b: BATCH,
      s: { zh: '每条序列本步的 token 数（解码为 1）', en: 'tokens per sequence in this step (1 in decode)' },
      h: { zh: '隐藏维度', en: 'hidden size' },
      a: BYTES_PER_ELEMENT,
      n: MESSAGE_BYTES,
      p: { zh: '张量并行度', en: 'tensor-parallel degree' },
      '\\alpha': LATENCY,
      B: LINK_BANDWIDTH,
      'N_{AR}': { zh: '全规约次数（每层 2 次）', en: 'all-reduces (2 per layer)' },
      'T_{AR}': { zh: '一次环形全规约', en: 'one ring all-reduce' },
    },
  },
  'layer-compute': {
    title: { zh: '每张 GPU 一次前向的计算时间', en: 'Compute of one forward pass on one GPU' },
    terms: {
      L: { zh: '层数', en: 'layers' },
      t_A: { zh: '一层注意力块（各算子屋顶线时间之和）', en: 'one attention block (sum of its operators’ roofline times)' },
      t_P: { zh: '一层 MLP 块（各算子屋顶线时间之和）', en: 'one MLP block (sum of its operators’ roofline times)' },
      t_0: { zh: '嵌入', en: 'embedding' },
      t_1: { zh: '最后的归一化与输出层', en: 'final norm and LM head' },
    },
  },
  'step-throughput': {
    title: { zh: '一步的吞吐', en: 'Throughput of one step' },
    terms: {
      N: { zh: '本步处理的 token 数（解码：批大小；预填充：批大小 × 提示长度）', en: 'tokens the step processes (decode: the batch; prefill: batch × prompt)' },
      T: { zh: '一步的时间', en: 'step time' },
    },
  },
  'deployment-ttft': {
    title: { zh: '首 token 延迟（TTFT）：整批提示词的一次预填充', en: 'Time to first token (TTFT): one prefill of the batch’s prompts' },
    terms: {
      b: { zh: '同时运行的请求数', en: 'requests running together' },
      p: { zh: '每个请求的提示词 token 数', en: 'prompt tokens per request' },
      t_c: { zh: '计算受限算子的时间', en: 'time in compute-bound operators' },
      t_m: { zh: '访存受限算子的时间', en: 'time in memory-bound operators' },
      'N_{k}\\,t_{k}': LAUNCH_OVERHEAD,
      't_{comm}': { zh: '张量并行通信', en: 'tensor-parallel communication' },
    },
  },
  'deployment-tpot': {
    title: { zh: '每个输出 token 的平均时间（TPOT，提示词 {prompt} 个 token）', en: 'Mean time per output token (TPOT, {prompt}-token prompt)' },
    terms: {
      b: { zh: '同时运行的请求数', en: 'requests running together' },
      o: OUTPUT_TOKENS,
      t_1: { zh: '第一个解码步（上下文 p + 1）', en: 'first decode step (context p + 1)' },
      t_o: { zh: '最后一个解码步（上下文 p + o）', en: 'last decode step (context p + o)' },
      D: { zh: '全部解码步之和', en: 'all decode steps together' },
    },
  },
  'deployment-throughput': {
    title: { zh: '吞吐：整批输出 token ÷ 总时间', en: 'Throughput: the batch’s output tokens ÷ total time' },
    terms: {
      b: { zh: '同时运行的请求数', en: 'requests running together' },
      o: OUTPUT_TOKENS,
      '\\mathrm{TTFT}': { zh: '预填充（首 token 延迟）', en: 'prefill (time to first token)' },
      D: { zh: '全部解码步之和', en: 'all decode steps together' },
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
  'remedy-speedup': {
    title: { zh: '一类优化带来的加速', en: 'Speed-up of one family’s optimisation' },
    terms: {
      t: { zh: '未优化的一步（FP16、未融合注意力）', en: 'the unoptimised step (FP16, unfused attention)' },
      "t'": { zh: '施加这项优化后的同一步', en: 'the same step with this optimisation' },
    },
  },
  'practice-ttft': {
    title: { zh: '首 token 时间（TTFT）', en: 'Time to first token (TTFT)' },
    terms: {
      b: { zh: '一起预填充的请求数（连续批处理时为 1）', en: 'requests prefilled together (1 under continuous batching)' },
      p: { zh: '提示词 token 数', en: 'prompt tokens' },
      't_{prefill}': { zh: '预填充一步的时间（算子屋顶线之和 + 通信）', en: 'the prefill step (sum of operator rooflines + communication)' },
      't_{comm}': { zh: '其中张量并行通信的时间', en: 'of which tensor-parallel communication' },
      f: { zh: '可隐藏通信中被重叠的比例', en: 'share of the hideable communication that is overlapped' },
    },
  },
  'practice-throughput': {
    title: { zh: '吞吐（整个部署）', en: 'Throughput (whole deployment)' },
    terms: {
      b: { zh: '同时运行的请求数', en: 'requests running together' },
      o: OUTPUT_TOKENS,
      't_{prefill}': { zh: '这一批的预填充时间', en: 'the batch’s prefill' },
      '\\mathrm{TPOT}': { zh: '每个输出 token 的平均时间', en: 'mean time per output token' },
    },
  },
  'memory-total': {
    title: { zh: '每 GPU 需要的显存', en: 'Memory one GPU needs' },
    terms: {
      W: { zh: '权重', en: 'weights' },
      'M_{KV}': { zh: 'KV 缓存', en: 'KV cache' },
      A: { zh: '激活峰值', en: 'activation peak' },
      S: { zh: '工作区', en: 'workspace' },
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
  'reuse-arena': {
    title: { zh: '显存池大小：最高缓冲区的顶端', en: 'Arena size: the top of the highest buffer' },
    terms: {
      'o^{*}': { zh: '最高缓冲区（{buffer}）的偏移', en: 'offset of the highest buffer ({buffer})' },
      '|b^{*}|': { zh: '最高缓冲区（{buffer}）的字节数', en: 'bytes of the highest buffer ({buffer})' },
      N: { zh: '缓冲区个数', en: 'buffers' },
    },
  },
  'reuse-lower-bound': {
    title: { zh: '复用的下界：同一时刻存活字节之和的最大值（峰值在 {op}）', en: 'Lower bound of reuse: the most bytes live at once (peak at {op})' },
    terms: {
      '|x|': { zh: '层输入 x（残差相加前一直存活）', en: 'layer input x (live until the residual add)' },
      '|h_1|': { zh: '第一个归一化的输出', en: 'first norm output' },
      '|q|': { zh: '查询 q', en: 'query q' },
      '|S|': { zh: '注意力分数矩阵（标准实现写出）', en: 'attention score matrix (written out by the standard kernel)' },
      '|P|': { zh: 'softmax 概率矩阵', en: 'softmax probabilities' },
      '|c|': { zh: '注意力输出 ctx', en: 'attention output ctx' },
      '|o|': { zh: '输出投影 o', en: 'output projection o' },
      '|x_2|': { zh: '注意力残差之后的 x₂（MLP 残差前一直存活）', en: 'x₂ after the attention residual (live until the MLP residual)' },
      '|h_2|': { zh: '第二个归一化的输出', en: 'second norm output' },
      '|g|': { zh: 'gate 投影（原地算子时 act·up 写在其上）', en: 'gate projection (act·up written over it in place)' },
      '|u|': { zh: 'up 投影', en: 'up projection' },
      '|m|': { zh: 'act(gate)·up', en: 'act(gate)·up' },
      '|f_1|': { zh: 'fc1 输出（原地算子时激活写在其上）', en: 'fc1 output (activation written over it in place)' },
      '|f_2|': { zh: '激活函数输出', en: 'activation output' },
      '|y|': { zh: 'MLP 输出', en: 'MLP output' },
      '|z|': { zh: '层输出', en: 'layer output' },
    },
  },
  'checkpoint-kept': {
    title: { zh: '训练时保留的激活（梯度检查点，每 k 层一个）', en: 'Activations training keeps (gradient checkpoint every k layers)' },
    terms: {
      L: { zh: '层数', en: 'layers' },
      k: { zh: '每段层数', en: 'layers per segment' },
      '|x|': { zh: '检查点：一层的输入', en: 'checkpoint: one layer input' },
      S: { zh: '一层为反向传播留下的激活', en: 'activations one layer stashes for the backward pass' },
    },
  },
  'checkpoint-extra-flops': {
    title: { zh: '训练时重算增加的 FLOPs', en: 'FLOPs recomputation adds in training' },
    terms: {
      L: { zh: '层数', en: 'layers' },
      k: { zh: '每段层数（最后一段不重算）', en: 'layers per segment (the last is not re-run)' },
      F: { zh: '一层前向的 FLOPs', en: 'one layer’s forward FLOPs' },
    },
  },
  'kv-budget': {
    title: { zh: '留给 KV cache 的显存', en: 'Memory left for the KV cache' },
    terms: {
      C: { zh: '显存容量', en: 'memory capacity' },
      u: { zh: '可用比例', en: 'usable fraction' },
      W: { zh: '权重', en: 'weights' },
      A: { zh: '激活峰值', en: 'activation peak' },
      S: { zh: '工作区', en: 'workspace' },
    },
  },
  'kv-sequences-fit': {
    title: { zh: '能同时驻留的序列数（{allocation}）', en: 'Sequences resident at once ({allocation})' },
    terms: {
      'M_{KV}': { zh: '留给 KV cache 的显存', en: 'memory left for the KV cache' },
      '\\bar{s}': { zh: '每个请求峰值占用的槽位（平均）', en: 'slots a request holds at its peak (mean)' },
      'm_{tok}': { zh: '每个 token 的 KV 字节', en: 'KV bytes per token' },
    },
  },
  'kv-decode-throughput': {
    title: { zh: '解码吞吐（{allocation}）', en: 'Decode throughput ({allocation})' },
    terms: {
      n: { zh: '同时驻留的序列（批大小）', en: 'resident sequences (the batch)' },
      't_{step}': { zh: '这一批的一个解码步', en: 'one decode step of that batch' },
      s: { zh: '平均上下文长度', en: 'mean context length' },
    },
  },
  'kv-slot-share': {
    title: { zh: '占用的槽位中真正存放 token 的比例', en: 'Share of held slots that store a token' },
    terms: {
      'N_{used}': { zh: '已存放 token 的槽位', en: 'slots storing a token' },
      'N_{res}': { zh: '预留给之后 token 的槽位', en: 'slots reserved for later tokens' },
      'N_{int}': { zh: '永不使用的槽位（内部碎片）', en: 'slots never used (internal fragmentation)' },
    },
  },
  'kv-wasted-slots': {
    title: { zh: '没有存放 token 的槽位', en: 'Slots that store no token' },
    terms: {
      'N_{res}': { zh: '预留（稍后使用）', en: 'reserved (used later)' },
      'N_{int}': { zh: '内部碎片（永不使用）', en: 'internal fragmentation (never used)' },
      'N_{ext}': { zh: '外部碎片（放不下下一个请求的空隙）', en: 'external fragmentation (gaps too small for the next request)' },
    },
  },
  'kv-never-used': {
    title: { zh: '请求 {request} 永不使用的槽位', en: 'Slots request {request} never uses' },
    terms: {
      'N_{held}': { zh: '它占用的槽位（连续：最大长度；分页：整块）', en: 'slots it holds (contiguous: its maximum length; paged: whole blocks)' },
      'N_{used}': { zh: '已存放的 token（提示词 + 已生成）', en: 'tokens stored (prompt + generated)' },
      'N_{res}': { zh: '预留给它之后的 token', en: 'reserved for its later tokens' },
    },
  },
  'offload-transfer': {
    title: { zh: '一层的传输能否藏在计算之下', en: 'Does one layer’s transfer hide under its compute?' },
    terms: {
      X: { zh: '每层需传输的字节', en: 'bytes one layer moves' },
      '\\beta': { zh: '主机链路单向带宽', en: 'host link bandwidth per direction' },
      '\\alpha': { zh: '每次传输的启动延迟', en: 'per-transfer latency' },
      c: { zh: '每层计算时间', en: 'compute per layer' },
    },
  },
  'offload-layer-compute': {
    title: { zh: '一层的计算时间（屋顶线）', en: 'One layer’s compute time (roofline)' },
    terms: {
      t_c: { zh: '计算受限算子的时间', en: 'time in compute-bound operators' },
      t_m: { zh: '访存受限算子的时间', en: 'time in memory-bound operators' },
      F: { zh: '一层的浮点运算量', en: 'one layer’s FLOPs' },
      Q: { zh: '一层读写的显存字节', en: 'bytes one layer moves to and from memory' },
    },
  },
  'offload-step': {
    title: { zh: '卸载后一步的时间', en: 'One step with offloading' },
    terms: {
      L: { zh: '层数', en: 'layers' },
      c: { zh: '每层计算时间', en: 'compute per layer' },
      '\\Sigma t_{stall}': { zh: '等待传输的停顿之和', en: 'stalls waiting for transfers' },
      't_{edge}': { zh: '嵌入层与输出层', en: 'embedding and LM head' },
    },
  },
  'offload-saved': {
    title: { zh: '卸载省下的显存（{target}）', en: 'GPU memory offloading frees ({target})' },
    terms: {
      n: { zh: '卸载的层数', en: 'layers offloaded' },
      s: { zh: '显存中的中转缓冲（预取 2 层，否则 1 层）', en: 'staging buffers in GPU memory (2 layers with prefetch, else 1)' },
      X: { zh: '每卸载一层省下的字节', en: 'bytes one offloaded layer frees' },
    },
  },
  'offload-fit-share': {
    title: { zh: '放得下所需的最小卸载比例', en: 'Smallest share offloaded that fits' },
    terms: {
      M: { zh: '不卸载时的显存需求', en: 'memory needed without offload' },
      U: { zh: '可用显存（容量 × 90%）', en: 'usable memory (capacity × 90%)' },
      X: { zh: '每卸载一层省下的字节', en: 'bytes one offloaded layer frees' },
      s: { zh: '中转缓冲的层数', en: 'staging layers' },
      L: { zh: '层数', en: 'layers' },
    },
  },
  'memory-strategy-saving': {
    title: { zh: '对比基线省下的显存', en: 'Memory saved against the baseline' },
    terms: {
      'M_{base}': { zh: '基线占用的字节', en: 'bytes the baseline holds' },
      'M_{after}': { zh: '采用该策略后剩下的字节', en: 'bytes left with the strategy' },
    },
  },
  'memory-strategy-time': {
    title: { zh: '受影响那一步的时间变化（相对值）', en: 'Change in the time of the step it affects (relative)' },
    terms: {
      '\\Delta t': { zh: '增加的时间（负值为更快）', en: 'time added (negative: faster)' },
      't_{step}': { zh: '不用该策略时这一步的时间', en: 'that step without the strategy' },
    },
  },
  'tp-memory': {
    title: { zh: '每 GPU 需要的显存（张量并行，{gpus} 张 GPU）', en: 'Memory one GPU needs (tensor parallel over {gpus} GPUs)' },
    terms: {
      W_t: { zh: '本卡的权重：每层矩阵与词表切成 {gpus} 份，归一化层每卡一份（FP16）', en: 'weights on this GPU: every layer’s matrices and the vocabulary tables split {gpus} ways, norms on every GPU (FP16)' },
      'M_{KV,t}': { zh: '本卡的 KV 缓存：整批序列、本卡分到的 KV 头（FP16）', en: 'KV cache on this GPU: the whole batch, this GPU’s share of the KV heads (FP16)' },
      A: { zh: '这一步的激活峰值', en: 'the step’s activation peak' },
      S: { zh: '工作区（采样用的 logits）', en: 'workspace (the logits for sampling)' },
    },
  },
  'pp-memory': {
    title: { zh: '每 GPU 需要的显存（流水线第 {stage} 段，共 {stages} 段；取最多的一段）', en: 'Memory one GPU needs (pipeline stage {stage} of {stages}, the one that needs the most)' },
    terms: {
      n_s: { zh: '这一段的层数', en: 'layers on this stage' },
      L: { zh: '模型总层数', en: 'layers in the model' },
      W_L: { zh: '全部层的权重（FP16）', en: 'weights of all the layers (FP16)' },
      'M_{KV}': { zh: '整批序列在全部层的 KV 缓存（FP16）', en: 'KV cache of the whole batch over all the layers (FP16)' },
      W_e: { zh: '这一段的词嵌入/输出层（第一段与最后一段）', en: 'embedding/output tables on this stage (the first and last stages)' },
      A: { zh: '一个微批次的激活峰值', en: 'one micro-batch’s activation peak' },
      S: { zh: '工作区（最后一段的 logits）', en: 'workspace (the logits, on the last stage)' },
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
