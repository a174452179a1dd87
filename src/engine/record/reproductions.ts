/**
 * Paper reproductions (section 11, beside the record): each cited work's
 * headline number, entered as the source prints it, against what the
 * engine's own functions give for the same setting. A row is held either to
 * a relative tolerance or, where the engine counts only part of what was
 * measured (the algorithm's traffic without a framework's extra passes, the
 * last block's slack without the allocator's other losses), to staying at or
 * below the published figure.
 */
import { ringAllReduceTraffic } from '../comm/ringTraffic.ts';
import { busBandwidth } from '../comm/busBandwidth.ts';
import { DEEP_COMPRESSION_NETWORKS, type DeepCompressionNetworkId } from '../compression/deepCompressionTables.ts';
import { deepCompressionRatio } from '../compression/deepCompressionRatio.ts';
import { attentionIoForwardBackward } from '../compute/attentionIoTraining.ts';
import { ridgeMacsPerByte, TPU_PAPER_DEVICES, type TpuPaperDeviceId } from '../compute/tpuPaper.ts';
import { kvWaste } from '../memory/kvWaste.ts';
import { FLOPS_PER_MAC } from '../model/flops.ts';
import { getHardware } from '../presets/hardware.ts';
import { getModel } from '../presets/models.ts';
import type { Precision } from '../presets/hardwareSpec.ts';
import { inferenceStep } from '../serving/inferenceStep.ts';
import type { SourceKey } from '../sources/index.ts';

export type ReproductionId =
  | 'deep-compression-alexnet' | 'deep-compression-vgg16'
  | 'tpu-ridge-tpu' | 'tpu-ridge-haswell' | 'tpu-ridge-k80'
  | 'vllm-waste-contiguous' | 'vllm-waste-paged'
  | 'megatron-allreduces'
  | 'ring-bus-factor' | 'nccl-bus-bandwidth'
  | 'flash-attention-hbm' | 'standard-attention-hbm';

/** The lecture's three threads, for grouping the rows. */
export type ReproductionArea = 'memory' | 'compute' | 'communication';

/**
 * How a number is read: a compression ratio (×), a ridge point in MAC
 * operations per byte, a fraction (%), a count, a bandwidth (B/s) or bytes.
 */
export type ReproductionUnit = 'ratio' | 'macsPerByte' | 'fraction' | 'count' | 'bytesPerSecond' | 'bytes';

/**
 * relative: |engine ÷ published − 1| ≤ tolerance (the published figure's own rounding or the model's stated gap);
 * engineAtMost: the engine counts a subset of what was measured, so engine ≤ published.
 */
export type ReproductionCheck = { readonly kind: 'relative'; readonly tolerance: number } | { readonly kind: 'engineAtMost' };

export interface PaperReproduction {
  readonly id: ReproductionId;
  readonly area: ReproductionArea;
  /** The work and the place in it (figure, table, section) the published number comes from. */
  readonly source: SourceKey;
  readonly unit: ReproductionUnit;
  /** As printed, in base units (a fraction, not a percentage; bytes, not GB). */
  readonly published: number;
  readonly engine: number;
  /** engine ÷ published − 1. */
  readonly relativeError: number;
  readonly check: ReproductionCheck;
  readonly holds: boolean;
  /** Ridge rows: the precision of the peak, and the same ridge in FLOP (ops) per byte: 2 × MACs per byte. */
  readonly precision?: Precision;
  readonly engineFlopsPerByte?: number;
  readonly publishedFlopsPerByte?: number;
}

const GB = 1e9;

/**
 * The settings of the runs whose numbers are reproduced, as the sources print them.
 * vLLM: OPT-13B's 2048-token maximum, ShareGPT's mean lengths, 16-token blocks
 * ('kwon-2023-vllm-fig2'). FlashAttention: GPT-2 medium attention, N 1024,
 * d 64, 16 heads × batch 64, fp16, 192 KB SRAM per SM ('dao-2022-flashattention-fig2').
 * nccl-tests: 8 GiB all-reduce on 16 ranks in 47,535 µs ('nccl-tests-a3mega-allreduce').
 */
export const REPRODUCTION_SETTINGS = {
  vllm: { maxLength: 2048, promptTokens: 161.31, outputTokens: 337.99, blockTokens: 16 },
  flashAttention: { seqLen: 1024, headDim: 64, heads: 16, batch: 64, elementBytes: 2, sramBytes: 192 * 1024 },
  ncclTests: { ranks: 16, bytes: 8 * 2 ** 30, seconds: 47535e-6 },
  megatron: { model: 'llama-2-7b', hardware: 'a100-80gb-sxm', tp: 2 },
} as const;

/** Published figures that are not already engine data (Deep Compression's ratios and the TPU paper's ridges are: DEEP_COMPRESSION_NETWORKS, TPU_PAPER_DEVICES). */
export const PUBLISHED_FIGURES = {
  /** Fig. 2: Orca (Max) keeps token states in 20.4 % of the KV cache, so 100 % − 20.4 % holds none. */
  vllmContiguousWaste: 0.796,
  /** Fig. 2: vLLM keeps token states in 96.3 %: 3.7 % holds none. */
  vllmPagedWaste: 0.037,
  /** Sec. 3: two all-reduces per layer in the forward pass. */
  megatronForwardAllReduces: 2,
  /** PERFORMANCE.md: busbw = algbw × 2(n − 1)/n for all-reduce; n = 16. */
  ringBusFactor16: (2 * (16 - 1)) / 16,
  /** all_reduce_perf, 8 GiB, 16 ranks: busbw 338.82 GB/s. */
  ncclBusBandwidth: 338.82 * GB,
  /** Fig. 2 left: HBM R/W, forward + backward. */
  flashAttentionHbm: 4.4 * GB,
  standardAttentionHbm: 40.3 * GB,
} as const;

interface Computed {
  readonly id: ReproductionId;
  readonly area: ReproductionArea;
  readonly source: SourceKey;
  readonly unit: ReproductionUnit;
  readonly published: number;
  readonly engine: number;
  readonly check: ReproductionCheck;
  readonly precision?: Precision;
}

function deepCompression(id: ReproductionId, network: DeepCompressionNetworkId): Computed {
  return {
    id, area: 'memory', source: 'han-2016-deep-compression-tables', unit: 'ratio',
    published: DEEP_COMPRESSION_NETWORKS[network].published.ratioPQH,
    engine: deepCompressionRatio(network, { stage: 'PQH', padding: true }).ratio,
    // deepCompressionRatio's stated gap: weights% printed to 1 %, fillers of random sparsity.
    check: { kind: 'relative', tolerance: 0.1 },
  };
}

function tpuRidge(id: ReproductionId, device: TpuPaperDeviceId): Computed {
  const d = TPU_PAPER_DEVICES.find((x) => x.id === device) as (typeof TPU_PAPER_DEVICES)[number];
  return {
    id, area: 'compute', source: 'jouppi-2017-figures', unit: 'macsPerByte', precision: d.precision,
    published: d.printedRidge,
    engine: ridgeMacsPerByte(getHardware(device), d.precision),
    // Half a unit of the printed figure: 1350 to three digits, 13 and 9 to integers.
    check: { kind: 'relative', tolerance: device === 'tpu-v1' ? 0.005 : 0.5 / d.printedRidge },
  };
}

function vllmWaste(id: ReproductionId, allocation: 'contiguous' | 'paged'): Computed {
  const v = REPRODUCTION_SETTINGS.vllm;
  const waste = kvWaste({
    promptTokens: Math.round(v.promptTokens), outputTokens: Math.round(v.outputTokens), allocation, maxLength: v.maxLength, blockTokens: v.blockTokens,
  }).wasteFraction;
  return allocation === 'contiguous'
    ? { id, area: 'memory', source: 'kwon-2023-vllm-fig2', unit: 'fraction', published: PUBLISHED_FIGURES.vllmContiguousWaste, engine: waste, check: { kind: 'relative', tolerance: 0.1 } }
    : { id, area: 'memory', source: 'kwon-2023-vllm-fig2', unit: 'fraction', published: PUBLISHED_FIGURES.vllmPagedWaste, engine: waste, check: { kind: 'engineAtMost' } };
}

function megatron(): Computed {
  const m = REPRODUCTION_SETTINGS.megatron;
  const model = getModel(m.model);
  const step = inferenceStep(model, getHardware(m.hardware), { phase: 'decode', batch: 1, tokens: 128, tp: m.tp });
  const perLayer = step.comm.filter((c) => c.name === 'layer_all_reduce').reduce((a, c) => a + c.count, 0) / model.numLayers;
  return {
    id: 'megatron-allreduces', area: 'communication', source: 'shoeybi-2019-megatron-sec3', unit: 'count',
    published: PUBLISHED_FIGURES.megatronForwardAllReduces, engine: perLayer, check: { kind: 'relative', tolerance: 0 },
  };
}

function attention(id: ReproductionId, kernel: 'flash' | 'standard'): Computed {
  const f = REPRODUCTION_SETTINGS.flashAttention;
  const io = attentionIoForwardBackward({ seqLen: f.seqLen, headDim: f.headDim, sramBytes: f.sramBytes, elementBytes: f.elementBytes });
  const heads = f.heads * f.batch;
  return kernel === 'flash'
    ? { id, area: 'compute', source: 'dao-2022-flashattention-fig2', unit: 'bytes', published: PUBLISHED_FIGURES.flashAttentionHbm, engine: io.flashBytes * heads, check: { kind: 'relative', tolerance: 0.1 } }
    : { id, area: 'compute', source: 'dao-2022-flashattention-fig2', unit: 'bytes', published: PUBLISHED_FIGURES.standardAttentionHbm, engine: io.standardBytes * heads, check: { kind: 'engineAtMost' } };
}

function computeAll(): Computed[] {
  const n = REPRODUCTION_SETTINGS.ncclTests;
  return [
    deepCompression('deep-compression-alexnet', 'alexnet'),
    deepCompression('deep-compression-vgg16', 'vgg-16'),
    vllmWaste('vllm-waste-contiguous', 'contiguous'),
    vllmWaste('vllm-waste-paged', 'paged'),
    tpuRidge('tpu-ridge-tpu', 'tpu-v1'),
    tpuRidge('tpu-ridge-haswell', 'haswell-e5-2699-v3'),
    tpuRidge('tpu-ridge-k80', 'k80'),
    attention('flash-attention-hbm', 'flash'),
    attention('standard-attention-hbm', 'standard'),
    megatron(),
    {
      id: 'ring-bus-factor', area: 'communication', source: 'nccl-tests-performance', unit: 'ratio',
      published: PUBLISHED_FIGURES.ringBusFactor16, engine: ringAllReduceTraffic(n.ranks).bytesSentPerRankOverSize, check: { kind: 'relative', tolerance: 0 },
    },
    {
      id: 'nccl-bus-bandwidth', area: 'communication', source: 'nccl-tests-a3mega-allreduce', unit: 'bytesPerSecond',
      // The tool prints 0.01 GB/s; 0.05 % covers its rounding of the time and the bandwidth.
      published: PUBLISHED_FIGURES.ncclBusBandwidth, engine: busBandwidth('all-reduce', n.ranks, n.bytes, n.seconds), check: { kind: 'relative', tolerance: 0.0005 },
    },
  ];
}

const EXACT = 1e-12;

function finish(c: Computed): PaperReproduction {
  const relativeError = c.engine / c.published - 1;
  const holds = c.check.kind === 'relative'
    ? Math.abs(relativeError) <= Math.max(c.check.tolerance, EXACT)
    : c.engine <= c.published;
  const ridge = c.unit === 'macsPerByte'
    ? { engineFlopsPerByte: c.engine * FLOPS_PER_MAC, publishedFlopsPerByte: c.published * FLOPS_PER_MAC }
    : {};
  return { ...c, relativeError, holds, ...ridge };
}

let cached: readonly PaperReproduction[] | null = null;

/**
 * Every reproduction, in the order memory, compute, communication as the
 * lecture runs. Computed once (the inputs are fixed data) and shared.
 */
export function paperReproductions(): readonly PaperReproduction[] {
  cached ??= computeAll().map(finish);
  return cached;
}
