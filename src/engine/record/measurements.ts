/**
 * The record: public measurements of real serving systems, as data, for the
 * engine to be compared against ("the engine against the record", section
 * 11). Each row says what was run — hardware, GPUs and tensor parallelism,
 * model preset, number formats, input/output lengths, concurrency — what was
 * measured and where it was published. Numbers are entered as the source
 * prints them, converted once to base units (tokens/s, seconds).
 *
 * A row whose mean input length is not published (`inputTokens: null`) is a
 * bound check only: the engine reports up to which mean prompt its ideal
 * still bounds the measurement. `realistic` says whether the row takes part
 * in the ±30% calibration of the realistic knobs, or why not (an
 * exclusion key; its words live in src/i18n/engine/record.ts).
 */
import type { NumberFormat, QuantFormat } from '../memory/formats.ts';
import type { Precision } from '../presets/hardwareSpec.ts';
import type { SourceKey } from '../sources/index.ts';

/**
 * What the source measured:
 * - outputTokensPerSecond: generated tokens per second over all GPUs;
 * - decodeTokensPerSecond: one sequence's decode rate, 1 / TPOT;
 * - ttftSeconds: time to the first token;
 * - itlSeconds: mean time between output tokens (TPOT / ITL).
 */
export type RecordMetric = 'outputTokensPerSecond' | 'decodeTokensPerSecond' | 'ttftSeconds' | 'itlSeconds';

/** Why a row with known inputs stays out of the realistic calibration. */
export type RecordExclusion =
  /** TensorRT-LLM v0.6 decode attention read K/V once per query head; XQA (GQA-aware) kernels came later; the engine models GQA-aware decode. */
  | 'preXqaGqaDecode'
  /** A 128-token prefill on 4 GPUs in TensorRT-LLM v0.5 is dominated by per-step runtime overhead the engine does not model. */
  | 'shortPrefillRuntimeOverhead';

export interface RecordMeasurement {
  readonly id: string;
  /** Hardware preset id. */
  readonly hardware: string;
  readonly gpus: number;
  readonly tp: number;
  /** The serving software and version, as the source names it. */
  readonly software: string;
  /** Model preset id (Llama-3.3-70B runs as the Llama-3-70B preset: same architecture, see `modelAs`). */
  readonly model: string;
  /** The checkpoint actually measured when it differs from the preset's name (an id, not prose). */
  readonly modelAs?: string;
  readonly weights: NumberFormat;
  readonly kv: NumberFormat;
  readonly computePrecision: Precision;
  /** Mean prompt tokens; null when the source does not publish it. */
  readonly inputTokens: number | null;
  /** The dataset's longest prompt, when only that is known. */
  readonly inputTokensMax?: number;
  readonly outputTokens: number;
  /** Sequences in flight per replica (static batch size or client concurrency); null: the server's choice. */
  readonly concurrency: number | null;
  /** Latency limits the run had to meet (MLPerf Server). */
  readonly limits?: { readonly ttftSeconds?: number; readonly tpotSeconds?: number };
  readonly metric: RecordMetric;
  /** In base units: tokens/s or seconds. */
  readonly measured: number;
  readonly source: SourceKey;
  /** true: the realistic estimate must land within ±30%; otherwise the reason it is not held to that. */
  readonly realistic: true | { readonly excluded: RecordExclusion };
}

/** MLC LLM q4f16_ft: INT4 with one FP16 scale per output channel (a group spanning the whole row); tables INT4 in groups of 32 with FP16 scales = 4.5 bits. */
export const MLC_Q4F16_FT: QuantFormat = { bits: 4, groupSize: 1 << 24, scaleBits: 16, embeddingBits: 4 + 16 / 32 };

const ms = (n: number): number => n / 1000;

const nim = {
  hardware: 'h100-sxm', gpus: 2, tp: 2, software: 'NVIDIA NIM 1.8.0 (TensorRT-LLM)', model: 'llama-3-70b', modelAs: 'llama-3.3-70b-instruct',
  weights: 'fp8', kv: 'fp8', computePrecision: 'fp8', source: 'nvidia-nim-llama-3.3-70b-benchmark', realistic: true,
} as const;

const trtH100 = {
  hardware: 'h100-sxm', software: 'TensorRT-LLM v0.6.1', weights: 'fp8', kv: 'fp8', computePrecision: 'fp8', source: 'trtllm-performance-v0.6',
} as const;

const trtA100 = {
  hardware: 'a100-80gb-sxm', software: 'TensorRT-LLM v0.6.1', weights: 'fp16', kv: 'fp16', computePrecision: 'fp16', source: 'trtllm-performance-v0.6',
} as const;

const mlperf = {
  software: 'TensorRT-LLM (MLPerf Inference v4.1, NVIDIA)', weights: 'fp8', kv: 'fp8', computePrecision: 'fp8', inputTokens: null,
  concurrency: null, metric: 'outputTokensPerSecond', realistic: true,
} as const;

export const RECORD_MEASUREMENTS: readonly RecordMeasurement[] = [
  {
    id: 'orin-llama2-7b-mlc-decode', hardware: 'jetson-agx-orin-64gb', gpus: 1, tp: 1, software: 'MLC LLM 0.1.0', model: 'llama-2-7b',
    weights: MLC_Q4F16_FT, kv: 'fp16', computePrecision: 'fp16', inputTokens: 16, outputTokens: 128, concurrency: 1,
    metric: 'decodeTokensPerSecond', measured: 46.9, source: 'jetson-containers-mlc-benchmark', realistic: true,
  },
  {
    id: 'orin-llama2-7b-mlc-prefill', hardware: 'jetson-agx-orin-64gb', gpus: 1, tp: 1, software: 'MLC LLM 0.1.0', model: 'llama-2-7b',
    weights: MLC_Q4F16_FT, kv: 'fp16', computePrecision: 'fp16', inputTokens: 16, outputTokens: 128, concurrency: 1,
    metric: 'ttftSeconds', measured: 0.025, source: 'jetson-containers-mlc-benchmark', realistic: true,
  },
  {
    ...mlperf, id: 'mlperf41-llama2-70b-offline-8xh100', hardware: 'h100-sxm', gpus: 8, tp: 2, model: 'llama-2-70b',
    inputTokensMax: 1024, outputTokens: 290, measured: 24524.9, source: 'mlperf-v4.1-llama2-70b-h100',
  },
  {
    ...mlperf, id: 'mlperf41-llama2-70b-offline-8xh200', hardware: 'h200', gpus: 8, tp: 1, model: 'llama-2-70b',
    inputTokensMax: 1024, outputTokens: 291, measured: 31302.7, source: 'mlperf-v4.1-llama2-70b-h200',
  },
  {
    ...mlperf, id: 'mlperf41-llama2-70b-server-8xh200', hardware: 'h200', gpus: 8, tp: 1, model: 'llama-2-70b',
    inputTokensMax: 1024, outputTokens: 291, limits: { ttftSeconds: 2, tpotSeconds: 0.2 }, measured: 29228.22, source: 'mlperf-v4.1-llama2-70b-h200',
  },
  {
    ...mlperf, id: 'mlperf41-mixtral-offline-8xh100', hardware: 'h100-sxm', gpus: 8, tp: 1, model: 'mixtral-8x7b',
    outputTokens: 146, measured: 52415.9, source: 'mlperf-v4.1-mixtral-h100',
  },
  { ...nim, id: 'nim-llama33-70b-5000-500-c1-ttft', inputTokens: 5000, outputTokens: 500, concurrency: 1, metric: 'ttftSeconds', measured: ms(406.77) },
  { ...nim, id: 'nim-llama33-70b-5000-500-c1-itl', inputTokens: 5000, outputTokens: 500, concurrency: 1, metric: 'itlSeconds', measured: ms(18.58) },
  { ...nim, id: 'nim-llama33-70b-5000-500-c25', inputTokens: 5000, outputTokens: 500, concurrency: 25, metric: 'outputTokensPerSecond', measured: 623.4 },
  { ...nim, id: 'nim-llama33-70b-5000-500-c50', inputTokens: 5000, outputTokens: 500, concurrency: 50, metric: 'outputTokensPerSecond', measured: 814.37 },
  { ...nim, id: 'nim-llama33-70b-500-2000-c1-ttft', inputTokens: 500, outputTokens: 2000, concurrency: 1, metric: 'ttftSeconds', measured: ms(47.77) },
  { ...nim, id: 'nim-llama33-70b-500-2000-c1-itl', inputTokens: 500, outputTokens: 2000, concurrency: 1, metric: 'itlSeconds', measured: ms(18.91) },
  {
    ...trtH100, id: 'trtllm-llama2-7b-128-128-b768', gpus: 1, tp: 1, model: 'llama-2-7b', inputTokens: 128, outputTokens: 128, concurrency: 768,
    metric: 'outputTokensPerSecond', measured: 19694, realistic: true,
  },
  {
    ...trtH100, id: 'trtllm-llama2-7b-128-2048-b112', gpus: 1, tp: 1, model: 'llama-2-7b', inputTokens: 128, outputTokens: 2048, concurrency: 112,
    metric: 'outputTokensPerSecond', measured: 6818, realistic: true,
  },
  {
    ...trtH100, id: 'trtllm-llama2-7b-2048-128-b80', gpus: 1, tp: 1, model: 'llama-2-7b', inputTokens: 2048, outputTokens: 128, concurrency: 80,
    metric: 'outputTokensPerSecond', measured: 2244, realistic: true,
  },
  {
    // Printed per GPU (2,657 out tok/s/GPU on TP2).
    ...trtH100, id: 'trtllm-llama2-70b-128-128-b1024', gpus: 2, tp: 2, model: 'llama-2-70b', inputTokens: 128, outputTokens: 128, concurrency: 1024,
    metric: 'outputTokensPerSecond', measured: 2657 * 2, realistic: true,
  },
  {
    ...trtH100, id: 'trtllm-llama2-70b-2048-2048-b64', gpus: 2, tp: 2, model: 'llama-2-70b', inputTokens: 2048, outputTokens: 2048, concurrency: 64,
    metric: 'outputTokensPerSecond', measured: 547 * 2, realistic: { excluded: 'preXqaGqaDecode' },
  },
  {
    ...trtA100, id: 'trtllm-a100-llama2-7b-128-128-b384', gpus: 1, tp: 1, model: 'llama-2-7b', inputTokens: 128, outputTokens: 128, concurrency: 384,
    metric: 'outputTokensPerSecond', measured: 5586, realistic: true,
  },
  {
    ...trtH100, id: 'trtllm-llama2-7b-ttft-128', software: 'TensorRT-LLM v0.5', gpus: 1, tp: 1, model: 'llama-2-7b', inputTokens: 128, outputTokens: 1, concurrency: 1,
    metric: 'ttftSeconds', measured: ms(7), realistic: true,
  },
  {
    ...trtH100, id: 'trtllm-llama2-7b-ttft-2048', software: 'TensorRT-LLM v0.5', gpus: 1, tp: 1, model: 'llama-2-7b', inputTokens: 2048, outputTokens: 1, concurrency: 1,
    metric: 'ttftSeconds', measured: ms(36), realistic: true,
  },
  {
    ...trtH100, id: 'trtllm-llama2-70b-tp4-ttft-128', software: 'TensorRT-LLM v0.5', gpus: 4, tp: 4, model: 'llama-2-70b', inputTokens: 128, outputTokens: 1, concurrency: 1,
    metric: 'ttftSeconds', measured: ms(26), realistic: { excluded: 'shortPrefillRuntimeOverhead' },
  },
  {
    ...trtH100, id: 'trtllm-llama2-70b-tp4-ttft-2048', software: 'TensorRT-LLM v0.5', gpus: 4, tp: 4, model: 'llama-2-70b', inputTokens: 2048, outputTokens: 1, concurrency: 1,
    metric: 'ttftSeconds', measured: ms(109), realistic: true,
  },
  {
    ...trtA100, id: 'trtllm-a100-llama2-7b-ttft-2048', software: 'TensorRT-LLM v0.5', gpus: 1, tp: 1, model: 'llama-2-7b', inputTokens: 2048, outputTokens: 1, concurrency: 1,
    metric: 'ttftSeconds', measured: ms(133), realistic: true,
  },
  {
    ...trtA100, id: 'trtllm-a100-llama2-70b-tp4-ttft-2048', software: 'TensorRT-LLM v0.5', gpus: 4, tp: 4, model: 'llama-2-70b', inputTokens: 2048, outputTokens: 1, concurrency: 1,
    metric: 'ttftSeconds', measured: ms(377), realistic: true,
  },
];
