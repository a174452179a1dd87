/**
 * Hardware presets, entered as their sources print them and converted once.
 * Sparse-only figures are halved in place (`/ 2` with the printed number
 * visible) so the dense peak is the stored one.
 */
import { EngineError } from '../errors.ts';
import { gbPerSec, gib, KiB, MiB, tbPerSec, tflops, tops } from '../units.ts';
import type { HardwareSpec } from './hardwareSpec.ts';

const printedGB = (value: number) => ({ value, label: 'GB', readAs: 'GiB' }) as const;

/**
 * Special-function unit rate: SMs (or CUs) × results per clock × clock (Hz).
 * NVIDIA: 16 exp2/rcp/rsqrt results per clock per SM for compute capability
 * 6.0–9.0, 32 for 3.x ('nvidia-cuda-arithmetic-throughput'); AMD GCN/CDNA:
 * transcendentals at quarter rate, 16 per clock per CU ('clrx-gcn-timings').
 */
const sfuRate = (units: number, perClock: number, clockHz: number): number => units * perClock * clockHz;

const a100Peaks = {
  fp32: tflops(19.5),
  tf32: tflops(156),
  bf16: tflops(312),
  fp16: tflops(312),
  int8: tops(624),
  int4: tops(1248),
};

// H100 SXM datasheet prints Tensor Core figures with sparsity (*): dense = half.
const h100Peaks = {
  fp32: tflops(67),
  tf32: tflops(989) / 2,
  bf16: tflops(1979) / 2,
  fp16: tflops(1979) / 2,
  fp8: tflops(3958) / 2,
  int8: tops(3958) / 2,
};

const presets: readonly HardwareSpec[] = [
  {
    id: 'a100-40gb-sxm', name: 'NVIDIA A100 40GB SXM', kind: 'gpu',
    denseFlopsPerSec: a100Peaks,
    memoryBandwidthBytesPerSec: gbPerSec(1555),
    memoryCapacityBytes: gib(40), memoryCapacityPrinted: printedGB(40), memoryKind: 'HBM2',
    sramPerCoreBytes: 164 * KiB, cores: 108, lastLevelCacheBytes: 40 * MiB,
    tdpWatts: 400, intraNodeLink: 'nvlink-3',
    // 108 SMs × 16 per clock × 1.41 GHz boost (the clock of the 312 TFLOPS peak).
    specialFunctionOpsPerSec: sfuRate(108, 16, 1.41e9), specialFunctionSource: 'nvidia-cuda-arithmetic-throughput',
    source: 'nvidia-a100-datasheet', detailSources: ['nvidia-ampere-whitepaper'],
  },
  {
    id: 'a100-80gb-sxm', name: 'NVIDIA A100 80GB SXM', kind: 'gpu',
    denseFlopsPerSec: a100Peaks,
    memoryBandwidthBytesPerSec: gbPerSec(2039),
    memoryCapacityBytes: gib(80), memoryCapacityPrinted: printedGB(80), memoryKind: 'HBM2e',
    sramPerCoreBytes: 164 * KiB, cores: 108, lastLevelCacheBytes: 40 * MiB,
    tdpWatts: 400, intraNodeLink: 'nvlink-3',
    // 108 SMs × 16 per clock × 1.41 GHz boost (the clock of the 312 TFLOPS peak).
    specialFunctionOpsPerSec: sfuRate(108, 16, 1.41e9), specialFunctionSource: 'nvidia-cuda-arithmetic-throughput',
    source: 'nvidia-a100-datasheet', detailSources: ['nvidia-ampere-whitepaper'],
  },
  {
    id: 'h100-sxm', name: 'NVIDIA H100 SXM 80GB', kind: 'gpu',
    denseFlopsPerSec: h100Peaks,
    memoryBandwidthBytesPerSec: tbPerSec(3.35),
    memoryCapacityBytes: gib(80), memoryCapacityPrinted: printedGB(80), memoryKind: 'HBM3',
    sramPerCoreBytes: 228 * KiB, cores: 132, lastLevelCacheBytes: 50 * MiB,
    tdpWatts: 700, intraNodeLink: 'nvlink-4',
    // FlashAttention-3 Sec. 3.2: 3.9 TFLOPS of special functions = 132 SMs × 16 per clock × 1.83 GHz.
    specialFunctionOpsPerSec: sfuRate(132, 16, 1.83e9), specialFunctionSource: 'shah-2024-flashattention3',
    source: 'nvidia-h100-datasheet', detailSources: ['nvidia-hopper-whitepaper'],
  },
  {
    id: 'h200', name: 'NVIDIA H200 SXM 141GB', kind: 'gpu',
    denseFlopsPerSec: h100Peaks,
    memoryBandwidthBytesPerSec: tbPerSec(4.8),
    memoryCapacityBytes: gib(141), memoryCapacityPrinted: printedGB(141), memoryKind: 'HBM3e',
    sramPerCoreBytes: 228 * KiB, cores: 132, lastLevelCacheBytes: 50 * MiB,
    tdpWatts: 700, intraNodeLink: 'nvlink-4',
    // FlashAttention-3 Sec. 3.2: 3.9 TFLOPS of special functions = 132 SMs × 16 per clock × 1.83 GHz.
    specialFunctionOpsPerSec: sfuRate(132, 16, 1.83e9), specialFunctionSource: 'shah-2024-flashattention3',
    source: 'nvidia-h200-datasheet', detailSources: ['nvidia-hopper-whitepaper'],
  },
  {
    id: 'l4', name: 'NVIDIA L4', kind: 'gpu',
    // L4 datasheet prints Tensor Core figures with sparsity: dense = half.
    denseFlopsPerSec: {
      fp32: tflops(30.3),
      tf32: tflops(120) / 2,
      bf16: tflops(242) / 2,
      fp16: tflops(242) / 2,
      fp8: tflops(485) / 2,
      int8: tops(485) / 2,
    },
    memoryBandwidthBytesPerSec: gbPerSec(300),
    memoryCapacityBytes: gib(24), memoryCapacityPrinted: printedGB(24), memoryKind: 'GDDR6',
    sramPerCoreBytes: 100 * KiB, cores: 58, lastLevelCacheBytes: 48 * MiB,
    tdpWatts: 72, intraNodeLink: 'pcie-4-x16',
    // 58 SMs × 16 per clock × 2.04 GHz (the clock of the printed 30.3 FP32 TFLOPS = 58 × 128 lanes × 2 × f).
    specialFunctionOpsPerSec: sfuRate(58, 16, 30.3e12 / (58 * 128 * 2)), specialFunctionSource: 'nvidia-cuda-arithmetic-throughput',
    source: 'nvidia-l4-datasheet', detailSources: ['nvidia-ada-whitepaper'],
  },
  {
    id: 'rtx-4090', name: 'NVIDIA GeForce RTX 4090', kind: 'gpu',
    // GeForce Tensor Cores run FP16 with FP32 accumulate at half the FP16-accumulate
    // rate: 165.2 dense (330.3 is the FP16-accumulate figure, 330.4 the sparse one).
    denseFlopsPerSec: {
      fp32: tflops(82.6),
      tf32: tflops(82.6),
      bf16: tflops(165.2),
      fp16: tflops(165.2),
      fp8: tflops(330.3),
      int8: tops(660.6),
      int4: tops(1321.2),
    },
    memoryBandwidthBytesPerSec: gbPerSec(1008),
    memoryCapacityBytes: gib(24), memoryCapacityPrinted: printedGB(24), memoryKind: 'GDDR6X',
    sramPerCoreBytes: 100 * KiB, cores: 128, lastLevelCacheBytes: 72 * MiB,
    tdpWatts: 450, intraNodeLink: 'pcie-4-x16',
    // 128 SMs × 16 per clock × 2.52 GHz (82.6 FP32 TFLOPS = 128 × 128 lanes × 2 × f).
    specialFunctionOpsPerSec: sfuRate(128, 16, 82.6e12 / (128 * 128 * 2)), specialFunctionSource: 'nvidia-cuda-arithmetic-throughput',
    source: 'nvidia-ada-whitepaper',
    notes: 'FP16/BF16/FP8 peaks are with FP32 accumulate, as used for LLM inference.',
  },
  {
    id: 'mi300x', name: 'AMD Instinct MI300X', kind: 'gpu',
    denseFlopsPerSec: {
      fp32: tflops(163.4),
      tf32: tflops(653.7),
      bf16: tflops(1307.4),
      fp16: tflops(1307.4),
      fp8: tflops(2614.9),
      int8: tops(2614.9),
    },
    memoryBandwidthBytesPerSec: tbPerSec(5.3),
    memoryCapacityBytes: gib(192), memoryCapacityPrinted: printedGB(192), memoryKind: 'HBM3',
    sramPerCoreBytes: 64 * KiB, cores: 304, lastLevelCacheBytes: 256 * MiB,
    tdpWatts: 750, intraNodeLink: 'xgmi-mi300x',
    // 304 CUs × 16 per clock (quarter rate of 64 lanes) × 2.1 GHz peak engine clock (163.4 TFLOPS FP32 = 304 × 128 × 2 × f).
    specialFunctionOpsPerSec: sfuRate(304, 16, 163.4e12 / (304 * 128 * 2)), specialFunctionSource: 'clrx-gcn-timings',
    source: 'amd-mi300x-datasheet',
  },
  {
    id: 'jetson-agx-orin-64gb', name: 'NVIDIA Jetson AGX Orin 64GB', kind: 'soc',
    // GPU only (the DLAs add 105 sparse INT8 TOPS). The brief quotes 170 sparse
    // INT8 TOPS; 2:4 sparsity doubles the dense rate, so 85 dense. The brief's
    // Tensor Core rates (16 half-precision HMMA vs 32 integer IMMA per cycle)
    // put FP16/BF16 at half the INT8 rate: 42.5 TFLOPS dense. FP32 = 2048 CUDA
    // cores × 2 FLOP × 1.3 GHz = 5.3 TFLOPS, as the brief prints.
    denseFlopsPerSec: {
      fp32: tflops(5.3),
      bf16: tops(170) / 4,
      fp16: tops(170) / 4,
      int8: tops(170) / 2,
    },
    memoryBandwidthBytesPerSec: gbPerSec(204.8),
    memoryCapacityBytes: gib(64), memoryCapacityPrinted: printedGB(64), memoryKind: 'LPDDR5 (shared with the CPU)',
    sramPerCoreBytes: 164 * KiB, cores: 16, lastLevelCacheBytes: 4 * MiB,
    tdpWatts: 60, intraNodeLink: null,
    // 16 SMs × 16 per clock × 1.3 GHz.
    specialFunctionOpsPerSec: sfuRate(16, 16, 1.3e9), specialFunctionSource: 'nvidia-cuda-arithmetic-throughput',
    source: 'nvidia-jetson-agx-orin-datasheet',
    notes: 'Unified memory: the 64 GB is shared by CPU and GPU.',
  },
  {
    id: 'tpu-v1', name: 'Google TPU v1 (2015)', kind: 'tpu',
    denseFlopsPerSec: { int8: tops(92) },
    memoryBandwidthBytesPerSec: gbPerSec(34),
    memoryCapacityBytes: gib(8), memoryCapacityPrinted: { value: 8, label: 'GiB', readAs: 'GiB' }, memoryKind: 'DDR3',
    // 24 MiB Unified Buffer + 4 MiB accumulators = the paper's 28 MiB on-chip memory.
    sramPerCoreBytes: 24 * MiB, cores: 1, lastLevelCacheBytes: 28 * MiB,
    tdpWatts: 75, intraNodeLink: null, ridgePrecision: 'int8',
    source: 'jouppi-2017',
    notes: 'Jouppi et al. 2017 Table 2 (per die): 700 MHz, 92 TOPS 8-bit, 34 GB/s, 28 MiB on-chip, TDP 75 W.',
  },
  {
    id: 'k80', name: 'NVIDIA K80 (one die)', kind: 'gpu',
    denseFlopsPerSec: { fp32: tflops(2.8) },
    memoryBandwidthBytesPerSec: gbPerSec(160),
    memoryCapacityBytes: gib(12), memoryCapacityPrinted: { value: 12, label: 'GiB', readAs: 'GiB' }, memoryKind: 'GDDR5',
    sramPerCoreBytes: 112 * KiB, cores: 13, lastLevelCacheBytes: 8 * MiB,
    tdpWatts: 150, intraNodeLink: null, ridgePrecision: 'fp32',
    // Kepler (compute capability 3.7): 13 SMs × 32 per clock × 560 MHz (the paper's clock).
    specialFunctionOpsPerSec: sfuRate(13, 32, 560e6), specialFunctionSource: 'nvidia-cuda-arithmetic-throughput',
    source: 'jouppi-2017',
    notes: 'Jouppi et al. 2017 Table 2 (per die, a K80 card has two): 560 MHz, 2.8 TFLOPS FP32, 160 GB/s, 8 MiB on-chip, TDP 150 W.',
  },
  {
    id: 'haswell-e5-2699-v3', name: 'Intel Xeon E5-2699 v3 (Haswell, one die)', kind: 'cpu',
    denseFlopsPerSec: { fp32: tflops(1.3), int8: tops(2.6) },
    memoryBandwidthBytesPerSec: gbPerSec(51),
    memoryCapacityBytes: gib(256), memoryCapacityPrinted: { value: 256, label: 'GiB', readAs: 'GiB' }, memoryKind: 'DDR4 (server)',
    sramPerCoreBytes: 256 * KiB, cores: 18, lastLevelCacheBytes: 51 * MiB,
    tdpWatts: 145, intraNodeLink: null, ridgePrecision: 'fp32',
    source: 'jouppi-2017',
    notes: 'Jouppi et al. 2017 Table 2 (per die): 2.3 GHz, 2.6 TOPS 8-bit, 1.3 TFLOPS FP, 51 GB/s, 51 MiB on-chip, TDP 145 W; 256 GiB host memory.',
  },
];

const byId = new Map(presets.map((h) => [h.id, h]));

/** The hardware preset with this id; unknown id → EngineError('unknownPreset', field 'hardware'). */
export function getHardware(id: string): HardwareSpec {
  const hw = byId.get(id);
  if (!hw) throw new EngineError('unknownPreset', { field: 'hardware', value: id });
  return hw;
}

export function listHardware(): readonly HardwareSpec[] {
  return presets;
}
