import type { SourceKey } from '../sources/index.ts';

/** Compute precisions a peak can be quoted for (tf32 = Tensor Float 32 matrix math). */
export type Precision = 'fp32' | 'tf32' | 'bf16' | 'fp16' | 'fp8' | 'int8' | 'int4';

export const PRECISIONS: readonly Precision[] = ['fp32', 'tf32', 'bf16', 'fp16', 'fp8', 'int8', 'int4'];

export type HardwareKind = 'gpu' | 'tpu' | 'cpu' | 'soc';

/**
 * One accelerator (one GPU die, one TPU, one CPU socket). All peaks are DENSE
 * (never the "with sparsity" figure): where a datasheet prints only the sparse
 * number, the preset enters it as printed and halves it visibly.
 */
export interface HardwareSpec {
  readonly id: string;
  readonly name: string;
  readonly kind: HardwareKind;
  /** Dense peak FLOP/s (or op/s for integers) per precision; a missing key = not supported. */
  readonly denseFlopsPerSec: Readonly<Partial<Record<Precision, number>>>;
  /** Off-chip memory bandwidth, bytes/s (datasheet GB/s and TB/s are decimal). */
  readonly memoryBandwidthBytesPerSec: number;
  /**
   * Off-chip memory capacity in bytes. Datasheets print "80GB"; DRAM devices
   * have binary capacities (an A100 80GB reports 81,920 MiB), so the printed
   * figure is read as GiB unless `memoryCapacityPrinted.unit` says otherwise.
   */
  readonly memoryCapacityBytes: number;
  /** The capacity exactly as printed, and how the engine read it. */
  readonly memoryCapacityPrinted: { readonly value: number; readonly label: 'GB' | 'GiB'; readonly readAs: 'GB' | 'GiB' };
  readonly memoryKind: string;
  /** Software-managed on-chip SRAM per core (shared memory per SM, LDS per CU, TPU Unified Buffer): FlashAttention's M. */
  readonly sramPerCoreBytes: number;
  /** Cores (SMs, CUs) sharing the chip. */
  readonly cores: number;
  /** Last-level on-chip cache (L2, or Infinity Cache for MI300X), bytes. */
  readonly lastLevelCacheBytes: number;
  readonly tdpWatts: number;
  /**
   * Special-function (transcendental) results per second: exp, log, reciprocal,
   * rsqrt, sin/cos on the SFU/MUFU (NVIDIA) or the quarter-rate transcendental
   * path (AMD). Softmax exponentials and activation functions run here, not on
   * the tensor cores: H100 3.9e12/s against 989e12 FLOP/s of FP16 matmul.
   * Absent when no source gives a rate (CPU, TPU v1): the engine then charges
   * them like other FLOPs.
   */
  readonly specialFunctionOpsPerSec?: number;
  readonly specialFunctionSource?: SourceKey;
  /**
   * The precision the device's quoted ridge point uses, when a source fixes it
   * (the TPU paper: 8-bit integer for the TPU, FP32 for the K80 and Haswell).
   * Views that show one ridge per device use it (defaultComputePrecision).
   */
  readonly ridgePrecision?: Precision;
  /** Interconnect preset id of the intra-node GPU link (getInterconnect), or null when there is none. */
  readonly intraNodeLink: string | null;
  readonly source: SourceKey;
  /** Further sources for individual fields (SM counts, cache sizes). */
  readonly detailSources?: readonly SourceKey[];
  readonly notes?: string;
}
