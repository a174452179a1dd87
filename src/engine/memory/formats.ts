import { EngineError, requireInRange, requireObject, requirePositiveInt } from '../errors.ts';

/** Element types by name. Bare 'int4' means 4 bits per element and NO scale overhead. */
export type DType = 'fp32' | 'bf16' | 'fp16' | 'fp8' | 'int8' | 'int4';

export const DTYPES: readonly DType[] = ['fp32', 'bf16', 'fp16', 'fp8', 'int8', 'int4'];

export const DTYPE_BITS: Readonly<Record<DType, number>> = { fp32: 32, bf16: 16, fp16: 16, fp8: 8, int8: 8, int4: 4 };

/**
 * A quantised format: `bits` per element plus, when `groupSize` is given, one
 * scale (`scaleBits`, default 16 = FP16) and optionally one zero-point
 * (`zeroBits`, default 0 = symmetric) per group of `groupSize` consecutive
 * elements along a matrix's input dimension.
 * `embeddingBits` stores the embedding and lm_head tables at that many bits
 * without groups, and `vectorBits` the norm and bias vectors. Both default to
 * 16 when the matrices are below 16 bits, since GPTQ/AWQ/TensorRT-LLM FP8
 * checkpoints keep them in FP16 (MLC's q4f16 formats quantise the tables:
 * set `embeddingBits` to say so), and to `bits` otherwise.
 */
export interface QuantFormat {
  readonly bits: number;
  readonly groupSize?: number;
  readonly scaleBits?: number;
  readonly zeroBits?: number;
  readonly embeddingBits?: number;
  readonly vectorBits?: number;
}

export type NumberFormat = DType | QuantFormat;

/** INT4, groups of 128, one FP16 scale per group (symmetric, GPTQ-style). 4 + 16/128 = 4.125 bits per weight. */
export const INT4_G128_FP16: QuantFormat = { bits: 4, groupSize: 128, scaleBits: 16 };
/** INT4, groups of 128, FP16 scale and 4-bit zero-point per group (AWQ layout). 4 + 20/128 = 4.156 bits per weight. */
export const INT4_G128_FP16_ZP4: QuantFormat = { bits: 4, groupSize: 128, scaleBits: 16, zeroBits: 4 };

/**
 * A format resolved to numbers: group overhead bits are (scaleBits + zeroBits)
 * per `groupSize` elements (0 = none); `embeddingBits` the bits of the
 * embedding/lm_head tables (no groups) and `vectorBits` of norm and bias vectors.
 */
export interface ResolvedFormat {
  readonly bits: number;
  readonly groupSize: number;
  readonly overheadBitsPerGroup: number;
  readonly embeddingBits: number;
  readonly vectorBits: number;
}

/** Bits the tables and vectors keep when the matrices are quantised below 16 bits (FP16). */
export const UNQUANTISED_BITS = 16;

const keptBits = (bits: number): number => (bits < UNQUANTISED_BITS ? UNQUANTISED_BITS : bits);

const named = new Map<DType, ResolvedFormat>(
  DTYPES.map((d) => [d, { bits: DTYPE_BITS[d], groupSize: 0, overheadBitsPerGroup: 0, embeddingBits: keptBits(DTYPE_BITS[d]), vectorBits: keptBits(DTYPE_BITS[d]) }]),
);

const resolvedCache = new WeakMap<object, ResolvedFormat>();
/** Every ResolvedFormat resolveFormat has returned: already checked. */
const resolved = new WeakSet<ResolvedFormat>(named.values());

/** A ResolvedFormat passed in from outside, checked field by field (O(1) for those resolveFormat made). */
export function requireResolvedFormat(field: string, value: unknown): ResolvedFormat {
  if (typeof value === 'object' && value !== null && resolved.has(value as ResolvedFormat)) return value as ResolvedFormat;
  const f = requireObject(field, value);
  requireInRange(`${field}.bits`, f.bits, 1, 64);
  requireInRange(`${field}.groupSize`, f.groupSize, 0, MAX_GROUP_SIZE);
  requireInRange(`${field}.overheadBitsPerGroup`, f.overheadBitsPerGroup, 0, 128);
  requireInRange(`${field}.embeddingBits`, f.embeddingBits, 1, 64);
  requireInRange(`${field}.vectorBits`, f.vectorBits, 1, 64);
  return value as ResolvedFormat;
}

/** Validates a format and resolves it; throws EngineError naming `field`. */
export function resolveFormat(field: string, format: unknown): ResolvedFormat {
  if (typeof field !== 'string' || field === '') field = 'format';
  if (typeof format === 'string') {
    const r = named.get(format as DType);
    if (!r) throw new EngineError('unknownOption', { field, value: format, options: DTYPES });
    return r;
  }
  if (typeof format !== 'object' || format === null || Array.isArray(format)) throw new EngineError('unknownOption', { field, value: format, options: DTYPES });
  const hit = resolvedCache.get(format);
  if (hit) return hit;
  const f = format as QuantFormat;
  const bits = requireInRange(`${field}.bits`, f.bits, 1, 64);
  const groupSize = f.groupSize === undefined ? 0 : requireInRange(`${field}.groupSize`, requirePositiveInt(`${field}.groupSize`, f.groupSize), 1, MAX_GROUP_SIZE);
  const scaleBits = groupSize ? requireInRange(`${field}.scaleBits`, f.scaleBits ?? 16, 0, 64) : 0;
  const zeroBits = groupSize ? requireInRange(`${field}.zeroBits`, f.zeroBits ?? 0, 0, 64) : 0;
  const embeddingBits = f.embeddingBits === undefined ? keptBits(bits) : requireInRange(`${field}.embeddingBits`, f.embeddingBits, 1, 64);
  const vectorBits = f.vectorBits === undefined ? keptBits(bits) : requireInRange(`${field}.vectorBits`, f.vectorBits, 1, 64);
  const r = { bits, groupSize, overheadBitsPerGroup: scaleBits + zeroBits, embeddingBits, vectorBits };
  resolvedCache.set(format, r);
  resolved.add(r);
  return r;
}

/** Largest group: one scale per 2^24 elements is already "per channel" for every real matrix. */
const MAX_GROUP_SIZE = 1 << 24;

/**
 * Bits per element of a row of `rowLength` elements, including group overhead:
 *   b + ⌈n / g⌉ · (s + z) / n
 * b element bits, n row length, g group size, s/z scale/zero-point bits.
 * A row shorter than a group still pays one group. Source: 'hf-transformers-modeling'
 * (GPTQ/AWQ quantisers store one scale/zero per group along the input dimension).
 */
export function bitsPerElement(f: ResolvedFormat, rowLength: number): number {
  requireResolvedFormat('format', f);
  return elementBits(f, requireInRange('rowLength', rowLength, 1, 1e15));
}

/** bitsPerElement without checks, for callers whose format came from resolveFormat. */
export function elementBits(f: ResolvedFormat, rowLength: number): number {
  if (!f.groupSize) return f.bits;
  return f.bits + (Math.ceil(rowLength / f.groupSize) * f.overheadBitsPerGroup) / rowLength;
}

/** Bytes of a rows × cols matrix (groups run along cols, the input dimension). */
export function matrixBytes(f: ResolvedFormat, rows: number, cols: number): number {
  requireResolvedFormat('format', f);
  return matrixBytesOf(f, requireInRange('rows', rows, 0, 1e15), requireInRange('cols', cols, 1, 1e15));
}

/** matrixBytes without checks (hot paths with checked formats and sizes). */
export const matrixBytesOf = (f: ResolvedFormat, rows: number, cols: number): number =>
  (rows * cols * elementBits(f, cols)) / 8;

/** Bytes per element of a dtype-like activation format (no groups). */
export function dtypeBytes(field: string, format: unknown): number {
  const f = resolveFormat(typeof field === 'string' ? field : 'format', format);
  return elementBits(f, 1) / 8;
}
