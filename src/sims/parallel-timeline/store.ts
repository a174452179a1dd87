import { createSimStore } from '../../state/index.ts';
import { TOPOLOGIES, type Topology } from '../../engine/comm/parallelTopology.ts';
import { TRANSPORTS, type Transport } from '../../engine/comm/transport.ts';

export const MODES = ['tp', 'pp'] as const;
export type Mode = (typeof MODES)[number];
export const PHASES = ['decode', 'prefill'] as const;
export type PhaseId = (typeof PHASES)[number];
export const DEGREES = [2, 4, 8] as const;
export const MODEL_IDS = ['llama-2-7b', 'llama-2-13b', 'llama-2-70b', 'llama-3-8b', 'llama-3-70b', 'mixtral-8x7b', 'opt-66b', 'gpt-3-175b'] as const;
export const HARDWARE_IDS = ['a100-40gb-sxm', 'a100-80gb-sxm', 'h100-sxm', 'h200'] as const;

export interface ParallelTimelineInputs {
  readonly modelId: string;
  readonly hardwareId: string;
  readonly mode: Mode;
  readonly phase: PhaseId;
  readonly degree: number;
  readonly batch: number;
  /** Prompt length (prefill) or context length (decode). */
  readonly tokens: number;
  readonly overlap: boolean;
  readonly microBatches: number;
  readonly topology: Topology;
  readonly transport: Transport;
}

/** The story: Llama-2-70B, tensor parallel over 8 A100s on NVLink, decoding 16 requests at 1k context. */
export const PARALLEL_TIMELINE_DEFAULTS: ParallelTimelineInputs = {
  modelId: 'llama-2-70b',
  hardwareId: 'a100-80gb-sxm',
  mode: 'tp',
  phase: 'decode',
  degree: 8,
  batch: 16,
  tokens: 1024,
  overlap: false,
  microBatches: 1,
  topology: 'nvlink',
  transport: 'rdma',
};

const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const oneOf = (list: readonly unknown[], v: unknown) => list.includes(v);

export function validateParallelTimeline(saved: unknown): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const s = saved as Record<string, unknown>;
  return oneOf(MODEL_IDS, s.modelId) && oneOf(HARDWARE_IDS, s.hardwareId) && oneOf(MODES, s.mode) && oneOf(PHASES, s.phase)
    && oneOf(DEGREES, s.degree) && isInt(s.batch, 1, 256) && isInt(s.tokens, 16, 8192) && typeof s.overlap === 'boolean'
    && isInt(s.microBatches, 1, 64) && oneOf(TOPOLOGIES, s.topology) && oneOf(TRANSPORTS, s.transport);
}

export const useParallelTimeline = createSimStore<ParallelTimelineInputs>('parallel-timeline', PARALLEL_TIMELINE_DEFAULTS, validateParallelTimeline);

export const isModelId = (v: string): boolean => (MODEL_IDS as readonly string[]).includes(v);
export const isHardwareId = (v: string): boolean => (HARDWARE_IDS as readonly string[]).includes(v);
