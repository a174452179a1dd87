/**
 * Compressing a message before sending it, and what the compression costs.
 *
 * Quantisation (Dettmers 2016): an FP32/FP16/BF16 message of E elements sent
 * as INT8, FP8 or INT4: bytes' = E·b'/8 + ⌈E/G⌉·s/8 for G elements per scale
 * of s bits (one scale for the whole message when no group size is given).
 * Top-k sparsification (Lin et al. 2018, DGC): keep k of E elements and send
 * each with its index: bytes' = k·(v + i)/8 for v value bits and i index bits
 * (32-bit indices by default, or ⌈log₂E⌉ bits when packed).
 * Compute cost: the encoder reads the whole message and the decoder writes it
 * back, each at `codecBytesPerSec` (a memory-bound kernel: use the GPU's
 * memory bandwidth times an efficiency); top-k selection is modelled as one
 * more pass over the input. Ignores: error feedback / accuracy, and that a
 * sparse all-reduce densifies as it sums (send top-k with all-gather instead).
 */
import { EngineError, requireInRange, requireNonNegative, requireOneOf, requirePositive, requirePositiveInt, requireObject } from '../errors.ts';

export const MESSAGE_SOURCE_FORMATS = ['fp32', 'fp16', 'bf16'] as const;
export const MESSAGE_TARGET_FORMATS = ['fp16', 'bf16', 'int8', 'fp8', 'int4'] as const;
export type MessageSourceFormat = (typeof MESSAGE_SOURCE_FORMATS)[number];
export type MessageTargetFormat = (typeof MESSAGE_TARGET_FORMATS)[number];

const bitsOf: Record<MessageSourceFormat | MessageTargetFormat, number> = { fp32: 32, fp16: 16, bf16: 16, int8: 8, fp8: 8, int4: 4 };

export interface CompressedMessage {
  readonly originalBytes: number;
  readonly compressedBytes: number;
  /** Bytes of scales (quantisation) or indices (top-k) inside compressedBytes. */
  readonly overheadBytes: number;
  /** originalBytes ÷ compressedBytes; 1 for an empty message; the element count when top-k keeps nothing. */
  readonly ratio: number;
  readonly encodeSeconds: number;
  readonly decodeSeconds: number;
  readonly computeSeconds: number;
}

export interface QuantizeMessageParams {
  readonly bytes: number;
  readonly from: MessageSourceFormat;
  readonly to: MessageTargetFormat;
  /** Elements per scale; omit for one scale per message. */
  readonly groupSize?: number;
  /** Bits per scale (default 16). */
  readonly scaleBits?: number;
  readonly codecBytesPerSec: number;
}

/** Bytes and codec time of a quantised message (see the module comment). */
export function quantizeMessage(params: QuantizeMessageParams): CompressedMessage {
  requireObject('params', params);
  const from = requireOneOf('from', params.from, MESSAGE_SOURCE_FORMATS);
  const to = requireOneOf('to', params.to, MESSAGE_TARGET_FORMATS);
  const bytes = requireNonNegative('bytes', params.bytes);
  const throughput = requirePositive('codecBytesPerSec', params.codecBytesPerSec);
  const scaleBits = requireNonNegative('scaleBits', params.scaleBits ?? 16);
  const elements = Math.ceil(bytes / (bitsOf[from] / 8));
  const groups = elements === 0 ? 0 : params.groupSize === undefined ? 1 : Math.ceil(elements / requirePositiveInt('groupSize', params.groupSize));
  const overheadBytes = (groups * scaleBits) / 8;
  const compressedBytes = (elements * bitsOf[to]) / 8 + overheadBytes;
  const encodeSeconds = bytes / throughput;
  const decodeSeconds = bytes / throughput;
  return {
    originalBytes: bytes, compressedBytes, overheadBytes,
    ratio: compressedBytes === 0 ? 1 : bytes / compressedBytes,
    encodeSeconds, decodeSeconds, computeSeconds: encodeSeconds + decodeSeconds,
  };
}

export interface TopKMessageParams {
  readonly bytes: number;
  /** Bits per element of the dense message (default 16). */
  readonly valueBits?: number;
  /** Kept elements; give this or `density`. */
  readonly k?: number;
  /** Kept fraction k/E in [0, 1]. */
  readonly density?: number;
  /** Bits per index; 'packed' = ⌈log₂E⌉ (default 32). */
  readonly indexBits?: number | 'packed';
  readonly codecBytesPerSec: number;
}

/** Bytes and codec time of a top-k sparsified message (see the module comment). */
export function topKMessage(params: TopKMessageParams): CompressedMessage {
  requireObject('params', params);
  const bytes = requireNonNegative('bytes', params.bytes);
  const valueBits = requirePositive('valueBits', params.valueBits ?? 16);
  const throughput = requirePositive('codecBytesPerSec', params.codecBytesPerSec);
  const elements = Math.ceil((bytes * 8) / valueBits);
  let k: number;
  if (params.k !== undefined) {
    k = requireNonNegative('k', params.k);
    if (!Number.isInteger(k)) throw new EngineError('notInteger', { field: 'k', value: k });
    if (k > elements) throw new EngineError('outOfRange', { field: 'k', value: k, min: 0, max: elements });
  } else if (params.density !== undefined) {
    k = Math.round(requireInRange('density', params.density, 0, 1) * elements);
  } else {
    throw new EngineError('missingField', { field: 'k' });
  }
  const indexBits = params.indexBits === 'packed' ? Math.max(1, Math.ceil(Math.log2(Math.max(2, elements)))) : requirePositive('indexBits', params.indexBits ?? 32);
  const overheadBytes = (k * indexBits) / 8;
  const compressedBytes = (k * valueBits) / 8 + overheadBytes;
  // Selection pass + packing on the sender; scatter into a zeroed dense buffer on the receiver.
  const encodeSeconds = (2 * bytes) / throughput;
  const decodeSeconds = (bytes + compressedBytes) / throughput;
  return {
    originalBytes: bytes, compressedBytes, overheadBytes,
    ratio: compressedBytes === 0 ? (bytes === 0 ? 1 : elements) : bytes / compressedBytes,
    encodeSeconds, decodeSeconds, computeSeconds: encodeSeconds + decodeSeconds,
  };
}
