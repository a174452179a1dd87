/**
 * The applications of 表1 / Table 1 as data: workload, latency target and the
 * optimisation stack a team would reasonably pick. Targets are TEACHING
 * ASSUMPTIONS (round numbers chosen for the lecture), except the chat TPOT,
 * which is tied to a published reading rate through readingSpeedTpotSeconds.
 * Their names and rationales are in text.ts.
 */
import { INT4_G128_FP16, readingSpeedTpotSeconds, type AttentionKernel, type NumberFormat } from '../../engine/index.ts';

export interface OptimisedStack {
  readonly weights: NumberFormat;
  readonly kv: NumberFormat;
  readonly batch: number;
  readonly paged: boolean;
  /** Wanted tensor-parallel degree (1 on devices without a GPU-to-GPU link). */
  readonly tp: number;
  readonly attention: AttentionKernel;
}

export interface LatencyTarget {
  readonly ttftSeconds: number;
  readonly tpotSeconds: number;
}

export const APPLICATION_IDS = ['chat', 'code', 'summarise', 'offline', 'edge'] as const;
export type ApplicationId = (typeof APPLICATION_IDS)[number];

export interface Application {
  readonly id: ApplicationId;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** null: throughput-first, no latency target. */
  readonly target: LatencyTarget | null;
  /** 'server' rows follow the model/device selectors; an edge row names its own. */
  readonly device: 'server' | { readonly model: string; readonly hardware: string };
  readonly optimised: OptimisedStack;
}

const READING_TPOT = readingSpeedTpotSeconds();

export const APPLICATIONS: readonly Application[] = [
  {
    id: 'chat', promptTokens: 512, outputTokens: 256,
    target: { ttftSeconds: 1, tpotSeconds: READING_TPOT },
    device: 'server',
    optimised: { weights: 'int8', kv: 'fp8', batch: 8, paged: true, tp: 1, attention: 'flash' },
  },
  {
    id: 'code', promptTokens: 1024, outputTokens: 32,
    target: { ttftSeconds: 0.2, tpotSeconds: 0.02 },
    device: 'server',
    optimised: { weights: INT4_G128_FP16, kv: 'fp16', batch: 2, paged: true, tp: 2, attention: 'flash' },
  },
  {
    id: 'summarise', promptTokens: 3072, outputTokens: 256,
    target: { ttftSeconds: 5, tpotSeconds: READING_TPOT },
    device: 'server',
    optimised: { weights: 'int8', kv: 'fp8', batch: 8, paged: true, tp: 1, attention: 'flash' },
  },
  {
    id: 'offline', promptTokens: 512, outputTokens: 512,
    target: null,
    device: 'server',
    optimised: { weights: 'int8', kv: 'fp8', batch: 256, paged: true, tp: 1, attention: 'flash' },
  },
  {
    id: 'edge', promptTokens: 256, outputTokens: 128,
    target: { ttftSeconds: 1, tpotSeconds: READING_TPOT },
    device: { model: 'llama-3.2-3b', hardware: 'jetson-agx-orin-64gb' },
    optimised: { weights: INT4_G128_FP16, kv: 'fp16', batch: 1, paged: true, tp: 1, attention: 'flash' },
  },
];
